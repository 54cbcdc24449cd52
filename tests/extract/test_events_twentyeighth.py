"""Events read in the twenty-eighth round (branch evtrec34): English event words the ontology lacked, read on the
train split's gold events that had no system event in their sentence: a killing told by a noun ("the assassination
of X", "the neutralisation of X"), a fight told as "an exchange of fire" or "a gunfight"; a refused or declined deed
is none, and a past tense the parser joins to a refused or threatened infinitive is told (invented actors and
places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour claimed the assassination of Ali Tanko in Zinder in March 2016.",
        "The Nigerien army announced the neutralisation of Ali Tanko near Zinder.",
    ],
)
def test_a_killing_told_by_a_noun(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "KILLING")
    assert ("tanko", "patient") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour and the Nigerien army were locked in an exchange of fire near Zinder in May 2019.",
        "A gunfight between the Katiba Nour and the Nigerien army broke out near Zinder in May 2019.",
    ],
)
def test_a_fight_told_as_an_exchange_of_fire(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "ARMED_CLASH")
    assert {("katiba", "agent"), ("niger_army", "agent")} <= roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour refused to attack the Nigerien army at Zinder.",
        "The Katiba Nour declined to attack the Nigerien army at Zinder.",
        "The Katiba Nour did not attack the Nigerien army at Zinder.",
        "The Nigerien army called on the Katiba Nour to attack Zinder.",
    ],
)
def test_a_refused_declined_or_wished_deed_is_none(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ATTACK"], [(e.type, e.trigger) for e in events]


def test_a_past_tense_joined_to_a_refused_infinitive_is_told(facts) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "attacked" to "leave": the attack is told, the leaving only threatened
    _, events, _ = facts("The Katiba Nour threatened to leave and attacked the Nigerien army at Tessit.", PEOPLE)
    ev = one(events, "ATTACK")
    assert {("katiba", "agent"), ("niger_army", "patient")} <= roles(ev), roles(ev)


def test_an_infinitive_joined_to_a_refused_one_stays_unstated(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Katiba Nour refused to regroup and attack the Nigerien army at Tessit.", PEOPLE)
    assert not [e for e in events if e.type == "ATTACK"], [(e.type, e.trigger) for e in events]


def test_an_exchange_of_prisoners_is_no_fight(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Katiba Nour and the Nigerien army agreed an exchange of prisoners in Zinder.", PEOPLE)
    assert not [e for e in events if e.type == "ARMED_CLASH"], [(e.type, e.trigger) for e in events]


def test_a_refused_renouncing_leaves_the_oath(facts) -> None:  # type: ignore[no-untyped-def]
    # a double negation: the oath stands
    _, events, _ = facts("Ali Tanko was executed after he refused to renounce his oath to the Katiba Nour.", PEOPLE)
    ev = one(events, "ALLEGIANCE")
    assert ("katiba", "patient") in roles(ev), roles(ev)


def test_reaching_an_understanding_is_an_agreement_no_journey(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2021 the Katiba Nour reached an understanding with the Front for Gourma Renewal."
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "MEDIATION")
    assert {("katiba", "agent"), ("front", "agent")} <= roles(ev), roles(ev)
    assert not [e for e in events if e.type == "MOVEMENT"], [(e.type, e.trigger) for e in events]


def test_reaching_a_place_stays_a_movement(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Katiba Nour reached Zinder in 2019.", PEOPLE)
    one(events, "MOVEMENT")


def test_reaching_an_agreement_is_no_journey(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour and the Nigerien army reached an agreement in Zinder in 2019, mediated by Ali Tanko."
    _, events, _ = facts(text, PEOPLE)
    ev = one(events, "MEDIATION")
    assert ("tanko", "mediator") in roles(ev), roles(ev)
    assert not [e for e in events if e.type == "MOVEMENT"], [(e.type, e.trigger) for e in events]
