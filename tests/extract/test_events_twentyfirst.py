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


VOICE = {**PEOPLE, "eu": ("ORGANIZATION", ["European Union", "EU", "Union"])}
STATEMENT = (
    "The European Union condemns in the strongest terms the attack launched on 24 March 2021 by insurgents on "
    "the town of Zinder. The EU reiterates its support to Niger. The insurgents, known locally as the Katiba "
    "Nour, have carried out attacks since 2017, when they raided police posts in Tessit. The EU calls on all "
    "parties to protect civilians. The Union stands ready to help."
)


def test_the_report_s_own_voice_is_no_attacker(facts) -> None:  # type: ignore[no-untyped-def]
    # the EU, most named, speaks the statement: the insurgents and "they" are the group it tells of
    _, events, _ = facts(STATEMENT, VOICE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert {e.trigger for e in attacks} >= {"attack", "raided"}
    for ev in attacks:
        assert ("eu", "agent") not in roles(ev)
        assert ("katiba", "agent") in roles(ev)


def test_a_group_in_the_present_is_no_voice(facts) -> None:  # type: ignore[no-untyped-def]
    # "remains active", "who call themselves": no statement's verbs; the most named group stays the insurgents'
    text = ("The Katiba Nour remains active near Tessit. Its men, who call themselves the lions, answer to the "
            "Katiba Nour. In 2019 the insurgents attacked Zinder.")
    _, events, _ = facts(text, VOICE)
    assert ("katiba", "agent") in roles(one(events, "ATTACK"))


def test_a_mission_of_states_is_no_insurgent_group(facts) -> None:  # type: ignore[no-untyped-def]
    # the most named body is a mission of states: "the insurgents" are the armed group the report names
    spec = {**PEOPLE, "mission": ("ORGANIZATION", ["Sahel Transition Mission", "Mission"])}
    text = ("The Sahel Transition Mission took over from the Mission of 2019. The Mission patrols Tessit, where "
            "the Katiba Nour operates. In 2021 the insurgents attacked Zinder.")
    _, events, _ = facts(text, spec)
    ev = one(events, "ATTACK")
    assert ("katiba", "agent") in roles(ev)
    assert ("mission", "agent") not in roles(ev)
