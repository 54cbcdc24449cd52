"""Relations on small hand-written sentences with invented actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "tanko": ("PERSON", ["Ali Tanko", "Tanko"]),
    "hamdi": ("PERSON", ["Hamdi Ould Sidi", "Ould Sidi"]),
    "issa": ("PERSON", ["Issa Wanou"]),
    "front": ("ORGANIZATION", ["Front for Gourma Renewal", "FAR"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "zone": ("ORGANIZATION", ["third zone"]),
    "islamic_front": ("ORGANIZATION", ["Islamic Front"]),
    "niger_army": ("ORGANIZATION", ["Nigerien army"]),
    "kel": ("COMMUNITY", ["Kel Ansar"]),
    "peul": ("COMMUNITY", ["Peul"]),
    "niger": ("LOCATION", ["Niger"]),
    "mali": ("LOCATION", ["Mali"]),
    "northern_mali": ("LOCATION", ["northern Mali"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "zinder": ("LOCATION", ["Zinder"]),
    "ayorou": ("LOCATION", ["Ayorou"]),
}


def triples(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ali Tanko, the emir of the Front for Gourma Renewal, spoke.", ("tanko", "LEADER_OF", "front")),
        (
            "Ali Tanko, a regional commander of the Front for Gourma Renewal, spoke.",
            ("tanko", "MEMBER_OF", "front"),
        ),
        ("The FAR's deputy leader Ali Tanko spoke.", ("tanko", "MEMBER_OF", "front")),
        ("Ali Tanko, a Nigerien preacher, travelled to Niger.", ("tanko", "CITIZEN_OF", "niger")),
        ("Ali Tanko, a preacher from Niger, spoke.", ("tanko", "CITIZEN_OF", "niger")),
        ("The Peul notable Ali Tanko spoke.", ("tanko", "AFFILIATED_WITH", "peul")),
        ("Ali Tanko founded the Katiba Nour in 2008.", ("tanko", "FOUNDED", "katiba")),
        ("The Katiba Nour recruited among Peul herders.", ("katiba", "AFFILIATED_WITH", "peul")),
        ("The attack took place at Tessit, in northern Mali.", ("tessit", "LOCATED_IN", "northern_mali")),
        ("Fighting reached Zinder, in the far south of Niger.", ("zinder", "LOCATED_IN", "niger")),
        ("They met in northern Mali.", ("northern_mali", "LOCATED_IN", "mali")),
        (
            "The Katiba Nour pursued a policy of appeasement with the Nigerien army.",
            ("katiba", "ALLY_OF", "niger_army"),
        ),
        (
            "The Katiba Nour pledged allegiance to the Front for Gourma Renewal.",
            ("katiba", "ALLY_OF", "front"),
        ),
        (
            "The Katiba Nour fought the Front for Gourma Renewal for the town.",
            ("katiba", "HOSTILE_TO", "front"),
        ),
        (
            "The Katiba Nour struck in retaliation against the Nigerien army.",
            ("katiba", "HOSTILE_TO", "niger_army"),
        ),
        ("The Katiba Nour is based in Tessit.", ("katiba", "OPERATES_IN", "tessit")),
        ("The Ayorou-based Katiba Nour claimed the attack.", ("katiba", "OPERATES_IN", "ayorou")),
        ("Ali Tanko was tied by marriage to Hamdi Ould Sidi.", ("tanko", "KIN_OF", "hamdi")),
        ("Ali Tanko married into the Kel Ansar.", ("tanko", "KIN_OF", "kel")),
        (
            "In 2014 the Katiba Nour was renamed the Islamic Front.",
            ("islamic_front", "SUCCESSOR_OF", "katiba"),
        ),
        (
            "Ali Tanko led the third zone, the Front for Gourma Renewal's southern branch.",
            ("tanko", "LEADER_OF", "zone"),
        ),
    ],
)
def test_relation_from_one_sentence(facts, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert expected in triples(rels)


def test_leader_of_a_unit_is_member_of_its_parent(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Tanko, emir of the FAR's third zone, signed the statement."
    found = triples(facts(text, SPEC)[0])
    assert ("tanko", "LEADER_OF", "zone") in found
    assert ("zone", "SUBUNIT_OF", "front") in found
    assert ("tanko", "MEMBER_OF", "front") in found
    assert ("tanko", "MEMBER_OF", "zone") not in found  # a leader is not also a member of his unit


def test_possessive_kin_word_points_to_the_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Tanko returned in 2010. His cousin Issa Wanou joined the Katiba Nour."
    found = triples(facts(text, SPEC)[0])
    assert ("issa", "KIN_OF", "tanko") in found or ("tanko", "KIN_OF", "issa") in found
    assert ("issa", "MEMBER_OF", "katiba") in found


def test_relations_carry_evidence_and_respect_types(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour fought the Front for Gourma Renewal near Tessit."
    rels, _, doc = facts(text, SPEC)
    for r in rels:
        assert r.evidence and doc.text[r.evidence[0].start : r.evidence[0].end] == r.evidence[0].text
        assert 0 < r.confidence <= 1
    assert not any(r.predicate == "LOCATED_IN" and r.subject == "front" for r in rels)


@pytest.mark.parametrize("text", [
    "They camped in Tessit, the massif north of Zinder.",
    "They camped in Tessit, a hamlet north-east of Zinder.",
    "They camped in Tessit, a village south of Zinder, for a week.",
])
def test_a_bearing_is_not_containment(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("tessit", "LOCATED_IN", "zinder") not in triples(facts(text, SPEC)[0])


def test_a_short_apposition_still_places_a_town(facts) -> None:  # type: ignore[no-untyped-def]
    text = "They camped in Tessit, a small town of northern Mali."
    assert ("tessit", "LOCATED_IN", "northern_mali") in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize("text", [
    "Tessit, Zinder and Ayorou fell within days.",
    "Active regions: Tessit, Zinder, the north of Ayorou.",
    "The area (Tessit, Zinder, Ayorou) is contested.",
])
def test_a_list_of_places_is_not_containment(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [t for t in triples(facts(text, SPEC)[0]) if t[1] == "LOCATED_IN"]


def test_affiliate_gives_subunit_and_leader_membership(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Katiba Nour was created in 2016 by Ali Tanko. The group, an affiliate of the "
        "Front for Gourma Renewal, is based in Tessit. Hamdi Ould Sidi succeeded him as emir in 2018."
    )
    found = triples(facts(text, SPEC)[0])
    assert ("katiba", "SUBUNIT_OF", "front") in found
    assert ("katiba", "OPERATES_IN", "tessit") in found
    assert ("tanko", "FOUNDED", "katiba") in found
    assert ("hamdi", "LEADER_OF", "katiba") in found
    assert ("hamdi", "MEMBER_OF", "front") in found  # leaders of a sub-unit are members of the parent


def test_paragraph_parse_keeps_headings_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    from reportgraph.extract.paragraphs import parse

    doc = parse(nlp, "Katiba Nour in the north of Niger\n\nKatiba Nour was created in 2016.")
    assert [s.text.strip() for s in doc.sents] == [
        "Katiba Nour in the north of Niger",
        "Katiba Nour was created in 2016.",
    ]


def test_successor_leads_what_the_predecessor_led(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2012 the leadership passed to Ali Tanko. Ali Tanko commanded the Katiba Nour until 2015. "
        "He was killed in 2015, and the shura chose Issa Wanou as his successor."
    )
    found = triples(facts(text, SPEC)[0])
    assert ("tanko", "LEADER_OF", "katiba") in found
    assert ("issa", "LEADER_OF", "katiba") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko, a FAR commander who ran the camp, was killed.",  # one of several: a member
        "Ali Tanko, a senior commander of the Front for Gourma Renewal, was killed.",
        "Ali Tanko now commands a FAR cell near Tessit.",  # leads a unit of the group, not the group
        "Ali Tanko heads the FAR's local sector.",
        "Issa Wanou is the brother of another FAR commander, Ali Tanko.",
        "Since 2017 Ali Tanko has been the FAR's emir for Tessit.",
        "Ali Tanko served as the FAR's coordinator for Zinder.",
    ],
)
def test_one_commander_among_several_is_a_member(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    found = triples(facts(text, SPEC)[0])
    assert ("tanko", "MEMBER_OF", "front") in found
    assert ("tanko", "LEADER_OF", "front") not in found


def test_the_commander_of_a_group_still_leads_it(facts) -> None:  # type: ignore[no-untyped-def]
    found = triples(facts("Ali Tanko, the commander of the Front for Gourma Renewal, was killed.", SPEC)[0])
    assert ("tanko", "LEADER_OF", "front") in found
    found = triples(facts("Ali Tanko commands the Front for Gourma Renewal.", SPEC)[0])
    assert ("tanko", "LEADER_OF", "front") in found


def test_allies_fighting_side_by_side_are_not_enemies(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour and the Nigerien army fought the Front for Gourma Renewal near Tessit."
    found = triples(facts(text, SPEC)[0])
    hostile = {frozenset((s, o)) for s, p, o in found if p == "HOSTILE_TO"}
    assert frozenset(("katiba", "front")) in hostile
    assert frozenset(("niger_army", "front")) in hostile
    assert frozenset(("katiba", "niger_army")) not in hostile


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour has worked closely with the Front for Gourma Renewal since 2017.",
        "The Katiba Nour was set up in 2012 with the backing of the Front for Gourma Renewal.",
        "The Katiba Nour, supported by the Front for Gourma Renewal, took Tessit.",
        "The Katiba Nour quietly accommodated the Front for Gourma Renewal.",
    ],
)
def test_cooperation_cues_give_ally_of(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    found = triples(facts(text, SPEC)[0])
    assert ("katiba", "ALLY_OF", "front") in found or ("front", "ALLY_OF", "katiba") in found


def test_joining_partners_in_a_doing_is_not_an_alliance_with_them(facts) -> None:  # type: ignore[no-untyped-def]
    # "X joined Y in forming Z": Y is a partner in the founding, not what X pledged to
    text = "In 2013 the Katiba Nour joined the Front for Gourma Renewal in forming the Islamic Front."
    found = triples(facts(text, SPEC)[0])
    assert ("katiba", "ALLY_OF", "front") not in found and ("front", "ALLY_OF", "katiba") not in found
    # a group joining a group is an allegiance (the ontology's trigger with an organisation as agent)
    found = triples(facts("In 2015 the Katiba Nour joined the Front for Gourma Renewal.", SPEC)[0])
    assert ("katiba", "ALLY_OF", "front") in found or ("front", "ALLY_OF", "katiba") in found


def test_a_successor_leads_what_the_founder_led(facts) -> None:  # type: ignore[no-untyped-def]
    # the succession names no group: the successor leads what his predecessor founded (the closure),
    # and no group is guessed for "succeeded him" from the references
    text = "Ali Tanko founded the Katiba Nour in 2008. Issa Wanou succeeded him in 2012."
    found = triples(facts(text, SPEC)[0])
    assert ("tanko", "LEADER_OF", "katiba") in found
    assert ("issa", "LEADER_OF", "katiba") in found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the object of "help", "assist" does what the infinitive says, not the helper
        ("The Nigerien army is helping the Katiba Nour to defeat the Front for Gourma Renewal.", "katiba"),
        ("The Nigerien army is assisting the Katiba Nour to degrade the Front for Gourma Renewal.", "katiba"),
        # a coordinated verb lends its object to the first ("to degrade and destroy X")
        ("The Katiba Nour vowed to degrade and ultimately destroy the Front for Gourma Renewal.", "katiba"),
    ],
)
def test_hostility_cues_read_controlled_and_shared_arguments(facts, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    found = triples(facts(text, SPEC)[0])
    hostile = {frozenset((s, o)) for s, p, o in found if p == "HOSTILE_TO"}
    assert frozenset((subject, "front")) in hostile
    assert frozenset(("niger_army", "front")) not in hostile


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a military release's register: the missions, strikes and weapons a side turns against another
        ("The Katiba Nour will fly strike missions against the Front for Gourma Renewal.", ("katiba", "front")),
        ("Ali Tanko was involved in the use of car bombs against the Nigerien army.", ("tanko", "niger_army")),
        ("Nigerien army airstrikes against the Front for Gourma Renewal killed ten men.", ("niger_army", "front")),
    ],
)
def test_actions_against_an_actor_give_hostile_to(facts, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = triples(facts(text, SPEC)[0])
    assert frozenset(pair) in {frozenset((s, o)) for s, p, o in found if p == "HOSTILE_TO"}


def test_coordinated_subjects_of_a_fight_are_one_side(facts) -> None:  # type: ignore[no-untyped-def]
    # "A, B and C are committed to defeating X": the parser hangs B on A as an apposition, C on B
    text = ("The Katiba Nour, the Front for Gourma Renewal and the Nigerien army are committed to "
            "defeating these terrorists.")
    allied = {frozenset((s, o)) for s, p, o in triples(facts(text, SPEC)[0]) if p == "ALLY_OF"}
    assert {frozenset(("katiba", "front")), frozenset(("katiba", "niger_army")),
            frozenset(("front", "niger_army"))} <= allied
    # fighting each other is no alliance
    text = "The Katiba Nour and the Front for Gourma Renewal fought each other near Tessit."
    assert not any(p == "ALLY_OF" for _, p, _ in triples(facts(text, SPEC)[0]))


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        # X in Y and Y in Z found: X in Z goes (the gold names the nearest container)
        ([("a", "b"), ("b", "c"), ("a", "c")], {("a", "b"), ("b", "c")}),
        # through a longer chain too
        ([("a", "b"), ("b", "c"), ("c", "d"), ("a", "d")], {("a", "b"), ("b", "c"), ("c", "d")}),
        # no chain: both containers stay
        ([("a", "b"), ("a", "c")], {("a", "b"), ("a", "c")}),
        # a cycle (two places each read inside the other) removes neither, nor is a chain through it
        ([("a", "b"), ("b", "a")], {("a", "b"), ("b", "a")}),
        ([("x", "a"), ("x", "b"), ("a", "b"), ("b", "a")], {("x", "a"), ("x", "b"), ("a", "b"), ("b", "a")}),
        (
            [("x", "k"), ("x", "m"), ("k", "m"), ("m", "f"), ("f", "k")],
            {("x", "k"), ("x", "m"), ("k", "m"), ("m", "f"), ("f", "k")},
        ),
    ],
)
def test_nearest_containers(found: list[tuple[str, str]], kept: set[tuple[str, str]]) -> None:
    from reportgraph.extract.places import nearest_containers
    from reportgraph.model import Relation

    other = Relation("g", "OPERATES_IN", "c")
    out = nearest_containers([Relation(s, "LOCATED_IN", o) for s, o in found] + [other])
    assert {(r.subject, r.object) for r in out if r.predicate == "LOCATED_IN"} == kept
    assert other in out
