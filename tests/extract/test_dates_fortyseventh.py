"""The dates of English events, forty-seventh round (branch ev47), on hand-written texts with invented groups,
people and places: a count of units with a half ("three and a half years ago", "a year and a half later")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("KORDA, 9 December 2017. Three and a half years ago the Red Dune Front seized Korda.",
         "Three and a half years ago", "2014-06"),
        ("In March 2015 the Red Dune Front took Belim. A year and a half later it lost the town.",
         "A year and a half later", "2016-09"),
        ("In March 2015 the Red Dune Front took Belim. Two and a half years earlier it had been founded.",
         "Two and a half years earlier", "2012-09"),
        ("In 2010 the Red Dune Front was founded. Two and a half years later it split.",
         "Two and a half years later", "2012"),
    ],
)
def test_a_half_unit_is_counted(text: str, phrase: str, value: str) -> None:
    found = {te.text: te.edtf for te in find_dates(text)}
    assert found.get(phrase) == value


def test_a_count_with_a_half_dates_the_deed(nlp: Language) -> None:
    text = ("KORDA, 9 December 2017 - Three and a half years ago the fighters of the Red Dune Front seized Korda, "
            "and within weeks they stood at the gates of Belim.")
    doc = parse(nlp, text)
    timeline = Timeline(doc)
    assert timeline.date_for(next(t for t in doc if t.text == "seized")) == "2014-06"


def test_whole_units_unchanged() -> None:
    found = {te.text: te.edtf for te in find_dates("In March 2015 X took Belim. Two years later it lost the town.")}
    assert found.get("Two years later") == "2017"
