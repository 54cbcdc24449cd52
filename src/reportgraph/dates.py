"""EDTF helpers for ordering and display (parsing temporal expressions lives in extraction)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_YMD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def sort_key(edtf: str | None) -> tuple[int, int, int, int]:
    """Order events by the earliest day an EDTF value can mean; undated events last."""
    if not edtf:
        return (1, 9999, 99, 99)
    first = edtf.split("/", 1)[0].strip()
    m = _YMD.match(first) if first not in ("", "..") else None
    if not m:
        return (1, 9999, 99, 99)
    y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if mo > 12:  # seasons and quarters (21-24, 33-36) sort by their first month
        mo = {21: 3, 22: 6, 23: 9, 24: 12, 33: 1, 34: 4, 35: 7, 36: 10}.get(mo, 0)
    return (0, y, mo, d)


def describe(edtf: str | None) -> str:
    """A short human reading of an EDTF value: '~' approximate, '?' uncertain, '/' interval."""
    if not edtf:
        return "undated"
    s = edtf
    if "/" in s:
        a, b = s.split("/", 1)
        lo = describe(a) if a not in ("", "..") else "open"
        hi = describe(b) if b not in ("", "..") else "open"
        return f"between {lo} and {hi}"
    qual = ""
    if s.endswith("~"):
        qual, s = "about ", s[:-1]
    elif s.endswith("?"):
        qual, s = "perhaps ", s[:-1]
    elif s.endswith("%"):
        qual, s = "perhaps about ", s[:-1]
    return qual + s


# ---------------------------------------------------------------------------- extents
# One reading of "which days can this EDTF value mean", shared by the timeline (and its chart),
# the link chart's date filter, the conflict finder and the exports (edtf_days).

_PART = re.compile(r"^(-?[\dX]{4})(?:-([\dX]{2}))?(?:-([\dX]{2}))?$")
# EDTF seasons (21-24) and quarters (33-36) as month ranges; northern-hemisphere seasons, as EDTF
# defines; winter runs into the next year.
_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2),
            33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}


@dataclass
class Extent:
    """The first and last day an EDTF value can mean, with its qualifiers."""

    start: dt.date | None  # None: open or unknown start
    end: dt.date | None
    approximate: bool = False
    uncertain: bool = False
    interval: bool = False


def _one(s: str) -> tuple[dt.date, dt.date, bool, bool] | None:
    s = s.strip()
    approx = uncertain = False
    while s and s[-1] in "~?%":
        approx |= s[-1] in "~%"
        uncertain |= s[-1] in "?%"
        s = s[:-1]
    m = _PART.match(s)
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        y_lo, y_hi = int(y.replace("X", "0")), int(y.replace("X", "9"))
        if y_lo < 1:
            return None
        if mo is None or "X" in mo:
            return dt.date(y_lo, 1, 1), dt.date(y_hi, 12, 31), approx, uncertain
        month = int(mo)
        if month in _SEASONS:
            a, b = _SEASONS[month]
            end_year = y_hi + 1 if b < a else y_hi
            return (dt.date(y_lo, a, 1), dt.date(end_year, b, calendar.monthrange(end_year, b)[1]),
                    approx, uncertain)
        last = calendar.monthrange(y_hi, month)[1]
        if d is None or "X" in d:
            return dt.date(y_lo, month, 1), dt.date(y_hi, month, last), approx, uncertain
        day = dt.date(y_lo, month, int(d))
        return day, day, approx, uncertain
    except ValueError:
        return None


def extent(edtf: str | None) -> Extent | None:
    """The first and last day an EDTF value can mean, with its qualifiers; None if undated or unparsed.

    ``2019`` is 2019-01-01..2019-12-31, ``2013-24`` (winter) 2013-12-01..2014-02-28, ``201X`` the
    decade, ``2020-03/..`` an interval open at its end (``end`` None)."""
    if not edtf:
        return None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        lo = _one(a) if a.strip() not in ("", "..") else None
        hi = _one(b) if b.strip() not in ("", "..") else None
        if lo is None and hi is None:
            return None
        return Extent(lo[0] if lo else None, hi[1] if hi else None,
                      bool((lo and lo[2]) or (hi and hi[2])), bool((lo and lo[3]) or (hi and hi[3])),
                      interval=True)
    one = _one(edtf)
    if one is None:
        return None
    return Extent(one[0], one[1], one[2], one[3])


Day = tuple[int, int, int]
_OPEN_LO: Day = (0, 0, 0)
_OPEN_HI: Day = (9999, 99, 99)


def bounds(edtf: str | None) -> tuple[Day, Day] | None:
    """``extent`` as comparable (year, month, day) tuples, an open end as (0, 0, 0) / (9999, 99, 99);
    None when undated. Qualifiers (~ ? %) are read as the plain value."""
    x = extent(edtf)
    if x is None:
        return None
    lo = (x.start.year, x.start.month, x.start.day) if x.start else _OPEN_LO
    hi = (x.end.year, x.end.month, x.end.day) if x.end else _OPEN_HI
    return lo, hi


def overlaps(a: str | None, b: str | None) -> bool:
    """True when two EDTF values can mean the same time (an undated value is compatible with any)."""
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    return ba[0] <= bb[1] and bb[0] <= ba[1]


def _side(text: str, end: bool) -> str | None:
    """One side of an EDTF value as an ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD), or None if open."""
    s = text.strip().strip("~?%")
    if s in ("", ".."):
        return None
    s = s.replace("X", "9" if end else "0")  # unspecified digits: the widest reading
    m = _YMD.fullmatch(s.replace("~", "").replace("?", "").replace("%", ""))  # qualifiers may sit inside
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and int(mo) > 12:
        first, last = _SEASONS.get(int(mo), (1, 12))
        if end and last < first:  # winter runs into the next year
            return f"{int(y) + 1:04d}-{last:02d}"
        return f"{y}-{(last if end else first):02d}"
    if mo in ("99", "00"):  # an unspecified month
        return y
    return "-".join(p for p in (y, mo, d if mo else None) if p)


def edtf_iso(edtf: str | None) -> tuple[str | None, str | None]:
    """The first and last ISO 8601 prefixes an EDTF value can mean, keeping its precision.

    ``2003`` -> (2003, 2003); ``2004-10/2004-12`` -> (2004-10, 2004-12); ``2005-01/..`` -> (2005-01, None);
    qualifiers (``~ ? %``) are dropped, seasons become their months. Unparseable or empty: (None, None).
    """
    if not edtf:
        return None, None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        return _side(a, False), _side(b, True)
    return _side(edtf, False), _side(edtf, True)


def edtf_days(edtf: str | None) -> tuple[str | None, str | None]:
    """The first and last day (YYYY-MM-DD) an EDTF value can mean (``extent``); None for an open or
    unknown side."""
    x = extent(edtf)
    if x is None:
        return None, None
    return (x.start.isoformat() if x.start else None), (x.end.isoformat() if x.end else None)


_REPORTED = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def reported_value(value: str) -> str:
    """A document's reported date as stored: an ISO day, month or year (``2013-03-01``, ``2013-03``,
    ``2013``); anything else raises ReviewError."""
    from .errors import ReviewError

    value = value.strip()
    m = _REPORTED.match(value)
    if not m or (m.group(3) and _one(value) is None):
        raise ReviewError(f"a reported date is YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'")
    return value


def last_day(value: str) -> str:
    """The last ISO day an ISO day, month or year can mean (``2013-02`` -> ``2013-02-28``): a report
    dated only by its month was surely public by the month's end, maybe not before."""
    x = extent(value)
    if x is None or x.end is None:
        return value
    return x.end.isoformat()
