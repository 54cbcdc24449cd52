"""Alliances and parts stated in one sentence: a hyphenated sponsor ("the Niger-backed X"), the states that
send troops to a force, and a part named after its description ("P's Sahel branch, S")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "tanko": ("PERSON", ["Ali Tanko"]),
    "front": ("ORGANIZATION", ["Front for Gourma Renewal", "FGR"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "dawa": ("ORGANIZATION", ["Jund al-Dawa"]),
    "guard": ("ORGANIZATION", ["Tessit Guard"]),
    "niger": ("LOCATION", ["Niger"]),
    "chad": ("LOCATION", ["Chad"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "force": ("ORGANIZATION", ["Lake Basin Joint Force", "LBJF"]),
    "benin": ("LOCATION", ["Benin"]),
    "somalia": ("LOCATION", ["Somalia"]),
}


def triples(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels if r.modality != "negated"}


def negated(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels if r.modality == "negated"}


def ally(rels, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    found = triples(rels)
    return (a, "ALLY_OF", b) in found or (b, "ALLY_OF", a) in found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # the backed group in apposition with the phrase the modifier qualifies
        ("Jund al-Dawa, the Katiba Nour-linked insurgency, claimed the attack on Tessit.", "katiba", "dawa"),
        ("Ali Tanko joined Jund al-Dawa, the Katiba Nour-aligned offshoot, in 2019.", "katiba", "dawa"),
        # the name itself, and a name after "such as"
        ("Fighters attacked a checkpoint of the Niger-backed Tessit Guard near the well.", "niger", "guard"),
        ("Chad-aligned militias such as the Tessit Guard patrol the road.", "chad", "guard"),
        # a copula's subject
        ("The Front for Gourma Renewal is a Katiba Nour-affiliated group.", "katiba", "front"),
        # the states that send troops to a force: "from" on the troops or on the force, the apposition
        # parsed or lost (a verb's object), a holding verb
        ("Chad is part of the Lake Basin Joint Force, a regional force of troops from Niger and Benin.",
         "benin", "force"),
        ("Chad quit, angry with the Lake Basin Joint Force (LBJF), a regional coalition of troops from Chad, "
         "Niger and Benin.", "benin", "force"),
        ("The LBJF, which has about 9,000 troops from Chad, Niger and Benin, said it had been attacked.",
         "niger", "force"),
    ],
)
def test_stated_alliance(facts, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert ally(rels, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a person linked to a country: a biography, not a tie between actors
        ("Ali Tanko, a Niger-linked veteran, became the faction's ideologue.", "niger", "tanko"),
        # "-based" and "-led" name a place and a leader, not a patron
        ("The Niger-based Tessit Guard patrols the road.", "niger", "guard"),
        # a space around the hyphen is a dash, not a compound
        ("The Katiba Nour - backed by no one - attacked the Tessit Guard.", "katiba", "guard"),
        # troops withdrawn from a country are not sent by it
        ("The LBJF has not withdrawn its troops from Somalia.", "somalia", "force"),
        ("The LBJF completed the withdrawal of its troops from Somalia on Monday.", "somalia", "force"),
    ],
)
def test_alliance_not_over_read(facts, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert not ally(rels, a, b)


def test_denied_sponsor_is_negated(facts) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts("Officials denied that Jund al-Dawa was a Katiba Nour-backed group.", SPEC)
    assert not ally(rels, "dawa", "katiba")
    assert {("katiba", "ALLY_OF", "dawa"), ("dawa", "ALLY_OF", "katiba")} & negated(rels)


def test_part_named_after_its_description(facts) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts("The Katiba Nour's Sahel branch, Jund al-Dawa, and the FGR formed a coalition.", SPEC)
    assert ("dawa", "SUBUNIT_OF", "katiba") in triples(rels)
