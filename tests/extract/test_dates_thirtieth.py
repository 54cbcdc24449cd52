"""The dates of English events, thirtieth round (issue #10, branch date36), on hand-written sentences with
invented courts, people and places: a run of foreign words the parser reads as an apposition, not set off by a
comma, hides no date of the verb after it; a state told to last in the present in a relative clause ("who remain
held", "whose crew they still hold") holds at the report's own date, not at the date of the deed beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.language import extraction_language
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline

pytestmark = pytest.mark.model


def date_of(nlp: Language, text: str, word: str) -> str | None:
    with extraction_language("en"):
        doc = parse(nlp, text)
        tok = next(t for t in doc if t.text == word)
        return Timeline(doc).date_for(tok)


def test_foreign_words_read_as_an_apposition_hide_no_date(nlp: Language) -> None:
    text = ("DOLO (Ruvenia) — Judicial correspondent, 14 March 2025\n\nThe specialised criminal chamber of the "
            "Pôle judiciaire spécialisé en matière de lutte contre le terrorisme in Dolo on Thursday sentenced four "
            "men to prison terms of between ten and twenty years for their part in the abduction of a nurse, Anne "
            "Vos, in the capital in August 2022.")
    assert date_of(nlp, text, "sentenced") == "2025-03-13"


def test_an_apposition_set_off_by_commas_still_keeps_its_date(nlp: Language) -> None:
    # (control: "X, a veteran of the 2012 rebellion, was named ..." dates the veteran, not the naming)
    text = ("On 2 May 2024 the Bakari Front met at Dolo. Amadu Kere, a veteran of the 2012 rebellion, was named "
            "its emir.")
    assert date_of(nlp, text, "named") == "2024-05-02"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dolo, 9 April 2025 | Statement\n\nThe Bakari Front began its campaign in November 2024 with the "
         "abduction of nine drivers, who remain held near Kassa.", "remain"),
        ("Dolo, 9 April 2025 | Statement\n\nSince January, the Bakari Front has seized four ferries, including "
         "the Sela Star, whose crew it still holds.", "holds"),
    ],
)
def test_a_state_told_in_the_present_in_a_relative_clause_holds_at_the_reports_date(nlp: Language, text: str,
                                                                                     word: str) -> None:
    assert date_of(nlp, text, word) == "2025-04-09"


def test_a_relative_clause_in_the_past_keeps_the_sentences_date(nlp: Language) -> None:
    # (control: a deed told in the past in the relative clause is no state of the report's day)
    text = ("Dolo, 9 April 2025 | Statement\n\nIn November 2024 the army freed nine drivers, who had been held "
            "near Kassa.")
    assert date_of(nlp, text, "held") == "2024-11"


def test_a_deed_told_in_the_present_in_a_relative_clause_keeps_the_sentences_date(nlp: Language) -> None:
    # (control: "which succeeds" tells a deed in the present, no lasting state)
    text = ("Dolo, 9 April 2025 | Statement\n\nWe welcome the start, on 1 January 2025, of the Kassa Support "
            "Mission, which succeeds the Kassa Transition Mission.")
    assert date_of(nlp, text, "succeeds") == "2025-01-01"
