"""The dates of English events, forty-first round (branch date41), on hand-written texts with invented groups,
people and places: a month told before its span of days ("Sept. 9 to 10, 2023"), and a wire's deed dated by its
own day told before the telling's ("..., on Tuesday, killing five, police said on Thursday"), a wire's lede reading a
month after its dateline's as the one before ("kidnapped in late December" in a wire of February)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def date_of(nlp: Language, text: str, word: str) -> str | None:
    """The timeline's date for the first token written ``word``."""
    doc = parse(nlp, text)
    return Timeline(doc).date_for(next(t for t in doc if t.text == word))


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.edtf for t in find_dates(text)}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a month, full or a wire's abbreviation, before its span of days
    ("He assembled the bomb detonated in the night of Sept. 9 to 10, 2023, the court said.", "Sept. 9 to 10, 2023",
     "2023-09-09/2023-09-10"),
    ("On Nov. 4 and 5, 2018, coalition forces conducted 27 strikes near Koro.", "Nov. 4 and 5, 2018",
     "2018-11-04/2018-11-05"),
    ("The talks at Dalla ran from March 3-5, 2024, the elders said.", "March 3-5, 2024", "2024-03-03/2024-03-05"),
    ("The soldiers were seized in the night of Jan. 11 to 12, 2025 near Bakal.", "Jan. 11 to 12, 2025",
     "2025-01-11/2025-01-12"),
    ("Fighters held the road from August 2 through 4, 2022.", "August 2 through 4, 2022", "2022-08-02/2022-08-04"),
])
def test_a_month_before_its_span_of_days(text: str, phrase: str, expected: str | None) -> None:
    assert values(text).get(phrase, "missing") == expected


def test_a_month_before_its_span_of_days_takes_the_running_year() -> None:
    found = values("Koro Monitor, 2 December 2018\n\nOn Nov. 4 and 5, coalition forces conducted 27 strikes.")
    assert found["Nov. 4 and 5"] == "2018-11-04/2018-11-05"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # "and" followed by a number that is no day's: a count ("March 12 and 14 civilians"), one day as before
    ("In 2024 gunmen raided Dalla on March 12 and 14 civilians were killed.", "March 12", "2024-03-12"),
    # a time or a ratio after the second number: no span
    ("In 2024 talks at Dalla began on May 3-4:30 pm.", "May 3", "2024-05-03"),
    # a day told alone, as before
    ("Fighters stormed Bakal on Sept. 9, 2023.", "Sept. 9, 2023", "2023-09-09"),
])
def test_controls_for_a_month_before_its_span(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the deed's day hung on a participle, the telling's day on the telling verb
    ("DALLA, Oct 2, 2025 (Koro Wire) - A roadside bomb struck a vehicle carrying reservists near Bakal, a "
     "settlement west of Dalla, on Tuesday, killing five of them, police said on Thursday.", "struck", "2025-09-30"),
    # the deed's day hung on a conjoined verb
    ("BAKAL, Feb. 24, 2025 (Koro Wire) - Gunmen from the Tasha group killed nine villagers and drove off several "
     "hundred head of cattle in a raid on a village late on Friday, residents said on Monday.", "killed",
     "2025-02-21"),
    # a night told before the telling's day
    ("DALLA, 6 May 2024 — Soldiers killed five armed smugglers and seized a large load of drugs in a clash on the "
     "border in the night of 3 to 4 May, the army said on Sunday.", "killed", "2024-05-03/2024-05-04"),
])
def test_a_wires_deed_takes_its_own_day_before_the_telling(nlp: Language, text: str, word: str,
                                                             expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the only day is the telling's: it stays
    ("DALLA, Oct 2, 2025 (Koro Wire) - Gunmen killed seven reservists near Bakal, police said on Thursday.",
     "killed", "2025-10-02"),
    # a day more than a week before the telling's is no deed's day of this wire
    ("DALLA, Oct 20, 2025 (Koro Wire) - A bomb struck a vehicle carrying reservists who had left Bakal on "
     "September 30, killing five of them, police said on Monday.", "struck", "2025-10-20"),
])
def test_controls_for_a_wires_telling_day(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a wire's lede still at its dateline: a month after the dateline's is the one before it
    ("BAKAL, Koro, Feb. 6, 2025 (Koro Wire) - Six rangers who were kidnapped in late December near Dalla were "
     "freed on Wednesday after talks, officials said.", "late December", "2024-12"),
    ("BAKAL, Koro, March 3, 2025 (Koro Wire) - Gunmen who seized a convoy in November near Dalla released its "
     "drivers on Sunday, officials said.", "in November", "2024-11"),
])
def test_a_wires_lede_reads_a_later_month_back(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a month before the dateline's, as before
    ("BAKAL, Koro, Feb. 6, 2025 (Koro Wire) - Six rangers kidnapped in January near Dalla were freed on "
     "Wednesday.", "in January", "2025-01"),
    # a plan's month is read forward
    ("BAKAL, Koro, Feb. 6, 2025 (Koro Wire) - The army is due to withdraw from Dalla in December, officials said.",
     "in December", "2025-12"),
    # the story moved on to another date first: as before
    ("BAKAL, Koro, Feb. 6, 2025 (Koro Wire) - Troops freed six rangers on Wednesday; the army plans to leave "
     "Dalla in December.", "in December", "2025-12"),
])
def test_controls_for_a_wires_lede(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "since X, when ...": the clause tells what happened at X
    ("DALLA, Oct 2, 2025 (Koro Wire) - The Koro army has been in Bakal since October 2011, when its troops crossed "
     "the border to push the Tasha group back from the frontier.", "push", "2011-10"),
    ("DALLA, Oct 2, 2025 (Koro Wire) - The Tasha group's wing has been under pressure since August 2022, when Dalla "
     "militias rose against the group's taxation.", "rose", "2022-08"),
])
def test_since_when_dates_the_clause_at_its_start(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a "since" with no "when" clause: as before
    ("DALLA, Oct 2, 2025 (Koro Wire) - The Tasha group has fought the army since 2018 near Bakal.", "fought",
     "2018/.."),
    # a telling's day with the deed's day told in a relative clause, the trigger after the telling: as before
    ("DALLA, Oct 16, 2017 (Koro Wire) - The death toll from a truck bomb that ripped through a junction in Dalla on "
     "Saturday has risen to 300, officials said on Monday, making it the deadliest single attack in the country.",
     "attack", "2017-10-16"),
])
def test_controls_for_since_when_and_the_telling(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected
