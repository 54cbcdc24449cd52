"""The dates of English events, thirty-first round (issue #10, branch datesum37), on hand-written texts with invented
groups, people and places: a section whose heading names an item of a dated summary list above it tells that item's
day, not the list's last date; a past told in a "who" clause on a common noun ("a former captain who defected in
2015") is background that no later sentence takes as its running date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.language import extraction_language
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline

pytestmark = pytest.mark.model

SUMMARY = (
    "RIVER NOTES\nPosted by A. Writer on 3 March 2021 | 5 min read\n\nA month on the river\n\nSummary\n"
    "- Fighters of the Dolo Front raided the fishing village of Kambari on 4 February, killing six people.\n"
    "- Soldiers arrested two suspected smugglers in Tessa on 10 February.\n"
    "- A Dolo Front commander, Ibra Sakko, surrendered to the army at Miro on 21 February.\n\n"
)


def date_of(nlp: Language, text: str, word: str, nth: int = 0) -> str | None:
    with extraction_language("en"):
        doc = parse(nlp, text)
        tok = [t for t in doc if t.text == word][nth]
        return Timeline(doc).date_for(tok)


def test_a_section_named_after_a_summary_item_tells_its_day(nlp: Language) -> None:
    text = SUMMARY + ("The Kambari raid\n\nThe attackers came at night in pirogues from the far bank. Six villagers "
                      "died, and the raiders burned the market.\n")
    assert date_of(nlp, text, "burned") == "2021-02-04"


def test_a_second_section_names_another_item(nlp: Language) -> None:
    text = SUMMARY + ("The Kambari raid\n\nThe attackers came at night in pirogues.\n\nThe Tessa arrests\n\n"
                      "The two men were taken to a camp. Soldiers seized their boat and a radio.\n")
    assert date_of(nlp, text, "seized") == "2021-02-10"


def test_a_section_that_states_its_own_date_keeps_it(nlp: Language) -> None:
    # (control: the section's own date is the running date after it)
    text = SUMMARY + ("The Kambari raid\n\nOn 5 February the attackers came back in pirogues. They burned the "
                      "market.\n")
    assert date_of(nlp, text, "burned") == "2021-02-05"


def test_a_heading_that_names_no_item_keeps_the_running_date(nlp: Language) -> None:
    # (control: "The river economy" names no summary item: the story runs on the list's last date)
    text = SUMMARY + "The river economy\n\nTraders moved their stalls to the island and smugglers seized a boat.\n"
    assert date_of(nlp, text, "seized") == "2021-02-21"


def test_a_persons_past_in_a_who_clause_is_no_running_date(nlp: Language) -> None:
    text = ("GARO, Ruvenia, May 6, 2024 (Lake Wire) - Soldiers killed two militants and captured a third near Garo, "
            "the army said on Monday.\n\nThe patrol intercepted the group on Saturday at a well east of Garo. One of "
            "the dead was a local recruiter who had joined the Dolo Front in 2011 and later led a small unit. The "
            "captured man was named as Ali Kaba.\n")
    assert date_of(nlp, text, "captured", 1) == "2024-05-04"


def test_a_names_past_in_a_who_clause_was_background_already(nlp: Language) -> None:
    # (control: on a name the rule was there before)
    text = ("GARO, Ruvenia, May 6, 2024 (Lake Wire) - Soldiers killed two militants near Garo, the army said on "
            "Monday.\n\nThe patrol intercepted the group on Saturday at a well east of Garo. One of the dead was "
            "Musa Dan, who had joined the Dolo Front in 2011. The patrol seized two rifles.\n")
    assert date_of(nlp, text, "seized") == "2024-05-04"


def test_a_deed_in_which_clause_of_an_event_noun_told_before_takes_its_date(nlp: Language) -> None:
    text = ("KORO (Ruvenia) — 20 November 2025\n\nThe court on Wednesday sentenced six members of the Dolo Front for "
            "the June 2022 raid on the army post of Tessa.\n\nThe main defendant was sentenced to life. The court "
            "found that he had led the Tessa raid, in which nine soldiers were killed.\n")
    assert date_of(nlp, text, "killed") == "2022-06"


def test_a_definite_event_noun_told_before_takes_its_date(nlp: Language) -> None:
    text = ("The Panel investigated a clash on 17 April 2021 at the well of Imbal, in which six people were killed. "
            "The two wings of the movement split in 2014.\n\nAccording to two sources, the clash began when "
            "fighters of one wing stopped a convoy.\n")
    assert date_of(nlp, text, "clash", 1) == "2021-04-17"


def test_a_definite_event_noun_is_not_an_earlier_plural(nlp: Language) -> None:
    # (control: "attacks near the site in December" are other events than "the attack" of the story)
    text = ("PALU, March 29, 2021 (Wire) - Insurgents seized the town of Palu after a five-day assault.\n\nThe "
            "group said the attack was carried out by its fighters. The company had pulled staff out after attacks "
            "near the site in December. On Friday insurgents ambushed a convoy near the hotel.\n\nA contractor "
            "flew helicopters to rescue civilians during the attack.\n")
    assert date_of(nlp, text, "rescue") == "2021-03-26"
