"""EDTF helpers for ordering and display (parsing temporal expressions lives in extraction)."""

from __future__ import annotations

import re

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
        return f"between {describe(a) if a not in ('', '..') else 'open'} and {describe(b) if b not in ('', '..') else 'open'}"
    qual = ""
    if s.endswith("~"):
        qual, s = "about ", s[:-1]
    elif s.endswith("?"):
        qual, s = "perhaps ", s[:-1]
    elif s.endswith("%"):
        qual, s = "perhaps about ", s[:-1]
    return qual + s


Day = tuple[int, int, int]
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 12),
                  33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}
_OPEN_LO: Day = (0, 0, 0)
_OPEN_HI: Day = (9999, 99, 99)


def _one_bounds(value: str) -> tuple[Day, Day] | None:
    m = _YMD.match(value.strip().rstrip("~?%"))
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if mo == 0:
        return (y, 1, 1), (y, 12, 31)
    if mo > 12:
        a, b = _SEASON_MONTHS.get(mo, (1, 12))
        return (y, a, 1), (y, b, 31)
    return ((y, mo, d), (y, mo, d)) if d else ((y, mo, 1), (y, mo, 31))


def bounds(edtf: str | None) -> tuple[Day, Day] | None:
    """The first and last day an EDTF value can mean, as (year, month, day); None when undated.

    Qualifiers (~ ? %) are read as the plain value; an open end ('..' or '') is unbounded."""
    if not edtf or not edtf.strip():
        return None
    if "/" in edtf:
        a, b = (s.strip() for s in edtf.split("/", 1))
        lo = _OPEN_LO if a in ("", "..") else (_one_bounds(a) or (_OPEN_LO, _OPEN_LO))[0]
        hi = _OPEN_HI if b in ("", "..") else (_one_bounds(b) or (_OPEN_HI, _OPEN_HI))[1]
        return lo, hi
    return _one_bounds(edtf)


def overlaps(a: str | None, b: str | None) -> bool:
    """True when two EDTF values can mean the same time (an undated value is compatible with any)."""
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return True
    return ba[0] <= bb[1] and bb[0] <= ba[1]
