"""Round 28 (frrel): the sentence relation classifier's description features (``learned_relations._described_as``)
read a French copula's attribute ("X est le chef de Y", "X est devenu un cadre de Y") as the English "be" one; the
French parse hangs the attribute under "être" (its lemma), which the English test of "be" missed."""

from __future__ import annotations

import pytest

from reportgraph.extract.domain import parse_text
from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_relations import _described_as
from reportgraph.extract.nlp import load_nlp

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Amadou Sidibé est le chef du Front de libération du Kessa.", "chef"),
        ("Amadou Sidibé est un membre du Front de libération du Kessa.", "membre"),
    ],
)
def test_a_french_copulas_attribute_describes_its_subject(text: str, noun: str) -> None:
    with extraction_language("fr"):
        doc = parse_text(load_nlp(language="fr"), text, "fr")
        subject = doc[0] if doc[0].dep_ == "nsubj" else doc[0].head
        assert [t.text for t in _described_as(subject)] == [noun]
