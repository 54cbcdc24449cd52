"""When a report says it was published: a ``Date:`` / ``Published:`` line (front matter, a header)
or a dateline (``BAMAKO, 1 March 2013 -``) at its top. Only the top is read: a date deep in the text
is the date of something the report tells, not of the report."""

from __future__ import annotations

import datetime as dt
import re

HEAD = 600  # characters read from the top of the text
# The month tables below repeat extract.edtf's on purpose: edtf imports the number reader, which loads spaCy, and
# the commands that read a stored knowledge base (stats, show, export) must start without it
# (tests/test_compiled.py).

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE = (rf"(?:(?P<iso>\d{{4}}-\d{{2}}(?:-\d{{2}})?)|(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s+(?P<y1>\d{{4}})"
         rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}}))")
_LABELLED = re.compile(rf"^\W*(?:date|dated|published|publication date|reported|issued|posted)\s*[:\-–—]\s*"
                       rf"(?:\w+day,?\s+)?{_DATE}", re.I | re.M)
_DATELINE = re.compile(rf"^[A-Z][A-Za-z'’ .-]{{1,40}},\s+(?:\w+day,?\s+)?{_DATE}\s*(?:[-–—:(]|$)", re.M)
_ALONE = re.compile(rf"^\W*(?:\w+day,?\s+)?{_DATE}\W*$", re.I | re.M)


# French (issue 11): "KIDAL (Mali), 27 juillet 2017 (Agence ...)", "NIAMEY, jeudi 12/12/2019 - 18:30"
# (day first), "Publié le 3 mai 2021". Read only in a French document: "07/02/2015" is ambiguous in English.
_FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
              "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
              "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
              "nov": 11, "déc": 12, "dec": 12}
_FR_MONTH = r"(" + "|".join(sorted(_FR_MONTHS, key=len, reverse=True)) + r")\.?"
_FR_DAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_FR_DATE = (rf"(?:(?P<iso>\d{{4}}-\d{{2}}(?:-\d{{2}})?)"
            rf"|(?P<d1>\d{{1,2}})(?:er)?\s+(?P<m1>{_FR_MONTH})\s+(?P<y1>\d{{4}})"
            rf"|(?P<dn>\d{{1,2}})/(?P<mn>\d{{1,2}})/(?P<yn>\d{{4}})|(?P<m3>{_FR_MONTH})\s+(?P<y3>\d{{4}}))")
_FR_LABELLED = re.compile(rf"^\W*(?:date|daté du|publié le|publication|mis à jour le)\s*[:\-–—]?\s*"
                          rf"{_FR_DAY}{_FR_DATE}", re.I | re.M)
_FR_DATELINE = re.compile(rf"^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ .()-]{{1,60}},\s+{_FR_DAY}{_FR_DATE}\s*(?:[-–—:(]|$)", re.M)
_FR_ALONE = re.compile(rf"^\W*{_FR_DAY}{_FR_DATE}\W*$", re.I | re.M)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3] if len(name) <= 5 else name.lower().rstrip(".")]


def _value_fr(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            return _value(m)
        if g["y1"]:
            return dt.date(int(g["y1"]), _FR_MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])).isoformat()
        if g["yn"]:
            return dt.date(int(g["yn"]), int(g["mn"]), int(g["dn"])).isoformat()
        return f"{int(g['y3']):04d}-{_FR_MONTHS[g['m3'].lower().rstrip('.')]:02d}"
    except (ValueError, KeyError):
        return None


def _value(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            parts = [int(x) for x in g["iso"].split("-")]
            dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
            return g["iso"]
        if g["y1"]:
            y, mo, d = int(g["y1"]), _month(g["m1"]), int(g["d1"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), _month(g["m2"]), int(g["d2"])
        else:
            return f"{int(g['y3']):04d}-{_month(g['m3']):02d}"
        return dt.date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


def reported_date(text: str, language: str | None = None) -> str | None:
    """The publication date a report states at its top (YYYY-MM-DD or YYYY-MM), or None; a French
    report's (``language`` "fr..."), French datelines first."""
    head = text[:HEAD]
    if language and language.startswith("fr"):
        for pattern in (_FR_LABELLED, _FR_DATELINE, _FR_ALONE):
            for m in pattern.finditer(head):
                value = _value_fr(m)
                if value:
                    return value
    for pattern in (_LABELLED, _DATELINE, _ALONE):
        for m in pattern.finditer(head):
            value = _value(m)
            if value:
                return value
    return None
