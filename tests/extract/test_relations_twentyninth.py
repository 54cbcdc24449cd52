"""Relation rules (issue #10, twenty-ninth round), on hand-written sentences with invented groups and
places: a named unit whose possessor is a stand-in for a group ("its Sobo Brigade", "the group's Sobo
Brigade") is that group's unit (SUBUNIT_OF), the possessor resolved by the document's references; a
sentence-opening "Its" before a role noun is the group the sentence before was about (its subject, here
a described militia "known as" its name), not the group that sentence named in passing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "brigade": ("ORGANIZATION", ["Sobo Brigade"]),
    "army": ("ORGANIZATION", ["Dankari army"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front attacked Mobeko in May. It said the raid was carried out by its Sobo Brigade.",
        "The Kolla Front attacked Mobeko in May. He had commanded the group's Sobo Brigade since 2019.",
        "The Kolla Front holds the road to Mobeko. Its Sobo Brigade, under a local preacher, guards the market.",
        "The Kolla Front holds the road to Mobeko. The movement's Sobo Brigade guards the market.",
    ],
)
def test_a_unit_owned_by_a_stand_in_is_the_group_s_unit(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") in rels


def test_the_unit_s_evidence_is_the_sentence_with_the_possessive(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Kolla Front attacked Mobeko in May. It said the raid was carried out by its Sobo Brigade."
    rels = [r for r in facts(text, SPEC)[0] if (r.subject, r.predicate, r.object) == ("brigade", "SUBUNIT_OF", "front")]
    assert rels and rels[0].evidence[0].text.startswith("It said")


@pytest.mark.parametrize(
    "text",
    [
        # the possessive owns another noun, the unit is only set beside it
        "The Kolla Front holds the road to Mobeko. Its rival, the Sobo Brigade, guards the market.",
        # a state's army is not the group's own possessor: "its" is the army the clause is about
        "The Dankari army attacked Mobeko in May. The Kolla Front said the Sobo Brigade fought its soldiers.",
    ],
)
def test_no_unit_where_the_possessive_owns_another_noun(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("brigade", "SUBUNIT_OF", "front") not in rels


# -- a sentence-opening "Its"/"Their" before a leader's title: the group the sentence before was about --

OPENING = {
    "militia": ("ORGANIZATION", ["Dalo Guard"]),
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "omar": ("PERSON", ["Omar Tessa"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


@pytest.mark.parametrize(
    ("text", "pred"),
    [
        ("A village militia known as the Dalo Guard was set up in 2019 to keep the Kolla Front out. "
         "Its first leader was Omar Tessa.", "LEADER_OF"),
        ("Near Mobeko a militia known as the Dalo Guard was formed in 2019 by farmers to keep the Kolla Front "
         "out. Its commander, Omar Tessa, is a former teacher.", "LEADER_OF"),
        ("A village militia known as the Dalo Guard was set up in 2019 to keep the Kolla Front out. "
         "Its spokesman, Omar Tessa, said the road was open.", "MEMBER_OF"),
    ],
)
def test_an_opening_its_is_the_subject_before_not_the_group_named_in_passing(facts, text, pred) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, OPENING)[0])
    assert ("omar", pred, "militia") in rels
    assert ("omar", pred, "front") not in rels
