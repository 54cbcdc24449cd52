"""Temporal expressions in report prose, resolved to EDTF strings.

Pure functions over text. Absolute expressions ("16 January 2013", "late 2011", "the summer of
2004") resolve on their own; partial ones ("late May", "on 23 March") take the year of the
narrative's running date; relative ones ("two months later", "the following spring", "in the
meantime") are resolved against the running date, i.e. the last date stated earlier in the same
document. Conventions follow the project's annotation guide (GOLD_FORMAT.md, "Dates").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .edtf import (
    MONTHS,
    Point,
    Resolver,
    adjacent_week,
    anniversary,
    around,
    day,
    day_range,
    decade,
    deictic,
    first_point,
    following_days,
    following_month,
    following_months,
    following_ramadan,
    following_season,
    following_unit,
    half_start,
    interval,
    just_after_year,
    just_before_deictic_year,
    just_before_year,
    last_month_named,
    month,
    month_no,
    month_of_deictic_year,
    month_of_year,
    month_range,
    next_day,
    part_of_decade,
    part_of_deictic_year,
    part_of_that_year,
    part_of_year,
    past_span,
    previous_month,
    previous_year,
    ramadan_of,
    same,
    same_day,
    season_of,
    season_of_deictic_year,
    shift,
    shift_back,
    since,
    since_start_of_year,
    soon,
    week_of_month,
    weekday,
    weekday_numeric,
    year,
    year_range,
)

_MON = r"(?P<mon>" + "|".join(list(MONTHS)[:12]) + r")"  # full names only: "Mar", "May" are words too
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_NUM = (
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a few|few|several|some)"
)
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"
# "Aug 21", "21 Sept 2022": a wire's abbreviated months, capitalised ("mar", "dec" are words too)
_ABBR = r"(?P<mon>(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?"
# a full month name or a wire's abbreviation, for "Sept. 9 to 10, 2023"
_MON_OR_ABBR = (r"(?P<mon>" + "|".join(list(MONTHS)[:12])
                + r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression found in a text, with its EDTF value once resolved."""

    start: int
    end: int
    text: str
    edtf: str | None
    relative: bool = False
    anchors: bool = True  # False for expressions that should not move the narrative (birth dates)
    # the date of the clause the phrase introduces ("a day after <the fighters captured the town>"), which
    # dates nothing outside that clause
    inner: bool = False


