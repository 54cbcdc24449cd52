"""Calendar points and the resolvers that turn a matched date phrase into an EDTF string.

Each resolver takes the pattern's match and the narrative's running date (a ``Point``, or None
before any date) and returns an EDTF value or None. The patterns themselves are in ``dates.py``.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
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
# French names (issue 11), after the English ones: dates.py's English patterns read only the first twelve.
FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
             "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
             "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12}
MONTHS.update({k: v for k, v in FR_MONTHS.items() if k not in MONTHS})


def month_no(name: str) -> int:
    """A month's number from any of its names, a French abbreviation's full stop included ("avr.", and "avril."
    where a pattern's optional stop takes a sentence's last one)."""
    return MONTHS[name.lower().rstrip(".")]


SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
           "printemps": (3, 5), "été": (6, 8), "ete": (6, 8), "automne": (9, 11), "hiver": (12, 2)}
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


def interval(a: Point, b: Point) -> str:
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
    if mon and anchor.month and month_no(mon) < anchor.month - 6:
        return anchor.year + 1
    return anchor.year


def day_range(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    if y is None:
        return None
    mon2 = month_no(m["mon"])
    mon1 = month_no(m["mon1"]) if m.groupdict().get("mon1") else mon2
    return interval(Point(y, mon1, int(m["d1"])), Point(y, mon2, int(m["d2"])))


def day(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else Point(y, month_no(m["mon"]), int(m["d"])).edtf()


def month(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else Point(y, month_no(m["mon"])).edtf()


def week_of_month(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the last week of July 2024": its last seven days; "the first (second, third) week of March" days 1 to 7
    (8 to 14, 15 to 21)."""
    y = _y(m, anchor)
    if y is None:
        return None
    mo = month_no(m["mon"])
    end = calendar.monthrange(y, mo)[1]
    which = m["which"].lower()
    first = end - 6 if which == "last" else 1 + 7 * ("first", "second", "third", "fourth").index(which)
    return f"{y:04d}-{mo:02d}-{first:02d}/{y:04d}-{mo:02d}-{first + 6:02d}"


def month_of_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "that June": the month of the running year, whether before or after the running month."""
    return None if anchor is None else Point(anchor.year, month_no(m["mon"])).edtf()


def month_of_deictic_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "in March of this year", "October last year": that month of the year the story's date names."""
    if anchor is None:
        return None
    y = anchor.year + {"this": 0, "last": -1, "next": 1}[m["which"].lower()]
    return Point(y, month_no(m["mon"])).edtf()


def part_of_year(m: re.Match[str], anchor: Point | None) -> str | None:
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
        # French: "fin 2012", "début 2015", "mi-2013", "au milieu de 2014"
        "fin": f"{y}-09/{y}-12",
        "début": f"{y}-01/{y}-04",
        "debut": f"{y}-01/{y}-04",
        "mi": f"{y}-05/{y}-08",
        "milieu": f"{y}-05/{y}-08",
        "première moitié": f"{y}-01/{y}-06",
        "premier semestre": f"{y}-01/{y}-06",
        "seconde moitié": f"{y}-07/{y}-12",
        "deuxième moitié": f"{y}-07/{y}-12",
        "second semestre": f"{y}-07/{y}-12",
    }[m["part"].lower().replace("-", "")]


def half_start(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    if y is None:
        return None
    return f"{y}-07~" if m["half"].lower() == "second" else f"{y}-01~"


def just_before_year(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else f"{y - 1}-12~"


def just_after_year(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else f"{y}-01~"


def season_of(m: re.Match[str], anchor: Point | None) -> str | None:
    y = _y(m, anchor)
    return None if y is None else _season(m["season"], y)


def following_season(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    a, _ = SEASONS[m["season"].lower()]
    y = anchor.year + 1 if anchor.month is None or anchor.month >= a else anchor.year
    return _season(m["season"], y)


def following_month(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the following October": the next October after the running date."""
    if anchor is None:
        return None
    mon = month_no(m["mon"])
    year = anchor.year + 1 if anchor.month is None or mon <= anchor.month else anchor.year
    return Point(year, mon).edtf()


def previous_month(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the previous October": the last October before the running date."""
    if anchor is None:
        return None
    mon = month_no(m["mon"])
    year = anchor.year - 1 if anchor.month is None or mon >= anchor.month else anchor.year
    return Point(year, mon).edtf()


def following_unit(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    if m["unit"].lower().startswith("year"):
        return f"{anchor.year + 1:04d}"
    return anchor.add_months(1).edtf() if anchor.month else f"{anchor.year:04d}"


def next_day(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the next morning" after a stated day: the day after it (before it for "the previous night");
    the running month or year where no day was stated."""
    if anchor is None:
        return None
    if anchor.month is None or anchor.day is None:
        return soon(m, anchor)
    back = m["dir"].lower() in ("previous", "before")
    d = date(anchor.year, anchor.month, anchor.day) + timedelta(days=-1 if back else 1)
    return d.isoformat()


def adjacent_week(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the following week", "the previous week" after a stated day: Monday to Sunday of the week after (before)
    the one holding it; the running month or year where no day was stated."""
    ref = day_of(anchor)
    if ref is None:
        return soon(m, anchor)
    return week_of(ref, -1 if m["dir"].lower() in ("previous", "preceding", "prior") else 1)


def same_day(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "on the same day", "later that day": the day told before, at the precision it was told (``find_dates``
    gives the last day stated where the running date since is only a relative phrase's)."""
    return None if anchor is None else anchor.edtf()


def decade(m: re.Match[str], anchor: Point | None) -> str | None:
    d = int(m["dec"])
    return f"{d}/{d + 9}"


def part_of_decade(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the early 1990s" -> ``1990/1993``, "the late 1990s" -> ``1996/1999``; "the mid-1990s" -> ``1995~``, as
    the annotators write it (about the decade's middle year, as French "au milieu des années 1990" already reads:
    a four-year span is vaguer than the scorer allows against a single year)."""
    d = int(m["dec"])
    if m["part"].lower() == "mid":
        return f"{d + 5}~"
    lo, hi = {"early": (0, 3), "late": (6, 9), "début": (0, 3), "fin": (6, 9)}[m["part"].lower()]
    return f"{d + lo}/{d + hi}"


def year_range(m: re.Match[str], anchor: Point | None) -> str | None:
    return f"{m['year']}/{m['year2']}"


def since(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "since 2012" -> ``2012/..``, "since April 2022" -> ``2022-04/..``."""
    mon = m.groupdict().get("mon")
    return f"{m['year']}-{month_no(mon):02d}/.." if mon else f"{m['year']}/.."


def previous_year(m: re.Match[str], anchor: Point | None) -> str | None:
    return None if anchor is None else f"{anchor.year - 1:04d}"


def around(m: re.Match[str], anchor: Point | None) -> str | None:
    return f"{m['year']}~"


def year(m: re.Match[str], anchor: Point | None) -> str | None:
    return m["year"]


def same(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    unit = (m.groupdict().get("unit") or "").lower()
    if unit.startswith("year"):
        return f"{anchor.year:04d}"
    return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"


def shift(m: re.Match[str], anchor: Point | None) -> str | None:
    sign = -1 if m["dir"].lower() in ("earlier", "before", "previously", "ago") else 1
    return _shift(m, anchor, sign)


def shift_back(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "struck on Friday, a day after the fighters captured the town": the date of what the phrase
    introduces (Thursday), counted back from the date it is set against (``shift`` the other way)."""
    sign = 1 if m["dir"].lower() in ("earlier", "before", "previously", "ago") else -1
    return _shift(m, anchor, sign)


def _shift(m: re.Match[str], anchor: Point | None, sign: int) -> str | None:
    if anchor is None:
        return None
    n = _num(m["n"])
    unit = m["unit"].lower()
    if unit.startswith("fortnight"):  # "a fortnight later": two weeks
        n, unit = 2 * n, "week"
    groups = m.groupdict()
    if (groups.get("half") or groups.get("half2")) and unit.startswith("year"):
        # "three and a half years ago": counted in months, to the month it lands in
        n, unit = 12 * n + 6, "month"
        if anchor.month is None:
            return f"{anchor.year + sign * (n // 12):04d}"
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
    if unit.startswith("week") and n >= 6 and m["n"].lower() not in ("a few", "few", "several", "some"):
        # "extradited ten weeks later" after "early July": the month that many weeks on (September)
        return here.add_months(sign * round(n * 7 / 30.44)).edtf()
    if unit.startswith("week") and n >= 2:
        other = here.add_months(sign)
        return interval(*sorted((here, other), key=lambda p: (p.year, p.month or 0)))
    return here.edtf()


def month_range(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "between March and June 2014", "from October 2016 to May 2017"."""
    y2 = _y(m, anchor)
    if y2 is None:
        return None
    mon1, mon2 = month_no(m["mon1"]), month_no(m["mon"])
    y1 = int(m["year1"]) if m.groupdict().get("year1") else (y2 if mon1 <= mon2 else y2 - 1)
    return interval(Point(y1, mon1), Point(y2, mon2))


def part_of_that_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "late that year", "at the end of the year": a part of the running year."""
    return None if anchor is None else part_of_year(m, Point(anchor.year))


def since_start_of_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "since the start of the year" in a speech of 10 July 2026: its January to its month (2026-01/2026-07)."""
    if anchor is None:
        return None
    if anchor.month is None or anchor.month == 1:
        return f"{anchor.year:04d}" if anchor.month is None else f"{anchor.year:04d}-01"
    return f"{anchor.year:04d}-01/{anchor.year:04d}-{anchor.month:02d}"


def following_months(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "over the following months": the running year (the annotation guide's reading)."""
    return None if anchor is None else f"{anchor.year:04d}"


def following_days(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "In the following two days" after a told day: the days after it, that many; without a day, as ``soon``."""
    start = day_of(anchor)
    if start is None or m["n"].lower() in ("a few", "few", "several", "some"):
        return soon(m, anchor)
    a, b = start + timedelta(days=1), start + timedelta(days=_num(m["n"]))
    return interval(Point(a.year, a.month, a.day), Point(b.year, b.month, b.day))


def soon(m: re.Match[str], anchor: Point | None) -> str | None:
    if anchor is None:
        return None
    return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"


# ---- read against the story's own date (a wire's dateline, a release's date): weekdays, "yesterday"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_of(anchor: Point | None) -> date | None:
    """The anchor's calendar day, None when it states no day (English and French resolvers)."""
    if anchor is None or anchor.month is None or anchor.day is None:
        return None
    return date(anchor.year, anchor.month, anchor.day)


def weekday_before(anchor: Point | None, index: int) -> date | None:
    """The last day of weekday ``index`` (0 = Monday) on or before the anchor's day ("on Friday" in a
    story dated Sunday); the language's resolvers turn their weekday names into the index."""
    ref = day_of(anchor)
    if ref is None:
        return None
    return ref - timedelta(days=(ref.weekday() - index) % 7)


def week_of(ref: date, weeks: int = 0) -> str:
    """Monday to Sunday of the week ``weeks`` away from the one holding ``ref``, as an EDTF interval."""
    monday = ref - timedelta(days=ref.weekday() - 7 * weeks)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def weekday(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "on Friday evening" in a story dated Sunday 21 August: Friday 19 August."""
    d = weekday_before(anchor, WEEKDAYS.index(m["wd"].lower()))
    return None if d is None else d.isoformat()


def weekday_numeric(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "Saturday 05/06/2021": of the two readings (day first, month first) the one that falls on the
    weekday named; a reading that is no calendar day is never taken."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    wd = WEEKDAYS.index(m["wd"].lower())
    for mo, d in ((b, a), (a, b)):
        try:
            day_ = date(y, mo, d)
        except ValueError:
            continue
        if day_.weekday() == wd:
            return day_.isoformat()
    return None


def deictic(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "yesterday", "last week", "this year", "over the past three months": against the story's date
    (the running date where the story states no day)."""
    if anchor is None:
        return None
    what = " ".join(m["what"].lower().split())
    ref = day_of(anchor)
    if what.endswith("year"):
        return f"{anchor.year - (what == 'last year'):04d}"
    if what.endswith("month"):
        if anchor.month is None:
            return f"{anchor.year:04d}"
        return anchor.add_months(-1 if what == "last month" else 0).edtf()
    if ref is None:
        return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"
    if what in ("yesterday", "last night"):
        return (ref - timedelta(days=1)).isoformat()
    if what == "the day before yesterday":
        return (ref - timedelta(days=2)).isoformat()
    if what in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref.isoformat()
    if what.endswith("week"):
        return week_of(ref, {"last week": -1, "next week": 1}.get(what, 0))
    if what.endswith("weekend"):  # "over the weekend": the Saturday and Sunday on or before the story's day
        saturday = weekday_before(anchor, 5)
        return None if saturday is None else f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    return None


def last_month_named(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "last October" in a speech of January 2027: the last October before the story's month (2026-10)."""
    if anchor is None:
        return None
    mo = month_no(m["mon"])
    year_ = anchor.year if anchor.month is not None and anchor.month > mo else anchor.year - 1
    return Point(year_, mo).edtf()


class _WithYear:
    """A match with its year stated, for a phrase that names it against the story's ("this year", "last year")."""

    def __init__(self, m: re.Match[str], year_: int) -> None:
        self._g = {**m.groupdict(), "year": str(year_)}

    def __getitem__(self, key: str) -> str | None:
        return self._g.get(key)

    def groupdict(self) -> dict[str, str | None]:
        return self._g


def _deictic_year(m: re.Match[str], anchor: Point | None, fn: Callable[..., str | None]) -> str | None:
    if anchor is None:
        return None
    offset = {"this": 0, "last": -1, "next": 1}[m["which"].lower()]
    return fn(_WithYear(m, anchor.year + offset), anchor)


def part_of_deictic_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "at the end of last year" in a statement of March 2025: 2024-09/2024-12."""
    return _deictic_year(m, anchor, part_of_year)


def season_of_deictic_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "in the spring of last year" in a statement of 2026: the spring of 2025."""
    return _deictic_year(m, anchor, season_of)


def just_before_deictic_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "a little while before the beginning of this year" in a speech of 2025: December 2024."""
    return _deictic_year(m, anchor, just_before_year)


# Ramadan moves through the solar year: it began on 28 June 2014 (1 Ramadan 1435), and a lunar (Hijri) year lasts
# 354.367 days on average; the month it begins counts 29 or 30 days
_RAMADAN_1435 = date(2014, 6, 28)
_HIJRI_YEAR = 354.367


def _ramadan_from(after: date) -> tuple[date, date]:
    """The first and last day of the first Ramadan beginning after a day."""
    k = math.floor((after - _RAMADAN_1435).days / _HIJRI_YEAR)
    start = _RAMADAN_1435 + timedelta(days=round(k * _HIJRI_YEAR))
    while start <= after:
        k += 1
        start = _RAMADAN_1435 + timedelta(days=round(k * _HIJRI_YEAR))
    return start, start + timedelta(days=29)


def _ramadan_value(first: date, last: date) -> str:
    return interval(Point(first.year, first.month), Point(last.year, last.month))


def following_ramadan(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "the following Ramadan" after 2013: the months of the first Ramadan after the running date (June to
    July 2014)."""
    if anchor is None:
        return None
    if anchor.month is None:
        end = date(anchor.year, 12, 31)
    elif anchor.day is None:
        end = date(anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1])
    else:
        end = date(anchor.year, anchor.month, anchor.day)
    return _ramadan_value(*_ramadan_from(end))


def ramadan_of(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "Ramadan 2014", "that Ramadan": the months of the Ramadan beginning in that (the running) year."""
    y = _y(m, anchor)
    return None if y is None else _ramadan_value(*_ramadan_from(date(y - 1, 12, 31)))


def anniversary(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "ten years ago today" in a story of 3 August 2024: 3 August 2014 (the year where no day is known);
    "twelve years ago this month" in a story of June 2026: June 2014."""
    if anchor is None:
        return None
    y = anchor.year - _num(m["n"])
    if (m.groupdict().get("when") or "").lower() == "this month" and anchor.month is not None:
        return Point(y, anchor.month).edtf()
    if anchor.month is None or anchor.day is None:
        return f"{y:04d}"
    day_ = min(anchor.day, 28) if anchor.month == 2 else anchor.day
    return Point(y, anchor.month, day_).edtf()


def past_span(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "over the past three months", "in the last two weeks": from that far back up to the story's date."""
    if anchor is None:
        return None
    n = _num(m["n"]) if m.groupdict().get("n") else 1
    unit = m["unit"].lower()
    ref = day_of(anchor)
    if unit.startswith("year"):
        return f"{anchor.year - n:04d}/{anchor.year:04d}"
    if unit.startswith("month") or ref is None:
        if anchor.month is None:
            return f"{anchor.year:04d}"
        here = Point(anchor.year, anchor.month)
        return interval(here.add_months(-n), here)
    days = n * {"week": 7, "fortnight": 14}.get(unit.rstrip("s"), 1)
    return f"{(ref - timedelta(days=days)).isoformat()}/{ref.isoformat()}"
