"""Temporal expressions -> EDTF, alone and against the narrative's running date."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates, parse_date, report_date


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("on 16 January 2013", None, "2013-01-16"),
        ("in May 2003", None, "2003-05"),
        ("in 1998", None, "1998"),
        ("June 14, 2009", None, "2009-06-14"),
        ("at the beginning of the second half of 2003", None, "2003-07~"),
        ("a little while before the beginning of 2005", None, "2004-12~"),
        ("late 2011", None, "2011-09/2011-12"),
        ("early 2005", None, "2005-01/2005-04"),
        ("in mid-2016", None, "2016-05/2016-08"),
        ("late June 2012", None, "2012-06"),
        ("late February 2013", None, "2013-02"),
        ("in late May", "2012-03", "2012-05"),
        ("at the beginning of March", "2013-02", "2013-03"),
        ("the summer of 2004", None, "2004-06/2004-08"),
        ("in the autumn of 2012", None, "2012-09/2012-11"),
        ("in the winter of 2009", None, "2009-12/2010-02"),
        ("around 2010", None, "2010~"),
        ("born around 1954", None, "1954~"),
        ("the night of 15 to 16 September 2010", None, "2010-09-15/2010-09-16"),
        ("the night of 3 to 4 March", "2014-01", "2014-03-03/2014-03-04"),
        ("the 1990s", None, "1990/1999"),
        ("in the 2000s", None, "2000/2009"),
        ("between 30 March and 1 April", "2012-01-17", "2012-03-30/2012-04-01"),
        ("on 23 March", "2013-03", "2013-03-23"),
        ("in June of that year", "1990", "1990-06"),
        ("two months later", "2010-07", "2010-09"),
        ("Two months after that", "2010-07", "2010-09"),
        ("Three months later", "2013-05", "2013-08"),
        ("two months earlier", "2011-12", "2011-10"),
        ("days later", "2010-07", "2010-07"),
        ("Two weeks later", "2013-01", "2013-01/2013-02"),
        ("a year later", "2008-04", "2009"),
        ("the following spring", "2012-11", "2013-03/2013-05"),
        ("the following year", "2007", "2008"),
        ("later that month", "2012-01-17", "2012-01"),
        ("shortly after the merger", "2013-08", "2013-08"),
        ("within days", "2012-05", "2012-05"),
        ("from 2010 to 2013", None, "2010/2013"),
        ("in 2008-2011", None, "2008/2011"),
        ("since 2012", None, "2012/.."),
        ("in the early 2000s", None, "2000/2003"),
        ("the late 1990s", None, "1996/1999"),
        ("on 5 and 6 May 2014", None, "2014-05-05/2014-05-06"),
        ("the previous year", "2009-04", "2008"),
        ("later that year", "2009-04", "2009"),
        ("that summer", "2011-02", "2011-06/2011-08"),
        ("the following October", "2018-01", "2018-10"),
        ("the following October", "2018-11", "2019-10"),
        ("fourteen months later", "2016-10", "2017-12"),
        # month ranges
        ("between March and June 2014", None, "2014-03/2014-06"),
        ("from October 2016 to May 2017", None, "2016-10/2017-05"),
        ("between November and February 2015", None, "2014-11/2015-02"),
        ("by mid-2015", None, "2015-05/2015-08"),
        ("in the first half of 2014", None, "2014-01/2014-06"),
        # counted from a stated day: days give the day, weeks the month they land in
        ("Two weeks later", "2019-02-12", "2019-02"),
        ("three weeks later", "2019-02-20", "2019-03"),
        ("three days later", "2019-02-27", "2019-03-02"),
        ("ten days earlier", "2019-02-05", "2019-01-26"),
        ("a few weeks later", "2019-02-12", "2019-02/2019-03"),
        # parts of the running year
        ("late that year", "2016-05", "2016-09/2016-12"),
        ("early that year", "2016-05", "2016-01/2016-04"),
        ("at the end of the year", "2016-05", "2016-09/2016-12"),
        ("in the second half of the year", "2016-05", "2016-07/2016-12"),
        ("the year before", "2016-05", "2015"),
        ("over the following months", "2019-03-23", "2019"),
        ("in the months that followed", "2019-03", "2019"),
        ("the following month", "2019-03-23", "2019-04"),
        # against the story's own date (a dateline): weekdays and words that point from it
        ("on Friday evening", "2022-08-21", "2022-08-19"),
        ("on Sunday", "2022-08-21", "2022-08-21"),
        ("yesterday", "2025-06-02", "2025-06-01"),
        ("last week", "2024-03-13", "2024-03-04/2024-03-10"),
        ("earlier this year", "2019-09-16", "2019"),
        ("last month", "2019-01-16", "2018-12"),
        ("this year", "2019", "2019"),
        ("over the past three months", "2023-11-10", "2023-08/2023-11"),
        ("in the last two weeks", "2023-11-10", "2023-10-27/2023-11-10"),
        # abbreviated months, as wires write them; a numeric date read by the weekday it names
        ("Aug 21, 2022", None, "2022-08-21"),
        ("Sept 3", "2021-01", "2021-09-03"),
        ("21 Oct 2022", None, "2022-10-21"),
        ("Saturday 05/06/2021", None, "2021-06-05"),
        ("Friday 03/04/2020", None, "2020-04-03"),
        # a look back to a month; a start stated to the month; the days after the running date
        ("the previous October", "2015-01", "2014-10"),
        ("the preceding March", "2015-06-02", "2015-03"),
        ("since April 2022", None, "2022-04/.."),
        ("in the days that followed", "2014-08-03", "2014-08"),
        # an anniversary, against the story's own date
        ("ten years ago today", "2024-08-03", "2014-08-03"),
        # "that June" in the running year, before its month as well
        ("that June", "2014-12-16", "2014-06"),
    ],
)
def test_parse_date(phrase: str, anchor: str | None, expected: str) -> None:
    assert parse_date(phrase, anchor) == expected


@pytest.mark.parametrize(
    "phrase", ["two months later", "the following spring", "days later", "late May", "on Friday", "yesterday"]
)
def test_relative_dates_need_an_anchor(phrase: str) -> None:
    assert parse_date(phrase) is None


@pytest.mark.parametrize(
    "text", ["He may return.", "The group numbered 800 men.", "Mars is far.", "The dec 5 valve."]
)
def test_words_that_are_not_dates(text: str) -> None:
    assert [t.edtf for t in find_dates(text)] == []


def test_running_date_carries_forward() -> None:
    text = (
        "In July 2010 the army raided a camp. Days later the group announced his death. "
        "Two months after that, on the night of 15 to 16 September 2010, gunmen struck. "
        "In the meantime the emir had left."
    )
    values = [(t.text, t.edtf) for t in find_dates(text)]
    assert values[:4] == [
        ("July 2010", "2010-07"),
        ("Days later", "2010-07"),
        ("Two months after that", "2010-09"),
        ("night of 15 to 16 September 2010", "2010-09-15/2010-09-16"),
    ]
    assert values[4][0] == "In the meantime" and values[4][1] is not None


def test_month_without_year_reads_forward_across_new_year() -> None:
    """Regression: "11 January" after "December 2012" is January 2013."""
    values = [t.edtf for t in find_dates("In December 2012 he broke away. On 11 January France intervened.")]
    assert values == ["2012-12", "2013-01-11"]


def test_a_numeric_date_that_is_no_calendar_day_has_no_value() -> None:
    assert parse_date("Friday 31/31/2020") is None
    assert parse_date("Monday 03/04/2020") is None  # neither 3 April nor 4 March 2020 was a Monday


def test_a_wire_dates_its_weekdays_from_its_dateline() -> None:
    text = (
        "August 21, 2022 / 9:14 AM / Updated 4 years ago\n\nTOWN, Aug 21 (Wire) - Troops on Sunday ended a "
        "siege that began when gunmen stormed a hotel on Friday evening. The army has carried out raids this year."
    )
    values = [(t.text, t.edtf) for t in find_dates(text) if t.edtf]
    assert values == [("August 21, 2022", "2022-08-21"), ("Aug 21", "2022-08-21"), ("Sunday", "2022-08-21"),
                      ("Friday", "2022-08-19"), ("this year", "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated release: a background year does not pull a later bare month back to it
        ("MEDIA RELEASE\n\n10 July 2017\n\nThree years ago the group seized the city. In June its fighters "
         "destroyed the mosque.", "2017-06"),
        # a wire dated August: "In January" is the January before it, not the next one
        ("TOWN, Aug 2, 2020 (Wire) - Gunmen attacked a camp. In January, a suicide attack killed eight.", "2020-01"),
        # the narrative moved to a year of its own: the bare month stays in it
        ("TOWN, Aug 2, 2020 (Wire) - Gunmen attacked. In 2011 the army entered the country. In October it "
         "took the port.", "2011-10"),
        # no date of its own at the top: the narrative reads forward as before
        ("In December 2012 he broke away. Later, on 11 January, France intervened.", "2013-01-11"),
        # a byline's date is the report's own: a background "since 2014" does not date a later bare day
        ("THE LEDGER\nPosted by Jane Roe on 8 November 2023 · 9 min read\n\nThe emir has led the group since "
         "2014. Update, 10 November: officials say he was executed on 5 November.", "2023-11-05"),
        ("Brief — posted by the desk on 22 August 2022\n\nHe switched sides in 2019. On 20 August the state "
         "opened talks with him.", "2022-08-20"),
        # the year stated in the month's own sentence holds it
        ("ANALYSIS\n\n2 October 2024\n\nThe preacher died in 2017; most accounts place his death in May.", "2017-05"),
    ],
)
def test_a_month_without_year_in_a_dated_report(text: str, expected: str) -> None:
    assert [t.edtf for t in find_dates(text) if t.edtf][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline whose name has initials still dates the report
        ("Posted by K. Tarno on 14 March 2023\n\nIt was set up in 2019. A drone struck a column on 2 March.",
         "2023-03-02"),
        # a dateline whose place has an accented capital
        ("ÉKOLA, Oct 3, 2024 (Wire) - Hunters attacked. The siege began in February.", "2024-02"),
        # a stated "since" is no year of a month in its sentence
        ("Abuja, 12 June 2025\n\nThe committee has worked with the army since 2024 and freed two teachers "
         "abducted in March.", "2025-03"),
        # reading forward from the running day would pass the report's own date
        ("KORO, Feb 2, 2023 (Wire) - He said the blast on Jan. 30 was revenge. The leader died in August.",
         "2022-08"),
    ],
)
def test_a_month_without_year_in_a_dated_report_more(text: str, expected: str) -> None:
    assert [t.edtf for t in find_dates(text) if t.edtf][-1] == expected


@pytest.mark.parametrize(
    ("text", "introduced", "after"),
    [
        # a count set against a day already told in the sentence dates what it introduces, back from that day
        ("KORO, Jan 11, 2013 (Wire) - Jets struck on Friday, a day after the fighters took the town. The army "
         "retook it on 12 January.", "2013-01-10", "2013-01-12"),
        ("They led hunters into the village on 14 February 2021, three days after an ambush had killed six.",
         "2021-02-11", None),
        # counted forward it would pass the report's own date: the phrase sets its complement back from it
        ("Published 25 August 2023\n\nFour years after the fall of the town, the group is alive. Its leader was "
         "killed in April.", "2019", "2023-04"),
    ],
)
def test_n_days_after_what_it_introduces(text: str, introduced: str, after: str | None) -> None:
    found = [t for t in find_dates(text) if t.edtf]
    phrase = next(t for t in found if " after" in t.text)
    assert (phrase.edtf, phrase.anchors) == (introduced, False)
    if after:
        assert found[-1].edtf == after


def test_an_opening_count_after_an_event_still_moves_the_narrative() -> None:
    found = [(t.text, t.edtf) for t in find_dates("In May 2014 the group attacked. Three days after the attack, "
                                                  "troops arrived.") if t.edtf]
    assert found[-1] == ("Three days after", "2014-05")


def test_a_wires_weekdays_stay_in_its_datelines_week() -> None:
    text = ("KORO, Mali, May 12, 2025 (Wire) - Two militias swapped prisoners on Sunday. The fighting broke out on "
            "April 26. Under Sunday's deal, the brigade freed nine men.")
    assert [t.edtf for t in find_dates(text) if t.text == "Sunday"] == ["2025-05-11", "2025-05-11"]


def test_a_duration_before_a_clause_is_no_date() -> None:
    found = [t.text for t in find_dates("In 2024 they were freed. The sailors were held for more than fourteen "
                                        "months before they were released on January 22, 2025.")]
    assert found == ["2024", "January 22, 2025"]


def test_a_look_back_does_not_move_the_narrative() -> None:
    found = [t for t in find_dates("In March 2015 troops retook the town, seized the previous August. "
                                   "Two months later they ambushed a column.") if t.edtf]
    assert [(t.edtf, t.anchors) for t in found] == [("2015-03", True), ("2014-08", False), ("2015-05", True)]


@pytest.mark.parametrize(
    "text",
    ["Omar Dalla (born Musa Garko) was demoted in March 2019.",
     "He was born in Koro and joined the group in March 2019."],
)
def test_a_birth_ends_with_its_aside_or_clause(text: str) -> None:
    assert [t.anchors for t in find_dates(text)] == [True]


def test_birth_dates_do_not_move_the_narrative() -> None:
    exprs = find_dates("Born around 1954, he led the raid in June of that year.")
    assert exprs[0].anchors is False
    assert exprs[-1].edtf is None or not exprs[-1].edtf.startswith("1954")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thirty-four", 34),
        ("800", 800),
        ("1,200", 1200),
        ("a dozen", 12),
        ("two hundred", 200),
        ("seventeen", 17),
        ("dozens", None),
        ("several", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    from reportgraph.extract.numbers import parse_number

    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "January 11, 2013 / 7:07 PM / 13 years ago\n\nThe army retook the town on Friday.",
    "Posted 3 days ago | 10:42 GMT\n\nThe army retook the town on Friday.",
])
def test_the_age_of_a_page_is_no_date(text: str) -> None:
    found = {t.text: t.edtf for t in find_dates(text)}
    assert found.get("13 years ago", found.get("3 days ago", "x")) is None
    assert all(v is None or not v.startswith("2000") for v in found.values())


def test_years_ago_in_a_sentence_still_count() -> None:
    found = {t.text: t.edtf for t in find_dates("In 2015 the group split. Two years later it merged.")}
    assert found["Two years later"] == "2017"


@pytest.mark.parametrize(
    "text",
    [
        "The night of 3 to 4 March 2012, the Friday 05/06/2021 raid; Aug 21, 2022; 21 Sept 2022.",
        "In the months that followed, two weeks later, the previous year and that winter; late in May.",
        "Since 1998 and from 2001 to 2003 (also 2004\u20132006), circa 1990, the early 1990s and the 1980s.",
        "Later that day, this morning, next month, yesterday, over the past three years, on Monday.",
        # characters IGNORECASE matches to ASCII letters that lower() does not make them: every pattern runs
        "\u0130n May 2003, \u017fince 2004, the wee\u212a before, last \u0131n june.",
        "No date at all here.",
    ],
)
def test_the_patterns_skipped_for_their_missing_words_would_have_found_nothing(text, monkeypatch) -> None:
    """Each English pattern runs only where its words are (issue 12): the candidates are the same."""
    from reportgraph.extract import dates

    def found() -> list[tuple[int, int, str]]:
        return [(s, e, m.group(0)) for s, e, _f, _r, m in dates._raw(text)]

    filtered = found()
    monkeypatch.setattr(dates, "_NEEDS", {})
    assert filtered == found()


def test_every_match_holds_the_words_its_pattern_needs() -> None:
    from reportgraph.extract import dates

    text = ("On 16 January 2013 and between 3 and 5 March, from May to June 2014, Aug 21, 21 Sept 2022, "
            "the beginning of the second half of 2003, a little while before the beginning of 2005, soon "
            "after the turn of 2006, the end of 2011, the end of March 2012, late May 2013, mid-2014, the "
            "summer of 2015, 2016's spring, the following spring, the next year, the following May, May "
            "of that year, later that month, the previous year, the year before, the end of that year, "
            "over the following months, that summer, the same month, July, 2017, in August, the early "
            "1990s, the 1980s, from 2001 to 2003, 2004-2006, since 1998, about 1990, 1997, three days "
            "later, shortly afterwards, within days, weeks later, later that night, winter, over the past "
            "two years, last week, Monday, Friday 05/06/2021, the night of 3 to 4 March.")
    seen = 0
    for rx, _f, _r in dates._COMPILED:
        for m in rx.finditer(text):
            seen += 1
            low = m.group(0).lower()
            assert all(any(w in low for w in group) for group in dates._NEEDS[rx]), (rx.pattern, low)
    assert seen > 40


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # a statement's "last night" is the night before the day it was published, whatever it told since
        ("Published 12 March 2020\n\nOn 3 January 2020 a strike killed the general. Last night rockets struck "
         "the camp.", "Last night", "2020-03-11"),
        ("Koro, 14 February 2026\n\nThe pact was signed on 2 December 2025. Last month 37 fighters surrendered.",
         "Last month", "2026-01"),
        # a weekday too: the last such day on or before the report's date
        ("Statement, 29 March 2021\n\nGunmen attacked on 21 March 2021. The army said on Monday that it had "
         "sent troops.", "Monday", "2021-03-29"),
    ],
)
def test_words_of_speaking_count_from_the_reports_own_date(text: str, said: str, expected: str) -> None:
    assert [t.edtf for t in find_dates(text) if t.text == said] == [expected]


def test_a_plan_after_the_reports_date_moves_no_narrative() -> None:
    text = ("Port Elvane, 2 June 2025\n\nOn 31 May gunmen attacked the town. Joint patrols will start next week. "
            "He is due to take office on 20 June.")
    found = [(t.text, t.edtf, t.anchors) for t in find_dates(text) if t.edtf]
    assert found[-2:] == [("next week", "2025-06-09/2025-06-15", False), ("20 June", "2025-06-20", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of two months takes the year stated after the second
        ("In April and May 2016 it fought the brigade.", [("April and May 2016", "2016-04/2016-05")]),
        ("From 2010 the front grew; August to October 2025 was quiet.",
         [("2010", "2010"), ("August to October 2025", "2025-08/2025-10")]),
        # a statement's number is no day of a range
        ("Statement No. 3 – 17 October 2016, 18:00", [("17 October 2016", "2016-10-17")]),
        # the weekend before the story's day (Wednesday 25 October 2023)
        ("MAPUTO, Oct 25, 2023 (Wire) - Omar died during an operation over the weekend.",
         [("Oct 25, 2023", "2023-10-25"), ("over the weekend", "2023-10-21/2023-10-22")]),
    ],
)
def test_month_lists_numbers_and_weekends(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.edtf) for t in find_dates(text) if t.edtf] == expected


def test_the_next_morning_counts_from_the_deed_not_from_its_telling() -> None:
    text = ("BAGHDAD, Nov 30, 2025 (Wire) - Militants ambushed a patrol late on Saturday, killing six, officials "
            "said on Sunday. Helicopters struck their hideout the next morning. On 3 May 2024 they had fled; the "
            "previous night they burned a village.")
    found = {t.text: t.edtf for t in find_dates(text)}
    assert (found["the next morning"], found["the previous night"]) == ("2025-11-30", "2024-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "In February 2018 the court sat. Omar Dalla, who was given fifteen years after pleading guilty, wept.",
        "In February 2018 the court sat. He was sentenced to ten years after a short trial.",
    ],
)
def test_a_penalty_is_no_date(text: str) -> None:
    # "given fifteen years after pleading guilty": how long, not fifteen years after the running date
    assert [te.text for te in find_dates(text)] == ["February 2018"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 31 December 2018 gunmen killed the chief. In the following two days militias attacked residents.",
         "2019-01-01/2019-01-02"),
        ("In March 2015 the army attacked. Over the next three days troops searched the town.", "2015-03"),
    ],
)
def test_the_following_days_count_from_the_running_day(text: str, expected: str) -> None:
    assert find_dates(text)[-1].edtf == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of a masthead line: after a bar, a dash, a comma, a label of publication or of a decision
        ("Briefing Note | Desert Monitor | September 2021\n\nIn 2019 the militia grew.", "2021-09"),
        ("KORO (Tamaria) — 20 November 2025\n\nThe court sat.", "2025-11-20"),
        ("Trial report | Judgment of 4 February 2025\n\nThe accused travelled.", "2025-02-04"),
        ("Summary of judgment delivered on 11 June 2025\n\nThe cell was formed in 2019.", "2025-06-11"),
        ("Posted by Dr. Ada Lenko on 5 February 2020 | 6 min read\n\nRaiders came.", "2020-02-05"),
        ("Lake Notes\nGeneva, March 2023 (abridged)\n\nMr President,", "2023-03"),
        ("Media Note | February 28, 2018\n\nThe group was designated.", "2018-02-28"),
        ("Hearing of 22 October 2023; judgment of 5 November 2023\n\nThe court sat.", "2023-11-05"),
        # an infobox's label, a numbered heading, a sentence: the subject's story, not the report's date
        ("Karu Front\nFounded: January 2015\nDied: May 2021, Lower Forest\n", None),
        ("Purpose\n2. Tamba, 1 January 2019\nGunmen killed the chief.", None),
        ("In the early hours of 2 April 2015, four gunmen stormed the campus.", None),
        ("Three days later, on 5 May 2020, gunmen stormed the campus.", None),
    ],
)
def test_a_reports_own_date_in_its_masthead(text: str, expected: str | None) -> None:
    assert report_date(text) == expected


def test_a_masthead_month_dates_the_speakers_words() -> None:
    text = ("Briefing to the Council\n\nTamaria City, April 2023 (as delivered)\n\nThe truce expired on 2 October "
            "last year. Earlier this month, a delegation travelled to Koro.")
    assert [t.edtf for t in find_dates(text) if t.text == "Earlier this month"] == ["2023-04"]


def test_n_years_after_a_clause_in_a_brief_of_a_month_counts_back() -> None:
    # (counted forward from the brief's month it would pass the brief's own date)
    text = ("FIELD BRIEF | Koro Monitor\nNovember 2024\n\nTen years after the militia overran Koro, the town remains "
            "divided.")
    assert [t.edtf for t in find_dates(text) if t.text == "Ten years after"] == ["2014"]


def test_a_month_in_an_update_after_the_reports_date_reads_forward() -> None:
    text = ("Posted by A. Mahamat on 14 September 2023\n\nThe unit moved north in August.\n\nUpdate (20 November "
            "2023): the militia took the base in early November.")
    assert [t.edtf for t in find_dates(text) if t.text.endswith("November") and "2023" not in t.text] == ["2023-11"]


def test_a_count_after_a_stated_since_starts_at_the_story_time() -> None:
    text = ("A drone struck a column on 2 March 2023, killing Omar Dalla, who had served as deputy since 2021. "
            "Six days later, gunmen raided Koro.")
    assert [t.edtf for t in find_dates(text) if t.text == "Six days later"] == ["2023-03-08"]


def test_that_year_after_a_stated_since_is_the_since_year() -> None:
    text = ("In January 2017 the front merged with two factions. It has held Koro since 2017, after expelling "
            "the brigade from the crossing in July of that year. In February 2018 loyalists left.")
    assert [t.edtf for t in find_dates(text) if t.text == "July of that year"] == ["2017-07"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a month told as still to come reads forward from the report's date, whatever year was told last
        ("KORO, May 12, 2024 (Wire) - In 2023 the army took Dalla. The mission is due to complete its withdrawal "
         "in July.", "in July", "2024-07"),
        ("KORO, Nov 12, 2024 (Wire) - In 2023 the army took Dalla. The truce is expected to expire in April.",
         "in April", "2025-04"),
        ("KORO, Nov 12, 2024 (Wire) - The new president is due to take office on April 2.", "April 2", "2025-04-02"),
        # a deed is no plan ("set fire to", not "set to"): the last such month on or before the report's date
        ("KORO, Nov 12, 2024 (Wire) - In 2023 the army took Dalla. Fighters set fire to the market in April.",
         "in April", "2024-04"),
    ],
)
def test_a_month_still_to_come_reads_forward(text: str, phrase: str, expected: str) -> None:
    assert {t.text: t.edtf for t in find_dates(text)}[phrase] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a month of the year the story's date names, not of the year told last
        ("New York, 12 September 2019. They took Koro in October 2017 and, in March of this year, Dalla.",
         "March of this year", "2019-03"),
        ("KORO, May 12, 2024 (Wire) - In 2015 the army took Koro. In October last year it lost Dalla.",
         "October last year", "2023-10"),
    ],
)
def test_a_month_of_this_or_last_year_is_of_the_storys_year(text: str, phrase: str, expected: str) -> None:
    assert {t.text: t.edtf for t in find_dates(text)}[phrase] == expected
