"""Role phrases (issue #10, twenty-ninth round, ``extract/relations.py``, ``_object_of_clause``), on
hand-written sentences with invented groups, people and places: a phrase before "X," that is the object
of a preposition in an opening clause ("Speaking after the fall of the town to G militants, X said") is no
apposition of X, so X is no member of G; a true apposition before the name keeps its role."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "hand": ("ORGANIZATION", ["Red Hand"]),
    "holm": ("PERSON", ["Peter Holm"]),
    "tarsa": ("LOCATION", ["Tarsa"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


def test_a_speaker_after_an_opening_clause_is_no_member(facts) -> None:  # type: ignore[no-untyped-def]
    rels = facts("Speaking a year after the fall of Tarsa to Red Hand militants, Peter Holm said:", SPEC)[0]
    assert ("holm", "MEMBER_OF", "hand") not in triples(rels)


def test_a_speaker_of_a_reported_clause_is_no_member(facts) -> None:  # type: ignore[no-untyped-def]
    rels = facts("Speaking a week after the fall of Tarsa to Red Hand militants, Peter Holm said the town was lost.",
                 SPEC)[0]
    assert ("holm", "MEMBER_OF", "hand") not in triples(rels)


def test_a_role_in_apposition_before_the_name_is_kept(facts) -> None:  # type: ignore[no-untyped-def]
    rels = facts("The Red Hand's commander, Peter Holm, said the group lost ten men near Tarsa.", SPEC)[0]
    assert ("holm", "LEADER_OF", "hand") in triples(rels)


def test_a_member_in_apposition_before_the_name_is_kept(facts) -> None:  # type: ignore[no-untyped-def]
    rels = facts("A senior Red Hand fighter, Peter Holm, was arrested in Tarsa on Monday.", SPEC)[0]
    assert ("holm", "MEMBER_OF", "hand") in triples(rels)


def test_a_name_after_a_nouns_of_phrase_is_kept(facts) -> None:  # type: ignore[no-untyped-def]
    rels = facts("The Red Hand arrived in Tarsa in 2019. Among those in Tarsa were two eminent leading figures of the "
                 "organization, Peter Holm also known as Abu Tarsi.", SPEC)[0]
    assert ("holm", "MEMBER_OF", "hand") in triples(rels)

