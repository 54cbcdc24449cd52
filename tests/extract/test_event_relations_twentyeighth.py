"""Relations read from events (issues #10 and #11, twenty-eighth round), on hand-written sentences with invented
groups and places: an appointment to a deputy's, a local or a non-leading post makes a member, not a leader; who
appoints is not the group led; a person joining a group is its member, not its ally (a group joining
another stays its ally, as the annotation guide reads an allegiance); a truce's broker and a place that is no
country are no party to it."""

from __future__ import annotations

import pytest

from .markers import NEEDS_FRENCH

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "brigade": ("ORGANIZATION", ["Sobo Brigade"]),
    "council": ("ORGANIZATION", ["Dankari Council"]),
    "musa": ("PERSON", ["Musa Kandeli"]),
    "elders": ("COMMUNITY", ["Tarka elders"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "Musa Kandeli became one of the Kolla Front's deputy leaders in 2015.",
        "The Kolla Front later named Musa Kandeli its emir for Mobeko.",
        "Musa Kandeli became the Kolla Front's spokesman in 2015.",
    ],
)
def test_an_appointment_to_a_second_rank_makes_a_member(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("musa", "MEMBER_OF", "front") in rels
    assert ("musa", "LEADER_OF", "front") not in rels


def test_a_deputy_appointment_is_no_leadership(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("Musa Kandeli was appointed deputy commander of the Kolla Front in 2014.", SPEC)[0])
    assert ("musa", "LEADER_OF", "front") not in rels


def test_who_appoints_is_not_the_group_led(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("The Dankari Council named Musa Kandeli as commander of the Kolla Front.", SPEC)[0])
    assert ("musa", "LEADER_OF", "council") not in rels
    assert ("musa", "LEADER_OF", "front") in rels


@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front named Musa Kandeli its new emir.",
        "Musa Kandeli took over the Kolla Front in 2014.",
    ],
)
def test_a_group_naming_its_own_head_or_a_take_over_still_leads(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "LEADER_OF", "front") in triples(facts(text, SPEC)[0])


def test_a_person_joining_a_group_is_its_member_not_its_ally(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("Musa Kandeli joined the Kolla Front in 2015.", SPEC)[0])
    assert ("musa", "MEMBER_OF", "front") in rels
    assert not {r for r in rels if r[1] == "ALLY_OF"}


def test_a_group_joining_another_stays_its_ally(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("The Sobo Brigade joined the Kolla Front in 2015.", SPEC)[0])
    assert {("brigade", "ALLY_OF", "front"), ("front", "ALLY_OF", "brigade")} & rels


def test_a_pledge_still_makes_an_ally(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("The Sobo Brigade pledged allegiance to the Kolla Front.", SPEC)[0])
    assert {("brigade", "ALLY_OF", "front"), ("front", "ALLY_OF", "brigade")} & rels


def test_the_broker_of_a_truce_is_no_ally_of_its_sides(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Tarka elders brokered a ceasefire between the Kolla Front and the Sobo Brigade."
    rels = triples(facts(text, SPEC)[0])
    assert not {r for r in rels if r[1] == "ALLY_OF" and "elders" in (r[0], r[2])}
    assert {("brigade", "ALLY_OF", "front"), ("front", "ALLY_OF", "brigade")} & rels


def test_a_place_that_is_no_country_is_no_party_to_a_truce(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts("The Sobo Brigade signed a truce with the Mobeko government in 2021.", SPEC)[0])
    assert not {r for r in rels if r[1] == "ALLY_OF" and "mobeko" in (r[0], r[2])}


@NEEDS_FRENCH
def test_a_french_person_joining_a_group_is_no_ally(fr_rules) -> None:  # type: ignore[no-untyped-def]
    text = "Moussa Kandeli a rejoint le Front de libération du Gondo en 2015."
    assert not [r for r in fr_rules(text).extraction.relations if r.predicate == "ALLY_OF"]
