"""Events read in the twenty-fifth round (branch agent29): a deed someone is charged with ("X was blamed for the
attack", "accused X of the abduction", "whom the army accused of leading the raids", "blamed the attack on X") was
done by the one charged, not by the one charging nor to the one charged (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "etype", "charged"),
    [
        ("Ali Tanko was blamed for the ambush of a convoy near Tessit in March.", "ATTACK", "tanko"),
        ("The Nigerien army accused the Katiba Nour of the abduction of four teachers near Tessit.", "ABDUCTION",
         "katiba"),
        ("Hamdi Ould Sidi, whom the Nigerien army accused of leading the raids on Tessit, was seen in Zinder.",
         "ATTACK", "hamdi"),
        ("The Nigerien army blamed the ambush near Tessit on the Katiba Nour.", "ATTACK", "katiba"),
        ("Ali Tanko was convicted of the murder of three traders in Zinder.", "KILLING", "tanko"),
    ],
)
def test_the_one_charged_did_the_deed(facts, text: str, etype: str, charged: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, etype)
    assert (charged, "agent") in roles(ev), roles(ev)
    assert (charged, "patient") not in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerien army accused the Katiba Nour of the abduction of four teachers near Tessit.",
        "Hamdi Ould Sidi, whom the Nigerien army accused of leading the raids on Tessit, was seen in Zinder.",
    ],
)
def test_the_one_charging_did_not(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    for ev in events:
        if ev.type in ("ABDUCTION", "ATTACK"):
            assert ("niger_army", "agent") not in roles(ev), roles(ev)


def test_arrested_in_a_raid_is_no_charge(facts) -> None:  # type: ignore[no-untyped-def]
    # "in" opens the context of an arrest, not a deed: the raid is the army's, done to the one arrested
    _, events, _ = facts("Ali Tanko was arrested in a raid by the Nigerien army near Tessit.", PEOPLE)
    ev = one(events, "ATTACK")
    assert ("niger_army", "agent") in roles(ev), roles(ev)
    assert ("tanko", "agent") not in roles(ev), roles(ev)


def test_a_town_a_phrase_holds_is_no_side(facts) -> None:  # type: ignore[no-untyped-def]
    # the siege's "of" names the town besieged: the killing it tells is not the town's (nor is "near X that killed")
    _, events, _ = facts("The siege of Tessit by the Katiba Nour has killed hundreds of residents since April.", PEOPLE)
    for ev in events:
        if ev.type in ("KILLING", "ATTACK"):
            assert ("tessit", "agent") not in roles(ev), roles(ev)


def test_a_state_standing_as_the_subject_still_acts(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In December Niger launched an offensive against the Katiba Nour near Tessit.", PEOPLE)
    ev = one(events, "ATTACK")
    assert ("niger", "agent") in roles(ev), roles(ev)