_PAT: list[tuple[str, Resolver, bool]] = [
    # (pattern, resolver, relative)
    # "Saturday 05/06/2021" (a dateline): the reading of the two numbers that falls on that weekday
    (rf"\b{_WD},? (?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b", weekday_numeric, False),
    (
        rf"\bnight of (?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? (?:to|and|-) "
        rf"(?P<d2>\d{{1,2}}) {_MON}(?:,? {_YEAR})?",
        day_range,
        False,
    ),
    (
        rf"\bbetween (?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? and (?P<d2>\d{{1,2}}) {_MON}"
        rf"(?:,? {_YEAR})?",
        day_range,
        False,
    ),
    (
        # (not a number's: "Statement No. 3 – 17 October 2016")
        rf"(?<!No\. )(?<!No )\b(?P<d1>\d{{1,2}})(?: {_MON.replace('mon', 'mon1')})? ?(?:-|–|to|and) ?"
        rf"(?P<d2>\d{{1,2}}) {_MON}"
        rf"(?:,? {_YEAR})?",
        day_range,
        False,
    ),
    # "Sept. 9 to 10, 2023", "March 3-5": a month told before its span of days (not "March 12 and 14 civilians":
    # "and" only before the year or a stop)
    (
        rf"\b{_MON_OR_ABBR} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)? ?(?:-|–|to|through|and(?= \d{{1,2}}(?:st|nd|rd|th)?"
        rf"(?:,? (?:1[89]|20)\d\d\b|[,.;:)]|$))) ?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!/|:|\.\d)(?:,? {_YEAR}\b)?",
        day_range,
        False,
    ),
    (
        rf"\b(?:between|from) {_MON.replace('mon', 'mon1')}(?:,? (?P<year1>1[89]\d\d|20\d\d))? "
        rf"(?:and|to|until|through) {_MON}(?:,? {_YEAR})?",
        month_range,
        False,
    ),
    # "in April and May 2016", "August to October 2025": the first month takes the year stated after the second
    (rf"\b{_MON.replace('mon', 'mon1')} (?:and|to|until|through) {_MON},? {_YEAR}\b", month_range, False),
    # "the last week of July 2024", "the first week of March"
    (rf"\b(?:the )?(?P<which>first|second|third|fourth|last) week of {_MON}(?:,? {_YEAR})?\b", week_of_month, False),
    (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON}(?:,? {_YEAR})?\b", day, False),
    (rf"\b{_MON} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:, {_YEAR})?\b", day, False),
    (rf"\b(?P<d>\d{{1,2}}) {_ABBR}(?:,? {_YEAR})?(?!\w)", day, False),
    (rf"\b{_ABBR} (?P<d>\d{{1,2}})\b(?:,? {_YEAR})?", day, False),
    (
        rf"\b(?:at |in )?the (?:beginning|start) of the (?P<half>first|second) half of {_YEAR}",
        half_start,
        False,
    ),
    (
        rf"\b(?:a little while|a little|shortly|just|a few (?:weeks|months)|some time) before the "
        rf"(?:beginning|start|turn) of {_YEAR}",
        just_before_year,
        False,
    ),
    (
        rf"\b(?:a little while|shortly|just|soon) after the (?:beginning|start|turn) of {_YEAR}",
        just_after_year,
        False,
    ),
    (
        rf"\b(?:(?:at|in|by) )?the (?P<part>beginning|start|end|middle|first half|second half) of {_YEAR}",
        part_of_year,
        False,
    ),
    (rf"\b(?:(?:at|in|by) )?the (?:beginning|start|end|middle) of {_MON}(?:,? {_YEAR})?", month, False),
    (rf"\b(?P<part>late|early|mid)[- ](?:in )?{_MON}(?:,? (?:of )?{_YEAR})?", month, False),
    (rf"\b(?P<part>late|early|mid-?) ?{_YEAR}\b", part_of_year, False),
    (rf"\b(?:the )?(?P<season>spring|summer|autumn|fall|winter) of {_YEAR}", season_of, False),
    (rf"\b{_YEAR}'s? (?P<season>spring|summer|autumn|winter)", season_of, False),
    # "in autumn 2022", "summer, 2019" (not "the winter 2022-2023 campaign": a span of years)
    (rf"\b(?P<season>spring|summer|autumn|fall|winter),? {_YEAR}\b(?! ?[-–/] ?\d)", season_of, False),
    # "in the spring of last year": against the story's year
    (r"\b(?:the )?(?P<season>spring|summer|autumn|fall|winter) of (?P<which>this|last|next) year\b",
     season_of_deictic_year, True),
    (
        r"\b(?:the )?(?:following|next|subsequent) (?P<season>spring|summer|autumn|fall|winter)",
        following_season,
        True,
    ),
    # "the next morning", "the following day", "the previous night": a day from the running day
    (r"\bthe (?P<dir>following|next|previous) (?:day|morning|afternoon|evening|night)\b", next_day, True),
    # "The day before, fighters arrested two men" (not "the day before the attack", an event's day)
    (r"\bthe (?:day|night|morning|afternoon|evening) (?P<dir>before|after)(?=\s*[,.;:)]|\s*$)", next_day, True),
    # "took over the following week", "clashed ... the previous week": the week after (before) the running day's
    (r"(?<!in )(?<!during )(?<!within )(?<!for )\bthe (?P<dir>following|next|previous|preceding|prior) week\b",
     adjacent_week, True),
    # "on the same day", "that same day", "later that day", "on that day": the day told before
    (r"\b(?:(?:on|later|earlier) )?(?:that|the) same day\b|\b(?:on|later|earlier) that day\b", same_day, True),
    (r"\b(?:the )?(?:following|next) (?P<unit>year|month)\b", following_unit, True),
    (rf"\b(?:the )?(?:following|next) {_MON}\b", following_month, True),
    # "the following Ramadan", "Ramadan 2014", "that Ramadan": the Hijri month, in the solar months it falls in
    (r"\b(?:the )?(?:following|next) Ramadan\b", following_ramadan, True),
    (rf"\bRamadan,? (?:of )?{_YEAR}\b", ramadan_of, False),
    (r"\b(?:that|the same) Ramadan\b", ramadan_of, True),
    (rf"\b(?:the )?(?:previous|preceding) {_MON}\b", previous_month, True),
    (rf"\b{_MON} of (?:that|the same) year", month, True),
    # "that June", "the same March" (capitalised: "that may") in the running year, before or after its month
    (rf"\b(?:that|the same) (?P<mon>(?-i:{'|'.join(m.capitalize() for m in list(MONTHS)[:12])}))\b", month_of_year,
     True),
    (r"\b(?:later|earlier) (?:that|the same|in the same) (?P<unit>month|year)", same, True),
    (r"\b(?:the )?(?:previous|preceding) (?P<unit>year)", previous_year, True),
    (r"\b(?:the )?(?P<unit>year) (?:before|earlier)\b", previous_year, True),
    # "has abducted dozens since the start of the year": from the story's January to its month
    (r"\bsince the (?:beginning|start|turn) of (?:the|this) year\b", since_start_of_year, True),
    (
        r"\b(?:(?:at|in|by) )?(?:the )?(?P<part>beginning|start|end|middle|first half|second half|late|early|mid)"
        r"(?: of)? (?:that|the same|the) year\b",
        part_of_that_year,
        True,
    ),
    (
        r"\b(?:over|in|during|throughout) the (?:following|next|subsequent|ensuing) (?:few )?months\b"
        r"|\bin the months that followed\b",
        following_months,
        True,
    ),
    (r"\bthat (?P<season>spring|summer|autumn|fall|winter)\b", season_of, True),
    (r"\b(?:that|the same) (?P<unit>month|year)\b", same, True),
    (rf"\bsince {_MON},? {_YEAR}\b", since, False),
    (rf"\b{_MON}(?:,? (?:of )?{_YEAR})\b", month, False),
    # "in March of this year", "October last year": a month of the year the story's date names
    (rf"\b{_MON},? (?:of )?(?P<which>this|last|next) year\b", month_of_deictic_year, True),
    # a bare month needs a preposition before it ("in May", never the modal "may")
    (rf"\b(?:in|of|by|since|until|from|during|before|after) {_MON}\b(?! \d)", month, False),
    (r"\b(?:the )?(?P<part>early|mid|late)[- ](?P<dec>1[89]\d0|20\d0)s\b", part_of_decade, False),
    (r"\b(?:the )?(?P<dec>1[89]\d0|20\d0)s\b", decade, False),
    (rf"\b(?:from|between) {_YEAR} (?:to|and|until) (?P<year2>1[89]\d\d|20\d\d)\b", year_range, False),
    (rf"(?<![\d/-]){_YEAR} ?[-–] ?(?P<year2>1[89]\d\d|20\d\d)\b", year_range, False),
    (rf"\bsince {_YEAR}\b", since, False),
    (rf"\b(?:around|about|circa|c\.|approximately|roughly) {_YEAR}\b", around, False),
    (rf"(?<![\d/-]){_YEAR}(?![\d/]|-\d)", year, False),
    # "ten years ago today": the story's day that many years back (an anniversary); "twelve years ago this month":
    # its month
    (rf"\b{_NUM} (?P<unit>year)s? ago (?P<when>today|this month)\b", anniversary, True),
    (
        # ("three and a half years ago", "a year and a half later": a half year is counted in months; a half
        # month, week or day is dropped)
        rf"\b{_NUM}(?P<half> and a half)? {_UNIT}(?P<half2> and a half)? "
        r"(?P<dir>later|after(?:wards| that)?|on|earlier|before|previously|ago)\b",
        shift,
        True,
    ),
    # "in the following two days", "over the next three days": the days after the running day
    (rf"\b(?:in|over|during|within) the (?:following|next|ensuing) {_NUM} (?P<unit>day)s?\b", following_days, True),
    (r"\b(?:shortly|soon|immediately|not long) (?:after(?:wards)?|thereafter|afterwards)\b", soon, True),
    (r"\b(?:within|in a few|a few) (?:days|weeks)\b|\b(?:in|over|during) the (?:days|weeks) that followed\b"
     r"|\bin the following (?:days|weeks)\b", soon, True),
    (r"\b(?:days|weeks) later\b", soon, True),
    (r"\blater that (?:day|week|night)\b", soon, True),
    (r"\b(?:the )?(?P<season>spring|summer|autumn|winter)\b", season_of, True),
    # against the story's own date (its dateline): weekdays, "yesterday", "last week", "this year"
    (
        rf"\b(?:over|in|during|within|for) the (?:past|last|previous) (?:{_NUM} )?{_UNIT}",
        past_span,
        True,
    ),
    # "a little while before the beginning of this year", "at the end of last year": against the story's year
    (
        r"\b(?:a little while|a little|shortly|just|a few (?:weeks|months)|some time) before the "
        r"(?:beginning|start|turn) of (?P<which>this|last|next) year\b",
        just_before_deictic_year,
        True,
    ),
    (
        r"\b(?:(?:at|in|by) )?(?:the )?(?P<part>beginning|start|end|middle|first half|second half|late|early|mid)"
        r"(?: of)? (?P<which>this|last|next) year\b",
        part_of_deictic_year,
        True,
    ),
    # "last October" in a speech of January: the last October before the story's month
    (rf"\blast (?P<mon>(?-i:{'|'.join(m.capitalize() for m in list(MONTHS)[:12])}))\b", last_month_named, True),
    (
        r"\b(?:earlier |later )?(?P<what>the day before yesterday|yesterday|today|tonight|last night"
        r"|this (?:morning|afternoon|evening)|(?:this|last|next) (?:week|month|year)"
        r"|(?:over|at|during) the weekend|(?:this|last) weekend)\b",
        deictic,
        True,
    ),
    (rf"\b{_WD}\b(?!,? \d)", weekday, True),
]
# resolved against the story's date (the last full date stated) rather than the running date
_STORY: frozenset[Resolver] = frozenset(
    {weekday, deictic, past_span, anniversary, month_of_deictic_year, last_month_named, part_of_deictic_year,
     just_before_deictic_year, season_of_deictic_year, since_start_of_year}
)
_COMPILED = [(re.compile(p, re.IGNORECASE), f, rel) for p, f, rel in _PAT]

