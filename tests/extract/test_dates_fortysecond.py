"""The dates of English events, forty-second round (branch date42), on hand-written texts with invented groups,
people and places: a deed told after a dated event ("After the 2016 split, X became commander") or with a dated
object ("negotiated the 2023 merger"), a verdict whose sentence dates only the crime judged, an attack told by its
claim ("claimed the attack on Wednesday"), and "N days ago" in a dated communiqué."""

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


def judged_of(nlp: Language, text: str, word: str) -> str | None:
    """A verdict trigger's date as the event extractor gives it (``EventExtractor._date``): the timeline's,
    unless ``Timeline.judged`` reads the decision's day instead."""
    doc = parse(nlp, text)
    timeline = Timeline(doc)
    tok = next(t for t in doc if t.text == word)
    value = timeline.date_for(tok)
    return timeline.judged(tok, value) or value


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an event the deed followed, dated in its noun's phrase, the sentence stating no other date
    ("The Koro Front grew quickly. After the 2016 split, Bana sided with Kari and became commander of the Dalla "
     "sector.", "became", "2016"),
    ("The Koro Front was set up in 2012. After the July 2023 killing, Front units raided Bakal and burned three "
     "houses.", "burned", "2023-07"),
    ("The Dalla Committee was set up in 2020. The Bakal Committee was formed in Dalla by elders of Koro villages "
     "after the November 2024 clashes.", "formed", "2024-11"),
    # coordinated, the event in the trigger's own clause: it wins over the first verb's year
    ("He joined the Koro Front in 2007 and, after the 2009 uprising, followed Kari into the bush.", "followed",
     "2009"),
    # the trigger's own object, dated
    ("The Koro Front was set up in 2018. Kari negotiated the 2023 merger and pledged to spare the herders.",
     "negotiated", "2023"),
])
def test_a_deed_after_a_dated_event(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a date of the trigger's own clause wins over the event it followed
    ("After the July 2009 uprising, in which soldiers killed hundreds, Kari went underground and re-emerged in "
     "mid-2010 as the group's imam.", "re", "2010-05/2010-08"),
    # a verb of telling's object dates no telling
    ("The Koro Front was set up in 2018. It claimed the 2015 attack on Dalla.", "claimed", "2018"),
    # a dated noun that is neither the object nor an event followed: background, as before
    ("The Koro Front was set up in 2018. Its men attacked the 2015 camp of the Dalla militia.", "attacked",
     "2018"),
])
def test_controls_for_a_deed_after_a_dated_event(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the sentence dates only the crime judged, in a phrase under the verdict's verb: the judgment's day
    ("Judgment of 19 March 2025\n\nThe criminal court of Dalla sentenced three men to life imprisonment and "
     "acquitted a fourth for supplying fuel to fighters on the islands of Lake Koro between 2021 and 2023.",
     "sentenced", "2025-03-19"),
    ("Judgment of 19 March 2025\n\nThe criminal court of Dalla sentenced three men to life imprisonment and "
     "acquitted a fourth for supplying fuel to fighters on the islands of Lake Koro between 2021 and 2023.",
     "acquitted", "2025-03-19"),
    ("DALLA, Jan. 29, 2025 (Koro Wire) - A military court on Wednesday sentenced a bomb maker to death.\n\nBana "
     "Kari, 34, was found guilty of assembling the bomb detonated in the night of Sept. 9 to 10, 2023, the court "
     "said.", "found", "2025-01-29"),
])
def test_a_verdict_dating_its_crime(nlp: Language, text: str, word: str, expected: str) -> None:
    assert judged_of(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the verdict's own date, hung on its verb
    ("Judgment of 19 March 2025\n\nThe court had sentenced Kari in June 2018 to 22 years for the attack on Dalla "
     "in 2012.", "sentenced", "2018-06"),
    # no court decision dated in the report: as before
    ("The court sentenced three men for supplying fuel to fighters on the islands of Lake Koro between 2021 and "
     "2023.", "sentenced", "2021/2023"),
])
def test_controls_for_a_verdict_dating_its_crime(nlp: Language, text: str, word: str, expected: str) -> None:
    assert judged_of(nlp, text, word) == expected


_WIRE = ("DALLA, Sept. 18, 2025 (Koro Wire) - Gunmen killed twelve villagers in Bakal on Monday night, officials "
         "said on Wednesday.\n\n")


