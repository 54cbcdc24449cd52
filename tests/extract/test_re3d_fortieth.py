"""re3d relation precision (issue #10, thirty-fourth round, branch re3d40), on hand-written sentences with invented
people, units and groups: a speaker is no member of a group he tells of (``learned_relations.reported_by`` with
``third_party=False``, ``speaker_drops``); an operation others support is no group they join or ally with
(``supported_operation``); "the Men and Women of X" is no name (``lexicons/non_names.txt``), and the unit after
"of" is the side its sentence tells of; an English "its" after an unnamed body of its own sentence ("the
international community in its determination") is that body's, not an organisation named sentences before
(``coref.References._unnamed_body_before``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from reportgraph.extract.learned_relations import supported_operation
from reportgraph.extract.mentions import Hit
from reportgraph.extract.paragraphs import parse

from .conftest import Found, Spec, guarded

pytestmark = pytest.mark.model

SPEC: Spec = {
    "pell": ("PERSON", ["Adam Pell", "Pell"]),
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
    "brigade": ("ORGANIZATION", ["Kessa Brigade"]),
    "op": ("ORGANIZATION", ["Operation Silver Gate"]),
    "varland": ("LOCATION", ["Varland"]),
}


def learned(nlp: Language, text: str, *labels: str) -> set[tuple[str, str, str]]:
    """The relations the sentence classifier leaves between the ``SPEC`` entities of ``text`` (``guarded``)."""
    return guarded(nlp, text, SPEC, *labels)


MEMBER = ("MEMBER_OF>", "MEMBER_OF<", "LEADER_OF>", "LEADER_OF<")


@pytest.mark.parametrize("text", [
    "A strike on Jan. 1 hit two Red Dawn Front vehicles that had left a large Red Dawn Front depot, Pell said.",
    "Adam Pell said a strike on Monday destroyed a Red Dawn Front depot near the river.",
    "Adam Pell told reporters that two Red Dawn Front vehicles were hit near the river.",
])
def test_a_speaker_is_no_member_of_the_group_he_tells_of(nlp: Language, text: str) -> None:
    found = learned(nlp, text, *MEMBER)
    assert not any(s == "pell" and o == "front" for s, _, o in found)


@pytest.mark.parametrize("text", [
    # a pronoun that may stand for the speaker: he may be telling of his own group
    "Adam Pell said his Red Dawn Front unit had left the depot on Monday.",
    # no verb of telling
    "Adam Pell commanded two Red Dawn Front units near the river.",
    # the group outside what he tells
    "Adam Pell, a Red Dawn Front commander, said the depot was destroyed.",
])
def test_a_speakers_own_tie_stays(nlp: Language, text: str) -> None:
    found = learned(nlp, text, *MEMBER)
    assert any(s == "pell" and o == "front" for s, _, o in found)


def test_the_speakers_hostility_rule_is_unchanged(nlp: Language) -> None:
    # the speaker rule reads a person's ties to a group only: what the told clause's own act states stays
    text = "The Kessa Brigade said it had attacked the Red Dawn Front near the river."
    found = learned(nlp, text, "HOSTILE_TO=")
    assert {(s, o) for s, _, o in found} & {("brigade", "front"), ("front", "brigade")}


@pytest.mark.parametrize("text", [
    "Pell, who was supporting Operation Silver Gate, was assigned to the Kessa Brigade, which is based in Varland.",
    "The Kessa Brigade arrived in Varland on Monday in support of Operation Silver Gate.",
    "Units of the Kessa Brigade that support Operation Silver Gate arrived in Varland.",
])
def test_a_supported_operation_is_no_group_joined(nlp: Language, text: str) -> None:
    found = learned(nlp, text, "MEMBER_OF>", "MEMBER_OF<", "ALLY_OF=")
    assert not any("op" in (s, o) for s, _, o in found)
    if "Pell" in text:  # the unit he was assigned to is no operation: the guard leaves it
        assert ("pell", "MEMBER_OF", "brigade") in found


@pytest.mark.parametrize(("text", "supported"), [
    ("Pell was supporting Operation Silver Gate in Varland.", True),
    ("The Kessa Brigade arrived in support of Operation Silver Gate.", True),
    ("The Kessa Brigade joined Operation Silver Gate in May.", False),
    ("Operation Silver Gate supported the Kessa Brigade in May.", False),
])
def test_supported_operation(nlp: Language, text: str, supported: bool) -> None:
    doc = parse(nlp, text)
    at = text.index("Operation Silver Gate")
    span = doc.char_span(at, at + len("Operation Silver Gate"))
    assert span is not None
    hit = Hit("op", "ORGANIZATION", span.start, span.end, at, at + len("Operation Silver Gate"))
    assert supported_operation(doc, hit) is supported


MEN = ("The group continues to pose a threat, but the Men and Women of the 212th Kessa Brigade, together with our "
       "partners, are working hard to defeat the Red Dawn Front.")


def test_men_and_women_is_no_name(run: Callable[[str], Found]) -> None:
    found = run(MEN)
    assert "Men and Women" not in found.names()
    assert not any("Men and Women" in n for n in found.names())


def test_the_unit_of_its_men_and_women_is_the_side(facts) -> None:  # type: ignore[no-untyped-def]
    spec: Spec = {"brigade": ("ORGANIZATION", ["212th Kessa Brigade"]), "front": ("ORGANIZATION", ["Red Dawn Front"])}
    rels, _, _ = facts(MEN, spec)
    assert any({r.subject, r.object} == {"brigade", "front"} for r in rels if r.predicate == "HOSTILE_TO")


# -- "its" after an unnamed body of its own sentence is that body's (``coref.References._unnamed_body_before``) --

BODY_SPEC: Spec = {"council": ("ORGANIZATION", ["Monitoring Council"]), "front": ("ORGANIZATION", ["Red Dawn Front"])}


def hostile_rules(facts, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, BODY_SPEC)
    return {frozenset((r.subject, r.object)) for r in rels if r.predicate == "HOSTILE_TO"}


@pytest.mark.parametrize("body", ["the international community", "the world"])
def test_its_after_an_unnamed_body_is_the_bodys(facts, body: str) -> None:  # type: ignore[no-untyped-def]
    text = ("The Monitoring Council voted on Monday to adopt a resolution.\n\nThe attacks have stiffened the resolve "
            f"of {body} in its determination to defeat the Red Dawn Front.")
    assert frozenset(("council", "front")) not in hostile_rules(facts, text)


def test_its_with_no_unnamed_body_keeps_the_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Monitoring Council voted on Monday to adopt a resolution.\n\nThe attacks have stiffened the resolve "
            "of its members in their determination to defeat the Red Dawn Front. It reaffirmed its determination to "
            "defeat the Red Dawn Front.")
    assert frozenset(("council", "front")) in hostile_rules(facts, text)