# What each English pattern cannot match without (issue 12): groups of words, the lower-cased text
# holding one word of every group. Most of a report's text holds no date, and the ~45 patterns ran
# over all of it (about 3 ms a report): a pattern whose words are absent is not run, which leaves
# every match as it was, since a match holds one of those words. In pattern order, a row each.
_M = tuple(list(MONTHS)[:12])  # the full month names of _MON
_Y = ("18", "19", "20")  # _YEAR's first two digits
_W = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_A = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # _ABBR, lower-cased
_S = ("spring", "summer", "autumn", "fall", "winter")
_PARTS = ("beginning", "start", "end", "middle", "first half", "second half")
_NEEDS_ROWS: list[tuple[tuple[str, ...], ...]] = [
    (_W, ("/",)),
    (("night of",), _M),
    (("between",), _M),
    (_M,),
    (_M + _A,),
    (("between", "from"), _M),
    (_M, _Y),
    (("week of",), _M),
    (_M,),
    (_M,),
    (_A,),
    (_A,),
    (("half of",), ("beginning", "start"), _Y),
    (("before the",), _Y),
    (("after the",), _Y),
    (tuple(f"the {x} of" for x in _PARTS), _Y),
    (tuple(f"the {x} of" for x in _PARTS[:4]), _M),
    (("late", "early", "mid"), _M),
    (("late", "early", "mid"), _Y),
    (tuple(f"{x} of" for x in _S), _Y),
    (_S[:3] + _S[4:], _Y),
    (_S, _Y),
    (tuple(f"{x} of" for x in _S), ("this year", "last year", "next year")),
    (("following", "next", "subsequent"), _S),
    (("the following", "the next", "the previous"), ("day", "morning", "afternoon", "evening", "night")),
    (("before", "after"), ("the day", "the night", "the morning", "the afternoon", "the evening")),
    (("following week", "next week", "previous week", "preceding week", "prior week"),),
    (("same day", "that day"),),
    (("following year", "following month", "next year", "next month"),),
    (("following", "next"), _M),
    (("ramadan",), ("following", "next")),
    (("ramadan",), _Y),
    (("that ramadan", "same ramadan"),),
    (("previous", "preceding"), _M),
    (("of that year", "of the same year"),),
    (("that ", "the same "), _M),
    (("later", "earlier"), ("month", "year")),
    (("previous year", "preceding year"),),
    (("year before", "year earlier"),),
    (("since the",), ("of the year", "of this year")),
    (("that year", "same year", "the year"),),
    (("months",),),
    (tuple(f"that {x}" for x in _S),),
    (("that month", "that year", "same month", "same year"),),
    (("since",), _M, _Y),
    (_M, _Y),
    (_M, ("this year", "last year", "next year")),
    (_M,),
    (("early", "mid", "late"), _Y),
    (_Y,),
    (("from", "between"), _Y),
    (("-", "\u2013"), _Y),
    (("since",), _Y),
    (("around", "about", "circa", "c.", "approximately", "roughly"), _Y),
    (_Y,),
    (("ago today", "ago this month"),),
    (tuple(f"{u}{s} {d}" for u in ("day", "week", "fortnight", "month", "year") for s in ("", "s")
           for d in ("later", "after", "on", "earlier", "before", "previously", "ago")) + ("and a half",),),
    (("following", "next", "ensuing"), ("day",)),
    (("after",),),
    (("days", "weeks"),),
    (("days later", "weeks later"),),
    (("later that",),),
    (_S[:3] + _S[4:],),
    (("the past", "the last", "the previous"),),
    (("before the",), ("this year", "last year", "next year")),
    (("this year", "last year", "next year"),),
    (tuple(f"last {x}" for x in _M),),
    (("yesterday", "today", "tonight", "last night", "this morning", "this afternoon", "this evening", "the weekend",
      "this week", "this month", "this year", "last week", "last month", "last year", "next week",
      "next month", "next year"),),
    (_W,),
]
_NEEDS = {rx: needs for (rx, _f, _r), needs in zip(_COMPILED, _NEEDS_ROWS, strict=True)}
# the characters that IGNORECASE matches to an ASCII letter though lower() does not give that letter
# (dotted and dotless i, the long s, the Kelvin sign): a text holding one runs every pattern
_ODD_CASES = re.compile("[\u0130\u0131\u017f\u212a]")
_MEANTIME = re.compile(r"\b(?:in the meantime|meanwhile|in the interim)\b", re.IGNORECASE)
# "born in 1980", "(date of birth: 3 May 1975)"; never past a closed aside or a coordinated clause:
# "(born Habib Yusuf) was demoted in March 2019", "born in Tourou and joined the group in 2014"; nor a compound
# of origin: "a Nigerien-born preacher who crossed into Nigeria around 2018"
_BIRTH = re.compile(r"(?<![-\w])(?:born|birth)\b(?:(?!\band\b|\bbut\b)[^.;)]){0,40}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _french() -> tuple[list[tuple[re.Pattern[str], Resolver, bool]], re.Pattern[str], re.Pattern[str]]:
    """The French patterns (dates_fr.py), compiled the first time a French text is read."""
    from . import dates_fr

    compiled = [(re.compile(p, re.IGNORECASE), f, rel) for p, f, rel in dates_fr.PATTERNS]
    _NEEDS.update({rx: dates_fr.NEEDS[f] for rx, f, _ in compiled if f in dates_fr.NEEDS})
    return compiled, dates_fr.MEANTIME, dates_fr.BIRTH


def _patterns(language: str) -> tuple[list[tuple[re.Pattern[str], Resolver, bool]], re.Pattern[str], re.Pattern[str]]:
    if language == "fr":
        return _french()
    if language != "en":
        raise ValueError(f"no date patterns for language '{language}'")
    return _COMPILED, _MEANTIME, _BIRTH


def _raw(text: str, compiled: list[tuple[re.Pattern[str], Resolver, bool]] | None = None,
         ) -> list[tuple[int, int, Resolver, bool, re.Match[str]]]:
    """Non-overlapping candidate expressions, earlier patterns winning ties on overlap."""
    taken: list[tuple[int, int]] = []
    found = []
    low = None if _ODD_CASES.search(text) else text.lower()
    for rx, fn, rel in _COMPILED if compiled is None else compiled:
        needs = _NEEDS.get(rx) if low is not None else None
        if needs and not all(any(w in low for w in group) for group in needs):  # type: ignore[operator]
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, fn, rel, m))
    found.sort(key=lambda x: x[0])
    return found


_APPOSED = re.compile(r",[ \t]*")  # a weekday in apposition to the day just told
# (or a penalty: "was given fifteen years after pleading guilty", "sentenced to ten years after a trial")
_DURATION = re.compile(r"\b(?:for|given|sentenced to|jailed|serve[ds]?|serving) "
                       r"(?:more than |over |nearly |almost |about |some |at least |less than )?$", re.IGNORECASE)
# words after "N days after/before": it introduces an event of its own ("a day after the fighters captured")
_COMPLEMENT = re.compile(r" [\w\"“‘']")


def _within(a: Point, b: Point) -> bool:
    """Whether a point falls inside another, coarser one (a day of the running month or year)."""
    return a.year == b.year and (b.month is None or a.month == b.month) and (b.day is None or a.day == b.day)


def _later(a: Point, b: Point) -> bool:
    """Whether a point lies after another, at the precision both state."""
    return (a.year, a.month or 0, a.day or 0) > (b.year, b.month or 99, b.day or 99) if a.year == b.year else (
        a.year > b.year)


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC)?(?!\d)|\s/\s|\|")


