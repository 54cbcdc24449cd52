"""Relations between a table row's cells and an article's fact box (issue #10, thirtieth round), on
hand-written texts with invented people, groups and communities: a community column ("Name | Tribe | Area",
"Group | Leader | Community") says whom the row's person or group belongs to; a group column of a table of
people the group the person leads where the cell says "(emir)" or another cell is "emir" alone, founds where
it says "(founder)" (nothing from a plain group cell, nor from a cell naming two groups); an enemies or
allies column ("Actor | Enemies | Allies") whom the row's group fights or sides with. An article's fact box
("Leader(s): P", "Opponents: X; Y" under its title) relates each line's names to the title's entity."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "ade": ("PERSON", ["Ade Mobo"]),
    "kiro": ("PERSON", ["Kiro Banta"]),
    "sule": ("PERSON", ["Sule Tarni"]),
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "shield": ("ORGANIZATION", ["Dankari Shield"]),
    "league": ("ORGANIZATION", ["Sobo League"]),
    "waro": ("COMMUNITY", ["Waro"]),
    "tesse": ("COMMUNITY", ["Tesse"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


_PEOPLE = ("Table 2. People named in this note\n"
           "Name | Group | Tribe | Status\n"
           "Ade Mobo | Kolla Front (emir) | Waro | at large\n"
           "Kiro Banta | Dankari Shield | Tesse | killed 2021\n"
           "Sule Tarni | Sobo League (founder) | Waro | detained\n")


def test_a_tribe_column_is_the_community_of_its_row(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(_PEOPLE, SPEC)[0])
    assert ("ade", "AFFILIATED_WITH", "waro") in rels
    assert ("kiro", "AFFILIATED_WITH", "tesse") in rels
    assert ("sule", "AFFILIATED_WITH", "waro") in rels
    # a row's community is its own person's, not the next row's
    assert ("ade", "AFFILIATED_WITH", "tesse") not in rels


def test_a_group_column_of_a_table_of_people(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(_PEOPLE, SPEC)[0])
    assert ("ade", "LEADER_OF", "front") in rels  # "(emir)" beside the group
    assert ("sule", "FOUNDED", "league") in rels and ("sule", "LEADER_OF", "league") in rels
    # a plain group cell says nothing of the person's rank: leader or member, the table does not tell
    assert not {r for r in rels if r[0] == "kiro" and r[1] in ("MEMBER_OF", "LEADER_OF") and r[2] == "shield"}
    assert ("kiro", "MEMBER_OF", "front") not in rels


def test_a_role_cell_of_its_own_says_the_person_leads_the_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Name | Role | Group\n"
            "Kiro Banta | emir | Dankari Shield\n"
            "Ade Mobo | deputy emir | Kolla Front\n")
    rels = triples(facts(text, SPEC)[0])
    assert ("kiro", "LEADER_OF", "shield") in rels
    assert ("ade", "LEADER_OF", "front") not in rels  # a deputy


def test_a_group_cell_naming_two_groups_gives_nothing(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Name | Affiliation | Status\n"
            "Kiro Banta | Dankari Shield / Kolla Front | at large\n")
    rels = triples(facts(text, SPEC)[0])
    assert not {r for r in rels if r[0] == "kiro" and r[1] in ("MEMBER_OF", "LEADER_OF")}


def test_a_community_column_of_a_table_of_groups(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Table. Armed actors\n"
            "Group | Leader | Community | Area\n"
            "Kolla Front | Ade Mobo | Waro | Mobeko\n"
            "Dankari Shield | Kiro Banta | Tesse | —\n")
    rels = triples(facts(text, SPEC)[0])
    assert ("front", "AFFILIATED_WITH", "waro") in rels
    assert ("shield", "AFFILIATED_WITH", "tesse") in rels
    assert ("front", "AFFILIATED_WITH", "tesse") not in rels


def test_enemies_and_allies_columns(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Table 1. Who fights whom\n"
            "Actor | Enemies | Allies\n"
            "Kolla Front | Dankari Shield | Sobo League\n")
    rels = triples(facts(text, SPEC)[0])
    assert {("front", "HOSTILE_TO", "shield"), ("shield", "HOSTILE_TO", "front")} & rels
    assert {("front", "ALLY_OF", "league"), ("league", "ALLY_OF", "front")} & rels
    assert not {("front", "HOSTILE_TO", "league"), ("league", "HOSTILE_TO", "front")} & rels


_ARTICLE = ("Kolla Front\n\n"
            "The Kolla Front is an armed group of the Mobeko hills.\n\n"
            "Leader(s): Ade Mobo\n"
            "Active regions: Mobeko, Tiranga\n"
            "Allies: Sobo League\n"
            "Opponents: Dankari Shield; the government of Kiro Banta\n\n"
            "History\n"
            "The group was formed in 2010.\n")
ARTICLE_SPEC = dict(SPEC, tiranga=("LOCATION", ["Tiranga"]))


def test_an_article_fact_box_relates_each_line_to_the_title(facts) -> None:  # type: ignore[no-untyped-def]
    rels = triples(facts(_ARTICLE, ARTICLE_SPEC)[0])
    assert ("ade", "LEADER_OF", "front") in rels
    assert ("front", "OPERATES_IN", "mobeko") in rels and ("front", "OPERATES_IN", "tiranga") in rels
    assert {("front", "ALLY_OF", "league"), ("league", "ALLY_OF", "front")} & rels
    assert {("front", "HOSTILE_TO", "shield"), ("shield", "HOSTILE_TO", "front")} & rels
    # a person on the opponents' line (a government's president) is no enemy
    assert not {("front", "HOSTILE_TO", "kiro"), ("kiro", "HOSTILE_TO", "front")} & rels


def test_one_labelled_line_is_no_fact_box(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kolla Front\n\n"
            "The Kolla Front is an armed group.\n\n"
            "Opponents: Dankari Shield\n\n"
            "It was formed in 2010.\n")
    rels = triples(facts(text, ARTICLE_SPEC)[0])
    assert not {("front", "HOSTILE_TO", "shield"), ("shield", "HOSTILE_TO", "front")} & rels


def test_a_fact_box_needs_its_subject_as_the_title(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Notes from the hills\n\n"
            "The Kolla Front is an armed group.\n\n"
            "Leader(s): Ade Mobo\n"
            "Opponents: Dankari Shield\n")
    rels = triples(facts(text, ARTICLE_SPEC)[0])
    assert ("ade", "LEADER_OF", "front") not in rels


def test_a_country_in_brackets_after_a_place_only_says_where_it_is(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kolla Front\n\n"
            "The Kolla Front is an armed group.\n\n"
            "Leader(s): Ade Mobo\n"
            "Active regions: Mobeko (Tiranga), Sobo\n"
            "Bases: Sobo district (Tiranga)\n")
    spec = dict(ARTICLE_SPEC, sobo=("LOCATION", ["Sobo"]))
    rels = triples(facts(text, spec)[0])
    assert ("front", "OPERATES_IN", "mobeko") in rels and ("front", "OPERATES_IN", "sobo") in rels
    assert ("front", "OPERATES_IN", "tiranga") not in rels
