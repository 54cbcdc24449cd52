"""Events read in the thirteenth round (branch evt17): who speaks of an event did not make it, a place that
owns people is no place of the event, and the plural and group nouns that stand for the groups the text
has just named (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Also today, Ali Tanko commented on yesterday's bombings in Zinder.",
        "Ali Tanko spoke about the raid on Tessit in 2019.",
    ],
)
def test_who_speaks_of_an_event_is_not_its_agent(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ATTACK" and ("tanko", "agent") in roles(e)]


def test_a_place_owning_the_people_is_not_where_the_event_happened(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Later in the day, Ali Tanko flew to visit Niger service members at a base in the desert."
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "MOVEMENT").location != "niger"
