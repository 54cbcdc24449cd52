"""Tolls read in the twenty-seventh round (branch toll33): an English counted toll naming no one, in the sentence of
an attack or a fight whose sides went unread, is that attack's or fight's count, not a killing of its own; a killing
naming its victim, or a toll with no attack or fight in its sentence, stays a killing (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one

pytestmark = pytest.mark.model


def test_a_fight_s_toll_is_no_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In May 2019 local militiamen clashed with herders in Zinder; at least nine people were killed."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "KILLING"], [(e.type, e.trigger, e.count) for e in events]


def test_an_unnamed_attack_s_toll_is_no_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2019 a drone strike hit a wedding in Zinder, killing more than thirty people."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "KILLING"], [(e.type, e.trigger, e.count) for e in events]


def test_a_toll_alone_stays_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Four civilians were killed in Zinder.", PEOPLE)
    ev = one(events, "KILLING")
    assert ev.count == 4


def test_a_named_victim_stays_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a convoy near Zinder in May 2019 and killed Ali Tanko."
    _, events, _ = facts(text, PEOPLE)
    assert any(p.entity == "tanko" for p in one(events, "KILLING").participants)
