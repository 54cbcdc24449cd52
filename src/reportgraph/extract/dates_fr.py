"""French temporal expressions (issue 11): the patterns ``find_dates(..., language="fr")`` reads.

The same conventions as the English ones (GOLD_FORMAT.md, "Dates"): "fin 2012" -> 2012-09/2012-12,
"début 2015" -> 2015-01/2015-04, "au printemps 2014" -> 2014-03/2014-05, "le 16 janvier 2013",
"16/01/2013" (day first), "dans la nuit du 15 au 16 septembre" -> a day interval, "deux mois plus
tard" and "l'année suivante" against the running date, "en janvier" in the running year. A weekday
alone ("mercredi", "dans la nuit de dimanche à lundi"), as a wire story dates what happened, is the
last such day on or before the story's own date (the last full date stated, usually its dateline).
"peu avant le début de 2018" is 2017-12~, "au milieu des années 1990" 1995~, "la veille de l'embuscade" the day
before the ambush the report dated (``OF_THE_EVENT``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .edtf import (
    FR_MONTHS,
    MONTH_NAMES,
    SEASONS,
    Point,
    Resolver,
    around,
    day,
    day_of,
    day_range,
    decade,
    deictic,
    following_season,
    following_unit,
    interval,
    just_after_year,
    just_before_year,
    month,
    month_no,
    month_range,
    part_of_decade,
    part_of_that_year,
    part_of_year,
    past_span,
    previous_year,
    same,
    season_of,
    since,
    soon,
    week_of,
    weekday_before,
    year,
    year_range,
)
from .numbers import parse_number

_NAMES = sorted(FR_MONTHS, key=len, reverse=True)  # longest first: "juillet" before "juil"
_MON = r"(?P<mon>" + "|".join(n + (r"\.?" if len(n) <= 5 and n not in ("mars", "mai", "juin", "aout", "août")
                                   else "") for n in _NAMES) + r")"
_MON1 = _MON.replace("?P<mon>", "?P<mon1>")
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_YEAR2 = r"(?P<year2>1[89]\d\d|20\d\d)"
_D = r"(?P<d>\d{1,2})(?:er|ᵉʳ)?"
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WD = r"(?:" + "|".join(_WEEKDAYS) + r")"
# ("une dizaine de jours plus tard", "il y a une quinzaine de jours": a round number, said as about so many)
_ABOUT = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30}
_NUM = (r"(?P<n>\d+|vingt-quatre|quarante-huit|soixante-douze|une (?:" + "|".join(_ABOUT) + r") de|"
        r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
        r"dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante|quelques|plusieurs)")
# ("un an plus tard", "il y a un an", "une heure plus tard": the singular too)
_UNIT = r"(?P<unit>jours?|semaines?|mois|années?|ans?|heures?)"
_LATER = r"(?P<dir>plus tard|après|ensuite|plus tôt|auparavant|avant|précédemment)"
_VAGUE = ("quelques", "plusieurs")
_MONTH_WORDS = "|".join(_NAMES)


def _fr(m: re.Match[str]) -> dict[str, str | None]:
    """The match's groups with French month names as English ones, for the shared resolvers."""
    g: dict[str, str | None] = dict(m.groupdict())
    for k in ("mon", "mon1"):
        if g.get(k):
            g[k] = MONTH_NAMES[month_no(str(g[k])) - 1]
    return g


class _Groups:
    """A stand-in for a match whose groups are translated; the shared resolvers only index it."""

    def __init__(self, groups: dict[str, str | None]) -> None:
        self._g = groups

    def __getitem__(self, key: str) -> str | None:
        return self._g.get(key)

    def groupdict(self) -> dict[str, str | None]:
        return self._g


def _english(fn: Resolver) -> Resolver:
    """A shared resolver reading French month names. A month stated without its day or year ("début
    juillet", "depuis mars") is in the running year: a French report's date is at its top, and such
    months look back from it, so the English forward reading across New Year applies to days only."""

    def resolve(m: re.Match[str], anchor: Point | None) -> str | None:
        g = _fr(m)
        if anchor is not None and not g.get("year") and not g.get("d") and not g.get("d2"):
            anchor = Point(anchor.year)
        return fn(_Groups(g), anchor)  # type: ignore[arg-type]

    return resolve


def _part(m: re.Match[str]) -> str:
    p = m["part"].lower().replace("-", "").strip()
    return {"à la fin": "fin", "au début": "début", "courant": "courant"}.get(p, p)


def part_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "fin 2012", "début 2015", "mi-2013", "au milieu de 2014"; "courant 2016" is the year."""
    if _part(m) == "courant":
        return m["year"]
    return part_of_year(_Groups({"part": _part(m), "year": m["year"]}), anchor)  # type: ignore[arg-type]


def part_of_last_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "à la fin de l'année dernière": a part of the year before the running one."""
    if anchor is None:
        return None
    return part_of_year(_Groups({"part": _part(m), "year": str(anchor.year - 1)}), anchor)  # type: ignore[arg-type]