def test_an_attack_told_by_its_claim(nlp: Language) -> None:
    # the claim's verb the attack's trigger: the attack's day, told before within a week of the claim's
    assert date_of(nlp, _WIRE + "The Koro Front claimed the attack on Wednesday through its agency.",
                   "claimed") == "2025-09-15"


@pytest.mark.parametrize(("text", "expected"), [
    # no deed's day told before the claim's week: the claim's day, as before
    ("DALLA, Sept. 18, 2025 (Koro Wire) - Gunmen killed twelve villagers in Bakal in August, officials said.\n\n"
     "The Koro Front claimed the attack on Wednesday through its agency.", "2025-09-17"),
])
def test_controls_for_an_attack_told_by_its_claim(nlp: Language, text: str, expected: str) -> None:
    assert date_of(nlp, text, "claimed") == expected


def test_days_ago_count_back_from_the_communique() -> None:
    text = ("Bamako, 22 August 2025\n\nThe General Staff reports on its operations.\n\n1. On 14 August, troops "
            "attacked a camp near Dalla.\n\n2. Four days ago, a patrol arrested a logistician near Koro.")
    found = {t.text: t.edtf for t in find_dates(text)}
    assert found["Four days ago"] == "2025-08-18"


def test_days_ago_without_a_report_date() -> None:
    # no date the report speaks on: back from the story's last day, as before
    found = {t.text: t.edtf for t in find_dates("On 14 August 2025, troops attacked Dalla. Four days ago, a patrol "
                                                "arrested a logistician near Koro.")}
    assert found["Four days ago"] == "2025-08-10"


def test_a_deed_after_an_event_of_its_own_kind() -> None:
    # an event of the trigger's own kind after "after the <date>": no date of the deed (the dated noun would
    # name it again); the sentence's other date stays
    from reportgraph.extract.nlp import load_nlp

    text = "Kari left Dalla in 2001. He travelled to Koro after the 2003 invasion and joined the Front."
    assert date_of(load_nlp(), text, "travelled") == "2001"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # "N days after the <event>" whose event's day the report told with no noun: counted on from the story's
    # date, not set back from it as a phrase introducing a clause
    ("On the night of 9 to 10 August 2024, gunmen struck a patrol near Dalla, where four soldiers were "
     "killed.\n\nKari, he said, was detained at a checkpoint outside Koro eleven days after the ambush.",
     "eleven days after", "2024-08-20/2024-08-21"),
    # a noun in "-ction" told before by its verb: counted from the verb's date
    ("2. In the night of 11 to 12 January 2025 the gang abducted 43 villagers. Thirty were freed on 2 February.\n"
     "3. Two weeks after the abduction, a vigilante unit attacked the hamlet of Koro.", "Two weeks after", "2025-01"),
])
def test_days_counted_from_an_event(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase, "missing") == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a phrase introducing a clause, the date told in its sentence: set back from it, as before
    ("Troops struck Koro on 20 May 2024, a day after the fighters captured the town.", "a day after", "2024-05-19"),
    # the event's day found by its noun: as before
    ("Gunmen attacked Dalla on 3 March 2024. Police arrested two men a week after the attack.", "a week after",
     "2024-03"),
])
def test_controls_for_days_counted_from_an_event(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase, "missing") == expected


def values(text: str) -> dict[str, str | None]:
    return {t.text: t.edtf for t in find_dates(text)}


_STRIKE = ("On 20 May 2024, U.S. forces conducted a strike in Marib.\n\nKari took over the group after the death of "
           "Bana in ")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # days or weeks counted back, after a background month told since the story's last day: from that day
    (_STRIKE + "March 2024.\n\nThe strike follows the arrest, a week earlier, of three facilitators in Ataq.",
     "a week earlier", "2024-05"),
    # counted on from the month ("abducted in March ... released three weeks later"): from the month, as before
    ("On 20 May 2024, U.S. forces conducted a strike in Marib.\n\nKari was abducted in March 2024. He was released "
     "three weeks later.", "three weeks later", "2024-03/2024-04"),
])
def test_days_counted_back_past_a_background_month(text: str, phrase: str, expected: str) -> None:
    assert values(text).get(phrase, "missing") == expected
