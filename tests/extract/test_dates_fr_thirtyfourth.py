"""French dates, thirty-fourth round: a month name whose optional abbreviation stop took a sentence's full stop.

The French month pattern lets a short name carry a stop ("avr.", "févr."); "avril" is five letters, so "en avril."
at a sentence's end matched as "avril.", and the month lookups of a dated story (the month told without a year,
read back from the report's date) raised KeyError on it: one document of the corpus's fourth round stopped
`make train`. Every lookup now goes through ``edtf.month_no``.
"""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates
from reportgraph.extract.edtf import month_no


@pytest.mark.parametrize("name, number", [("avril.", 4), ("Avr.", 4), ("févr.", 2), ("April", 4), ("sept", 9)])
def test_month_no_reads_any_form(name: str, number: int) -> None:
    assert month_no(name) == number


def test_a_month_ending_its_sentence_in_a_dated_story_is_read_back_from_the_date() -> None:
    text = ("NIAMEY, 12 mai 2023 (AFP) - En 2022, le groupe est apparu. Les combattants ont attaqué le village "
            "en avril. Le bilan est lourd.")
    found = {d.text: d.edtf for d in find_dates(text, language="fr")}
    assert found.get("avril.") == "2023-04" or found.get("en avril.") == "2023-04", found
