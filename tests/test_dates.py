"""EDTF bounds and overlap, as the timeline and the conflict finder read dates."""

from __future__ import annotations

import pytest

from reportgraph.dates import bounds, overlaps


@pytest.mark.parametrize(("edtf", "expected"), [
    ("2003", ((2003, 1, 1), (2003, 12, 31))),
    ("2003-07", ((2003, 7, 1), (2003, 7, 31))),
    ("2003-07-04~", ((2003, 7, 4), (2003, 7, 4))),
    ("2004-10/2004-12", ((2004, 10, 1), (2004, 12, 31))),
    ("2005-01/..", ((2005, 1, 1), (9999, 99, 99))),
    ("../2005", ((0, 0, 0), (2005, 12, 31))),
    ("2003-22", ((2003, 6, 1), (2003, 8, 31))),  # summer
    (None, None), ("", None), ("sometime", None),
])
def test_bounds(edtf: str | None, expected: object) -> None:
    assert bounds(edtf) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2003", "2003-07~", True), ("2008", "2010", False), ("2004-10/2004-12", "2004-11", True),
    ("2005-01/..", "2019", True), (None, "2010", True), ("2003-07", "2003-08", False)])
def test_overlaps(a: str | None, b: str | None, expected: bool) -> None:
    assert overlaps(a, b) is expected