def part_of_next_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "au début de l'année suivante": a part of the year after the running one (not the running year's, as
    "début de l'année" alone)."""
    if anchor is None:
        return None
    return part_of_year(_Groups({"part": _part(m), "year": str(anchor.year + 1)}), anchor)  # type: ignore[arg-type]


def part_of_this_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "au début de l'année", "à la fin de cette année": a part of the running year (``find_dates`` reads it
    against a dispatch's dateline, whose year it speaks in, where the story has one)."""
    return part_of_that_year(_Groups({"part": _part(m)}), anchor)  # type: ignore[arg-type]


def decade_part(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "au début des années 2000": its first years; "au milieu des années 1990" is about 1995 (the annotation's
    1995~), not four years' span."""
    if _part(m) == "milieu":
        return f"{int(m['dec']) + 5}~"
    return part_of_decade(_Groups({"part": _part(m), "dec": m["dec"]}), anchor)  # type: ignore[arg-type]


def following_season_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "l'hiver suivant", "à l'automne suivant": after a year alone ("en 2019. L'hiver suivant, ..."), that
    year's season (winter 2019-2020); after a month, the first such season to start after it."""
    if anchor is not None and anchor.month is None:
        return season_of(_Groups({"season": m["season"], "year": str(anchor.year)}), None)  # type: ignore[arg-type]
    return following_season(m, anchor)


def shift_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "deux mois plus tard", "trois jours après", "quinze jours plus tard", "il y a deux ans"."""
    if anchor is None:
        return None
    word = m["n"].lower()
    about = _ABOUT.get(word.split()[1]) if word.startswith("une ") else None
    n = about or (int(word) if word.isdigit() else (2 if word in _VAGUE else parse_number(word, "fr") or 1))
    unit = m["unit"].lower()
    back = (m.groupdict().get("ago") is not None
            or (m.groupdict().get("dir") or "").lower() in ("plus tôt", "auparavant", "avant", "précédemment"))
    sign = -1 if back else 1
    if unit.startswith(("an", "ann")):
        return f"{anchor.year + sign * n:04d}"
    if unit == "mois":
        return anchor.add_months(sign * n).edtf() if anchor.month else f"{anchor.year:04d}"
    if unit.startswith("heure"):  # "quarante-huit heures plus tard": the days they make (the same day under 24)
        if anchor.day is None or anchor.month is None:
            return Point(anchor.year, anchor.month).edtf() if anchor.month else f"{anchor.year:04d}"
        d = date(anchor.year, anchor.month, anchor.day) + timedelta(days=0 if word in _VAGUE else sign * (n // 24))
        return d.isoformat()
    days = n * (7 if unit.startswith("semaine") else 1)
    if anchor.month is None:
        return f"{anchor.year:04d}"
    if anchor.day is not None and word not in _VAGUE:
        d = date(anchor.year, anchor.month, anchor.day) + timedelta(days=sign * days)
        # "quinze jours", "huit jours" are two weeks and one: the month they land in, as weeks are (and "une
        # dizaine de jours", about so many)
        exact = unit.startswith("jour") and n not in (8, 15) and about is None
        return Point(d.year, d.month, d.day if exact else None).edtf()
    if days < 10:
        return Point(anchor.year, anchor.month).edtf()
    # counted from a month: the months it may land in ("six semaines plus tard" from March: April-May)
    here = Point(anchor.year, anchor.month)
    lo, hi = here.add_months(sign * (days // 31)), here.add_months(sign * -(-days // 31))
    return interval(*sorted((lo, hi), key=lambda p: (p.year, p.month or 0)))


def shift_back_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "l'attaque intervient deux ans après l'assaut contre Kati": the date of what the phrase introduces
    (the assault), counted back from the date it is set against (``shift_fr`` the other way)."""
    flipped = {"après": "avant", "avant": "après"}.get((m["dir"] or "").lower())
    if flipped is None:
        return None
    groups = dict(m.groupdict())
    groups["dir"] = flipped
    return shift_fr(_Groups(groups), anchor)  # type: ignore[arg-type]


# "deux ans après l'assaut", "quelques mois après celle du 28 mars", "cinq ans après sa création": the phrase
# introduces an event of its own (words follow it, not a comma or a stop)
INTRODUCES = re.compile(r" [\w\"“‘'’«]")


def _on_or_before(anchor: Point | None, weekday: str) -> date | None:
    return weekday_before(anchor, _WEEKDAYS.index(weekday.lower()))


def weekday(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "mercredi" in a story dated Thursday 27 July: Wednesday 26 July."""
    d = _on_or_before(anchor, m["wd"])
    return None if d is None else d.isoformat()


def weekday_ahead(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "était attendu mardi", "doit partir lundi", "mardi prochain" in a story dated Sunday 13 March: a
    plan's weekday, the first such day on or after the story's date (Tuesday 15 March)."""
    ref = day_of(anchor)
    if ref is None:
        return None
    wd = (m.groupdict().get("wd") or m.groupdict().get("wd2") or "").lower()
    return (ref + timedelta(days=(_WEEKDAYS.index(wd) - ref.weekday()) % 7)).isoformat()


def weekday_night(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "dans la nuit de dimanche à lundi": the two days."""
    d2 = _on_or_before(anchor, m["wd2"])
    if d2 is None:
        return None
    d1 = d2 - timedelta(days=(_WEEKDAYS.index(m["wd2"].lower()) - _WEEKDAYS.index(m["wd1"].lower())) % 7 or 7)
    return f"{d1.isoformat()}/{d2.isoformat()}"


def last_week(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "la semaine dernière": Monday to Sunday of the week before the story's date."""
    ref = day_of(anchor)
    return None if ref is None else week_of(ref, -1)


_STEPS = {"lendemain": 1, "veille": -1, "surlendemain": 2, "avant-veille": -2}


def next_day(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "le lendemain", "au lendemain" (+1), "la veille" (-1), "le surlendemain" (+2),
    "l'avant-veille" (-2), "le même jour", "le jour même" (0), from a stated day."""
    ref = day_of(anchor)
    if ref is None:
        return None
    step = _STEPS.get(m["which"].lower(), 0)
    return (ref + timedelta(days=step)).isoformat()


def eve_or_morrow(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "la veille", "le lendemain", "le jour même" standing alone: a day from a stated day (``next_day``). Where
    the running date is a background year or season told after the story's last day ("La veille, les combattants
    avaient enlevé ..." after "tient depuis l'an dernier un markaz"), ``find_dates`` reads it from that day
    (``FROM_THE_LAST_DAY``)."""
    return next_day(_Groups({"which": m["which"] or m["which2"] or "même"}), anchor)  # type: ignore[arg-type]


# the day phrases read from the story's last stated day where the running date is a later-told year, season or
# month of the background (a day before or after a year is no day)
FROM_THE_LAST_DAY: frozenset[Resolver] = frozenset({eve_or_morrow})


def that_time(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "ce jour-là", "cette nuit-là", "ce soir-là", "cet après-midi-là": the time the report last told, as
    precisely as it told it ("l'attaque du village, en octobre 2020. Cette nuit-là, ..." is October 2020; a
    day told before, that day)."""
    return anchor.edtf() if anchor is not None else None


def day_of_month(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "le 6, l'armée a ...", "dans la nuit du 9 au matin": a day of the month the running date stands in
    (a report tells its days in order and drops the month it has stated)."""
    if anchor is None or anchor.month is None:
        return None
    try:
        return date(anchor.year, anchor.month, int(m["d"])).isoformat()
    except ValueError:
        return None


def weekday_day(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "dimanche 7" in a story dated Tuesday 9 August: of the days 7 of the story's month and the months
    either side, the one on that weekday closest to the story's date (the earlier on a tie); where none is,
    the day in the story's month."""
    ref = day_of(anchor)
    if ref is None:
        return None
    d = int(m["d"])
    wanted = _WEEKDAYS.index(m["wd"].lower())
    found: list[date] = []
    for step in (-1, 0, 1):
        mo = ref.month + step
        y, mo = (ref.year - 1, 12) if mo < 1 else (ref.year + 1, 1) if mo > 12 else (ref.year, mo)
        try:
            found.append(date(y, mo, d))
        except ValueError:
            continue
    right = sorted((c for c in found if c.weekday() == wanted), key=lambda c: (abs((c - ref).days), c > ref))
    if right:
        return right[0].isoformat()
    same_month = [c for c in found if c.month == ref.month]
    return same_month[0].isoformat() if same_month else None


def day_before_it(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "annonce dimanche la dissolution de la milice, au lendemain du massacre": the phrase dates what it
    introduces (the massacre), the day before the date already told (``find_dates`` reads it so only inside
    a sentence; opening one, "Au lendemain de l'attaque, l'armée ...", it is the day after)."""
    ref = day_of(anchor)
    return None if ref is None else (ref - timedelta(days=1)).isoformat()


def day_after_it(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "Au lendemain de l'attaque, l'armée a ...": opening its sentence, the day after the date told."""
    ref = day_of(anchor)
    return None if ref is None else (ref + timedelta(days=1)).isoformat()


# what dates only the event it introduces ("au lendemain du massacre") -> its reading opening a sentence, where
# it dates the sentence ("Au lendemain de l'attaque, ..."), read by ``find_dates``
INNER: dict[Resolver, Resolver] = {day_before_it: day_after_it}

_DEICTIC = {"hier": "yesterday", "hier soir": "yesterday", "avant-hier": "", "cette semaine": "this week",
            "ce matin": "this morning", "cet après-midi": "this afternoon", "ce soir": "this evening",
            "la nuit dernière": "last night",
            "ce mois-ci": "this month", "le mois dernier": "last month", "le mois passé": "last month",
            "ce week-end": "weekend", "le week-end dernier": "weekend", "cette année": "this year"}


def deictic_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "hier", "avant-hier", "cette semaine", "le mois dernier", "ce week-end": against the story's date (the
    English ``deictic`` reading)."""
    what = " ".join(m["what"].lower().replace("’", "'").split())
    if what == "avant-hier":
        ref = day_of(anchor)
        return None if ref is None else (ref - timedelta(days=2)).isoformat()
    return deictic(_Groups({"what": _DEICTIC.get(what, what)}), anchor)  # type: ignore[arg-type]


def past_span_fr(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "ces derniers jours", "ces dernières semaines", "au cours des trois derniers mois": from that far back up
    to the story's date (the English ``past_span``; "ces jours-ci": the week before it)."""
    word = (m.groupdict().get("unit") or m.groupdict().get("unit2") or "jours").lower()
    unit = {"jours": "days", "semaines": "weeks", "mois": "months", "ans": "years", "années": "years"}[word]
    n = m.groupdict().get("n")
    # (unsaid: a week of days, three weeks, three months, a year)
    count = {"days": "7", "weeks": "3", "months": "3"}.get(unit)
    if n:
        count = str(int(n)) if n.isdigit() else str(parse_number(n.lower(), "fr") or 1)
    return past_span(_Groups({"n": count, "unit": unit}), anchor)  # type: ignore[arg-type]


def numeric_day(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "14/09/2021": day first, as French writes it."""
    mo, d = int(m["mo"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    try:
        return date(int(m["year"]), mo, d).isoformat()
    except ValueError:
        return None


def month_last(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "en décembre dernier", "le 3 février dernier" in a story dated 12 March 2021: the last such month
    (day) before the story's date (December 2020, 3 February 2021), whatever year the story has told since;
    a month the story stands in is the year before's ("en mars dernier" told in March)."""
    if anchor is None:
        return None
    no = month_no(str(m["mon"]))
    if anchor.month is None:  # (a running year only: its month, as "en décembre")
        return _english(day if m.groupdict().get("d") else month)(m, anchor)
    if m.groupdict().get("d"):
        d = int(m["d"])
        after = (no, d) > (anchor.month, anchor.day or 31)
        try:
            return date(anchor.year - after, no, d).isoformat()
        except ValueError:
            return None
    return Point(anchor.year - (no >= anchor.month), no).edtf()


def season_last(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "l'été dernier", "au printemps dernier", "l'hiver dernier" in a story dated 12 March 2021: the last
    such season over before the story's month (summer 2020, winter 2020-2021; told in January 2021, winter
    2019-2020)."""
    if anchor is None:
        return None
    a, b = SEASONS[m["season"].lower()]
    if anchor.month is None:  # (a running year only: its season, as "l'été")
        return season_of(_Groups({"season": m["season"], "year": str(anchor.year)}), None)  # type: ignore[arg-type]
    # the year the season starts in: it ended (its last month) before the story's month
    y = anchor.year - 1 if b < a else anchor.year
    end_y = y + (b < a)
    while (end_y, b) >= (anchor.year, anchor.month):
        y, end_y = y - 1, end_y - 1
    return season_of(_Groups({"season": m["season"], "year": str(y)}), None)  # type: ignore[arg-type]


def month_before(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "le mois précédent", "le mois d'avant": the month before the running one."""
    if anchor is None:
        return None
    return anchor.add_months(-1).edtf() if anchor.month else f"{anchor.year - 1:04d}"


def week_after(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "la semaine suivante", "la semaine d'après": Monday to Sunday of the week after the running day's (its
    month where no day was told)."""
    ref = day_of(anchor)
    if ref is None:
        return None if anchor is None or anchor.month is None else Point(anchor.year, anchor.month).edtf()
    return week_of(ref, 1)


def night_of_days(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "dans la nuit du 15 au 16," with no month: the two days of the running month (of the next one where
    the night passes its end, "du 31 au 1er")."""
    if anchor is None or anchor.month is None:
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    try:
        first = date(anchor.year, anchor.month, d1)
    except ValueError:
        return None
    second = first + timedelta(days=1)
    if second.day != d2:
        return None  # not a night's two days ("du 3 au 10": a span, which the month alone cannot tell)
    return f"{first.isoformat()}/{second.isoformat()}"


_QUARTERS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3,
             "quatrième": 4, "4e": 4, "dernier": 4}


def quarter(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "au premier trimestre 2020": its three months (2020-01/2020-03)."""
    q = _QUARTERS[m["q"].lower()]
    y = int(m["year"])
    return f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}"


def own_year(m: re.Match[str], anchor: Point | None) -> str | None:
    """ "l'accord de paix de 2015", "la milice, fondée en 2016 par ...": a thing's own year, said in
    passing (its value dates its clause)."""
    return m["year"]


# "détenue depuis décembre 2016": a stated start, as "depuis 2016" (not the time the story stands at)
since_month = _english(since)


# Resolved against the story's own date (the last full date stated), not the running date.
STORY_DATE: frozenset[Resolver] = frozenset({weekday, weekday_night, last_week, weekday_day, deictic_fr, past_span_fr,
                                               weekday_ahead, month_last, season_last})
# read against a dispatch's dateline where it has one: "au début de l'année" in a dispatch of November 2023 is
# early 2023, whatever background year the story has told since ("a rejoint le groupe vers 2017")
DISPATCH_YEAR: frozenset[Resolver] = frozenset({part_of_this_year})
# read against the running date where the story has told no full date yet
RUNNING_IF_UNDATED: frozenset[Resolver] = frozenset({month_last, season_last})
# a plan's words right before a weekday ("était attendu mardi à Abidjan", "le sommet prévu jeudi")
_PLANNED = "(?:" + "|".join(
    f"(?<=\\b{w} )" for w in ("attendu", "attendue", "attendus", "attendues", "prévu", "prévue", "prévus", "prévues",
                               "doit", "doivent", "devrait", "devraient", "devra", "devront")
) + ")"
# Background, not narrative: "depuis 2013", "les années 1990", a plan's "attendu mardi" date their own clause
# but never become the running date that a later "début avril" is read in.
BACKGROUND: frozenset[Resolver] = frozenset({decade, decade_part, since, since_month, own_year, weekday_ahead})
_LOW = "a-zàâçéèêëîïôûùüÿœ"
# The three patterns below open on look-behinds, which the regex engine tries at every character of the text: a
# look-ahead for the year's first digit ("(?=[12])", zero-width, so the same matches) tries them only there
# (0.07 s less of CPU over the French train and dev texts).
_YEAR_AHEAD = "(?=[12])"
# "l'accord de paix de 2015", "la crise de 2012": a year a noun names ("de 2015 à 2017" is a range)
_OWN_YEAR_OF_A_NOUN = (_YEAR_AHEAD + rf"(?:(?<=[{_LOW}] de )|(?<=[{_LOW}] d')|(?<=[{_LOW}] d’)){_YEAR}\b"
                       r"(?! ?(?:à|au|et|-) ?\d)")
# "Lors de la scission de 2016, il suit ...": a noun's own year in the time phrase opening its sentence dates the
# sentence, and the narrative stands there ("Il est nommé l'année suivante": 2017)
OPENING_NOUN_YEAR = re.compile(r"(?:^|[.!?]\s+|\n\s*)"
                               r"(?:lors|au moment|au cours|à la suite|au lendemain|dès|après|avant) "
                               r"(?:de (?:la |l'|l’)|du |des |d'|d’)[\w’'-]+(?: [\w’'-]+)? (?:de |d'|d’)$",
                               re.IGNORECASE)
# ", fondée en 2016 par X, ...", ", issu en 2023 d'une scission": a founding told in an apposition (the narrative's
# "il fonde en 2015" is not)
_OWN_YEAR_IN_AN_ASIDE = _YEAR_AHEAD + "(?:" + "|".join(
    f"(?<=, {w} en )" for w in ("fondé", "fondée", "fondés", "fondées", "créé", "créée", "créés", "créées",
                                  "formé", "formée", "formés", "formées", "issu", "issue", "issus", "issues")
) + rf"){_YEAR}\b"
# "Ogo Dana est une milice ... fondée en 2019 par X": the same participle right after a noun describes the
# thing too; after an auxiliary ("a été fondée en", "il a fondé en") it tells the story
_FOUNDED = ("fondé", "fondée", "fondés", "fondées", "créé", "créée", "créés", "créées")
_NOT_AFTER = ("été", "est", "sont", "fut", "a", "ont", "avait", "avaient")
_OWN_YEAR_AFTER_A_NOUN = _YEAR_AHEAD + "(?:" + "|".join(
    f"(?<=[{_LOW}] {w} en )" + "".join(f"(?<!\\b{aux} {w} en )" for aux in _NOT_AFTER) for w in _FOUNDED
) + rf"){_YEAR}\b"

_D1 = r"(?P<d1>\d{1,2})(?:er|ᵉʳ)?"
_D2 = r"(?P<d2>\d{1,2})(?:er|ᵉʳ)?"
PATTERNS: list[tuple[str, Resolver, bool]] = [
    # (pattern, resolver, relative)
    (rf"\bnuit d(?:u|e|'|’)\s?(?:{_WD} )?{_D1}(?: {_MON1})? (?:au|à|et) (?:{_WD} )?{_D2} {_MON}(?: {_YEAR})?",
     _english(day_range),
     False),
    (rf"\bnuit de (?P<wd1>{_WD}) (?:à|au) (?P<wd2>{_WD})\b", weekday_night, True),
    # "dans la nuit du 15 au 16," with no month: the running month's
    (rf"\bnuit d(?:u|e) (?:{_WD} )?{_D1} (?:au|à) (?:{_WD} )?{_D2}\b(?!\s?[/.:]?\s?\d| ?(?:{_MONTH_WORDS})\b)",
     night_of_days, True),
    (rf"\b(?:du|entre le) (?:{_WD} )?{_D1}(?: {_MON1})? (?:au|et le) (?:{_WD} )?{_D2} {_MON}(?: {_YEAR})?",
     _english(day_range), False),
    (rf"\bles {_D1}(?: {_MON1})? et {_D2} {_MON}(?: {_YEAR})?", _english(day_range), False),
    (rf"\b{_D1} ?[-–] ?{_D2} {_MON}(?: {_YEAR})?", _english(day_range), False),
    # ("en janvier et février 2020": the two months, of the year said after the second)
    (rf"\b(?:entre|de|d'|en) ?{_MON1}(?: (?P<year1>1[89]\d\d|20\d\d))? (?:et|à) {_MON} {_YEAR}", _english(month_range),
     False),
    (rf"\b{_MON1} ?[-–] ?{_MON} {_YEAR}", _english(month_range), False),
    (rf"(?<![\d/.])(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<mo>\d{{1,2}})(?P=sep){_YEAR}\b", numeric_day, False),
    # "le 3 février dernier", "en décembre dernier": the last such day or month before the story's date
    (rf"\b(?:(?:{_WD} )?{_D} |(?:en |de |d'|d’))?{_MON} dernier\b", month_last, True),
    # (an article or "au" before it: "a été dernier" is no season)
    (r"\b(?:au |à l'|à l’|l'|l’|le |cet |cette )(?P<season>printemps|été|automne|hiver) dernier\b", season_last, True),
    (rf"\b(?:{_WD} )?{_D} {_MON}(?: {_YEAR})?\b", _english(day), False),
    # "dimanche 7", "le 6, l'armée ...", "le 9 au soir": a day whose month the report has stated before
    (rf"\b(?P<wd>{_WD}) {_D}\b(?!\s?[/.:,]?\s?\d|\s?h\b|\s?h\d| heures?\b| ?(?:{_MONTH_WORDS})\b)", weekday_day, True),
    (r"\b(?:le|(?:dans la )?(?:nuit|soirée|matinée|journée) du) (?P<d>[1-9]|[12]\d|3[01])(?:er|ᵉʳ)?"
     r"(?=,| au (?:soir|matin)| à l'aube| à l’aube| dans la (?:soirée|matinée|nuit))", day_of_month, True),
    # ("en fin d'année 2020": "année" without its article too)
    # "peu avant le début de 2018": the last weeks of 2017 (2017-12~), as the English "shortly before the start of"
    (rf"\b(?:un )?peu avant (?:le |la )?(?:début|commencement) (?:de |d'|d’)(?:l'année |l’année )?{_YEAR}\b",
     just_before_year, False),
    (rf"\b(?:un )?peu après (?:le |la )?(?:début|commencement) (?:de |d'|d’)(?:l'année |l’année )?{_YEAR}\b",
     just_after_year, False),
    (rf"\b(?P<part>fin|début|debut|mi-|milieu|courant|à la fin|au début)(?: de| d')? ?(?:l'année |l’année |année )?"
     rf"{_YEAR}\b", part_fr, False),
    (rf"\b(?:à la |au cours de la |dans la )?(?P<part>première moitié|premier semestre|seconde moitié|"
     rf"deuxième moitié|second semestre) (?:de |d')?(?:l'année )?{_YEAR}", part_fr, False),
    (rf"\b(?P<q>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier) trimestre (?:de |d'|d’)?"
     rf"(?:l'année |l’année )?{_YEAR}", quarter, False),
    (rf"\b(?:(?:à|vers) )?(?:la |le )?(?P<part>fin|début|debut|mi-|milieu) (?:du mois )?(?:de |d')?{_MON}"
     rf"(?: {_YEAR})?", _english(month), False),
    (r"\b(?:(?:à|vers) )?(?:la |le )?(?P<part>fin|début|milieu) de l(?:'|’)année (?:dernière|précédente|passée)",
     part_of_last_year, True),
    (r"\b(?:(?:à|vers) )?(?:la |le )?(?P<part>fin|début|milieu) de l(?:'|’)année (?:suivante|d'après|d’après)\b",
     part_of_next_year, True),
    (r"\b(?:(?:à|vers) )?(?:la |le )?(?P<part>fin|début|milieu) de (?:l(?:'|’)|cette )année\b", part_of_this_year,
     True),
    (r"\ben (?P<part>fin|début|milieu) d(?:'|’)année\b(?! ?\d)", part_of_this_year, True),
    (rf"\b(?:au |à l'|à l’|en |l'|l’|le |cet |cette )?(?P<season>printemps|été|automne|hiver) (?:de |d')?{_YEAR}",
     _english(season_of), False),
    (r"\b(?:au |à l'|à l’|l'|l’|le )(?P<season>printemps|été|automne|hiver) (?:suivant|d'après|d’après)",
     following_season_fr, True),
    (r"\b(?:l'|l’)(?P<unit>année|an) (?:suivante?|d'après|d’après|qui a suivi)\b",
     lambda m, a: following_unit(_Groups({"unit": "year"}), a), True),  # type: ignore[arg-type]
    (r"\b(?:le|du|au) mois (?:précédent|d'avant|d’avant)\b", month_before, True),
    (r"\b(?:le|du|au) mois (?:suivant|d'après|d’après)\b",
     lambda m, a: following_unit(_Groups({"unit": "month"}), a), True),  # type: ignore[arg-type]
    (r"\b(?:l'|l’)année (?:précédente|d'avant|d’avant|dernière|passée)\b|\bl(?:'|’)an (?:dernier|passé)\b",
     previous_year, True),
    (r"\bla semaine (?:suivante|d'après|d’après|qui a suivi)\b", week_after, True),
    (r"\b(?:la même année|cette année-là|plus tard dans l'année)\b",
     lambda m, a: same(_Groups({"unit": "year"}), a), True),  # type: ignore[arg-type]
    (r"\b(?:le même mois|ce mois-là|plus tard dans le mois)\b",
     lambda m, a: same(_Groups({"unit": "month"}), a), True),  # type: ignore[arg-type]
    (r"\b(?:au|le) lendemain(?= (?:de |du |des |d'|d’))", day_before_it, True),
    (r"\b(?:ce (?:jour|soir|matin)|cette (?:nuit|journée|soirée|matinée)|cet après-midi)-là\b", that_time, True),
    (r"\b(?:le|la|au|du) (?P<which>lendemain|veille|surlendemain)\b|\bl(?:'|’)(?P<which2>avant-veille)\b"
     r"|\b(?P<same>le même jour|le jour même|ce même jour)\b",
     eve_or_morrow, True),
    (r"\b(?P<what>hier soir|avant-hier|hier|cette semaine|ce mois-ci|le mois (?:dernier|passé)|ce week-end"
     r"|le week-end dernier|cette année|ce matin|cet après-midi|ce soir|la nuit dernière)\b(?!-là)", deictic_fr, True),
    (r"\b(?:ces|au cours des|durant les|pendant les|lors des) (?:(?P<n>\d+|deux|trois|quatre|cinq|six|huit|dix"
     r"|douze|quinze) )?(?:derniers|dernières) (?P<unit>jours|semaines|mois|années|ans)\b|\bces (?P<unit2>jours)-ci\b",
     past_span_fr, True),
    (r"\bla semaine (?:dernière|passée|précédente)\b", last_week, True),
    (rf"\ben {_MON} (?:de la même année|de cette année-là)", _english(month), True),
    (rf"\bdepuis {_MON} {_YEAR}\b", since_month, False),
    (rf"\b{_MON} {_YEAR}\b", _english(month), False),
    # a month alone needs a word before it that makes it a date ("en mai", "fin mars", "depuis juin")
    (rf"\b(?:en|de|d'|d’|depuis|dès|jusqu'en|jusqu’en|avant|après|début|fin|mi-|courant) ?{_MON}(?! \d)",
     _english(month),
     False),
    (r"\b(?:(?:au |à la )?(?P<part>début|milieu|fin) des années) (?P<dec>1[89]\d0|20\d0)\b", decade_part, False),
    (r"\b(?:les |des |aux )?années (?P<dec>1[89]\d0|20\d0)\b", decade, False),
    (rf"\b(?:de|entre) {_YEAR} (?:à|et) {_YEAR2}\b", year_range, False),
    (rf"(?<![\d/-]){_YEAR} ?[-–] ?{_YEAR2}\b", year_range, False),
    (_OWN_YEAR_OF_A_NOUN, own_year, False),
    (_OWN_YEAR_IN_AN_ASIDE, own_year, False),
    (_OWN_YEAR_AFTER_A_NOUN, own_year, False),
    (rf"\bdepuis {_YEAR}\b", since, False),
    (rf"\b(?:vers|aux alentours de|autour de|environ|circa|c\.) {_YEAR}\b", around, False),
    (rf"(?<![\d/-]){_YEAR}(?![\d/]|-\d)", year, False),
    (rf"\b{_NUM} {_UNIT} {_LATER}", shift_fr, True),
    (rf"\b(?P<ago>il y a) {_NUM} {_UNIT}", shift_fr, True),
    (r"\b(?:peu après|peu de temps après|aussitôt après|dans la foulée|quelques jours plus tard|"
     r"quelques semaines plus tard|dans les (?:jours|heures) qui ont suivi|dans les jours (?:suivants|qui suivent)"
     r"|dans les heures (?:suivantes|qui suivent))\b", soon, True),
    # (the weekday looked for first: the plan's words, behind it, are looked at only there)
    (rf"\b(?=(?:{_WD}) )(?:(?P<wd>{_WD}) prochain\b|{_PLANNED}(?P<wd2>{_WD})\b(?! \d))", weekday_ahead, True),
    (rf"\b(?P<wd>{_WD})\b(?! \d)", weekday, True),
    (r"\b(?:au |à l'|à l’|en |cet |cette )(?P<season>printemps|été|automne|hiver)\b", season_of, True),
]
# words a text must hold for a pattern to be tried (lower case, one of each group), as the English patterns'
# ``dates._NEEDS``: the patterns for rare phrases cost a scan of every text otherwise
NEEDS: dict[Resolver, tuple[tuple[str, ...], ...]] = {
    month_last: (("dernier",),),
    season_last: (("dernier",),),
    week_after: (("semaine",),),
    night_of_days: (("nuit",),),
    quarter: (("trimestre",),),
    that_time: (("-là",),),
}
# "la veille de l'embuscade", "l'avant-veille de sa reddition": the day before an event the report has named and
# dated before, by its noun (read by ``find_dates`` against that event's date, ``dates.event_dated``; where the
# report has dated no such event, the phrase is read as "la veille" alone, the day before the running date)
OF_THE_EVENT = re.compile(
    r"\b(?:la |l'|l’)(?P<rel>veille|avant-veille) (?:de (?:la |l'|l’|sa |son |leur |cette |cet |ce )|du |des "
    r"|de ses |de leurs )(?-i:(?P<noun>[a-zàâçéèêëîïôûùüÿœ]{3,}))\b",
    re.IGNORECASE,
)
# a date right after a verb of telling or claiming, or its object ("a revendiqué mercredi l'embuscade", "qui a
# revendiqué l'attaque dimanche"): the day the event was told, not the one it happened on
TOLD_AFTER = re.compile(r"\b(?:revendiqu|annon[cç]|affirm|indiqu|déclar|rapport|précis|assur|appris|confirm"
                        r"|diffus|publi|communiqu)[a-zé]*(?: (?:soir|matin))?(?: (?:l'|l’|la |le |les )?[\w-]+)?\s+$",
                        re.IGNORECASE)
# a dispatch's dateline before its date ("NIAMEY, 8 novembre 2023 (AFP) - ..."): the day it was filed
DATELINE_BEFORE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’ ./-]{1,40}(?:\s*\([^()\n]{1,30}\))?,\s*(?:le\s+)?$")


def told_day(text: str, start: int) -> bool:
    """Whether a date at ``start`` is the day something was told or filed, not one it happened on."""
    return bool(TOLD_AFTER.search(text, max(0, start - 30), start)
                or DATELINE_BEFORE.match(text, text.rfind("\n", 0, start) + 1, start))


def from_the_event(m: re.Match[str], told: str) -> str | None:
    """An ``OF_THE_EVENT`` phrase's day from its event's date (``told``): the day before it, or two; an event
    dated to a month only gives that month."""
    from .edtf import first_point

    pt = first_point(told)
    if pt is None or pt.month is None:
        return None
    if pt.day is None:
        return pt.edtf()
    back = 2 if m["rel"].lower() == "avant-veille" else 1
    return (date(pt.year, pt.month, pt.day) - timedelta(days=back)).isoformat()


MEANTIME = re.compile(r"\b(?:entre-temps|entretemps|dans l'intervalle|dans l’intervalle|pendant ce temps)\b",
                      re.IGNORECASE)
# A person's birth ("il est né en 1972", ", née à Gao le ..."); "le GSIM est né le 2 mars 2017 de la fusion"
# is a founding, so "né" alone after a name is not a birth.
BIRTH = re.compile(r"(?:\bnaissance\b|\b(?:il|elle) est née?\b|,\s*née?\b)[^.;]{0,40}$", re.IGNORECASE)
# "le MSA, né en 2016 d'une scission du MNLA", "Ansaru, né d'une dissidence en 2012": a group born of a split or
# a merger was founded, and its date is the story's (read on the words around the date, before and after it)
BORN_OF_A_SPLIT = re.compile(r"\bnée?s?\b[^.;]{0,40}\bd(?:'|’|e la |e l'|e l’|u |es )\s*(?:une |un )?"
                             r"(?:scission|dissidence|fusion|rupture|regroupement|union)\b", re.IGNORECASE)
