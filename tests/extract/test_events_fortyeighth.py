"""Events read in the forty-eighth round (branch ev48): a group's joining that names nothing joined is no pledge of
allegiance (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def of_type(events, etype):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the Katiba Nour joined other factions in an operations room near Tessit.",
        "In 2020 the Katiba Nour joined with two smaller factions to create a new front.",
    ],
)
def test_a_joining_with_nothing_joined_is_no_allegiance(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not of_type(events, "ALLEGIANCE"), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_group_joining_a_group_is_still_an_allegiance(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In March 2017 the Katiba Nour joined the Front for Gourma Renewal."
    _, events, _ = facts(text, PEOPLE)
    pledges = of_type(events, "ALLEGIANCE")
    assert pledges and ("katiba", "agent") in roles(pledges[0]) and ("front", "patient") in roles(pledges[0])


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the Katiba Nour was placed under sanctions.",
        "Ali Tanko placed his fighters under a new command in 2022.",
    ],
)
def test_a_placing_under_with_no_appointee_is_no_appointment(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not of_type(events, "APPOINTMENT"), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_placing_under_a_named_man_is_still_an_appointment(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2022 the Katiba Nour placed its fighters under Ali Tanko."
    _, events, _ = facts(text, PEOPLE)
    appointments = of_type(events, "APPOINTMENT")
    assert appointments and ("tanko", "agent") in roles(appointments[0]), [(e.type, roles(e)) for e in events]