def _on_a_stamp_line(text: str, start: int, end: int) -> bool:
    """A line that carries a clock time or " / " separators: a publication stamp (page furniture)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    return len(line) < 120 and bool(_CLOCK.search(line))


# a verb of telling just before a date ("officials said on Sunday", "the army said in a statement on Monday")
_TOLD_ON = re.compile(r"\b(?:said|says|told|announced|reported|added|claimed|confirmed|stated|declared)\s+"
                      r"(?:[\w']+\s+){0,3}?(?:late |early )?on\s+$", re.IGNORECASE)
# the words before a date that opens its sentence ("In 2011 the army", "By mid-2015,")
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:in|on|by|from|during|since|until|at|around) )?(?:the )?$",
                    re.IGNORECASE)
# the same in French ("En 2011, l'armée", "Le 14 novembre 2023, les FAMa", "Depuis mars 2022,")
_OPENS_FR = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:en|le|au|à|dès|depuis|vers|jusqu'en|début|fin|courant) )?$",
                       re.IGNORECASE)
# what follows a French dispatch's own date: the line's end, the agency, a dash, an hour ("Paris, le 13
# novembre 2020", "GAO (Mali), 27 février 2024 (AFP) -"), not a sentence ("Le 2 octobre 2022, un accord ...")
_DATE_TAIL_FR = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:$|\n|[-–—|/(]|à \d)", re.MULTILINE)
# a French month told as still to come ("qui doit prêter serment le 2 avril", "prévue en juin"): no look back
_AHEAD_FR = re.compile(r"\b(?:doit|doivent|devra|devront|devrait|devraient|prévue?s?|d'ici|d’ici)\b[^.;!?]{0,40}$",
                       re.IGNORECASE)
_HEAD = 600  # characters: a report states its own date at its top
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# what may precede a report's own date on its line: a dateline's place, a weekday, a label
_DATE_LEAD = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*)?(?:\w+day,?\s*)?"
    r"(?:(?:date|dated|published|issued|posted|released|updated)\s*:?\s*)?"
    # "Posted by Jane Doe on 8 November 2023", "— posted by the desk on 22 August 2022": a byline's date
    # (a name's initials keep their stop: "Posted by M. Ouedraogo on 14 March 2023")
    r"(?:(?:.{0,60}\s)?(?:posted|published|written|filed|updated)\s+by\s+(?:\b[A-Z]\.|[^\n.]){1,60}?\s+on\s+)?$",
    re.IGNORECASE,
)


# an English wire's dateline: its place in capitals ("NAIROBI, ", "DEIR EZ-ZOR, Syria, ", "BAMAKO/PARIS, ")
_WIRE_LEAD = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*$")


# the same in French: "KATSINA (Nigeria), 18 décembre 2020 (AFP) -", "BAMAKO, samedi 24/11/2018",
# "Paris, le 13 novembre 2020", "Publié le 12 décembre 2019"
_DATE_LEAD_FR = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][\w'’ ./-]{1,40}(?:\s*\([^()\n]{1,30}\))?,\s*)?"
    r"(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s*)?"
    r"(?:(?:publié|mis à jour|daté|date|diffusé)\s*(?:le\s*)?:?\s*)?$",
    re.IGNORECASE,
)


def _published(
    text: str, compiled: list[tuple[re.Pattern[str], Resolver, bool]], lead: re.Pattern[str] = _DATE_LEAD,
    tail: re.Pattern[str] | None = None,
) -> Point | None:
    """The report's own date: a full date at its top that opens its line or follows a dateline's place
    ("10 July 2017", "August 21, 2022 / 9:14 AM", "YAOUNDE, Aug 2, 2020 (Wire) -", "Date: 3 May 2021");
    ``tail``, where given, what must follow it."""
    head = text[:_HEAD]
    for s, e, pt in _head_points(head, compiled):
        if tail is not None and not tail.match(head, e):
            continue
        if pt.day is None:
            continue
        line = head[head.rfind("\n", 0, s) + 1 : s]
        if lead.match(line):
            return pt
        if lead is _DATE_LEAD and _TITLE_END.match(head, e) and _TITLE_LEAD.search(line) and not _LISTED.match(line):
            # "Address by the Theatre Commander ... to troops at Marte, Borno State, 19 March 2026": a title's
            # date closing its line, after its place
            return pt
    return None


# a numbered or bulleted line ("1. Tchoma Bangou and Zaroumadareye, 2 January 2021", "- Kankara, December 2020"): an
# item of the report's list, dated by its own story, no title
_LISTED = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s")
# a title's line closing with its date: after a comma, in a line with no sentence's end before it, and nothing after
# the date but the line's end
_TITLE_LEAD = re.compile(r"^(?:(?!\b[a-z]+[.!?]\s)[^\n]){10,300},\s*$")  # ("Maj. Gen." ends no sentence)
_TITLE_END = re.compile(r"[ \t]*(?:\n|$)")


# ``_raw`` of a report's top, kept for the next reader of the same top: ``find_dates`` and ``report_date`` read it
# three (French) to six (English) times per document, each time through every pattern. Keyed by the text and
# the pattern list's identity (the list kept with it, so the identity is never another list's).
_HEAD_RAW: dict[tuple[str, int], tuple[list[tuple[re.Pattern[str], Resolver, bool]],
                                       list[tuple[int, int, Resolver, bool, re.Match[str]]]]] = {}
_HEAD_RAW_MAX = 16


def _head_raw(head: str, compiled: list[tuple[re.Pattern[str], Resolver, bool]],
              ) -> list[tuple[int, int, Resolver, bool, re.Match[str]]]:
    key = (head, id(compiled))
    got = _HEAD_RAW.get(key)
    if got is None or got[0] is not compiled:
        if len(_HEAD_RAW) >= _HEAD_RAW_MAX:
            _HEAD_RAW.clear()
        got = _HEAD_RAW[key] = (compiled, _raw(head, compiled))
    return got[1]


def _head_points(
    head: str, compiled: list[tuple[re.Pattern[str], Resolver, bool]]
) -> Iterator[tuple[int, int, Point]]:
    """The dates a report's top states by themselves (no relative date, no range), with where each stands:
    what ``_published`` and ``_masthead`` choose the report's own date from."""
    for s, e, fn, rel, m in _head_raw(head, compiled):
        if rel:
            continue
        value = fn(m, None)
        pt = first_point(value) if value and "/" not in value else None
        if pt is not None:
            yield s, e, pt


# a report's own date given as a field of its masthead, where no date line above reads it: "Briefing Note |
# Civilian Protection Monitor | September 2021", "N'DJAMENA (Chad) — 20 November 2025", "Trial report | Judgment
# of 4 February 2025", "Posted by Dr. A. Bukar on 11 January 2024", "Geneva, March 2023 (abridged)". What stands
# before it on its line ends with a field separator (a bar, a dash, a comma, a bracket) or a word that dates a
# publication or a court's decision; what follows ends the line or opens another field.
_FIELD_WORDS = (r"(?:date[d]?|published|posted|issued|released|updated|delivered|reported|held|promulgated|"
                r"judg(?:e)?ment|verdict|ruling|hearing|session)")
_FIELD_LEAD = re.compile(
    rf"^(?:[^\n]{{0,90}}?(?:\s[|—–]\s*|\s-\s+|,\s*|\(\s*))?(?:[^\n|]{{0,40}}?\b{_FIELD_WORDS}\b"
    r"(?:\s+(?:of|on|by\s[^\n|]{1,50}?\son))?\s*:?\s*)?$",
    re.IGNORECASE,
)
_FIELD_TAIL = re.compile(r"[ \t]*(?:$|\||\(|[—–]|-\s|;|,\s*(?:\d|by\b|[A-Z]))", re.MULTILINE)
# a byline's date and its author ("Issue 41 — posted 12 June 2024 by Jane Doe"): a publication word just before the
# date, "by" and a capitalised name after it, nothing else on the line
_BYLINE_LEAD = re.compile(r"\b(?:posted|published|written|filed|updated|issued|released)\s*(?:on\s*)?:?\s*$",
                          re.IGNORECASE)
