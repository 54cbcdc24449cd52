"""Events read in the twenty-fourth round (branch evt28): talks that end a captivity ("released after talks
mediated by an imam") are the captors' mediation; a mediation verb naming only its go-between ("The exchange was
negotiated over four months by X") is kept with that go-between; ground lost ("lost X to Y", "fell to Y") is the
taker's attack on the loser; a coup leader who "seized power" is appointed (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def mediations(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "MEDIATION"]


@pytest.mark.parametrize(
    "release",
    [
        "they were released in August after talks mediated by a local imam.",
        "both were freed in August after negotiations by local tribal elders.",
    ],
)
def test_talks_that_end_a_captivity_are_the_captors(facts, release: str) -> None:  # type: ignore[no-untyped-def]
    text = f"In June 2024 the Katiba Nour abducted four mining workers near Tessit; {release}"
    _, events, _ = facts(text, PEOPLE)
    found = mediations(events)
    assert found, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("katiba", "agent") in roles(found[0])


def test_talks_that_end_no_captivity_take_no_captor(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In June 2024 the Katiba Nour abducted four mining workers near Tessit. "
            "The village market reopened in August after talks mediated by a local imam.")
    _, events, _ = facts(text, PEOPLE)
    assert not mediations(events), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_go_between_named_alone_keeps_the_mediation(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour and the Nigerien army exchanged eleven prisoners near Tessit in May 2025. "
            "The exchange was negotiated over four months by Ali Tanko, an elder with family on both sides.")
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in mediations(events) if "negotiated" in e.trigger]
    assert found, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("tanko", "mediator") in roles(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko, mediating on behalf of the Front for Gourma Renewal, met elders near Tessit in May 2025.",
        "Ali Tanko is believed to broker fuel deals near Tessit.",
    ],
)
def test_a_go_between_described_or_trading_tells_no_mediation(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not mediations(events), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_negotiation_of_one_side_named_is_still_dropped(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour has negotiated for months without result."
    _, events, _ = facts(text, PEOPLE)
    assert not mediations(events), [(e.type, e.trigger, roles(e)) for e in events]


@pytest.fixture
def ground_verbs(monkeypatch):  # type: ignore[no-untyped-def]
    """"lose" and "fall" read as ATTACK triggers, as the learned trigger model reads them (the rules have no
    such trigger: "lost their lives" is none)."""
    from reportgraph.extract import events as event_rules
    from reportgraph.extract.triggers import TriggerHit

    found = event_rules.find_triggers

    def with_ground_verbs(doc, onto, skip):  # type: ignore[no-untyped-def]
        extra = [TriggerHit("ATTACK", t.lemma_, (t.i,)) for t in doc if t.lemma_ in ("lose", "fall")]
        return sorted(found(doc, onto, skip) + extra, key=lambda h: h.start)

    monkeypatch.setattr(event_rules, "find_triggers", with_ground_verbs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Katiba Nour lost Tessit in July 2017 to the Nigerien army.",
         {("katiba", "patient"), ("niger_army", "agent")}),
        ("Zinder fell to the Front for Gourma Renewal in May 2018.", {("front", "agent")}),
        ("The Katiba Nour lost most of its ground near Tessit in 2019.", {("katiba", "patient")}),
    ],
)
def test_ground_lost_is_the_taker_s_attack(facts, ground_verbs, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in events if e.type == "ATTACK"]
    assert found, [(e.type, e.trigger) for e in events]
    assert roles(found[0]) == expected


def test_a_coup_leader_who_seized_power_is_appointed(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Captain Ali Tanko, who seized power in September 2022, has expanded the militia. "
            "The junta, which seized power in 2020, broke with the Katiba Nour.")
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in events if e.type == "APPOINTMENT"]
    assert [roles(e) for e in found] == [{("tanko", "agent")}], [(e.type, e.trigger, roles(e)) for e in events]
    assert found[0].date == "2022-09"


def test_the_fall_of_a_town_is_not_suffered_by_the_clause_s_subject(facts, ground_verbs) -> None:  # type: ignore[no-untyped-def]
    text = "After the fall of Tessit on 15 August 2021, Ali Tanko went to Zinder."
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in events if e.type == "ATTACK"]
    assert all("tanko" not in {p.entity for p in e.participants} for e in found), [
        (e.type, e.trigger, roles(e)) for e in events]
