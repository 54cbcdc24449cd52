"""Events read in the twenty-third round (branch evt27): a plain adjective of a fight noun ("heavy fighting")
names no actor of its own and leaves the clause's subject to it (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def clashes(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ARMED_CLASH"]


def test_a_plain_adjective_of_a_fight_noun_leaves_it_the_clause_s_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("On 25 February 2025 the Nigerien army captured the base of the Katiba Nour at Tessit after two days "
            "of heavy fighting.")
    _, events, _ = facts(text, PEOPLE)
    found = clashes(events)
    assert found, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("niger_army", "agent") in roles(found[0])
