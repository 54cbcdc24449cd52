"""English relation rules of the forty-fifth round (issue #10), on hand-written sentences with invented groups
and places: a group named as a fighter's companion ("fought alongside X") is on the fighter's side, no enemy
of it, while the side named against both stays their enemy."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "brigade": ("ORGANIZATION", ["Sobo Brigade"]),
    "guard": ("ORGANIZATION", ["Dankari Guard"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def pairs(rels: list, predicate: str) -> set[frozenset[str]]:  # type: ignore[type-arg]
    return {frozenset((r.subject, r.object)) for r in rels if r.predicate == predicate}


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the Kolla Front fought alongside the Sobo Brigade near Mobeko.",
        "Fighters of the Kolla Front fought beside the Sobo Brigade during the siege of Mobeko.",
        "The Kolla Front fought alongside the Sobo Brigade and the Dankari Guard near Mobeko in 2019.",
    ],
)
def test_a_companion_in_a_fight_is_no_enemy(facts, text) -> None:  # type: ignore[no-untyped-def]
    hostile = pairs(facts(text, SPEC)[0], "HOSTILE_TO")
    assert frozenset(("front", "brigade")) not in hostile
    assert frozenset(("brigade", "guard")) not in hostile


def test_the_side_fought_against_stays_an_enemy(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019 the Kolla Front fought alongside the Sobo Brigade against the Dankari Guard near Mobeko."
    hostile = pairs(facts(text, SPEC)[0], "HOSTILE_TO")
    assert frozenset(("front", "brigade")) not in hostile
    assert frozenset(("front", "guard")) in hostile or frozenset(("brigade", "guard")) in hostile


UNIT_SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "cell": ("ORGANIZATION", ["Sobo cell"]),
}


def test_a_unit_with_no_stated_parent_gets_no_default_one(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kolla Front attacked a village in May. The Kolla Front later claimed the raid. "
            "The Kolla Front is active in the north. The Sobo cell is invented.")
    rels = facts(text, UNIT_SPEC)[0]
    assert ("cell", "front") not in {(r.subject, r.object) for r in rels if r.predicate == "SUBUNIT_OF"
                                     and r.method == "default"}



@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front has opposed the Sobo Brigade since 2019.",
        "The Kolla Front has long been opposed to the Sobo Brigade.",
    ],
)
def test_opposing_a_group_is_hostility(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(("front", "brigade")) in pairs(facts(text, SPEC)[0], "HOSTILE_TO")
