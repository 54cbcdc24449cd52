"""The dates of English events, thirty-fifth round (branch endate2), on hand-written texts with invented groups,
people and places: a day counted from an event told before by another word of the same head ("the strike" after an
"airstrike") or by its verb ("ten days after their arrest" after "police arrested"), "since the start of the year"
from the story's January to its month, and a narrative year set at a sentence's head ending with its paragraph."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.edtf for t in find_dates(text)}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the event told by a closed compound whose head is the noun
    ("The army conducted an airstrike near Koro on Oct. 12, 2026. The strike killed three fighters. The front rose "
     "in 2021. Two days before the strike, fighters ambushed a convoy.", "Two days before", "2026-10-10"),
    # the event told by its verb, the phrase's noun after a possessive
    ("- 20 May 2024: the police arrested two men in Koro.\n- Update (3 June): the pair were handed over to the "
     "army ten days after their arrest.", "ten days after", "2024-05-30"),
])
def test_a_day_counted_from_an_event_told_by_another_word(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


def test_the_event_counted_from_dates_the_act_on_a_real_parse(nlp: Language) -> None:
    text = ("KORO, Oct. 14, 2026 - The army conducted an airstrike near Koro on Oct. 12, 2026. The strike killed "
            "three fighters. The Dalla Front rose in 2021. Two days before the strike, fighters of the Dalla Front "
            "ambushed an army convoy at Bakal.")
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "ambushed"][0]
    assert Timeline(doc).date_for(tok) == "2026-10-10"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the story's year, not the running one a background "late 2025" set
    ("New York, 10 July 2026\n\nIn late 2025 a commander left the front. The front has abducted dozens of women "
     "since the start of the year.", "since the start of the year", "2026-01/2026-07"),
    ("KORO, March 3, 2024 - Gunmen have killed 40 herders since the beginning of this year, officials said.",
     "since the beginning of this year", "2024-01/2024-03"),
])
def test_since_the_start_of_the_year_runs_from_the_storys_january(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


def test_since_the_start_of_the_year_dates_the_act_on_a_real_parse(nlp: Language) -> None:
    text = ("New York, 10 July 2026\n\nIn late 2025, a commander of the Dalla Front left the group with 200 "
            "fighters. The Dalla Front has abducted dozens of women since the start of the year.")
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "abducted"][0]
    assert Timeline(doc).date_for(tok) == "2026-01/2026-07"


def test_a_year_less_day_in_a_new_paragraph_takes_the_storys_year(nlp: Language) -> None:
    # "In late 2025" opened its sentence in the paragraph before: the narrative it set ends with that paragraph
    text = ("New York, 10 July 2026\n\nThis infighting has a cause. In late 2025, a commander of the Dalla Front "
            "left the group with 200 fighters.\n\nSecond, the Dalla Front killed twelve fishermen near Koro in the "
            "night of 18 to 19 May.")
    assert values(text).get("night of 18 to 19 May") == "2026-05-18/2026-05-19"
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "killed"][0]
    assert Timeline(doc).date_for(tok) == "2026-05-18/2026-05-19"


def test_a_year_less_month_in_the_narratives_paragraph_keeps_its_year() -> None:
    # the narrative's own paragraph still reads the month in its year
    text = ("KORO, March 3, 2024 - Officials said the front was weakened.\n\nIn 2019 the front split. In May it "
            "attacked Bakal.")
    assert values(text).get("In May") == "2019-05"
