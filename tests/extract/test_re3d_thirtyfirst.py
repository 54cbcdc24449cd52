"""Reporters (issue #10, thirty-first round, ``extract/learned_relations.py``, ``reported_by``), on hand-written
sentences with invented bodies and groups: the subject of a verb of telling ("confirm", "report", "say") is not
made the enemy of a third party's act it tells ("the Monitoring Council confirmed reports that the Red Dawn Front
had killed members of the Osso tribe"); where the told clause holds a pronoun that may stand for the teller, or
the teller's name, or has no named subject of another entity, the classifier's hostility stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import hostile_pairs

pytestmark = pytest.mark.model

SPEC = {
    "council": ("ORGANIZATION", ["Monitoring Council"]),
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
    "osso": ("COMMUNITY", ["Osso"]),
    "army": ("ORGANIZATION", ["Varland Army"]),
}


def hostile(nlp: Language, text: str) -> set[frozenset[str]]:
    return hostile_pairs(nlp, text, SPEC)


@pytest.mark.parametrize("text", [
    "The Monitoring Council has confirmed reports that the Red Dawn Front had killed 40 members of the Osso "
    "tribe near the river.",
    "The Monitoring Council said the Red Dawn Front had burned three Osso villages in May.",
    "The Monitoring Council reported that the Red Dawn Front attacked the Varland Army at dawn.",
])
def test_a_reporter_is_no_party_to_what_it_reports(nlp: Language, text: str) -> None:
    found = hostile(nlp, text)
    assert frozenset(("council", "front")) not in found
    # the reported act itself keeps its hostility
    other = "osso" if "Osso" in text else "army"
    assert frozenset(("front", other)) in found


@pytest.mark.parametrize("text", [
    # a pronoun that may stand for the teller: the teller is a party
    "The Varland Army said the Red Dawn Front had attacked its base at dawn.",
    # no named subject of another entity in the told clause: the teller's own act
    "The Varland Army said it had killed 12 fighters of the Red Dawn Front.",
    # no verb of telling
    "The Varland Army attacked the Red Dawn Front at dawn.",
])
def test_a_teller_that_is_a_party_keeps_it(nlp: Language, text: str) -> None:
    assert frozenset(("army", "front")) in hostile(nlp, text)


# -- a possessive before a noun of one's own side stands for the clause's subject (``relations._not_own_side``) --

SIDE_SPEC = {
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
    "army": ("ORGANIZATION", ["Varland Army"]),
    "brigade": ("ORGANIZATION", ["Osso Brigade"]),
    "varland": ("LOCATION", ["Varland"]),
}


def allies(facts, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SIDE_SPEC)
    return {frozenset((r.subject, r.object)) for r in rels if r.predicate == "ALLY_OF"}


def test_its_allies_are_the_subjects_own(facts) -> None:  # type: ignore[no-untyped-def]
    # a state typed as a place: "its" would otherwise go to the group of the sentence before
    text = ("Villagers have been killed at the hands of the Red Dawn Front. Varland is working with its allies to "
            "defend the villagers from the Red Dawn Front's savagery.")
    assert frozenset(("varland", "front")) not in allies(facts, text)


def test_a_named_partner_keeps_the_alliance(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Varland Army is working with the Osso Brigade to defend the villagers."
    assert frozenset(("army", "brigade")) in allies(facts, text)
