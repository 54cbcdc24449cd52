"""Events read in the forty-eighth round (branch ev48): a strike in the "in" phrase of a death verb is the killing's
means, not an attack of its own (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def of_type(events, etype):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko was killed in a Nigerien army air strike near Tessit on 4 May 2021.",
        "In 2019 Ali Tanko died in a drone strike near Zinder.",
        "Ali Tanko was killed in an airstrike by the Nigerien army near Tessit in March 2022.",
    ],
)
def test_a_strike_a_victim_was_killed_in_is_the_killing_s_means(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    killings = of_type(events, "KILLING")
    assert killings and ("tanko", "patient") in roles(killings[0]), [(e.type, e.trigger) for e in events]
    assert not of_type(events, "ATTACK"), [(e.type, e.trigger) for e in events]


def test_the_strike_s_agent_becomes_the_killer(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Tanko was killed in an airstrike by the Nigerien army near Tessit in March 2022."
    _, events, _ = facts(text, PEOPLE)
    killings = of_type(events, "KILLING")
    assert killings and ("niger_army", "agent") in roles(killings[0]), [(e.type, roles(e)) for e in events]


def test_a_strike_that_kills_is_still_an_attack(facts) -> None:  # type: ignore[no-untyped-def]
    # the strike is the subject, not the means in an "in" phrase: the gold keeps the attack
    text = "On 3 June 2023 a Nigerien army air strike on a Katiba Nour camp near Tessit killed Ali Tanko."
    _, events, _ = facts(text, PEOPLE)
    assert of_type(events, "ATTACK"), [(e.type, e.trigger) for e in events]
