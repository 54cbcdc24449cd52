"""EDTF values as ISO prefixes and day ranges (exports: timelines, ACLED dates, FtM dates)."""

from __future__ import annotations

import pytest

from reportgraph.dates import edtf_days, edtf_iso


@pytest.mark.parametrize(
    ("edtf", "iso", "days"),
    [
        ("2003", ("2003", "2003"), ("2003-01-01", "2003-12-31")),
        ("2003-07~", ("2003-07", "2003-07"), ("2003-07-01", "2003-07-31")),
        ("2004-12?", ("2004-12", "2004-12"), ("2004-12-01", "2004-12-31")),
        ("2013-01-16", ("2013-01-16", "2013-01-16"), ("2013-01-16", "2013-01-16")),
        ("2004-10/2004-12", ("2004-10", "2004-12"), ("2004-10-01", "2004-12-31")),
        ("2005-01/..", ("2005-01", None), ("2005-01-01", None)),
        ("../2003", (None, "2003"), (None, "2003-12-31")),
        ("2004-21", ("2004-03", "2004-05"), ("2004-03-01", "2004-05-31")),  # spring
        ("2004-24", ("2004-12", "2005-02"), ("2004-12-01", "2005-02-28")),  # winter runs into 2005
        ("199X", ("1990", "1999"), ("1990-01-01", "1999-12-31")),
        ("2008-02", ("2008-02", "2008-02"), ("2008-02-01", "2008-02-29")),  # leap year
        (None, (None, None), (None, None)),
        ("not a date", (None, None), (None, None)),
    ],
)
def test_edtf(
    edtf: str | None, iso: tuple[str | None, str | None], days: tuple[str | None, str | None]
) -> None:
    assert edtf_iso(edtf) == iso
    assert edtf_days(edtf) == days
