"""Events read in the twenty-second round (branch evt26): a counted participle toll of an attack (", killing
twelve soldiers") is a killing of its own, as the counted passive toll is (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def killings(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "KILLING"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle of the attack's verb: by the attackers, of those the attack hit
        ("In April 2011 the Katiba Nour attacked a garrison of the Nigerien army at Tessit, killing twelve soldiers.",
         {("katiba", "agent"), ("niger_army", "patient")}),
        # coordinated with a second participle
        ("On 3 May 2016 Katiba Nour fighters ambushed a patrol of the Nigerien army near Tessit, killing at least "
         "twelve soldiers and wounding nine.", {("katiba", "agent"), ("niger_army", "patient")}),
    ],
)
def test_a_counted_participle_toll_of_an_attack_is_a_killing_by_the_attackers(facts, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and attacks[0].count == 12  # the attack keeps its toll too
    found = killings(events)
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    assert expected <= roles(found[0])
    assert found[0].count == 12
    assert found[0].location == "tessit"
    assert found[0].date == attacks[0].date


def test_a_participle_toll_of_a_fight_stays_the_fight_s(facts) -> None:  # type: ignore[no-untyped-def]
    # the corpus's gold gives a fight's toll no killing of its own, a participle's as a passive's
    text = ("In May 2019 the Katiba Nour fought the Front for Gourma Renewal near Tessit, killing at least seven "
            "men.")
    _, events, _ = facts(text, PEOPLE)
    assert not killings(events)


def movements(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "MOVEMENT"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # leaving a named place for another
        ("In June 2024 Ali Tanko left Niger for Chad.", {"niger", "chad"}),
        # retreating from a named place
        ("In May 2016 the Katiba Nour retreated from Tessit.", {"tessit"}),
    ],
)
def test_leaving_or_retreating_from_a_named_place_is_a_movement(facts, text: str, place: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = movements(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert found[0].location in place
    assert {p.role for p in found[0].participants} == {"agent"}


@pytest.mark.parametrize(
    "text",
    [
        # leaving a group is no movement
        "In June 2024 Ali Tanko left the Katiba Nour.",
        # nor the toll left by a fight, with its place
        "In May 2019 the Katiba Nour fought the Front for Gourma Renewal, leaving seven men dead in Tessit.",
    ],
)
def test_leaving_no_named_place_is_no_movement(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not movements(events)
