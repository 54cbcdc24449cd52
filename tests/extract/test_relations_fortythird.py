"""Relation rules (issue #10, forty-third round), on hand-written sentences with invented groups, people and
communities: a time adverb inside a role phrase ("the group's then leader, X"); a group stated to be a unit,
a subunit or one of the factions of another (SUBUNIT_OF); a group's men, or a person, coming from a
community (AFFILIATED_WITH)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "council": ("ORGANIZATION", ["Dankari Council"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
    "tarra": ("COMMUNITY", ["Tarra"]),
    "wuli": ("COMMUNITY", ["Wuli"]),
    "musa": ("PERSON", ["Musa Kadiri"]),
    "ali": ("PERSON", ["Ali Bano"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front was founded in 2019 near Mobeko. In 2021 the police arrested the group's then leader, "
        "Musa Kadiri.",
        "In 2021 the police arrested the Kolla Front's then leader, Musa Kadiri.",
    ],
)
def test_a_time_adverb_inside_a_role_phrase(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "LEADER_OF", "front") in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front is a sub-unit of the Dankari Council.",
        "The Kolla Front is a unit of the Dankari Council.",
        "The Kolla Front is one of the largest factions of the Dankari Council.",
        "The Kolla Front operates as a unit of the Dankari Council.",
        "The Kolla Front was set up in 2016 as a subunit of the Dankari Council.",
        "The Kolla Front was founded in 2019 near Mobeko. It is a subunit of the Dankari Council.",
        "The Kolla Front, a subunit of the Dankari Council, attacked Mobeko.",
    ],
)
def test_a_group_stated_to_be_a_unit_of_another_is_its_part(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("front", "SUBUNIT_OF", "council") in triples(facts(text, SPEC)[0])


def test_a_unit_of_a_group_that_acts_states_no_part(facts) -> None:  # type: ignore[no-untyped-def]
    text = "A unit of the Kolla Front attacked Mobeko, and the Dankari Council condemned the raid."
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[1] == "SUBUNIT_OF"}


@pytest.mark.parametrize(
    "text, subject, community",
    [
        ("The Kolla Front was founded in 2019 near Mobeko. Its members come mostly from the Tarra and Wuli "
         "communities.", "front", "wuli"),
        ("The Kolla Front's members come mostly from the Tarra community.", "front", "tarra"),
        ("Both Musa Kadiri and Ali Bano came from the Tarra clan.", "ali", "tarra"),
        ("Musa Kadiri hails from a Tarra family.", "musa", "tarra"),
    ],
)
def test_coming_from_a_community_is_an_affiliation(facts, text, subject, community) -> None:  # type: ignore[no-untyped-def]
    assert (subject, "AFFILIATED_WITH", community) in triples(facts(text, SPEC)[0])


def test_men_of_no_entity_coming_from_a_community_tie_nobody(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Musa Kadiri said the attackers came from the Tarra community."
    assert ("musa", "AFFILIATED_WITH", "tarra") not in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Musa Kadiri and Ali Bano, both commanders of the Kolla Front, were killed.", "LEADER_OF"),
        ("Musa Kadiri and Ali Bano, all three members of the Kolla Front, run the checkpoints.", "MEMBER_OF"),
        ("Musa Kadiri and Ali Bano are members of the Kolla Front.", "MEMBER_OF"),
    ],
)
def test_people_joined_by_and_share_a_plural_role(facts, text, predicate) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("musa", predicate, "front") in rels and ("ali", predicate, "front") in rels


def test_a_singular_role_after_two_people_is_the_second_one_s(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Musa Kadiri and Ali Bano, a commander of the Kolla Front, were killed."
    rels = triples(facts(text, SPEC)[0])
    assert not {r for r in rels if r[0] == "musa"}


@pytest.mark.parametrize(
    "text",
    [
        "The army killed the Kolla Front commander Musa Kadiri near Mobeko.",
        "The army killed the Kolla Front drone commander Musa Kadiri near Mobeko.",
    ],
)
def test_a_commander_the_group_s_name_modifies_is_a_member(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("musa", "MEMBER_OF", "front") in rels and ("musa", "LEADER_OF", "front") not in rels


@pytest.mark.parametrize(
    "text",
    [
        "The army killed the Kolla Front's commander, Musa Kadiri, near Mobeko.",
        "The army killed the Kolla Front leader Musa Kadiri near Mobeko.",
        "The army killed the commander of the Kolla Front, Musa Kadiri, near Mobeko.",
        "The leader of the Kolla Front, Musa Kadiri, was killed.",
    ],
)
def test_the_group_s_commander_or_leader_leads_it(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "LEADER_OF", "front") in triples(facts(text, SPEC)[0])


def test_a_member_of_the_group_before_a_name(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested a member of the Kolla Front, Musa Kadiri, in Mobeko."
    assert ("musa", "MEMBER_OF", "front") in triples(facts(text, SPEC)[0])


def test_no_role_in_a_phrase_of_no_role_noun_before_a_name(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In a statement of the Kolla Front, Musa Kadiri said the raid failed."
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[0] == "musa"}


@pytest.mark.parametrize(
    "text",
    [
        "The prison is controlled by the Kolla Front, an armed group whose commander is Musa Kadiri.",
        "The Kolla Front, whose leader is Musa Kadiri, attacked Mobeko.",
    ],
)
def test_whose_leader_is_a_person_leads_the_group(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "LEADER_OF", "front") in triples(facts(text, SPEC)[0])


def test_whose_men_do_something_ties_no_role(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Kolla Front, whose fighters killed Musa Kadiri, attacked Mobeko."
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[0] == "musa"}


def test_enlisting_with_a_group_is_membership(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Bano crossed into Mobeko and enlisted with the Kolla Front a few months later."
    assert ("ali", "MEMBER_OF", "front") in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize(
    "text",
    [
        "The Kolla Front, a Tarra self-defence militia created in 2019 in Mobeko, attacked the town.",
        "The Kolla Front is a mostly Tarra militia.",
    ],
)
def test_a_community_s_militia_is_affiliated_with_it(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("front", "AFFILIATED_WITH", "tarra") in triples(facts(text, SPEC)[0])


def test_two_people_apposed_to_a_kin_noun_are_kin(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Musa Kadiri and Ali Bano, brothers from Mobeko, were sentenced to ten years each."
    rels = triples(facts(text, SPEC)[0])
    assert ("musa", "KIN_OF", "ali") in rels or ("ali", "KIN_OF", "musa") in rels


def test_two_people_apposed_to_a_plural_role_are_no_kin(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Musa Kadiri and Ali Bano, members of the Kolla Front, were sentenced."
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[1] == "KIN_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "The money was moved by a network led by Ali Bano, a trader from Mobeko, whose brother Musa Kadiri runs "
        "a shop in Mobeko.",
        "Ali Bano, whose cousin Musa Kadiri leads the Kolla Front, was arrested.",
    ],
)
def test_whose_kin_is_the_person_named_before(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "KIN_OF", "ali") in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize(
    "text",
    [
        "Musa Kadiri leads a Kolla Front command in Mobeko.",
        "Musa Kadiri had led the Kolla Front's operations in Mobeko since 2019.",
        "Musa Kadiri now commands the Kolla Front on Mobeko island.",
    ],
)
def test_leading_a_group_s_command_or_a_place_of_it_is_membership(facts, text) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(text, SPEC)[0])
    assert ("musa", "MEMBER_OF", "front") in rels and ("musa", "LEADER_OF", "front") not in rels


@pytest.mark.parametrize(
    "text", ["Musa Kadiri leads the Kolla Front.", "Musa Kadiri led the Kolla Front from 2015 to 2019."]
)
def test_leading_the_group_outright_is_leadership(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("musa", "LEADER_OF", "front") in triples(facts(text, SPEC)[0])
