"""Events read in the twenty-first round (branch evt25): the patient an event noun names after "on"
(invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # a light verb's object: the noun's "on" object is the patient, the light verb's subject the agent
        "In May 2016 the Katiba Nour carried out an attack on the Front for Gourma Renewal near Tessit.",
        "In 2018 the Katiba Nour staged an ambush on the Front for Gourma Renewal near Tessit.",
        "In May 2016 the Katiba Nour launched an attack on the Nigerien army near Tessit.",
    ],
)
def test_the_on_object_of_an_attack_noun_is_its_patient(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "ATTACK")
    patient = "niger_army" if "army" in text else "front"
    assert {("katiba", "agent"), (patient, "patient")} <= roles(ev)
    assert ev.location == "tessit"


def test_a_raid_on_a_town_is_where_it_happened(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2018 the Katiba Nour carried out a raid on Zinder.", PEOPLE)
    ev = one(events, "ATTACK")
    assert roles(ev) == {("katiba", "agent")}
    assert ev.location == "zinder"
