"""Events read in the twenty-seventh round (branch evt33): an English event naming no one is kept only with a
counted toll at a place ("four civilians were killed in X"), as the annotation gives such events; a town that names
talks or an agreement ("the X talks") is where they were held, not a party to them; "detention facilities" name a kind
of place, no arrest (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Zinder on Monday.",
        "The army is trying to retake Tessit.",
    ],
)
def test_a_place_alone_is_no_event(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if not e.participants], [(e.type, e.trigger, e.location) for e in events]


def test_a_counted_toll_at_a_place_stays(facts) -> None:  # type: ignore[no-untyped-def]
    # the annotation's own case: killings counted at a named place, naming no one
    _, events, _ = facts("Four civilians were killed in Zinder.", PEOPLE)
    ev = one(events, "KILLING")
    assert ev.participants == []
    assert ev.location == "zinder"
    assert ev.count == 4


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko led the delegation of the Katiba Nour at the Tessit talks in 2016.",
        "The Katiba Nour violated the terms of the Tessit agreement.",
    ],
)
def test_a_town_naming_talks_is_no_party(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    for ev in events:
        if ev.type == "MEDIATION":
            assert ("tessit", "agent") not in roles(ev), roles(ev)


def test_a_town_naming_talks_is_where_they_were_held(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Ali Tanko led the delegation of the Katiba Nour at the Tessit talks in 2016.", PEOPLE)
    ev = one(events, "MEDIATION")
    assert ev.location == "tessit"
    assert ("katiba", "agent") in roles(ev), roles(ev)


def test_a_country_naming_an_agreement_stays_a_party(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Chad agreement was signed in 2019 by the Katiba Nour.", PEOPLE)
    ev = one(events, "MEDIATION")
    assert ("chad", "agent") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour runs two detention facilities near Tessit.",
        "Ali Tanko arrived at the detention centre in Zinder in May.",
    ],
)
def test_a_detention_facility_is_no_arrest(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARREST"], [(e.type, e.trigger) for e in events]


def test_a_detention_told_stays_an_arrest(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Nigerien army announced the detention of Ali Tanko in Zinder.", PEOPLE)
    ev = one(events, "ARREST")
    assert ("tanko", "patient") in roles(ev), roles(ev)
