"""The dates of English events, fortieth round (branch date40), on hand-written texts with invented groups, people
and places: a blog's byline date followed by its author, a numbered item's date that is no title, a day or month
told again in the year it was first told with, days or weeks counted from a year, "N years ago this month"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates, report_date
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.edtf for t in find_dates(text)}


@pytest.mark.parametrize(("text", "expected"), [
    # a byline's date with its author after it
    ("DESERT NOTES\n\"Ten years on the river: the Koro front\" — posted 2 November 2025 by Jane Dalla\n\nThe front "
     "rose in 2014.", "2025-11-02"),
    ("Issue 41 — posted 12 June 2024 by M. Tembo\n\nThe katiba rose in 2021.", "2024-06-12"),
    # a numbered item's date is the item's, not the report's (the masthead's month is)
    ("THE WORST YEAR ON THE KORO BORDER\nBriefing | Koro Monitor | December 2021\n\n1. Dalla and Bakal, 2 January "
     "2021\nGunmen attacked the two villages.", "2021-12"),
])
def test_the_reports_own_date(text: str, expected: str) -> None:
    assert report_date(text) == expected


def test_controls_for_the_reports_own_date() -> None:
    # "by" and a lower-case word after a date is no byline
    assert report_date("Koro Monitor — posted 2 November 2025 by the desk staff of the monitor in the town") is None
    # no publication word before the date: no byline
    assert report_date("The Koro front — 2 November 2025 by Jane Dalla") is None
    # a title's line closing with its date still gives the report's
    assert report_date("Address by the Governor of Koro State to the elders at Bakal, 19 March 2026\n\nIn "
                       "February gunmen raided the market.") == "2026-03-19"


def test_a_numbered_items_later_date_moves_the_story() -> None:
    text = ("THE WORST YEAR ON THE KORO BORDER\nBriefing | Koro Monitor | December 2021\n\n1. Dalla and Bakal, 2 "
            "January 2021\nGunmen attacked the two villages.\n\n2. Koro market, 15 March 2021\nAttackers killed 58 "
            "people.")
    found = {t.text: t for t in find_dates(text)}
    assert found["15 March 2021"].anchors and not found["15 March 2021"].relative


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a day and month told again after a background year: the year it was first told with
    ("The attack on the mission came on the night of 11 to 12 September 2012. The brigade was formed during the "
     "2011 uprising. Gunmen breached the gate late on 11 September.", "11 September", "2012-09-11"),
    # the running month told again in its paragraph, in a report of a later year
    ("Schools under fire, 2020-2024\nBriefing | Koro Monitor | May 2024\n\n- Dalla, Koro State, December 2020. In "
     "the night of 11 to 12 December, gunmen seized 300 boys.", "night of 11 to 12 December",
     "2020-12-11/2020-12-12"),
    ("Schools under fire, 2020-2024\nBriefing | Koro Monitor | May 2024\n\n- Bakal, February 2021. On 26 "
     "February, armed men abducted 279 girls.", "26 February", "2021-02-26"),
])
def test_a_day_or_month_told_again_takes_its_year(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # another day of the month: read as before (the report's year)
    ("Schools under fire\nBriefing | Koro Monitor | May 2024\n\nThe attack came on 11 September 2012. The brigade "
     "was formed in 2011. In March, gunmen raided the market.", "In March", "2024-03"),
    # the running month told again in another paragraph: read as before
    ("Schools under fire\nBriefing | Koro Monitor | May 2024\n\nThe unit rose in December 2020.\n\nIn December, "
     "gunmen seized 300 boys.", "In December", "2023-12"),
    # a part of a year is no stated month: "In January" after "since early 2023" is the report's January
    ("AMMAN, 6 May 2024 — Soldiers killed five smugglers. Jordan has carried out strikes since early 2023. In "
     "January the army said it had arrested 12 men.", "In January", "2024-01"),
    # a year told with the day: its own
    ("The attack came on 11 September 2012. On 11 September 2013, the group marked it.", "11 September 2013",
     "2013-09-11"),
])
def test_controls_for_a_day_or_month_told_again(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # days or weeks from a year move no story: the year-less day after them is the report's
    ("GAZI, Koro, 12 May 2025 — Police detained ten people. Two of them joined the front in 2021, which clashed "
     "with the army the following year. A third was arrested three weeks earlier and handed over on 9 May.",
     "9 May", "2025-05-09"),
    ("Address by the commander to the troops at Bakal, Koro State, 19 March 2026\n\nOn the night of 4 to 5 "
     "February, gunmen attacked our base at Dalla. He fought for the front until 2016, when he left. Three weeks "
     "after Dalla, on 26 February, aircraft struck his camp.", "26 February", "2026-02-26"),
])
def test_days_counted_from_a_year_move_no_story(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


def test_days_counted_from_a_day_still_move_the_story() -> None:
    text = "The front attacked Dalla on 12 February 2024. Ten days later, gunmen raided Bakal. In March they left."
    found = values(text)
    assert found["Ten days later"] == "2024-02-22"
    assert found["In March"] == "2024-03"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Address by the commander to the tribes at Dalla, 14 June 2026\n\nTwelve years ago this month, when Koro fell, "
     "our town stood alone.", "Twelve years ago this month", "2014-06"),
    ("KORO, June 3, 2026 - Ten years ago today the town fell.", "Ten years ago today", "2016-06-03"),
])
def test_years_ago_this_month(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


def test_years_ago_this_month_dates_the_act_on_a_real_parse(nlp: Language) -> None:
    text = ("Address by the commander to the tribes at Dalla, 14 June 2026\n\nTwelve years ago this month, when Koro "
            "fell and the black flags reached Bakal, our town stood alone. For more than a year the fighters "
            "besieged Dalla from the desert.")
    doc = parse(nlp, text)
    for word in ("fell", "besieged"):
        tok = [t for t in doc if t.text == word][0]
        assert Timeline(doc).date_for(tok) == "2014-06"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # days counted on from a night: the night's two days moved on
    ("On the night of 13 to 14 June 2025, fighters killed 17 fishermen at Dalla. The army retaliated two days "
     "later.", "two days later", "2025-06-15/2025-06-16"),
    ("- Night of 21 to 22 July 2023: fighters stormed the post at Koro.\n- Ten days later: the hisba abducted four "
     "traders.", "Ten days later", "2023-07-31/2023-08-01"),
    # from a longer span: from its last day
    ("Between 3 and 9 August 2025, 200 fighters surrendered. Two days later, troops left Bakal.", "Two days later",
     "2025-08-11"),
])
def test_days_counted_on_from_a_span(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # counted back: from its first day
    ("On the night of 13 to 14 June 2025, fighters killed 17 fishermen. Two days earlier, troops left Koro.",
     "Two days earlier", "2025-06-11"),
    # a span of months: from its first month, as before
    ("In early 2023 the group split. Two months later, troops left Koro.", "Two months later", "2023-03"),
    # a single day: as before
    ("On 13 June 2025, fighters killed 17 fishermen. The army retaliated two days later.", "two days later",
     "2025-06-15"),
])
def test_controls_for_days_counted_from_a_span(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a day counted from the story's last day, past a background year or season told since
    ("Maroua, 18 April 2026\n\nOn the night of 9 to 10 April, gunmen of a faction led by a man who split from the "
     "front in 2024 attacked Dalla. The vigilantes pursued them into the hills the next morning.",
     "the next morning", "2026-04-10"),
    ("Bamako, 3 June 2025\n\n1. On 30 May 2025, the army struck Dalla.\n2. Its emir had joined the front in 2016 and "
     "was named emir in the spring of 2023.\n3. The following day, army units engaged fighters near Koro.",
     "The following day", "2025-05-31"),
    ("ALGIERS, Feb 15, 2024 - A commander surrendered on Monday, the ministry said on Thursday. The katiba pledged "
     "allegiance to the front in 2020. Units also arrested three smugglers the previous week.", "the previous week",
     "2024-02-05/2024-02-11"),
])
def test_a_day_counted_past_a_background_year(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the story moved on to a later year: read from it, as before
    ("On 12 May 2018 gunmen attacked Dalla. In 2019 the front split. The next day, its emir fled.", "The next day",
     "2019"),
    # the same year as the day: as before
    ("On 12 May 2018 gunmen attacked Dalla. In 2018 the front grew. The next day, its emir fled.", "The next day",
     "2018"),
    # "ago" counts from the story's date, as before
    ("KORO, June 3, 2026 - The front rose in 2014. Ten days ago its emir fled.", "Ten days ago", "2026-05-24"),
])
def test_controls_for_a_day_counted_past_a_background_year(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected
