"""Events read in the thirty-second round (branch evtpart38): a founding whose founded group is a common noun the
references read as nobody was dropped for want of a patient; the noun now stands for the organisation it describes
or is given as a name ("X (XY), a vigilante force formed in 2013", "a clan militia known as X was formed", "The
council was announced" after "the Y Council"), invented actors and places."""

from __future__ import annotations

import pytest

from .test_events import one, roles

pytestmark = pytest.mark.model

GROUPS = {
    "tanko": ("PERSON", ["Ali Tanko", "Tanko"]),
    "guard": ("ORGANIZATION", ["Zinder Civic Guard", "ZCG"]),
    "council": ("ORGANIZATION", ["Gourma Transitional Council"]),
    "reer": ("ORGANIZATION", ["Reer Nuur Militia"]),
    "army": ("ORGANIZATION", ["Nigerien army"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "zinder": ("LOCATION", ["Zinder"]),
    "kel": ("COMMUNITY", ["Kel Ansar"]),
}


@pytest.mark.parametrize(
    "text",
    [
        # the acronym in brackets is the name once more; the description after it is the group founded
        "The farmers would not side with the army or the Zinder Civic Guard (ZCG), a vigilante force formed in "
        "2013 in Tessit to help the soldiers.",
        # an article that opens a description whose noun the parser hangs elsewhere ("a Kel Ansar farmers' ...")
        "The Zinder Civic Guard, a Kel Ansar farmers' association founded in Tessit in 2013, has tried to "
        "negotiate with the army.",
    ],
)
def test_a_described_group_founded_is_the_name(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, GROUPS)
    ev = one(events, "FOUNDING")
    assert ("guard", "patient") in roles(ev), roles(ev)
    assert ev.date == "2013", ev.date


def test_a_group_formed_under_the_name_it_is_known_as(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In the village of Tessit, a clan militia known as the Reer Nuur Militia was formed in 2023 by Kel Ansar "
            "elders.")
    _, events, _ = facts(text, GROUPS)
    ev = one(events, "FOUNDING")
    assert ("reer", "patient") in roles(ev), roles(ev)


def test_a_definite_noun_founded_is_the_group_whose_name_holds_it(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Tanko leads the Gourma Transitional Council. The council was announced in Tessit on 11 May 2017, "
            "two weeks after the governor dismissed him.")
    _, events, _ = facts(text, GROUPS)
    ev = one(events, "FOUNDING")
    assert ("council", "patient") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        # no name before the description, nor a group whose name holds the noun: nobody founded is guessed
        "In 2013 a vigilante force formed in Tessit to help the soldiers of the Nigerien army.",
        "The Zinder Civic Guard patrols Tessit. The committee was formed in 2013.",
    ],
)
def test_a_descriptor_with_no_name_founds_nobody(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, GROUPS)
    assert not [e for e in events if e.type == "FOUNDING" and any(
        p.role == "patient" and p.entity in ("guard", "army", "council") for p in e.participants)], [
        (e.type, e.trigger, roles(e)) for e in events]


FORCES = {
    "army": ("ORGANIZATION", ["Nigerien army"]),
    "division": ("ORGANIZATION", ["4th Division"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "zinder": ("LOCATION", ["Zinder"]),
}


@pytest.mark.parametrize(
    ("text", "etype", "force"),
    [
        ("The Nigerien army said on Monday that reinforcements had been deployed to Tessit from Zinder.",
         "MOVEMENT", "army"),
        ("A spokesman for the Nigerien army's 4th Division said troops had arrested four suspects in Tessit.",
         "ARREST", "division"),
        # "told reporters that": the report's most named group is another, so the force is the teller's own
        ("The Katiba Nour attacked Zinder in May. The Katiba Nour then fled. A spokesman for the Nigerien army told "
         "reporters that four suspects had been arrested in Tessit.", "ARREST", "army"),
    ],
)
def test_a_state_force_telling_a_deed_nobody_is_said_to_do_tells_its_own(  # type: ignore[no-untyped-def]
    facts, text: str, etype: str, force: str
) -> None:
    _, events, _ = facts(text, FORCES)
    ev = one(events, etype)
    assert (force, "agent") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        # a doer the sentence names; a teller that is no state's force
        ("The Nigerien army said that four suspects had been arrested in Tessit by the Katiba Nour.", "army"),
        ("The Katiba Nour said that four of its men had been arrested in Tessit.", "katiba"),
    ],
)
def test_no_teller_is_given_a_deed_it_does_not_tell_as_its_own(  # type: ignore[no-untyped-def]
    facts, text: str, teller: str
) -> None:
    _, events, _ = facts(text, FORCES)
    assert not [e for e in events if e.type == "ARREST" and (teller, "agent") in roles(e)], [
        (e.type, e.trigger, roles(e)) for e in events]
