"""Twenty-fourth round (date29): a day told against an event the report dated before ("the day of the
attack", "a week after the attack"), and a verb the parser coordinates with a noun trigger."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.edtf for t in find_dates(text)}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the same day as the event named, whatever the running date has become since
        ("The attack on the Koro campus on 2 April 2015 killed 40 students. The trial opened in January 2016. "
         "Musa Dalla, arrested on campus the day of the attack, was convicted.", "the day of", "2015-04-02"),
        ("The attacks on Koro took place on 13 November 2015. The trial opened in 2016. Dalla fled to Bakal the "
         "morning after the attacks and hid there.", "the morning after", "2015-11-14"),
        ("The attack on Bosso on 3 June 2016 killed 26 soldiers. The trial opened in 2017. Two fishermen were "
         "arrested in Bosso a week after the attack on the basis of a tip.", "a week after", "2016-06"),
        ("The raid on Koro came on 9 May 2020. In 2022 a court heard the case. He was seen near the market on "
         "the night before the raid.", "the night before", "2020-05-08"),
        # a heading naming the event, its date in the line under it
        ("The attack\nIn the early hours of 2 April 2015 gunmen stormed the Koro campus. The trial opened in 2016. "
         "Dalla, arrested on campus the day of the attack, was convicted.", "the day of", "2015-04-02"),
        # the last mention too far from its sentence's date (another act's) gives way to an earlier one
        ("The attack on Bosso on 3 June 2016 killed 26 soldiers. Dalla led fighters during the attack and was the "
         "nephew of a senior emir of the lake islands, who was killed by troops in 2017. The trial opened in 2018. Two "
         "fishermen were arrested a week after the attack.", "a week after", "2016-06"),
    ],
)
def test_a_day_told_against_an_event_dated_before(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # no event noun closes the phrase: a clause it introduces, read as before (back from the date told)
        ("Troops struck Koro on 12 March 2021, a day after the fighters captured the town.", "a day after",
         "2021-03-11"),
        # the noun never told with a date before: no event day
        ("The trial opened in 2017. Two fishermen were arrested a week after the attack.", "a week after",
         "2017"),
    ],
)
def test_no_event_day_without_a_dated_event_noun(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "neighbouring" read as a verb coordinated with the noun "campaign"
        "The KDF launched a campaign against DFA in Koro and neighbouring Bakal in August 2022, which it calls "
        "\"Sand Wall\".",
        # or, a bare "-ing" form, with the finite "launched"
        "The KDF launched a campaign against the DFA in Koro and neighbouring Bakal in August 2022.",
    ],
)
def test_a_trigger_keeps_its_date_beside_a_misparsed_conjunct(nlp: Language, sentence: str) -> None:
    # no later act: the date is the campaign's
    text = "KORO, June 18, 2024 (Wire) - Gunmen killed five soldiers near Dalla on Monday, the army said.\n\n"
    text += sentence
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "campaign"][0]
    assert Timeline(doc).date_for(tok) == "2022-08"


def test_a_later_coordinated_act_still_takes_the_running_date(nlp: Language) -> None:
    # a real verb conjunct after the trigger keeps its date to itself
    text = ("KORO, June 18, 2024 (Wire) - Gunmen killed five soldiers near Dalla on Monday, the army said.\n\n"
            "Musa Dalla succeeded him and led the group until he died on 1 November 2013.")
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "succeeded"][0]
    assert Timeline(doc).date_for(tok) == "2024-06-17"


def test_an_in_which_clause_hung_on_a_later_noun_takes_the_event_nouns_date(nlp: Language) -> None:
    # the parser hangs "in which ... were killed" on "border", a noun after the dated "attack" in the same
    # clause; the killing is the attack's, not the "since" told before the semicolon
    text = ("Since 2022 the Dalla Front has also carried out attacks on army positions in northern Koro; its "
            "fighters reportedly took part in the January 2025 attack on an army base near Bakal, on the "
            "Koro-Tamba-Sira border, in which some 28 soldiers were killed.")
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == "killed"][0]
    assert Timeline(doc).date_for(tok) == "2025-01"