_BYLINE_TAIL = re.compile(r"[ \t]+by\s+[A-Z](?:(?<=\b[A-Z])\.|\b[A-Z]\.|[^\n.!?;]){0,60}(?:$|\n)", re.MULTILINE)
# an infobox's label ("Founded: January 2015", "Died: May 2021, Sambisa Forest") or a numbered heading
# ("2. Yirgou, 1 January 2019"): a date of the subject's story, not of the report
_NOT_A_MASTHEAD = re.compile(rf"^\s*(?:\d+[.)]\s|(?![^\n:]*\b{_FIELD_WORDS}\b)[A-Za-z][\w ()'’-]{{0,30}}:\s)",
                             re.IGNORECASE)


def _masthead(text: str, compiled: list[tuple[re.Pattern[str], Resolver, bool]]) -> Point | None:
    """The report's own date given as a field of a line at its top (a day or a month: a brief's "| September
    2021"), or None."""
    head = text[:_HEAD]
    found: tuple[int, Point] | None = None
    for s, e, pt in _head_points(head, compiled):
        if pt.month is None:
            continue
        line = head.rfind("\n", 0, s) + 1
        if found is not None and found[0] != line:
            break
        lead = head[line:s]
        if _NOT_A_MASTHEAD.match(lead) or not _FIELD_LEAD.match(lead) or not (
            _FIELD_TAIL.match(head, e) or (_BYLINE_TAIL.match(head, e) and _BYLINE_LEAD.search(lead))
        ):
            continue
        # (a sentence opening its line is no masthead: "Three days later, on 5 May 2020, gunmen ...")
        if re.search(r"[a-z]{3}[.!?]\s+[A-Z]", lead):
            continue
        # (the last of its line: "Hearing of 22 October 2023; judgment of 5 November 2023")
        found = (line, pt)
    return found[1] if found is not None else None


# counts from the story's time ("six days later", "the following year"), not words naming a year or month just
# told ("in July of that year" after "since 2017" is 2017's July)
_COUNTS: frozenset[Resolver] = frozenset(
    {shift, soon, next_day, following_unit, following_month, following_season, following_months, following_days}
)
# a later date heading a line of its own ("Update (20 November 2023): ...", "12 May 2024 - "): the report
# updated, which the story goes on from, not a plan
_UPDATE = re.compile(r"^\W*(?:(?:update[ds]?|edit(?:ed)?|addendum)\b\W*)?$", re.IGNORECASE)


def _month_anchor(m: re.Match[str], run: Point | None, story: Point) -> Point | None:
    """A month stated without a year in a dated story ("In June its fighters destroyed the mosque" in a
    release of 10 July 2017), while the narrative stands at the story's time or in an earlier year (a
    background "in 2014", "three years ago"), or where reading it forward would pass the story's date: the
    last such month on or before the story's date."""
    groups = m.groupdict()
    mon = groups.get("mon")
    if not mon or groups.get("year") or groups.get("year1") or story.month is None or run is None:
        return None
    no = month_no(mon)
    if _later(run, story):
        return None  # an update told after the report's date ("Update (20 November 2023): ... in early November")
    back = Point(story.year if no <= story.month else story.year - 1, no)
    if run.year < story.year or (run.year == story.year and (run.month or 12) >= story.month):
        return back
    # the narrative has moved on within the story's year: read forward from there, but a report tells of
    # its past ("in August" after "Jan. 30" in a story of 2 February is the August before)
    ahead = run.year + 1 if run.month and no < run.month - 6 else run.year
    return back if (ahead, no) > (story.year, story.month) else None


# a month told as still to come in English ("is due to take office on April 2", "the truce is expected to expire in
# April", "plans to hold talks in June"): read forward from the report's date, never back
# ("set fire to the market in March" is no plan: "set" counts with its "to" or "for" only)
_AHEAD = re.compile(r"(?:\b(?:due|scheduled|expected|set|plans?|planned) (?:to|for)\b|\b(?:will|shall)\b)"
                    r"(?:(?!\band\b)[^.;!?\n]){0,40}$", re.IGNORECASE)


def _month_ahead(m: re.Match[str], story: Point | None) -> Point | None:
    """A month stated without a year as still to come in a dated report: the first such month on or after the
    report's own (its year where the report's month is not later), or None."""
    groups = m.groupdict()
    mon = groups.get("mon")
    if not mon or groups.get("year") or groups.get("year1") or story is None or story.month is None:
        return None
    no = month_no(mon)
    return Point(story.year if no >= story.month else story.year + 1, no)


_STATED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _restated(m: re.Match[str], told: list[TimeExpr], run: Point | None, between: str) -> Point | None:
    """A month or day stated without a year that restates one told before with its year, as that year's: a day
    and month a full date stated earlier named ("late on 11 September" after "on the night of 11 to 12
    September 2012", whatever background year was told since), or the running date's own month, told in the
    same paragraph ("- Jangebe, February 2021. On 26 February, armed men ..."). English; None where none."""
    groups = m.groupdict()
    mon = groups.get("mon")
    if not mon or groups.get("year") or groups.get("year1") or groups.get("mon1"):
        return None
    no = month_no(mon)
    days = [int(d) for d in (groups.get("d"), groups.get("d1"), groups.get("d2")) if d]
    if days:
        for te in reversed(told):
            if not te.edtf or te.relative or not _STATED_YEAR.search(te.text):
                continue
            ends = [pt for pt in map(first_point, te.edtf.split("/")) if pt is not None and pt.month == no]
            lo, hi = (ends[0].day, ends[-1].day) if ends else (None, None)
            if len(ends) == len(te.edtf.split("/")) and lo is not None and hi is not None and all(
                    lo <= d <= hi for d in days):
                return Point(ends[0].year, no)
    if run is not None and run.month == no and "\n\n" not in between:
        return Point(run.year, no)
    return None


def report_date(text: str, language: str = "en") -> str | None:
    """The day a report states as its own at its top (a release's date line, a byline's date, a wire's
    dateline), as EDTF, or None."""
    compiled, _meantime, _birth = _patterns(language)
    pt = (_published(text, compiled) or _masthead(text, compiled)) if language == "en" else None
    if pt is None:
        pt = _published(text, compiled, _DATE_LEAD_FR if language == "fr" else _WIRE_LEAD)
    return None if pt is None else pt.edtf()


# "on the day of the attack", "the night of the attacks", "the morning after the attack", "a week after the
# attack", "ten days after their arrest": a day counted from an event the report has named and dated before, by
# its noun (one word after "the" or a possessive, closing its phrase: "a day after the fighters captured the town"
# introduces a clause, no noun)
_OF_THE_EVENT = re.compile(
    r"\b(?:the (?:day|morning|afternoon|evening|night) (?P<rel>of|after|before)"
    rf"|{_NUM} {_UNIT} (?P<dir>after|before)) (?=(?:the|their|his|her|its) (?-i:(?P<noun>[a-z]{{3,}}))"
    r"(?:[,.;:)]|\s+(?:on|in|at|and|or|by|with|from|for|which|that|when|as|but|near|against|into|to)\b|\s*$))",
    re.IGNORECASE,
)


