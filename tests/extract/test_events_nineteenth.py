"""Events read in the nineteenth round (branch evt23): an arrest told as the object of a telling verb
(invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def arrests(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ARREST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the announcer arrested with its own forces: its agent; "of X" is the patient
        ("The Nigerien army announced the arrest of Ali Tanko in Zinder in May 2016.",
         {("niger_army", "agent"), ("tanko", "patient")}),
        ("In May 2016 the Nigerien army announced the arrest of three members of the Katiba Nour.",
         {("niger_army", "agent"), ("katiba", "patient")}),
        ("The Nigerien army confirmed the arrest of Ali Tanko near Tessit on 4 June 2019.",
         {("niger_army", "agent"), ("tanko", "patient")}),
        ("After the arrest of Ali Tanko by the Nigerien army in 2016, the Katiba Nour withdrew from Tessit.",
         {("niger_army", "agent"), ("tanko", "patient")}),
        # the possessor of an arrest is who was arrested
        ("Ali Tanko commanded the Katiba Nour until his arrest in Zinder in May 2016.", {("tanko", "patient")}),
    ],
)
def test_a_noun_arrest_is_an_arrest(facts, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = arrests(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert expected <= roles(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "In June 2019 a court in Niamey issued a warrant for the arrest of Ali Tanko.",
        "The Nigerien army offered a reward for the arrest of Ali Tanko in 2019.",
        "An arrest warrant was issued against Ali Tanko in 2019.",
    ],
)
def test_an_arrest_sought_is_none(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not arrests(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "In Niger the Nigerien army announces arrests almost weekly.",
        "Ali Tanko took part in arrests and beatings in Tessit in 2013.",
    ],
)
def test_arrests_naming_nobody_are_a_habit(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not arrests(events), [(e.type, e.trigger) for e in events]
