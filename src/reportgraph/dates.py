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
