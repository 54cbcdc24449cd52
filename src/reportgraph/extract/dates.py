"""Temporal expressions in report prose, resolved to EDTF strings.

Pure functions over text. Absolute expressions ("16 January 2013", "late 2011", "the summer of
2004") resolve on their own; partial ones ("late May", "on 23 March") take the year of the
narrative's running date; relative ones ("two months later", "the following spring", "in the
meantime") are resolved against the running date, i.e. the last date stated earlier in the same
document. Conventions follow the project's annotation guide (GOLD_FORMAT.md, "Dates").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a few": 2,
    "few": 2,
    "several": 3,
    "some": 2,
}

_MON = r"(?P<mon>" + "|".join(list(MONTHS)[:12]) + r")"  # full names only: "Mar", "May" are words too
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_NUM = (
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a few|few|several|some)"
)
_UNIT = r"(?P<unit>day|week|month|year)s?"


@dataclass(frozen=True)
class Point:
    """A calendar point at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def edtf(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def add_months(self, n: int) -> Point:
        if self.month is None:
            return Point(self.year + (n // 12 if n >= 0 else -((-n + 11) // 12)))
        idx = self.year * 12 + (self.month - 1) + n
        return Point(idx // 12, idx % 12 + 1)


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression found in a text, with its EDTF value once resolved."""

    start: int
    end: int
    text: str
    edtf: str | None
    relative: bool = False
    anchors: bool = True  # False for expressions that should not move the narrative (birth dates)


def first_point(edtf: str) -> Point | None:
    """The start of an EDTF value as a Point (approximation marks dropped)."""
    part = edtf.split("/", 1)[0].rstrip("~?%")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", part)
    if not m:
        return None
    y, mo, d = m.groups()
    month = int(mo) if mo and int(mo) <= 12 else None
    return Point(int(y), month, int(d) if d and month else None)


def last_point(edtf: str) -> Point | None:
    """The end of an EDTF value as a Point."""
    return first_point(edtf.rsplit("/", 1)[-1]) if "/" in edtf else first_point(edtf)


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else NUMBERS.get(s) or parse_number(s) or 1


def _season(name: str, year: int) -> str:
    a, b = SEASONS[name.lower()]
    end_year = year + 1 if b < a else year
    return f"{year:04d}-{a:02d}/{end_year:04d}-{b:02d}"


def _interval(a: Point, b: Point) -> str:
    return a.edtf() if a == b else f"{a.edtf()}/{b.edtf()}"


Resolver = Callable[[re.Match[str], Point | None], str | None]


def _y(m: re.Match[str], anchor: Point | None) -> int | None:
    y = m.groupdict().get("year")
    if y:
        return int(y)
    if anchor is None:
        return None
    mon = m.groupdict().get("mon")
    # A month stated without a year is read forward from the running date: "11 January" after
    # "in December 2012" is January 2013, not a month eleven months back.
    if mon and anchor.month and MONTHS[mon.lower()] < anchor.month - 6:
        return anchor.year + 1
    return anchor.year


def _day_range(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    if y is None:
        return None
    mon2 = MONTHS[m["mon"].lower()]
    mon1 = MONTHS[m["mon1"].lower()] if m.groupdict().get("mon1") else mon2
    return _interval(Point(y, mon1, int(m["d1"])), Point(y, mon2, int(m["d2"])))


def _day(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else Point(y, MONTHS[m["mon"].lower()], int(m["d"])).edtf()


def _month(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else Point(y, MONTHS[m["mon"].lower()]).edtf()


def _part_of_year(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    if y is None:
        return None
    return {
        "late": f"{y}-09/{y}-12",
        "end": f"{y}-09/{y}-12",
        "early": f"{y}-01/{y}-04",
        "beginning": f"{y}-01/{y}-04",
        "start": f"{y}-01/{y}-04",
        "mid": f"{y}-05/{y}-08",
        "middle": f"{y}-05/{y}-08",
        "first half": f"{y}-01/{y}-06",
        "second half": f"{y}-07/{y}-12",
    }[m["part"].lower().replace("-", "")]


def _half_start(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    if y is None:
        return None
    return f"{y}-07~" if m["half"].lower() == "second" else f"{y}-01~"


def _just_before_year(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else f"{y - 1}-12~"


def _just_after_year(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else f"{y}-01~"


def _season_of(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else _season(m["season"], y)


def _following_season(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    a, _ = SEASONS[m["season"].lower()]
    y = anchor.year + 1 if anchor.month is None or anchor.month >= a else anchor.year
    return _season(m["season"], y)


def _following_month(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the following October": the next October after the running date."""
    if anchor is None:
        return None
    mon = MONTHS[m["mon"].lower()]
    year = anchor.year + 1 if anchor.month is None or mon <= anchor.month else anchor.year
    return Point(year, mon).edtf()


def _following_unit(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    if m["unit"].lower().startswith("year"):
        return f"{anchor.year + 1:04d}"
    return anchor.add_months(1).edtf() if anchor.month else f"{anchor.year:04d}"


def _decade(m: re.Match[str], anchor: Point | None) -> str | None:
    d = int(m["dec"])
    return f"{d}/{d + 9}"


def _part_of_decade(m: re.Match[str], anchor: Point | None) -> str | None:
    d = int(m["dec"])
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[m["part"].lower()]
    return f"{d + lo}/{d + hi}"


def _year_range(m: re.Match[str], anchor: Point | None) -> str | None:
    return f"{m['year']}/{m['year2']}"


def _since(m: re.Match[str], anchor: Point | None) -> str | None:
    return f"{m['year']}/.."


def _previous_year(m: re.Match[str], anchor: Point | None) -> str | None:
    return None if anchor is None else f"{anchor.year - 1:04d}"


def _around(m: re.Match[str], anchor: Point | None) -> str | None:
    return f"{m['year']}~"


def _year(m: re.Match[str], anchor: Point | None) -> str | None:
    return m["year"]


def _same(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    unit = (m.groupdict().get("unit") or "").lower()
    if unit.startswith("year"):
        return f"{anchor.year:04d}"
    return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"


def _shift(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    n = _num(m["n"])
    unit = m["unit"].lower()
    sign = -1 if m["dir"].lower() in ("earlier", "before", "previously", "ago") else 1
    if unit.startswith("year"):
        return f"{anchor.year + sign * n:04d}"
    if unit.startswith("month"):
        return anchor.add_months(sign * n).edtf() if anchor.month else f"{anchor.year:04d}"
    if anchor.month is None:
        return f"{anchor.year:04d}"
    if anchor.day is not None and m["n"].lower() not in ("a few", "few", "several", "some"):
        # "two weeks later" after "12 February": count the days; weeks give the month they land in
        days = n * (7 if unit.startswith("week") else 1)
        d = date(anchor.year, anchor.month, anchor.day) + timedelta(days=sign * days)
        return Point(d.year, d.month, None if unit.startswith("week") else d.day).edtf()
    here = Point(anchor.year, anchor.month)
    if unit.startswith("week") and n >= 2:
        other = here.add_months(sign)
        return _interval(*sorted((here, other), key=lambda p: (p.year, p.month or 0)))
    return here.edtf()


def _month_range(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "between March and June 2014", "from October 2016 to May 2017"."""
    y2 = _y(m, anchor)
    if y2 is None:
        return None
    mon1, mon2 = MONTHS[m["mon1"].lower()], MONTHS[m["mon"].lower()]
    y1 = int(m["year1"]) if m.groupdict().get("year1") else (y2 if mon1 <= mon2 else y2 - 1)
    return _interval(Point(y1, mon1), Point(y2, mon2))


def _part_of_that_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "late that year", "at the end of the year": a part of the running year."""
    return None if anchor is None else _part_of_year(m, Point(anchor.year))


def _following_months(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "over the following months": the running year (the annotation guide's reading)."""
    return None if anchor is None else f"{anchor.year:04d}"


def _soon(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"


_PAT: list[tuple[str, Resolver, bool]] = [
    # (pattern, resolver, relative)
    (
        rf"\bnight of (?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? (?:to|and|-) "
        rf"(?P<d2>\d{{1,2}}) {_MON}(?:,? {_YEAR})?",
        _day_range,
        False,
    ),
    (
        rf"\bbetween (?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? and (?P<d2>\d{{1,2}}) {_MON}"
        rf"(?:,? {_YEAR})?",
        _day_range,
        False,
    ),
    (
        rf"\b(?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? ?(?:-|–|to|and) ?(?P<d2>\d{{1,2}}) {_MON}"
        rf"(?:,? {_YEAR})?",
        _day_range,
        False,
    ),
    (
        rf"\b(?:between|from) {_MON.replace('mon', 'mon1')}(?:,? (?P<year1>1[89]\d\d|20\d\d))? "
        rf"(?:and|to|until|through) {_MON}(?:,? {_YEAR})?",
        _month_range,
        False,
    ),
    (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON}(?:,? {_YEAR})?\b", _day, False),
    (rf"\b{_MON} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:, {_YEAR})?\b", _day, False),
    (
        rf"\b(?:at |in )?the (?:beginning|start) of the (?P<half>first|second) half of {_YEAR}",
        _half_start,
        False,
    ),
    (
        rf"\b(?:a little while|a little|shortly|just|a few (?:weeks|months)|some time) before the "
        rf"(?:beginning|start|turn) of {_YEAR}",
        _just_before_year,
        False,
    ),
    (
        rf"\b(?:a little while|shortly|just|soon) after the (?:beginning|start|turn) of {_YEAR}",
        _just_after_year,
        False,
    ),
    (
        rf"\b(?:(?:at|in|by) )?the (?P<part>beginning|start|end|middle|first half|second half) of {_YEAR}",
        _part_of_year,
        False,
    ),
    (rf"\b(?:(?:at|in|by) )?the (?:beginning|start|end|middle) of {_MON}(?:,? {_YEAR})?", _month, False),
    (rf"\b(?P<part>late|early|mid)[- ](?:in )?{_MON}(?:,? (?:of )?{_YEAR})?", _month, False),
    (rf"\b(?P<part>late|early|mid-?) ?{_YEAR}\b", _part_of_year, False),
    (rf"\b(?:the )?(?P<season>spring|summer|autumn|fall|winter) of {_YEAR}", _season_of, False),
    (rf"\b{_YEAR}'s? (?P<season>spring|summer|autumn|winter)", _season_of, False),
    (
        r"\b(?:the )?(?:following|next|subsequent) (?P<season>spring|summer|autumn|fall|winter)",
        _following_season,
        True,
    ),
    (r"\b(?:the )?(?:following|next) (?P<unit>year|month)\b", _following_unit, True),
    (rf"\b(?:the )?(?:following|next) {_MON}\b", _following_month, True),
    (rf"\b{_MON} of (?:that|the same) year", _month, True),
    (r"\b(?:later|earlier) (?:that|the same|in the same) (?P<unit>month|year)", _same, True),
    (r"\b(?:the )?(?:previous|preceding) (?P<unit>year)", _previous_year, True),
    (r"\b(?:the )?(?P<unit>year) (?:before|earlier)\b", _previous_year, True),
    (
        r"\b(?:(?:at|in|by) )?(?:the )?(?P<part>beginning|start|end|middle|first half|second half|late|early|mid)"
        r"(?: of)? (?:that|the same|the) year\b",
        _part_of_that_year,
        True,
    ),
    (
        r"\b(?:over|in|during|throughout) the (?:following|next|subsequent|ensuing) (?:few )?months\b"
        r"|\bin the months that followed\b",
        _following_months,
        True,
    ),
    (r"\bthat (?P<season>spring|summer|autumn|fall|winter)\b", _season_of, True),
    (r"\b(?:that|the same) (?P<unit>month|year)\b", _same, True),
    (rf"\b{_MON}(?:,? (?:of )?{_YEAR})\b", _month, False),
    # a bare month needs a preposition before it ("in May", never the modal "may")
    (rf"\b(?:in|of|by|since|until|from|during|before|after) {_MON}\b(?! \d)", _month, False),
    (r"\b(?:the )?(?P<part>early|mid|late)[- ](?P<dec>1[89]\d0|20\d0)s\b", _part_of_decade, False),
    (r"\b(?:the )?(?P<dec>1[89]\d0|20\d0)s\b", _decade, False),
    (rf"\b(?:from|between) {_YEAR} (?:to|and|until) (?P<year2>1[89]\d\d|20\d\d)\b", _year_range, False),
    (rf"(?<![\d/-]){_YEAR} ?[-–] ?(?P<year2>1[89]\d\d|20\d\d)\b", _year_range, False),
    (rf"\bsince {_YEAR}\b", _since, False),
    (rf"\b(?:around|about|circa|c\.|approximately|roughly) {_YEAR}\b", _around, False),
    (rf"(?<![\d/-]){_YEAR}(?![\d/]|-\d)", _year, False),
    (
        rf"\b{_NUM} {_UNIT} (?P<dir>later|after(?:wards| that)?|on|earlier|before|previously|ago)\b",
        _shift,
        True,
    ),
    (r"\b(?:shortly|soon|immediately|not long) (?:after(?:wards)?|thereafter|afterwards)\b", _soon, True),
    (r"\b(?:within|in a few|a few) (?:days|weeks)\b", _soon, True),
    (r"\b(?:days|weeks) later\b", _soon, True),
    (r"\blater that (?:day|week|night)\b", _soon, True),
    (r"\b(?:the )?(?P<season>spring|summer|autumn|winter)\b", _season_of, True),
]
_COMPILED = [(re.compile(p, re.IGNORECASE), f, rel) for p, f, rel in _PAT]
_MEANTIME = re.compile(r"\b(?:in the meantime|meanwhile|in the interim)\b", re.IGNORECASE)
_BIRTH = re.compile(r"\b(?:born|birth)\b[^.;]{0,40}$", re.IGNORECASE)


def _raw(text: str) -> list[tuple[int, int, Resolver, bool, re.Match[str]]]:
    """Non-overlapping candidate expressions, earlier patterns winning ties on overlap."""
    taken: list[tuple[int, int]] = []
    found = []
    for rx, fn, rel in _COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, fn, rel, m))
    found.sort(key=lambda x: x[0])
    return found


def find_dates(text: str, anchor: str | None = None) -> list[TimeExpr]:
    """Every temporal expression of a text, resolved in reading order.

    ``anchor`` is the running date before the text starts (an EDTF string), if any. Each
    expression that resolves becomes the new running date, except birth dates.
    """
    run = first_point(anchor) if anchor else None
    history: list[Point] = [run] if run else []
    out: list[TimeExpr] = []
    marks = [(m.start(), m.end(), None, True, m) for m in _MEANTIME.finditer(text)]
    items = sorted(_raw(text) + marks, key=lambda x: x[0])  # type: ignore[operator]
    for s, e, fn, rel, m in items:
        if fn is None:  # "in the meantime": from the date before the last one up to the last one
            if len(history) >= 2 and run is not None:
                lo = history[-2]
                value: str | None = _interval(lo, run) if lo != run else run.edtf()
            else:
                value = run.edtf() if run else None
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        value = fn(m, run)
        birth = bool(_BIRTH.search(text[max(0, s - 45) : s]))
        out.append(TimeExpr(s, e, text[s:e], value, relative=rel, anchors=not birth))
        if value is not None and not birth:
            pt = first_point(value)
            if pt is not None:
                if not history or history[-1] != pt:
                    history.append(pt)
                run = pt
    return out


def parse_date(phrase: str, anchor: str | None = None) -> str | None:
    """The EDTF value of a single temporal phrase ("late 2011" -> "2011-09/2011-12")."""
    found = [t for t in find_dates(phrase, anchor) if t.edtf]
    return found[0].edtf if found else None
