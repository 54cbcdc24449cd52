"""An article's fact box read further (issue #10, thirty-first round), on hand-written texts with invented
people, groups and places: the article's subject is the title's group less a lower-case organisation head
noun ("X network") or a bracketed qualifier ("X (Mobeko)"), or, where the title line holds no group's name,
the group the text names elsewhere by the title's words; labels whose reading the train split agrees on
("Predecessor", "Successor", "Coalition", "President", "Secretary-general", a person's "Organisations"); a
place after "in" on an opponents' line is where the enemy stands, no enemy itself."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "ade": ("PERSON", ["Ade Mobo"]),
    "kiro": ("PERSON", ["Kiro Banta"]),
    "tarmo": ("ORGANIZATION", ["Tarmo"]),
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "shield": ("ORGANIZATION", ["Dankari Shield"]),
    "league": ("ORGANIZATION", ["Sobo League"]),
    "peace": ("ORGANIZATION", ["Movement for Peace in Tiranga"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
    "tiranga": ("LOCATION", ["Tiranga"]),
}

_BOX = ("Leader: Ade Mobo\n"
        "Active regions: Mobeko\n"
        "Opponents: Dankari Shield\n\n"
        "History\n"
        "The group was formed in 2010.\n")


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


def hostile(rels: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return bool({(a, "HOSTILE_TO", b), (b, "HOSTILE_TO", a)} & rels)


def test_a_title_with_a_lower_case_head_noun_names_its_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Tarmo network\n\nThe Tarmo network is an armed group of the hills.\n\n" + _BOX
    rels = triples(facts(text, SPEC)[0])
    assert ("ade", "LEADER_OF", "tarmo") in rels
    assert ("tarmo", "OPERATES_IN", "mobeko") in rels
    assert hostile(rels, "tarmo", "shield")


def test_a_title_with_a_bracketed_qualifier_names_its_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Kolla Front (Tiranga)\n\nThe Kolla Front is an armed group of the hills.\n\n" + _BOX
    rels = triples(facts(text, SPEC)[0])
    assert ("ade", "LEADER_OF", "front") in rels
    assert hostile(rels, "front", "shield")


def test_a_title_holding_no_name_is_the_group_the_lead_names_by_its_words(facts) -> None:  # type: ignore[no-untyped-def]
    # the title line is in capitals, so no name is read there; the lead names the group by the same words
    text = ("MOVEMENT FOR PEACE IN TIRANGA\n\n"
            "The Movement for Peace in Tiranga is a rebel group of the south.\n\n" + _BOX)
    rels = triples(facts(text, SPEC)[0])
    assert ("ade", "LEADER_OF", "peace") in rels
    assert hostile(rels, "peace", "shield")


def test_a_lower_case_word_that_is_no_group_noun_gives_no_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Tarmo insurgency\n\nThe Tarmo insurgency began in 2010.\n\n" + _BOX
    rels = triples(facts(text, SPEC)[0])
    assert ("ade", "LEADER_OF", "tarmo") not in rels
    assert not hostile(rels, "tarmo", "shield")


def test_succession_coalition_and_office_labels(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kolla Front\n\n"
            "The Kolla Front is an armed group of the hills.\n\n"
            "President: Ade Mobo\n"
            "Predecessor: Sobo League\n"
            "Successor: Tarmo\n"
            "Coalition: Dankari Shield\n\n"
            "History\n"
            "The group was formed in 2010.\n")
    rels = triples(facts(text, SPEC)[0])
    assert ("ade", "LEADER_OF", "front") in rels
    assert ("front", "SUCCESSOR_OF", "league") in rels
    assert ("tarmo", "SUCCESSOR_OF", "front") in rels
    assert ("front", "SUBUNIT_OF", "shield") in rels


def test_a_persons_organisations_are_what_he_belongs_to(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kiro Banta\n\n"
            "Kiro Banta is a preacher of the hills.\n\n"
            "Born: Mobeko\n"
            "Organisations: Sobo League; Dankari Shield\n\n"
            "Life\n"
            "He preached in the market for years.\n")
    rels = triples(facts(text, SPEC)[0])
    assert ("kiro", "MEMBER_OF", "league") in rels and ("kiro", "MEMBER_OF", "shield") in rels


def test_a_place_after_in_on_an_opponents_line_is_no_enemy(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kolla Front\n\n"
            "The Kolla Front is an armed group of the hills.\n\n"
            "Leader: Ade Mobo\n"
            "Opponents: Dankari Shield, Sobo League forces in Tiranga, Mobeko\n")
    rels = triples(facts(text, SPEC)[0])
    assert hostile(rels, "front", "shield")
    assert hostile(rels, "front", "mobeko")  # a place of its own on the line stays an enemy
    assert not hostile(rels, "front", "tiranga")


ROSTER_SPEC = dict(SPEC, waro=("COMMUNITY", ["Waro"]), tesse=("COMMUNITY", ["Tesse"]))


def test_a_community_cell_of_a_roster_line_is_its_heads(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("People named in this note\n"
            "Kiro Banta — commander — Waro — Mobeko\n"
            "Ade Mobo — deputy (killed) — Tesse — Tiranga\n"
            "Kolla Front — Waro; active around Mobeko since 2019\n")
    rels = triples(facts(text, ROSTER_SPEC)[0])
    assert ("kiro", "AFFILIATED_WITH", "waro") in rels
    assert ("ade", "AFFILIATED_WITH", "tesse") in rels
    assert ("front", "AFFILIATED_WITH", "waro") in rels
    assert ("kiro", "AFFILIATED_WITH", "tesse") not in rels  # the next line's community is its own head's


def test_one_dash_line_is_no_roster(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Kiro Banta — commander — Waro — Mobeko\n\n"
            "The report covers the hills around Tiranga.\n")
    rels = triples(facts(text, ROSTER_SPEC)[0])
    assert ("kiro", "AFFILIATED_WITH", "waro") not in rels
