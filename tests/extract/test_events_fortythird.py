"""Events read in the forty-third round (branch ev43): a counted toll told by the attack's second verb, an
appointment the parser read as "a man named X", a band on the move with its men counted, and a count restated in
brackets (invented actors)."""

from __future__ import annotations

import pytest

from reportgraph.extract.numbers import count_people

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model

BAND = {
    **PEOPLE,
    "idrissa": ("PERSON", ["Idrissa Kanouté", "Kanouté"]),
    "army": ("ORGANIZATION", ["Malian Armed Forces"]),
    "gourma_front": ("ORGANIZATION", ["Islamic Front of Gourma"]),
}


def of_type(events, etype):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == etype]


def test_a_second_verb_s_counted_toll_of_an_attack_is_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    # the attackers go unnamed ("gunmen"): the killing takes the side the attack hit
    text = "On 14 January 2025 gunmen attacked a Nigerien army post at Tessit and killed seven soldiers."
    _, events, _ = facts(text, PEOPLE)
    killings = of_type(events, "KILLING")
    assert killings and ("niger_army", "patient") in roles(killings[0])
    assert killings[0].count == 7


def test_a_relative_clause_toll_stays_the_attack_s(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour claimed the attack on Tessit, which killed at least 30 people."
    _, events, _ = facts(text, PEOPLE)
    assert not of_type(events, "KILLING"), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads the one named as the complement of "named" ("named X governor")
        "In August 2016 the Islamic Front of Gourma named Ali Tanko, a cousin of Hamdi Ould Sidi, as its governor.",
        # ... and the clause as a name with a participle describing it ("a man named X")
        "Barely a year later, in August 2016, the Islamic Front of Gourma named Ali Tanko, Hamdi Ould Sidi's son, as "
        "the province's governor.",
    ],
)
def test_named_as_a_post_read_as_a_complement_is_an_appointment(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, BAND)
    found = of_type(events, "APPOINTMENT")
    assert found and {("tanko", "agent"), ("gourma_front", "other")} <= roles(found[0]), [
        (e.type, e.trigger, roles(e)) for e in events]


def test_a_man_named_is_no_appointment(facts) -> None:  # type: ignore[no-untyped-def]
    text = "A preacher named Ali Tanko, known as the Sheikh, attacked Tessit in May 2019."
    _, events, _ = facts(text, PEOPLE)
    assert not of_type(events, "APPOINTMENT")


@pytest.mark.parametrize(
    "text",
    [
        "- March 2015: Idrissa Kanouté leaves the Katiba Nour with some forty men.",
        "A few weeks later Idrissa Kanouté left with about 60 fighters to found his own group.",
    ],
)
def test_a_band_on_the_move_needs_no_place(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, BAND)
    found = of_type(events, "MOVEMENT")
    assert found and ("idrissa", "agent") in roles(found[0])


def test_leaving_with_a_relative_is_no_movement(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2019 Idrissa Kanouté left with his wife.", BAND)
    assert not of_type(events, "MOVEMENT")


@pytest.mark.parametrize(
    ("text", "count"),
    [("Five (05) terrorists were neutralised.", 5), ("On the friendly side, thirty-two (32) soldiers fell.", 32)],
)
def test_a_count_restated_in_brackets(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ in ("terrorists", "soldiers"))
    assert count_people(noun) == count


def test_a_bracketed_toll_after_a_strike_is_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2025 the Malian Armed Forces struck a camp near Tessit. Five (05) terrorists were neutralised."
    _, events, _ = facts(text, BAND)
    killings = of_type(events, "KILLING")
    assert killings and killings[0].count == 5 and ("army", "agent") in roles(killings[0])


def test_a_band_leaving_to_found_a_group_is_the_founding_only(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2020 Idrissa Kanouté left the Katiba Nour with some 70 fighters and founded the Islamic Front of Gourma."
    _, events, _ = facts(text, BAND)
    assert of_type(events, "FOUNDING") and not of_type(events, "MOVEMENT")


@pytest.mark.parametrize(
    ("text", "fight"),
    [
        # the present of a fight beside an ally, naming no enemy: an alliance
        ("The Katiba Nour, a militia that fights alongside the Nigerien army, lost six men in May.", False),
        ("The Katiba Nour fights alongside the Nigerien army against the Islamic Front of Gourma.", True),
        ("In 2012 Ali Tanko fought alongside the Katiba Nour near Tessit.", True),
    ],
)
def test_fighting_alongside_an_ally(facts, text: str, fight: bool) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, BAND)
    assert bool(of_type(events, "ARMED_CLASH")) == fight, [(e.type, e.trigger, roles(e)) for e in events]
