"""Events read in the thirty-second round (branch evtnom38): a camp, base or town taken is ground taken (an attack)
also where the place is told by whose it was ("seized the army's base", "captured the group's camp"), and things
seized that are neither people nor ground are no abduction or arrest also when counted ("seized eight of his
trucks") or named by a word the goods list lacks before its head (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "In March 2014 the Katiba Nour seized the Nigerien army's base near Tessit.",
        "In March 2014 the Katiba Nour captured the Nigerien army's camp at Tessit.",
        "In March 2014 the Katiba Nour captured several bases near Tessit.",
    ],
)
def test_a_base_taken_from_its_holder_is_an_attack(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    types = [e.type for e in events]
    assert "ABDUCTION" not in types and "ARREST" not in types, [(e.type, e.trigger) for e in events]
    ev = one(events, "ATTACK")
    assert ("katiba", "agent") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "In March 2014 the Nigerien army seized eight of Ali Tanko's trucks near Tessit.",
        "In March 2014 the Nigerien army seized explosive belts near Tessit.",
        "In March 2014 the Nigerien army seized 18 vehicles and arrested Ali Tanko near Tessit.",
    ],
)
def test_things_seized_are_nobody_taken(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    seized = [e for e in events if e.trigger.lower().startswith("seize")]
    assert not seized, [(e.type, e.trigger, roles(e)) for e in events]


def test_people_seized_are_still_taken(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In March 2014 the Katiba Nour seized Ali Tanko near Tessit.", PEOPLE)
    ev = one(events, "ABDUCTION")
    assert ("tanko", "patient") in roles(ev), roles(ev)