def _of_the_event(m: re.Match[str], at: Point | None) -> str | None:
    """The resolver ``find_dates`` gives an ``_OF_THE_EVENT`` phrase (read there, against the event's date)."""
    return None


def event_dated(text: str, s: int, noun: str, told: list[TimeExpr], strict: bool = False) -> TimeExpr | None:
    """The date an event noun was told with before a phrase at ``s``: at its last earlier mention ("attack"
    and "attacks" alike) with a closed date close by (40 characters before it, 80 after, in its sentence or
    under it as a heading: "The attack\nIn the early hours of 2 April 2015"), the closest such date. A
    mention whose sentence goes on to another act's date ("during the attack and was the nephew of an emir
    ... who was killed in 2017") is too far from it. ``strict``: the noun's own number only ("the attack" is
    not "attacks near the site in December") and the date on the mention's line; else the noun may also head a
    closed compound ("the strike" after "an airstrike") or be told by its verb ("their arrest" after "police
    arrested two men on 20 May")."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and not strict else noun
    # (a noun in "-ion" told by its verb: "the abduction" after "the gang abducted 43 villagers"; French "-ation",
    # "la libération" after "libérés")
    verb = rf"|{re.escape(stem[:-3])}" if stem.endswith("ction") else ""
    if not strict and stem.endswith("ation"):
        # (French: "la veille de la libération" after "ont été libérés dimanche", its participle)
        verb = rf"|{re.escape(stem[:-5])}é(?:e|s|es)?"
    form = rf"\b{re.escape(stem)}\b" if strict else rf"\b(?:[a-z]{{3,}})?(?:{re.escape(stem)}{verb})(?:s|d|ed|ing)?\b"
    names = [h.start() for h in re.finditer(form, text[:s], re.IGNORECASE)]
    parting = r"[.!?]\s|\n" if strict else r"[.!?]\s"
    for at in reversed(names):
        near = [
            te for te in told
            if at - 40 <= te.start <= at + len(noun) + 80 and te.start < s and te.edtf
            and not te.edtf.endswith("/..") and first_point(te.edtf) is not None
            and not re.search(parting, text[min(te.end, at) : max(te.start, at)])
        ]
        if near:
            return min(near, key=lambda te: abs(te.start - at))
    return None


def _told(value: str) -> Resolver:
    """A resolver that reads what was read already (a French event's day, ``find_dates``)."""
    return lambda m, at: value


def _from_the_event(m: re.Match[str], told: TimeExpr) -> str | None:
    """An ``_OF_THE_EVENT`` phrase's date from its event's: the same day, the day after or before, or the
    days, weeks, months or years counted from it."""
    pt = first_point(told.edtf or "")
    if pt is None:
        return None
    if m["dir"]:
        return shift(m, pt)
    rel = m["rel"].lower()
    if rel == "of" or pt.day is None or pt.month is None:
        return told.edtf if rel == "of" or pt.month is None else pt.edtf()
    d = date(pt.year, pt.month, pt.day) + timedelta(days=1 if rel == "after" else -1)
    return d.isoformat()


def find_dates(text: str, anchor: str | None = None, language: str = "en") -> list[TimeExpr]:
    """Every temporal expression of a text, resolved in reading order.

    ``anchor`` is the running date before the text starts (an EDTF string), if any. Each
    expression that resolves becomes the new running date, except birth dates. ``language``:
    "en" or "fr" (``dates_fr.py``); a French weekday is read against the story's own date, the last
    full date stated before it.
    """
    compiled, meantime, birth_rx = _patterns(language)
    story_date: frozenset[Resolver] = frozenset()
    background: frozenset[Resolver] = frozenset()
    # French "N jours après/avant <event>" (``dates_fr.shift_back_fr``): the resolver and its backward twin
    introduced: tuple[Resolver, Resolver, re.Pattern[str]] | None = None
    inner: dict[Resolver, Resolver] = {}
    running_if_undated: frozenset[Resolver] = frozenset()
    opening_year: re.Pattern[str] | None = None  # (a noun's own year that dates its sentence: ``dates_fr``)
    dispatch_year: frozenset[Resolver] = frozenset()
    from_the_last_day: frozenset[Resolver] = frozenset()  # (French "la veille": ``dates_fr.FROM_THE_LAST_DAY``)
    # an event's day ("the day before the attack", "la veille de l'embuscade")
    of_the_event = _OF_THE_EVENT
    if language == "fr":
        from .dates_fr import BACKGROUND as background
        from .dates_fr import BORN_OF_A_SPLIT, INTRODUCES, shift_back_fr, shift_fr
        from .dates_fr import DISPATCH_YEAR as dispatch_year
        from .dates_fr import FROM_THE_LAST_DAY as from_the_last_day
        from .dates_fr import INNER as inner
        from .dates_fr import OF_THE_EVENT as of_the_event
        from .dates_fr import OPENING_NOUN_YEAR as opening_year
        from .dates_fr import RUNNING_IF_UNDATED as running_if_undated
        from .dates_fr import STORY_DATE as story_date
        from .dates_fr import from_the_event as from_the_event_fr
        from .dates_fr import told_day as told_day_fr

        introduced = (shift_fr, shift_back_fr, INTRODUCES)
    else:
        story_date = _STORY
    run = first_point(anchor) if anchor else None
    story = run if run is not None and run.day is not None else None
    published = (_published(text, compiled) or _masthead(text, compiled)) if language == "en" else None
    # a French dispatch's weekdays ("mardi", "dans la nuit de lundi à mardi") are its dateline's week,
    # whatever full date the story has told since (a background "le 17 mars"); without a dateline, the
    # last full date stated
    # an English wire's too ("DEIR EZ-ZOR, Syria, May 12, 2025 (Wire) - ... exchanged prisoners on Sunday. The
    # fighting broke out on April 26 ... Under Sunday's agreement"): a full date told since is background
    dateline = _published(text, compiled, _DATE_LEAD_FR if language == "fr" else _WIRE_LEAD)
    # the report's own date a month without a year is read against: a French report's is its dateline
    # ("Paris, le 13 novembre 2020" over a background "en 2012": "le 12 novembre" is 2020's)
    top = published if language == "en" else _published(text, compiled, _DATE_LEAD_FR, _DATE_TAIL_FR)
    opens = _OPENS if language == "en" else _OPENS_FR
    narrative = False  # whether the running date was stated at the head of its sentence
    run_end = 0  # where the expression that set the running date ends
    run_open = False  # whether it was a stated "since" (a start, not the time the story stands at)
    run_rel = False  # whether it was a relative phrase ("an agreement reached last month")
    run_value: str | None = None  # its EDTF value, as told ("early 2023": 2023-01/2023-04)
    closed = run  # the last running date that was no stated "since"
    day_run = run if run is not None and run.day is not None else None  # the last running date that named a day
    day_value = anchor if day_run is not None else None  # (its EDTF value, as told: a night's two days)
    history: list[Point] = [run] if run else []
    out: list[TimeExpr] = []
    marks = [(m.start(), m.end(), None, True, m) for m in meantime.finditer(text)]
    # an event's day, read first: where it finds its event, it takes the place of what else starts there
    events = [(m.start(), m.end(), _of_the_event, True, m) for m in of_the_event.finditer(text)]
    items = sorted(
        [(0, x) for x in events] + [(1, x) for x in _raw(text, compiled) + marks],  # type: ignore[operator]
        key=lambda x: (x[1][0], x[0]),
    )
    claimed: list[tuple[int, int]] = []  # the spans of the event days read
    # where an event's day was looked for and not found ("detained eleven days after the ambush", the ambush's day
    # told with no noun): a count from the story's date, forward, not a phrase introducing a clause of its own
    unread: set[int] = set()
    for _, (s, e, fn, rel, m) in items:
        if fn is _of_the_event:
            if language == "fr":
                # (not a day the event was told on: "a revendiqué mercredi l'embuscade", a dateline's)
                deeds = [te for te in out if not told_day_fr(text, te.start)]
                event = event_dated(text, s, m["noun"], deeds)
                told_day = from_the_event_fr(m, event.edtf or "") if event is not None else None
            else:
                event = event_dated(text, s, m["noun"], out)
                told_day = _from_the_event(m, event) if event is not None else None
            if told_day is None:
                unread.add(s)
                continue
            e = s + len(text[s:e].rstrip())
            claimed.append((s, e))
            if language != "fr":
                # ("arrested in Bosso a week after the attack" in a report of the trial a year later): moves
                # no narrative
                out.append(TimeExpr(s, e, text[s:e], told_day, relative=True, anchors=False))
                continue
            # "La veille de l'embuscade, X s'était rendu ..., avant d'être relâché le lendemain": the day read
            # is the narrative's, as "la veille" alone
            fn = _told(told_day)
        elif any(s < ce and cs < e for cs, ce in claimed):
            continue
        if fn is None:  # "in the meantime": from the date before the last one up to the last one
            if len(history) >= 2 and run is not None:
                lo = history[-2]
                value: str | None = interval(lo, run) if lo != run else run.edtf()
            else:
                value = run.edtf() if run else None
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        if fn is weekday and out and out[-1].edtf and len(out[-1].edtf) == 10 and _APPOSED.fullmatch(
                text, out[-1].end, s):
            # "The next day, Thursday, the National Guard arrested": the day just told, named again
            out.append(TimeExpr(s, e, text[s:e], out[-1].edtf, relative=True, anchors=False))
            continue
        if "ago" in m.group(0).lower() and _on_a_stamp_line(text, s, e):
            # "January 11, 2013 / 7:07 PM / 13 years ago": the page's age when read, not a date of the story
            out.append(TimeExpr(s, e, text[s:e], None, relative=True, anchors=False))
            continue
        # a weekday, "yesterday" on the story's date; English reads "this year", "last month" on the
        # running date where the story states no day
        at = (story if story is not None or language == "fr" else run) if fn in story_date else run
        if run_open and closed is not None and fn in _COUNTS:
            # "had served as deputy since 2021. ... Six days later, gunmen raided": a stated "since" tells how long
            # a state lasted; a count from the story's time starts at the last date the story stood at
            at = closed
        if fn is same_day and story is not None and (run is None or run.day is None and (
                run_rel or _within(story, run))):
            # "The army advanced ... on the same day" after "On 17 October ..., an agreement reached last month":
            # the last day stated, not a relative phrase's month told since (a day told since, "the next day",
            # is the running one)
            at = story
        if fn is shift and m["dir"].lower() == "ago" and language == "en" and published is not None and (
                published.day is not None):
            # "Four days ago, a patrol arrested ..." in a communiqué of 22 August that told 14 August before: back
            # from the day the report speaks on
            at = published
        elif fn is shift and m["dir"].lower() == "ago" and story is not None:
            at = story  # "three years ago" counts back from when the story was told, as "yesterday" does
        elif introduced is not None and fn is introduced[0] and m.groupdict().get("ago") and (dateline or story):
            at = dateline or story  # "il y a deux ans": back from the dispatch's date, not the last date told
        if fn is shift and _DURATION.search(text, max(0, s - 30), s):
            continue  # "held for more than fourteen months before they were released": how long, not when
        if fn is shift and m["dir"].lower() in ("after", "before") and _COMPLEMENT.match(text, e):
            ahead = fn(m, at)
            pt = first_point(ahead) if ahead else None
            told = published or story
            if run is not None and (
                (run_end and not _SENTENCE_END.search(text, run_end, s))
                or (pt is not None and told is not None and _later(pt, told))
                or not _OPENS.search(text[max(0, s - 40) : s]) and not (language == "en" and s in unread)
            ):
                # "struck on Friday, a day after the fighters captured the town", "the assault came seven
                # months after fighters overran a base", "four years after the fall of Baghuz" in a speech
                # of today: the phrase sets what it introduces back from the date already told (only one
                # opening its sentence, "Three days after the attack, troops arrived", counts forward);
                # that date is not the narrative's
                out.append(TimeExpr(s, e, text[s:e], shift_back(m, at), relative=True, anchors=False, inner=True))
                continue
        if (
            introduced is not None and fn is introduced[0] and run is not None
            and (m.groupdict().get("dir") or "").lower() in ("après", "avant") and introduced[2].match(text, e)
        ):
            # "l'attaque intervient deux ans après l'assaut lancé contre Kati", "quelques mois après celle du 28
            # mars": the phrase dates what it introduces, back from the date already told, and moves no
            # narrative (opening its sentence, "Trois jours après l'attaque, l'armée ...", it counts forward)
            ahead = fn(m, at)
            pt = first_point(ahead) if ahead else None
            if (
                (run_end and not _SENTENCE_END.search(text, run_end, s))
                # (forward, past the dispatch's own date: "Cette attaque intervient deux mois après celle de X")
                or (pt is not None and top is not None and _later(pt, top))
                or not opens.search(text[max(0, s - 40) : s])
            ):
                out.append(TimeExpr(s, e, text[s:e], introduced[1](m, at), relative=True, anchors=False, inner=True))
                continue
        if fn in inner:
            if not opens.search(text[max(0, s - 40) : s]):
                # "annonce dimanche la dissolution de la milice, au lendemain du massacre": dates what it
                # introduces (the day before the date told), and moves no narrative
                out.append(TimeExpr(s, e, text[s:e], fn(m, run), relative=True, anchors=False, inner=True))
                continue
            fn = inner[fn]  # "Au lendemain de l'attaque, l'armée a ...": the day after
        if dateline is not None and s > 0 and (fn in story_date or fn in dispatch_year and (
                not run_end or _SENTENCE_END.search(text, run_end, s))):
            # ("... a quitté Niamey fin septembre 2023, et les derniers soldats sont partis avant la fin de
            # l'année": the year its own sentence told)
            at = dateline
        elif published is not None and fn in story_date and (
            published.day is not None or fn is not weekday and (
                story is None or (story.year, story.month) != (published.year, published.month))
        ):
            # (a masthead's month, "| April 2023", gives "earlier this month", not "on Friday", and no day where
            # the story has told one of that month)
            # "last night", "earlier this month" in a statement published on 12 March: the day it speaks on,
            # whatever full date it has told since
            at = published
        if at is None and fn in running_if_undated:
            at = run  # ("en décembre dernier" before any full date: the running year's December, as "en décembre")
        # (the running month as stated, not a part of a year's: "since early 2023. In January ...")
        stated = run if run_value is not None and "/" not in run_value and not run_rel else None
        again = _restated(m, out, stated, text[run_end:s]) if not rel and language == "en" else None
        coming = (
            _month_ahead(m, top) if not rel and language == "en" and _AHEAD.search(text, max(0, s - 60), s) else None
        )
        if coming is not None:
            # "is due to complete its withdrawal in July" in a report of May 2024: the July to come
            at = coming
        elif again is not None:
            # "11 September" after "the night of 11 to 12 September 2012", "On 26 February" under a heading
            # "Jangebe, February 2021": the day or month told again, in its year
            at = again
        elif not rel and top is not None and not (narrative and "\n\n" not in text[run_end:s]) and not (
            language == "fr" and _AHEAD_FR.search(text[max(0, s - 60) : s])
        ) and (
            run_open or _SENTENCE_END.search(text, run_end, s)
            # (an English wire's lede still at its dateline: "TAMOU, Feb. 6, 2025 - Six rangers who were kidnapped
            # in late December ... were freed on Wednesday" is the December before)
            or language == "en" and dateline is not None and run == dateline
        ):
            # (a year stated at a sentence's head holds its narrative to its paragraph: "In late 2025, a commander
            # left" does not date "in the night of 18 to 19 May" a paragraph on in a speech of July 2026)
            # (not when the running year was stated in the month's own sentence: "died in 2017; most
            # accounts place his death in May"; a "since 2024" there is no year of the month's: "has worked
            # with the army since 2024 and freed two teachers abducted in March")
            at = _month_anchor(m, run, top) or at
        last: Point | None = None
        if (
            (language == "en" or fn in from_the_last_day) and at is run and run is not None and run.day is None
            and day_run is not None and _later(day_run, run) and _SENTENCE_END.search(text, run_end, s)
            and (fn in (next_day, adjacent_week) or fn in from_the_last_day or (
                fn is shift and (run.month is None or m["dir"].lower() in ("earlier", "before"))
                and m["dir"].lower() != "ago" and not m["unit"].lower().startswith(("year", "month"))))
        ):
            # "On the night of 9 to 10 April, gunmen attacked ... (a man who split from ISWAP in 2024) ... pursued
            # them the next morning": a day counted from the story's last day, not from a background year or season
            # in an earlier sentence (days or weeks counted, from a background year only: "abducted in March ...
            # released three weeks later" counts from March; "detained in 2022 and released several weeks later"
            # from its own sentence's year); counted back, from a background month too ("The strike follows the
            # arrest, a week earlier," in a statement on a strike of 20 May, after "the death of X in March 2024")
            at = day_run
        elif (
            introduced is not None and fn is introduced[0] and at is run and run is not None and run.day is None
            and day_run is not None and _later(day_run, run) and _SENTENCE_END.search(text, run_end, s)
            and day_run not in (top, dateline) and opens.search(text[max(0, s - 40) : s])
            and not m.groupdict().get("ago") and m["unit"].lower().startswith(("jour", "heure"))
        ):
            # "Dans la nuit du 11 au 12 février, ... avaient menacé les pêcheurs fin janvier. Trois jours plus tard,
            # l'armée a ratissé": days counted from the last day the story told, not from a background month or year
            # told after it (a French report tells its background in the pluperfect, in passing), where the count
            # opens its sentence ("avait été exécuté quelques jours plus tard" goes on with the background); not from
            # the report's own date, which a chronology's months ("- Mars 2023 : ... - Deux jours plus tard") follow
            at = day_run
            if day_value is not None and "/" in day_value and m["dir"].lower() in ("plus tard", "après", "ensuite"):
                # (from a night's two days, both moved on)
                last = first_point(day_value.rsplit("/", 1)[1])
                last = last if last is not None and last.day is not None and at.day is not None else None
        if at is run and run_value is not None and "/" in run_value and (
            fn is shift and language == "en" and m["dir"].lower().startswith(("later", "after"))
            or introduced is not None and fn is introduced[0]
            and (m.groupdict().get("dir") or "").lower() in ("plus tard", "après", "ensuite")
        ):
            last = first_point(run_value.rsplit("/", 1)[1])
            last = last if last is not None and last.day is not None and at is not None and at.day is not None else None
        value = fn(m, at)
        if last is not None and at is not None:
            # days counted on from a span of days: "On the night of 13 to 14 June, fighters killed ... The army
            # retaliated two days later" is the night's span moved on (15 to 16 June); from a longer span ("Between
            # 3 and 9 August ... Two days later"), from its last day
            moved = fn(m, last)
            if (date(last.year, last.month or 1, last.day or 1) - date(at.year, at.month or 1, at.day or 1)).days > 1:
                value = moved
            elif value and moved and value != moved and "/" not in value + moved and len(value) == len(moved) == 10:
                value = f"{value}/{moved}"
        if fn is same_day and at is run and run_value is not None:
            value = run_value  # ("handed over in early 2023 ... and taken into custody the same day": as told)
        birth = bool(birth_rx.search(text[max(0, s - 45) : s]))
        if birth and language == "fr" and BORN_OF_A_SPLIT.search(text[max(0, s - 45) : e + 45]):
            birth = False  # "né en 2016 d'une scission du MNLA": a group's founding, not a person's birth
        if fn in background and not (opening_year is not None and opening_year.search(text, max(0, s - 60), s)):
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        if story_date and not rel and value and not birth and "/" not in value:
            pt = first_point(value)
            story = pt if pt is not None and pt.day is not None else story
        if fn is shift and language == "en" and at is not None and at.month is None and not m["unit"].lower(
        ).startswith(("year", "month")):
            # "three weeks earlier" after "the following year", "Three weeks after Yale Gana" after "until 2016":
            # days or weeks counted from a year say no more than that year, and move no narrative (a month told
            # after them without a year is read as it was before them)
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        if fn is previous_month:
            # "who had sworn allegiance the previous October": a look back; the story stays where it was
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        planned = first_point(value) if value and published is not None else None
        if planned is not None and published is not None and _later(planned, published) and not _UPDATE.match(
            text[text.rfind("\n", 0, s) + 1 : s]
        ):
            # "joint patrols from next week", "due to take office on April 2" in a report of 2 June: a plan,
            # dated in its own clause, which moves no narrative
            out.append(TimeExpr(s, e, text[s:e], value, relative=True, anchors=False))
            continue
        out.append(TimeExpr(s, e, text[s:e], value, relative=rel, anchors=not birth))
        # ("tués dimanche ..., a indiqué mardi le gouvernement"; not after the dateline alone: "NIAMEY, 24 mars 2020 -
        # Le président a annoncé mardi soir que 92 soldats avaient été tués la veille" tells from the telling's day)
        told_on = (_TOLD_ON.search(text, max(0, s - 50), s) if language == "en"
                   else told_day_fr(text, s) and not (run == dateline and not run_rel))
        if run_end and told_on and not _SENTENCE_END.search(text, run_end, s):
            continue  # "ambushed a patrol late on Saturday, ..., officials said on Sunday": the story stays on the deed
        if value is not None and not birth:
            pt = first_point(value)
            if pt is not None:
                if not history or history[-1] != pt:
                    history.append(pt)
                run, run_end, run_rel, run_value = pt, e, rel, value
                if pt.day is not None:
                    day_run, day_value = pt, value
                run_open = value.endswith("/..")
                closed = closed if run_open else pt
                # "In 2011 the army entered ...": a stated date opening its sentence moves the story there
                narrative = not rel and bool(opens.search(text[max(0, s - 40) : s]))
    return out


def parse_date(phrase: str, anchor: str | None = None, language: str = "en") -> str | None:
    """The EDTF value of a single temporal phrase ("late 2011" -> "2011-09/2011-12", "fin 2012" in French)."""
    found = [t for t in find_dates(phrase, anchor, language) if t.edtf]
    return found[0].edtf if found else None
