"""Events read in the thirty-third round (branch evtkill39): an attack noun as the subject of a counted killing
that names no victim ("a Katiba Nour ambush killed six soldiers") tells the attack's toll, not a killing of its own
(invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def of_type(events, etype):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the attack noun, with its doer before it, as the subject of the counted killing
        ("In March 2024 a Katiba Nour ambush killed six soldiers near Tessit.", 6),
        # a two-word attack noun, in the present of a chronology
        ("- 4 January 2025: a Katiba Nour suicide car bomb at the Tessit checkpoint kills 9 soldiers.", 9),
    ],
)
def test_an_attack_noun_s_counted_toll_is_the_attack_s(facts, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    attacks = of_type(events, "ATTACK")
    assert attacks and ("katiba", "agent") in roles(attacks[0])
    assert attacks[0].count == count  # the attack keeps its toll
    assert not of_type(events, "KILLING"), [(e.type, e.trigger) for e in events]


def test_an_attack_noun_killing_a_named_person_stays_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In February 2024 a Nigerien army strike near Tessit killed Ali Tanko."
    _, events, _ = facts(text, PEOPLE)
    found = of_type(events, "KILLING")
    assert found and ("tanko", "patient") in roles(found[0])


def test_a_participle_toll_of_an_attack_verb_stays_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    # the twenty-second round's counted participle toll is untouched: the subject of "killing" is no attack noun
    text = "In April 2021 the Katiba Nour attacked a garrison of the Nigerien army at Tessit, killing twelve soldiers."
    _, events, _ = facts(text, PEOPLE)
    assert of_type(events, "KILLING")
