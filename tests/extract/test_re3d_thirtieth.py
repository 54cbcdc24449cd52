"""Agreements (issue #10, thirtieth round, ``extract/learned_relations.py``, ``agreed_between``), on
hand-written sentences with invented governments and groups: the two parties of "between X and Y" under a
noun of agreement ("the agreement reached between X and Y") are not made enemies by the sentence classifier;
a peace or ceasefire agreement, and a "between" under another noun ("fighting between X and Y"), keep it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import hostile_pairs

pytestmark = pytest.mark.model

SPEC = {
    "karvia": ("ORGANIZATION", ["Government of Karvia"]),
    "torland": ("ORGANIZATION", ["Torland Regional Government"]),
    "denk": ("PERSON", ["Paul Denk"]),
}


def hostile(nlp: Language, text: str) -> set[frozenset[str]]:
    return hostile_pairs(nlp, text, SPEC)


PAIR = frozenset(("karvia", "torland"))


@pytest.mark.parametrize("text", [
    "I welcome the agreement reached yesterday between the Government of Karvia and the Torland Regional "
    "Government on the budget.",
    "We welcome the agreement on 3 May between the Government of Karvia, led by Prime Minister Paul Denk, and "
    "the Torland Regional Government on grain exports.",
    "The deal between the Government of Karvia and the Torland Regional Government was signed on Monday.",
])
def test_the_parties_of_an_agreement_are_not_enemies(nlp: Language, text: str) -> None:
    assert PAIR not in hostile(nlp, text)


@pytest.mark.parametrize("text", [
    "A peace agreement between the Government of Karvia and the Torland Regional Government ended the war.",
    "The ceasefire deal between the Government of Karvia and the Torland Regional Government collapsed.",
    "Fighting between the Government of Karvia and the Torland Regional Government resumed on Monday.",
    "The agreement between the Government of Karvia and its allies angered the Torland Regional Government.",
])
def test_enemies_elsewhere_are_kept(nlp: Language, text: str) -> None:
    assert PAIR in hostile(nlp, text)
