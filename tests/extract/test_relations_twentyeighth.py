"""Relation rules (issue #10, twenty-eighth round), on hand-written sentences with invented groups and
places: a group that belongs to another is its part (SUBUNIT_OF); a name written before a unit noun
("a X cell") is no unit of the report's main group (the default parent), nor is a name apposed to a unit
noun without a possessive ("the Y Battalion, the X"); since the forty-fifth round no English unit gets the
default parent at all ("his katiba, the X" included)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "brigade": ("ORGANIZATION", ["Sobo Brigade"]),
    "council": ("ORGANIZATION", ["Dankari Council"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Since 2018 the Sobo Brigade has belonged to the Kolla Front.",
        "The Sobo Brigade, which is based near Mobeko, belongs to the Kolla Front.",
    ],
)
def test_a_group_that_belongs_to_another_is_its_part(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") in rels


def test_some_of_a_group_s_men_belonging_to_another_make_no_part(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Some Sobo Brigade fighters belong to the Kolla Front, residents said."
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") not in rels


def test_a_group_named_before_cell_is_no_unit_of_the_main_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kolla Front attacked Mobeko in May. The Kolla Front also raided a market. "
            "The Kolla Front holds the road. Its men clashed with a Sobo Brigade cell near Mobeko.")
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") not in rels


def test_a_unit_named_with_a_lower_case_unit_noun_gets_no_default_parent(facts) -> None:  # type: ignore[no-untyped-def]
    # (kept until the forty-fifth round, which left the default parent to French: English train, 6 right of 26)
    spec = {**SPEC, "battalion": ("ORGANIZATION", ["Tessit battalion"])}
    text = ("The Kolla Front attacked Mobeko in May. The Kolla Front also raided a market. "
            "The Kolla Front holds the road. By 2019 Omar led the Tessit battalion near Mobeko.")
    rels = triples(facts(text, spec)[0])
    assert ("battalion", "SUBUNIT_OF", "front") not in rels


MAIN = "The Kolla Front attacked Mobeko in May. The Kolla Front also raided a market. The Kolla Front holds the road. "


def test_a_name_apposed_to_a_named_unit_is_no_unit(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {**SPEC, "battalion": ("ORGANIZATION", ["Tessit Battalion"])}
    text = MAIN + "The Tessit Battalion, the Sobo Brigade and the Dankari Council are invented."
    rels = triples(facts(text, spec)[0])
    assert ("brigade", "SUBUNIT_OF", "front") not in rels


def test_a_unit_apposed_to_his_unit_noun_gets_no_default_parent(facts) -> None:  # type: ignore[no-untyped-def]
    # (kept until the forty-fifth round, which left the default parent to French)
    text = MAIN + "Omar Tessi declared that his katiba, the Sobo Brigade, would fight on."
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") not in rels
