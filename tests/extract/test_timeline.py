"""Which stated date a trigger takes (``Timeline.date_for``), on hand-written sentences with invented actors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def date_of(nlp: Language, text: str, word: str, nth: int = 0) -> str | None:
    doc = parse(nlp, text)
    tok = [t for t in doc if t.text == word][nth]
    return Timeline(doc).date_for(tok)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a wire's lede dated only by its telling ("police said on Thursday"): the next sentence tells the day
        ("KORO, Oct 9, 2025 (Wire) - Gunmen killed seven reservists in an ambush near Dalla, police said on "
         "Thursday.\n\nThe reservists were escorting a tanker on Wednesday afternoon when they were hit.",
         "killed", "2025-10-08"),
        ("KORO, June 18, 2024 (Wire) - The army said on Tuesday that an air strike on an island had killed "
         "Musa Garko.\n\nThe strike was carried out on Sunday by the air wing, a spokesman said.",
         "strike", "2024-06-16"),
        # or the days of a weekend before it
        ("KORO, Oct 25, 2023 (Wire) - Troops have killed Omar Dalla, the president said on Wednesday.\n\n"
         "He said Dalla died during an operation in the forest over the weekend.", "killed",
         "2023-10-21/2023-10-22"),
        # no earlier day told next: the telling's day stands
        ("KORO, June 18, 2024 (Wire) - The army said on Tuesday that an air strike had killed Musa Garko.\n\n"
         "The army gave no figures.", "strike", "2024-06-18"),
        # a day told next but after the telling is another matter
        ("KORO, June 18, 2024 (Wire) - The army said on Tuesday that an air strike had killed Musa Garko.\n\n"
         "Talks are due on June 20.", "strike", "2024-06-18"),
    ],
)
def test_a_lede_dated_by_its_telling_takes_the_day_told_next(nlp: Language, text: str, word: str,
                                                            expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_a_date_a_claim_is_maintained_since_dates_no_deed(nlp: Language) -> None:
    text = ("In March 2022 troops entered the town of Dalla. The army has maintained since April 2022 that "
            "its soldiers killed 80 fighters there.")
    assert date_of(nlp, text, "killed") == "2022-03"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a participle clause on another word tells of that word ("a commander captured in 2021")
        ("In May 2025 the council released Omar Dalla, described as a commander captured in the hills in 2021.",
         "released", "2025-05"),
        # an infinitive of purpose tells of a goal, not of the signing
        ("On 10 March 2025 Omar Dalla and Musa Garko signed an agreement to merge their forces by the end of "
         "the year.", "agreement", "2025-03-10"),
        # a noun trigger's own relative clause tells of the event itself
        ("The Dalla Front, which led the offensive that toppled the governor in December 2024, announced its "
         "dissolution in January 2025.", "offensive", "2024-12"),
        # a date inside another noun's phrase ("the 2015 split") dates that noun
        ("Clashes with the Garko Brigade followed the 2015 split, notably near Dalla in 2017.", "Clashes", "2017"),
        # a date in a clause coordinated after the trigger's tells of the later act
        ("After Omar Dalla was killed by troops on 28 January 2023, his deputy took command and in October "
         "2023 merged the cells.", "took", "2023-01-28"),
        # "since" loses to a closed date hung at the same place
        ("The two groups have fought each other since 2022, most recently in April 2025.", "fought", "2025-04"),
    ],
)
def test_which_date_of_the_sentence_a_trigger_takes(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_a_stated_since_dates_no_later_sentence(nlp: Language) -> None:
    text = ("ERBIL, Dec 1, 2024 (Wire) - Rebels entered the city. The Dalla Front has held the district since "
            "2016. Its fighters clashed with the Garko Brigade on several fronts.")
    assert date_of(nlp, text, "clashed") == "2024-12-01"


def test_a_day_after_a_told_day_dates_what_it_introduces(nlp: Language) -> None:
    text = ("KORO, Jan 11, 2013 (Wire) - Warplanes struck rebels on Friday, the president said, a day after the "
            "fighters captured the town of Dalla. The army retook the bridge.")
    assert date_of(nlp, text, "struck") == "2013-01-11"
    assert date_of(nlp, text, "captured") == "2013-01-10"
    assert date_of(nlp, text, "retook") == "2013-01-11"  # the introduced day does not move the narrative


def test_a_birth_in_a_closed_aside_does_not_hide_the_next_date(nlp: Language) -> None:
    text = "Omar Dalla (born Musa Garko) was demoted in March 2019 in favour of Ali Koro, who was executed in 2020."
    assert date_of(nlp, text, "demoted") == "2019-03"


def test_a_verdict_dated_by_the_verb_that_delivers_it(nlp: Language) -> None:
    doc = parse(nlp, "KORO, 14 March 2025 - The chamber in Koro on Thursday sentenced three men. Omar Dalla "
                     "had watched the house in 2022. He was sentenced to twenty years.")
    tl = Timeline(doc)
    assert tl.verdict_date([t for t in doc if t.text == "sentenced"][1]) == "2025-03-13"


def test_a_date_in_a_clause_describing_a_noun_dates_no_later_sentence(nlp: Language) -> None:
    text = ("Koro, 4 September 2024\n\nOn 1 and 2 September 2024 the joint force raided the camp. It freed 11 "
            "hostages, among them six women abducted from Dalla in July. They have been handed over to the "
            "authorities.")
    assert date_of(nlp, text, "handed") == "2024-09-01/2024-09-02"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a semicolon parts two clauses
        ("He married the sister of Omar Dalla in 2017; Omar Dalla was killed by troops at Koro the following "
         "year.", "killed", "2018"),
        # a date told only of an act coordinated after the trigger's: the date told before
        ("The founder died in August 2009. Musa Garko succeeded him and led the group until he in turn died "
         "in a strike on 1 November 2013.", "succeeded", "2009-08"),
        # the date "N months after" gives its clause dates nothing outside it
        ("KORO, Nov 22, 2020 (Wire) - The front has named Omar Dalla as its new leader, five months after "
         "troops killed his predecessor in the north.", "named", "2020-11-22"),
        # a noun's premodifier date where the noun is the trigger's subject, or its place
        ("Later reporting suggested that a March 2019 strike had killed Musa Garko.", "killed", "2019-03"),
        # a description's date where nothing else was stated
        ("The Dalla Front is an armed group, formed in August 2014. It emerged after fighting in Koro.",
         "emerged", "2014-08"),
    ],
)
def test_which_date_a_trigger_takes_more(nlp: Language, text: str, word: str, expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the sentence's only date is told after a semicolon that follows the trigger: the later clause's
        ("Gunmen of the Dalla Front raided Koro on 31 May 2025. The Panel has confirmed that 19 people were "
         "killed and 22 abducted; 15 hostages were released on 2 August 2025 after mediation by elders.",
         "killed", "2025-05-31"),
        ("Gunmen of the Dalla Front raided Koro on 31 May 2025. The Panel has confirmed that 19 people were "
         "killed and 22 abducted; 15 hostages were released on 2 August 2025 after mediation by elders.",
         "released", "2025-08-02"),
        # with nothing told before, the sentence's date stands
        ("The Panel has confirmed that 19 people were killed and 22 abducted; 15 hostages were released on "
         "2 August 2025 after mediation by elders.", "killed", "2025-08-02"),
        # a lasting or habitual act told in the present: the instance the later clause dates
        ("The Dalla Front was founded in May 2024. It has fought the Koro Brigade since its creation; in "
         "December 2024 a clash between the two killed 15 fighters.", "fought", "2024-12"),
        # a date opening the sentence before the semicolon frames what follows it
        ("In March 2024 troops left Koro; the Dalla Front attacked the town soon after.", "attacked", "2024-03"),
    ],
)
def test_a_date_after_a_semicolon_dates_only_the_later_clause(nlp: Language, text: str, word: str,
                                                                expected: str) -> None:
    assert date_of(nlp, text, word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "KORO, 20 November 2025 - The court found all four men guilty on Wednesday. He was sentenced to life.",
        "Summary of sentencing hearing, 19 November 2025\n\nOmar Dalla was arrested in 2024. He was sentenced to "
        "life.",
    ],
)
def test_a_verdict_date_read_from_its_wording(nlp: Language, text: str) -> None:
    doc = parse(nlp, text)
    assert Timeline(doc).verdict_date([t for t in doc if t.text == "sentenced"][-1]) == "2025-11-19"


_WIRE = ("KORO, June 18, 2024 (Wire) - Gunmen killed five soldiers near Dalla on Monday, the army said.\n\n"
         "The Dalla Front was founded in 2015 by Musa Garko.")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a dateless paragraph after a background one returns to the report's news
        (_WIRE + "\n\nThe army said its troops arrested two suspects near the border.", "arrested", "2024-06-17"),
        # the background paragraph goes on
        (_WIRE + " It attacked a convoy near Koro.", "attacked", "2015"),
        # a sentence dated from an event told before is not the news
        (_WIRE + "\n\nIn the weeks after the founding, its men abducted two herders.", "abducted", "2015"),
    ],
)
def test_a_dated_report_returns_to_its_news_after_background(nlp: Language, text: str, word: str,
                                                            expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_the_day_a_deed_is_told_on_is_no_running_date(nlp: Language) -> None:
    text = ("BAMAKO, Oct 9, 2025 (Wire) - Fighters ambushed a convoy of tankers on Tuesday, a drivers' union said "
            "on Thursday.\n\nThe union's leader said three drivers had been killed by the attackers.")
    assert date_of(nlp, text, "killed") == "2025-10-07"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The group lost Dalla in July 2017 and Koro in October 2017 to the army.", "lost", ["2017-07", "2017-10"]),
        ("The front fought the army at Dalla in 2014, in Koro in March 2015 and at Tamba in 2016.", "fought",
         ["2014", "2015-03", "2016"]),
        # a noun trigger's dates hang on the verb above it
        ("The front said it had led the attacks on the port of Dalla in 2020 and on the town of Koro in March 2021.",
         "attacks", ["2020", "2021-03"]),
        # a year framing the list is no act of its own
        ("In 2015 the front captured Dalla city in March 2015 and Koro in April 2015.", "captured",
         ["2015-03", "2015-04"]),
        # one span, a sequence, one day placed in its year, another verb's date: no list
        ("The front held Dalla from May 2015 until June 2016.", "held", []),
        ("The front attacked Dalla in May 2015, then Koro in June 2015.", "attacked", []),
        ("The militants were killed in Dalla on 3 May 2015, in Koro province, in 2015.", "killed", []),
        ("The front was founded in 2012 and renamed in 2015.", "founded", []),
        ("The front transferred money to the Koro cell in 2021 and 2022.", "transferred", []),
    ],
)
def test_the_dates_a_clause_lists_one_per_act(nlp: Language, text: str, word: str, expected: list[str]) -> None:
    doc = parse(nlp, text)
    tok = next(t for t in doc if t.text == word)
    assert [value for value, _start, _end in Timeline(doc).listed(tok)] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a relative clause describing another noun tells that noun's story: the trigger takes the running date
        ("On 3 March 2025 the army attacked Koro. In the ensuing fighting, troops neutralised twelve fighters, "
         "including the emir Omar Dalla, who had led the sector since 2023 and was responsible for the killing "
         "of villagers at Koro in October 2024.", "neutralised", "2025-03-03"),
        ("On 8 July 2025 the army raided Koro. Troops also rescued 23 persons, who had been abducted by the "
         "fighters from farms around Dalla in May 2025.", "rescued", "2025-07-08"),
        # a trigger inside that clause takes its date
        ("On 8 July 2025 the army raided Koro. Troops also rescued 23 persons, who had been abducted by the "
         "fighters from farms around Dalla in May 2025.", "abducted", "2025-05"),
    ],
)
def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_triggers(nlp: Language, text: str, word: str,
                                                                          expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_the_day_a_court_judges_a_crime_on_is_not_the_crimes(nlp: Language) -> None:
    text = ("KORO, July 3, 2025 (Wire) - The special court in Koro on Wednesday sentenced four men to life "
            "imprisonment for the killing of twenty-nine villagers at Tamba, in the Koro circle, in February 2021.")
    assert date_of(nlp, text, "killing") == "2021-02"
    assert date_of(nlp, text, "sentenced") == "2025-07-02"


def test_a_day_the_verdict_verb_delivers_is_no_crime_under_it(nlp: Language) -> None:
    # the verb's own "on Wednesday" dates the verdict; the attacks' day under "the trial over" does not
    doc = parse(nlp, "KORO — By a staff correspondent | 29 June 2022, 23:14\n\nThe special court on Wednesday night "
                     "found all twenty defendants guilty in the trial over the 13 November 2015 attacks.\n\nOmar "
                     "Dalla received a whole-life sentence.")
    assert Timeline(doc).verdict_date([t for t in doc if t.text == "sentence"][-1]) == "2022-06-29"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a wire's title retells its lede: the lede's deed's day (told the day after the telling's)
        ("Drone strike kills militant commander near Koro, army says\n\nBy a staff writer\n\n"
         "KORO, March 4, 2025 (Wire) - A drone strike near Koro killed Omar Dalla, a commander of the "
         "Dalla Brigade, the army said on Tuesday.\n\nThe army said the strike on Monday hit his car.",
         "strike", "2025-03-03"),
        # a release's title above its date line: the date the body's use of the word takes
        ("MEDIA RELEASE\n\nRelease of Mr Omar Dalla\n\n19 May 2023\n\nThe Government welcomes the release "
         "of Mr Omar Dalla, who was held in Koro for seven years.", "Release", "2023-05-19"),
    ],
)
def test_a_title_takes_the_date_its_body_gives_the_same_word(nlp: Language, text: str, word: str,
                                                             expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_a_word_before_every_date_takes_its_later_uses_date(nlp: Language) -> None:
    # a first line that names what the body tells: the body's date of the same word
    text = ("Ten years after the assault on Koro, few have returned.\n\nIn August 2014 fighters of the Dalla "
            "Brigade began the assault on Koro, elders said.")
    assert date_of(nlp, text, "assault") == "2014-08"
    # a word the body never uses again: nothing to date it by
    text = "Gunmen killed ten villagers at Koro. Elders met on 3 May 2024 to bury them."
    assert date_of(nlp, text, "killed") is None


def test_a_ledes_dateline_dates_it_when_its_other_dates_describe_others(nlp: Language) -> None:
    # "on Monday" hangs in the clause describing the militants; the deed of the lede is the dateline's day
    text = ("KORO, March 7, 2016 (Wire) - Security forces killed dozens of militants who stormed army posts "
            "in the town of Koro on Monday, the president said.")
    assert date_of(nlp, text, "killed") == "2016-03-07"
