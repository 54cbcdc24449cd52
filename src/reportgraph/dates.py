"""EDTF helpers for ordering and display (parsing temporal expressions lives in extraction)."""

from __future__ import annotations

import calendar
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


# EDTF seasons (21-24) and quarters (33-36) as month ranges; northern-hemisphere seasons, as EDTF defines.
_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2),
            33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}


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


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso_first_day(iso: str) -> str:
    """The first day of an ISO prefix: 2003 -> 2003-01-01."""
    parts = iso.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def iso_last_day(iso: str) -> str:
    """The last day of an ISO prefix: 2003-02 -> 2003-02-28."""
    parts = iso.split("-")
    y = int(parts[0])
    mo = int(parts[1]) if len(parts) > 1 else 12
    d = int(parts[2]) if len(parts) > 2 else _last_day(y, mo)
    return f"{y:04d}-{mo:02d}-{d:02d}"


def edtf_days(edtf: str | None) -> tuple[str | None, str | None]:
    """The first and last day (YYYY-MM-DD) an EDTF value can mean; None for an open or unknown side."""
    a, b = edtf_iso(edtf)
    return (iso_first_day(a) if a else None), (iso_last_day(b) if b else None)
