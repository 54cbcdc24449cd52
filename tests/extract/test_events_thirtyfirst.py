"""Events read in the thirty-first round (branch evtrec37): an English "form" with no object, whose subject is an
organisation, tells that organisation coming into being ("the militia formed in 2013"), as "emerge" does; the
founding was dropped before for want of a patient; and a common noun in apposition to a name stands for that name
also where a people is named before it ("X, a Kel Ansar militia that Y set up": the militia is X, not the Kel Ansar),
and across a gloss in brackets (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour formed in Tessit in 2013 around Ali Tanko.",
        "The Katiba Nour is active near Zinder. The group formed in Tessit in 2013.",
        "In 2013 the Katiba Nour formed near Zinder, and in 2016 it attacked Tessit.",
    ],
)
def test_a_group_that_formed_is_founded(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "FOUNDING")
    assert ("katiba", "patient") in roles(ev), roles(ev)
    assert ev.date == "2013", ev.date


@pytest.mark.parametrize(
    "text",
    [
        # people who formed nothing named, and a group forming something: no founding of the subject
        "Ali Tanko and Hamdi Ould Sidi formed in Tessit in 2013.",
        "The Katiba Nour and the Front for Gourma Renewal formed an alliance in 2013.",
    ],
)
def test_forming_with_an_object_or_by_people_founds_no_subject(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "FOUNDING" and any(
        p.role == "patient" and p.entity in ("katiba", "front", "tanko", "hamdi") for p in e.participants)], [
        (e.type, e.trigger, roles(e)) for e in events]


def test_a_group_formed_by_someone_stays_founded_by_him(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Ali Tanko formed the Katiba Nour in Tessit in 2013.", PEOPLE)
    ev = one(events, "FOUNDING")
    assert {("tanko", "agent"), ("katiba", "patient")} <= roles(ev), roles(ev)


def test_a_people_before_an_apposition_leaves_it_standing_for_the_name(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour, a Kel Ansar militia that Ali Tanko set up in 2019, attacked Zinder in 2020."
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "FOUNDING")
    assert {("tanko", "agent"), ("katiba", "patient")} <= roles(ev), roles(ev)
    assert ("kel", "patient") not in roles(ev), roles(ev)


def test_a_people_s_militia_with_no_name_before_it_is_not_given_one(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2020 a Kel Ansar militia that Ali Tanko set up in 2019 attacked Zinder.", PEOPLE)
    assert not [e for e in events if ("katiba", "patient") in roles(e) or ("katiba", "agent") in roles(e)], [
        (e.type, e.trigger, roles(e)) for e in events]
