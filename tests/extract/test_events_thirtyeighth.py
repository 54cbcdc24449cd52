"""Events read in the thirty-eighth round (branch enevent): bare plural suicide bombers, naming nobody, are the group
the report is about, as "gunmen" are; one suicide bomber, indefinite, names nobody (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model

ABOUT = "The Katiba Nour has fought the Nigerien army since 2015. "


@pytest.mark.parametrize("subject", ["suicide bombers", "two suicide bombers", "bombers"])
def test_bare_suicide_bombers_are_the_report_s_group(facts, subject: str) -> None:  # type: ignore[no-untyped-def]
    text = ABOUT + f"On 15 June 2019, {subject} struck the army post in Zinder, killing more than 30 people."
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "ATTACK")), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_suicide_bomber_names_nobody(facts) -> None:  # type: ignore[no-untyped-def]
    text = ABOUT + "On 15 June 2019, a suicide bomber struck the army post in Zinder, killing more than 30 people."
    _, events, _ = facts(text, PEOPLE)
    assert not any(("katiba", "agent") in roles(e) for e in events if e.type == "ATTACK")
