"""The dates of English events, thirty-fourth round (branch endate), on hand-written texts with invented groups,
people and places: relative phrases read against the running day ("a fortnight later", "the following week",
"the day before," "the day before yesterday", "last October"), a weekday named in apposition to the day just told,
and many weeks counted from a month."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates

from .test_events import PEOPLE, one


@pytest.mark.parametrize("anchor,text,phrase,expected", [
    ("2024-01-10", "Tanko was released separately a fortnight later.", "a fortnight later", "2024-01"),
    ("2024-01-10", "Two fortnights earlier the front had attacked Tessit.", "Two fortnights earlier", "2023-12"),
    # a Sunday: the week after it runs Monday to Sunday
    ("2023-08-27", "His cousin took over the following week.", "the following week", "2023-08-28/2023-09-03"),
    ("2024-08-02", "Soldiers clashed with armed men the previous week.", "the previous week", "2024-07-22/2024-07-28"),
    ("2021-11-25", "The day before, fighters arrested two men.", "The day before", "2021-11-24"),
    ("2021-11-25", "The day after, the army withdrew.", "The day after", "2021-11-26"),
])
def test_a_relative_phrase_counts_from_the_running_day(anchor: str, text: str, phrase: str, expected: str) -> None:
    found = {te.text: te.edtf for te in find_dates(text, anchor)}
    assert found[phrase] == expected


@pytest.mark.parametrize("anchor,text,phrase,expected", [
    ("2026-03-14", "Three fighters surrendered at Liwa the day before yesterday.", "the day before yesterday",
     "2026-03-12"),
    ("2027-01-14", "Last October our forces captured the commander.", "Last October", "2026-10"),
    ("2026-11-20", "Last October our forces captured the commander.", "Last October", "2026-10"),
    ("2026-10-20", "Last October our forces captured the commander.", "Last October", "2025-10"),
])
def test_a_phrase_counts_from_the_story_day(anchor: str, text: str, phrase: str, expected: str) -> None:
    found = {te.text: te.edtf for te in find_dates(text, anchor)}
    assert found[phrase] == expected


def test_the_day_before_an_event_noun_is_left_to_the_event() -> None:
    # ("the day before the attack" is the attack's day less one, read from the event's own date)
    found = [te.text for te in find_dates("The day before the raid, fighters arrested two men.", "2021-11-25")]
    assert "The day before" not in found


def test_a_weekday_apposed_to_the_day_told_is_that_day() -> None:
    found = find_dates("The next day, Thursday, the guard arrested a trader.", "2025-10-08")
    assert [(te.text, te.edtf) for te in found] == [("The next day", "2025-10-09"), ("Thursday", "2025-10-09")]
    assert not found[1].anchors


@pytest.mark.parametrize("text,expected", [
    ("He was detained in early July 2024 and extradited ten weeks later.", "2024-09"),
    ("He was detained in July 2024 and freed three weeks later.", "2024-07/2024-08"),  # as before: two months
])
def test_many_weeks_from_a_month_land_in_their_month(text: str, expected: str) -> None:
    assert find_dates(text)[-1].edtf == expected


def test_an_arrest_the_next_day_named_by_its_weekday(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Wednesday 8 October 2025 the Katiba Nour attacked Tessit. "
        "The next day, Thursday, the Nigerien army arrested Ali Tanko near Zinder."
    )
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "ARREST").date == "2025-10-09"


def test_a_release_a_fortnight_later(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 10 January 2024 the Katiba Nour freed Hamdi Ould Sidi. "
        "Ali Tanko was released by the Katiba Nour a fortnight later."
    )
    _, events, _ = facts(text, PEOPLE)
    released = [e for e in events if e.type == "TRANSFER" and ("tanko", "patient") in {
        (p.entity, p.role) for p in e.participants}]
    assert released and released[0].date == "2024-01"


@pytest.mark.parametrize("text,expected", [
    ("He was arrested by our forces a little while before the beginning of this year.", "2024-12~"),
    ("At the end of last year the front attacked Tessit.", "2024-09/2024-12"),
    ("Early this year the front attacked Tessit.", "2025-01/2025-04"),
    ("The front attacked Tessit this year.", "2025"),  # as before
])
def test_a_part_of_the_story_year(text: str, expected: str) -> None:
    assert find_dates(text, "2025-03-10")[-1].edtf == expected


TRANSFER_LATER = (
    "The fourth accused, Ali Tanko, the first accused's cousin, was arrested in Tessit by the military police of the "
    "Katiba Nour on 2 March 2023 and handed over to Nigerien gendarmerie at the Öncüpınar crossing four days later."
)


def test_a_count_closing_a_coordinated_clause_dates_its_act(facts) -> None:  # type: ignore[no-untyped-def]
    # (the parser hangs "four days later" on "crossing", taken for a verb of an adverbial clause under "handed")
    _, events, _ = facts(TRANSFER_LATER, PEOPLE)
    assert one(events, "ARREST").date == "2023-03-02"
    assert one(events, "TRANSFER").date == "2023-03-06"


@pytest.mark.parametrize("anchor,text,expected", [
    # Ramadan began on 28 June 2014, 18 June 2015, 6 June 2016, 11 March 2024
    ("2013", "The following Ramadan the band took the name Kel Front.", "2014-06/2014-07"),
    ("2014-08-10", "The following Ramadan the band took the name Kel Front.", "2015-06/2015-07"),
    ("2015-04", "During Ramadan 2016 the front fought in Tessit.", "2016-06/2016-07"),
    ("2024", "That Ramadan the front fought in Tessit.", "2024-03/2024-04"),
])
def test_ramadan_is_read_in_the_solar_months_it_falls_in(anchor: str, text: str, expected: str) -> None:
    assert find_dates(text, anchor)[0].edtf == expected


@pytest.mark.parametrize("anchor,text,expected", [
    ("2025-04-10", "Men who surrendered during the last week of March were transferred.", "2025-03-25/2025-03-31"),
    ("2020", "- Last week of July 2024: the army was routed near Tessit.", "2024-07-25/2024-07-31"),
    ("2024", "The front attacked Tessit in the first week of March.", "2024-03-01/2024-03-07"),
    ("2026-09-08", "In a separate operation the night before, the army arrested Tanko.", "2026-09-07"),
    ("2026-09-08", "The morning after, the army withdrew.", "2026-09-09"),
])
def test_a_week_of_a_month_and_a_night_before(anchor: str, text: str, expected: str) -> None:
    assert find_dates(text, anchor)[0].edtf == expected


@pytest.mark.parametrize("anchor,text,expected", [
    ("2026-09-08", "The front abducted two shepherds in the spring of last year.", "2025-03/2025-05"),
    ("2020", "A tribal elder mediated a short ceasefire in Tessit in autumn 2022.", "2022-09/2022-11"),
    ("2020", "In the summer of 2019 the front fought in Tessit.", "2019-06/2019-08"),  # as before
])
def test_a_season_with_its_year(anchor: str, text: str, expected: str) -> None:
    assert find_dates(text, anchor)[0].edtf == expected


def test_a_compound_of_origin_is_no_birth() -> None:
    # "Nigerien-born" tells where he comes from: the year after it dates his crossing and moves the narrative
    found = find_dates("Ali Tanko, a Nigerien-born preacher who crossed into Niger around 2018, led the cell.")
    assert [(te.edtf, te.anchors) for te in found] == [("2018~", True)]
    born = find_dates("Ali Tanko, who was born in Tessit around 1980, led the cell.")
    assert [(te.edtf, te.anchors) for te in born] == [("1980~", False)]


def test_a_crossing_told_beside_a_compound_of_origin(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ZINDER, 12 May 2026 - The Nigerien army struck a camp of the Katiba Nour on Monday. "
        "Ali Tanko, a Nigerien-born preacher who crossed into Chad around 2018, had led the group's cells in Tessit."
    )
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "MOVEMENT").date == "2018~"


SPEECH = (
    "Address by the Theatre Commander, Maj. Gen. Ali Tanko, to troops and community leaders at Tessit, "
    "19 March 2026\n\n"
    "He fought for the Katiba Nour until 2016, when he followed the faction that broke away. After the raid on "
    "Tessit, on 26 February, aircraft of the Nigerien army struck his camp near Zinder."
)


@pytest.mark.parametrize("text,expected", [
    (SPEECH, "2026-03-19"),
    ("Statement on the attack at Tessit, 3 May 2021\n\nThe front attacked Tessit.", "2021-05-03"),
    # a sentence's date closing its line is no title's
    ("The army attacked. The front fled on Monday, 19 March 2026\nMore text.", None),
])
def test_a_title_closing_with_its_date_dates_the_report(text: str, expected: str | None) -> None:
    from reportgraph.extract.dates import report_date

    assert report_date(text) == expected


def test_a_day_without_its_year_in_a_dated_speech(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(SPEECH, PEOPLE)
    assert one(events, "ATTACK").date == "2026-02-26"
