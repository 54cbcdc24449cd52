"""The dates of English events, forty-eighth round (branch date48), on hand-written texts with invented groups,
people and places: "the mid-1990s" read as the annotators write it, around the decade's middle year."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Red Dune Front was formed in the mid-1990s by herders.", "the mid-1990s", "1995~"),
        ("The Korda Brigade emerged in the mid-2000s as a youth wing.", "the mid-2000s", "2005~"),
        ("It was founded in the early 1990s by a preacher.", "the early 1990s", "1990/1993"),
        ("He went to Belim in the late 1990s.", "the late 1990s", "1996/1999"),
        ("The Belim Committee was founded in the mid-2010s.", "the mid-2010s", "2015~"),
    ],
)
def test_a_part_of_a_decade(text: str, phrase: str, value: str) -> None:
    found = {te.text: te.edtf for te in find_dates(text)}
    assert found.get(phrase) == value
