"""Two items of one list are no enemies (issue #10, thirty-third round, ``extract/learned_relations.py``,
``listed_together``, read by ``classify`` for the sentence classifier's HOSTILE_TO), on hand-written sentences
with invented groups: "his links to Red Dawn Front planners and Osso Council members" names both on one side;
the two sides of a fight joined by "between" or as the subjects of a verb ("X and Y clashed") stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.learned_relations import listed_together
from reportgraph.extract.mentions import Hit
from reportgraph.extract.paragraphs import parse

pytestmark = pytest.mark.model

NAMES = ("Red Dawn Front", "Osso Council", "Varland Army", "Kessa Brigade")


def hits(nlp: Language, text: str) -> tuple[object, Hit, Hit]:
    doc = parse(nlp, text)
    found = []
    for name in NAMES:
        at = text.find(name)
        if at < 0:
            continue
        span = doc.char_span(at, at + len(name))
        assert span is not None
        found.append(Hit(name, "ORGANIZATION", span.start, span.end, at, at + len(name)))
    assert len(found) == 2
    return doc, found[0], found[1]


@pytest.mark.parametrize("text", [
    "Because of his links to Red Dawn Front planners and Osso Council members, his death will weaken the group.",
    "The weapons were supplied to the Varland Army and the Kessa Brigade last year.",
    "Officials met Red Dawn Front commanders, Osso Council elders and local chiefs on Monday.",
])
def test_items_of_one_list(nlp: Language, text: str) -> None:
    doc, a, b = hits(nlp, text)
    assert listed_together(doc, a, b)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Fighting broke out between the Varland Army and the Kessa Brigade near the river.",
    "The Varland Army and the Kessa Brigade clashed near the river on Monday.",
    "The Varland Army attacked the Kessa Brigade near the river.",
])
def test_two_sides_stay(nlp: Language, text: str) -> None:
    doc, a, b = hits(nlp, text)
    assert not listed_together(doc, a, b)  # type: ignore[arg-type]

