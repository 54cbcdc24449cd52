"""Twenty-ninth round (branch gunmen35), on hand-written sentences with invented names: unnamed attackers
("gunmen", "the attackers", "an ambush") are not given to the group the report is about where the text leaves
them unnamed: nobody claimed the act (in its sentence or the two after it, on its line:
``EventExtractor._left_unnamed``), or, for an insurgent noun, that group is the sentence's source
(``EventExtractor._told_by_the_group``)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model

GROUP = "The Katiba Nour controls the area around Tessit. The Katiba Nour recruits herders. "


def _by_group(events, etype: str) -> bool:  # type: ignore[no-untyped-def]
    return any(e.type == etype and ("katiba", "agent") in roles(e) for e in events)


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # nobody claimed it, told in the sentence after
        ("In March 2021 gunmen attacked an army post near Tessit, killing ten soldiers. No group claimed "
         "responsibility for the attack.", "ATTACK"),
        ("In March 2021 gunmen abducted three teachers near Tessit. Nobody has claimed the abduction.",
         "ABDUCTION"),
        ("On 6 January 2022 an ambush on an army patrol near Tessit left two soldiers dead. Officials blamed "
         "bandits, and the ambush was not claimed.", "ATTACK"),
        # the report's group is the sentence's source, not the attackers
        ("In March 2021 gunmen attacked an army post near Tessit, killing ten soldiers, according to the Katiba "
         "Nour.", "ATTACK"),
    ],
)
def test_attackers_left_unnamed_are_not_the_report_s_group(facts, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(GROUP + sentence, PEOPLE)
    assert not _by_group(events, etype), [(e.type, e.trigger, roles(e)) for e in events]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # no denial: as before, the report's group
        ("In March 2021 gunmen attacked an army post near Tessit, killing ten soldiers.", "ATTACK"),
        ("On 6 January 2022 an ambush on an army patrol near Tessit left two soldiers dead.", "ATTACK"),
        # a denial on the next line (another entry of a timeline) is not this act's
        ("\n- 6 March 2021: gunmen attacked an army post near Tessit.\n- 9 March 2021: a bomb hit a bus in Zinder; "
         "no group claimed it.", "ATTACK"),
    ],
)
def test_attackers_otherwise_still_the_report_s_group(facts, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(GROUP + sentence, PEOPLE)
    assert _by_group(events, etype), [(e.type, e.trigger, roles(e)) for e in events]


def test_an_act_nobody_claimed_is_still_told_at_its_place(facts) -> None:  # type: ignore[no-untyped-def]
    text = GROUP + "In March 2021 gunmen abducted three teachers from Tessit. Nobody has claimed the abduction."
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in events if e.type == "ABDUCTION"]
    assert found and found[0].location == "tessit" and not roles(found[0]), [
        (e.type, e.trigger, roles(e), e.location) for e in events]


def test_a_group_telling_of_an_ambush_still_did_it(facts) -> None:  # type: ignore[no-untyped-def]
    # the source cue is for insurgent nouns only: a noun of an act told by the group may be its own
    text = GROUP + ("On 6 January 2022 the Katiba Nour said an ambush on an army patrol near Tessit left two soldiers "
                    "dead.")
    _, events, _ = facts(text, PEOPLE)
    assert _by_group(events, "ATTACK"), [(e.type, e.trigger, roles(e)) for e in events]
