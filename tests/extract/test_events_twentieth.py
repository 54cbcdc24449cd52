"""Events read in the twentieth round (branch evt24): a counted passive toll of an attack in the attack's own
sentence is a killing of its own (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def killings(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "KILLING"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll in a relative clause of the attack noun: by the attackers
        ("In May 2016 the Katiba Nour carried out an attack on an army post at Tessit, in which twelve soldiers were "
         "killed.", {("katiba", "agent")}),
        # the toll coordinated after the attack: by the attackers, of those the attack hit
        ("On 3 May 2016 the Katiba Nour ambushed a convoy of the Nigerien army near Tessit, and at least seventeen "
         "soldiers were killed.", {("katiba", "agent"), ("niger_army", "patient")}),
    ],
)
def test_a_counted_passive_toll_of_an_attack_is_a_killing_by_the_attackers(facts, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and attacks[0].count in (12, 17)  # the attack keeps its toll too
    found = killings(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert expected <= roles(found[0])
    assert found[0].date == attacks[0].date


def test_a_vague_participle_toll_stays_folded_into_its_attack(facts) -> None:  # type: ignore[no-untyped-def]
    # ", killing dozens": no count, the attack's toll (the corpus's gold splits it once in eight on train)
    text = "In April 2011 the Katiba Nour attacked a garrison of the Nigerien army at Tessit, killing dozens."
    _, events, _ = facts(text, PEOPLE)
    assert not killings(events)


def test_a_fight_s_toll_stays_the_fight_s(facts) -> None:  # type: ignore[no-untyped-def]
    # the corpus's gold gives the toll of a fight no killing of its own
    text = ("In May 2019 the Katiba Nour fought the Front for Gourma Renewal near Tessit; at least seven men were "
            "killed.")
    _, events, _ = facts(text, PEOPLE)
    assert not killings(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause with no relative word: the noun it describes was founded
        ("Ali Tanko commanded the Katiba Nour, the movement he founded in 2011.",
         {("tanko", "agent"), ("katiba", "patient")}),
        # a description in apposition to a name stands for it, and so does its relative pronoun
        ("The Katiba Nour grew out of the Front for Gourma Renewal, a preaching association that Ali Tanko, a herder "
         "from Tessit, set up around 2012.", {("tanko", "agent"), ("front", "patient")}),
    ],
)
def test_a_group_founded_in_a_relative_clause(facts, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = [e for e in events if e.type == "FOUNDING"]
    assert found, [(e.type, e.trigger) for e in events]
    assert expected <= roles(found[0])


def test_a_relative_clause_with_its_own_clause_is_no_founding(facts) -> None:  # type: ignore[no-untyped-def]
    # "whose emir has announced that ...": the announcement is of a clause, no group is founded
    text = "The EU calls on the Katiba Nour, whose emir, Ali Tanko, has announced that his men will stop, to disarm."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "FOUNDING"]
