"""OPERATES_IN from area verbs (issues #10, #11, twenty-seventh round), on hand-written sentences with
invented groups and places: "operates on/along/across/from/throughout X" and "active across/along X"
are area cues like "operates in X", and a place phrase coordinated after the cue's own ("operates on
the X plateau and in the Y and Z districts") is read with it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "army": ("ORGANIZATION", ["Rivani army"]),
    "dankari": ("LOCATION", ["Dankari"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
    "tiranga": ("LOCATION", ["Tiranga"]),
    "sobo": ("LOCATION", ["Sobo"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text, place",
    [
        ("The Kolla Front operates along the Sobo river.", "sobo"),
        ("The Kolla Front operated from Mobeko until 2020.", "mobeko"),
        ("Since 2019 the Kolla Front has been active across the Dankari plateau.", "dankari"),
        ("The Kolla Front operates throughout Tiranga.", "tiranga"),
    ],
)
def test_an_area_verb_with_its_preposition_places_the_group(facts, text, place) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("front", "OPERATES_IN", place) in rels


def test_a_coordinated_place_phrase_is_read_with_the_cue(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kolla Front, an armed group formed in 2019, operates on the Dankari plateau "
            "and in the Mobeko and Tiranga districts.")
    rels = triples(facts(text, SPEC)[0])
    assert {("front", "OPERATES_IN", k) for k in ("dankari", "mobeko", "tiranga")} <= rels


def test_a_coordinated_prepositional_phrase_of_another_kind_is_not_a_place(facts) -> None:  # type: ignore[no-untyped-def]
    # "with the Rivani army" is not where the group operates; only place prepositions are read
    text = "The Kolla Front operates in Mobeko and with the Rivani army's consent."
    rels = triples(facts(text, SPEC)[0])
    assert ("front", "OPERATES_IN", "mobeko") in rels
    assert ("front", "OPERATES_IN", "army") not in rels


_TABLE = (
    "The armed groups of the Sobo valley are listed below.\n\n"
    "Group | Leader | Community | Area\n"
    "Kolla Front | Ade Mobo | Sarki | Mobeko, Tiranga\n"
    "Sobo Shield | Baru Nanda | Kwari | Dankari\n\n"
    "Both groups tax the road between Mobeko and Dankari.\n"
)
TABLE_SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "shield": ("ORGANIZATION", ["Sobo Shield"]),
    "ade": ("PERSON", ["Ade Mobo"]),
    "baru": ("PERSON", ["Baru Nanda"]),
    "dankari": ("LOCATION", ["Dankari"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
    "tiranga": ("LOCATION", ["Tiranga"]),
}


def test_an_area_column_is_where_the_group_of_its_row_operates(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(_TABLE, TABLE_SPEC)[0])
    assert ("front", "OPERATES_IN", "mobeko") in rels
    assert ("front", "OPERATES_IN", "tiranga") in rels
    assert ("shield", "OPERATES_IN", "dankari") in rels
    # a row's places are its own group's, not the next row's
    assert ("front", "OPERATES_IN", "dankari") not in rels


def test_a_base_column_of_a_table_of_people(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Commanders named in the report:\n\n"
            "Name | Faction | Base | Status\n"
            "Ade Mobo | Kolla Front | Tiranga | at large\n")
    rels = triples(facts(text, TABLE_SPEC)[0])
    assert ("ade", "OPERATES_IN", "tiranga") in rels
