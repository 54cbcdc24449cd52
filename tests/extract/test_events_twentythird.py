"""Events read in the twenty-third round (branch evt27): the sides of a fight told by a noun that names none
("In the ensuing fighting, ...") are the forces the sentence before names; a plain adjective of a fight noun
("heavy fighting") names no actor of its own and leaves the clause's subject to it (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def clashes(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ARMED_CLASH"]


def test_a_fight_naming_no_side_is_fought_by_the_forces_named_just_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 11 February 2025 a unit of the Nigerien army surrounded a camp of the Katiba Nour near Tessit. "
        "In the ensuing fighting, twenty-four terrorists were neutralised."
    )
    _, events, _ = facts(text, PEOPLE)
    found = clashes(events)
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    assert roles(found[0]) == {("niger_army", "agent"), ("katiba", "agent")}


@pytest.mark.parametrize(
    "before",
    [
        "The Katiba Nour holds the hills near Tessit.",  # one force named: no side for the fight
        "The Nigerien army and the Katiba Nour have both been present near Tessit.",  # but "fight" is a campaign
    ],
)
def test_no_sides_are_guessed_from_one_force_or_for_a_campaign(facts, before: str) -> None:  # type: ignore[no-untyped-def]
    after = ("In the ensuing fighting, twenty-four terrorists were neutralised." if "holds" in before
             else "The president said the fight is not over.")
    _, events, _ = facts(f"{before} {after}", PEOPLE)
    assert not clashes(events), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_plain_adjective_of_a_fight_noun_leaves_it_the_clause_s_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("On 25 February 2025 the Nigerien army captured the base of the Katiba Nour at Tessit after two days "
            "of heavy fighting.")
    _, events, _ = facts(text, PEOPLE)
    found = clashes(events)
    assert found, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("niger_army", "agent") in roles(found[0])


def test_a_plain_adjective_leaves_no_party_to_other_nouns(facts) -> None:  # type: ignore[no-untyped-def]
    # only a fight takes the clause's subject past its adjective: trials held at a detention centre detain nobody
    text = "In October 2017 the Nigerien army began closed-door trials at a military detention facility near Tessit."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARREST"], [(e.type, e.trigger, roles(e)) for e in events]
