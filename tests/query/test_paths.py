"""paths: shortest connections between two entities, each hop with its evidence."""

from __future__ import annotations

from kb import Names
from reportgraph.query.paths import paths
from reportgraph.store import Store


def test_shortest_path_hops_carry_evidence(kb: Store, ids: Names) -> None:
    found = paths(kb, ids["Ilyas Moradek"], ids["Orsha Militia"])
    assert len(found) == 1  # not the one-hop MEMBER_OF: an analyst rejected it
    hops = found[0].hops
    assert [(h.source_name, h.label, h.direction, h.target_name) for h in hops] == [
        ("Ilyas Moradek", "LEADER_OF", "out", "Zarvan Brigade"),
        ("Zarvan Brigade", "ALLY_OF", "out", "Qelmar Front"),
        ("Qelmar Front", "HOSTILE_TO", "out", "Orsha Militia")]
    assert hops[0].sentence == "Ilyas Moradek leads the Zarvan Brigade."
    # Two sources tell the alliance: the hop cites the better graded one and counts the other.
    assert (hops[1].grade, hops[1].source, hops[1].other_facts) == ("B", "reports/a.txt", 1)
    back = paths(kb, ids["Orsha Militia"], ids["Ilyas Moradek"])[0].hops
    assert back[-1].direction == "in"


def test_paths_respect_max_len_and_filters(kb: Store, ids: Names) -> None:
    a, b = ids["Ilyas Moradek"], ids["Sand Union"]
    assert paths(kb, a, b, max_len=3) == []
    assert [p.length for p in paths(kb, a, b, max_len=4)] == [4]
    assert paths(kb, a, b, min_grade="C") == []  # SUBUNIT_OF Sand Union is only in an F source
    assert paths(kb, a, a) == []


def test_paths_filters_by_predicate_and_credibility(kb: Store, ids: Names) -> None:
    a, b = ids["Ilyas Moradek"], ids["Orsha Militia"]
    assert paths(kb, a, b, predicates=["LEADER_OF", "ALLY_OF"]) == []
    assert [p.length for p in paths(kb, a, b, predicates=["LEADER_OF", "ALLY_OF", "HOSTILE_TO"])] == [3]
    z = ids["Zarvan Brigade"]
    assert [p.length for p in paths(kb, z, ids["Qelmar Front"], min_credibility=2)] == [1]
    assert paths(kb, z, b, min_credibility=2) == []  # HOSTILE_TO rests on one C source (3)


def test_every_shortest_path_up_to_limit(store: Store) -> None:
    from kb import Doc

    d = Doc("x.txt")
    edges = [("Arn", "Bel"), ("Bel", "Dov"), ("Arn", "Cim"), ("Cim", "Dov"), ("Arn", "Eko"), ("Eko", "Fal"),
             ("Fal", "Dov")]
    for u, v in edges:
        d.rel(f"{u} Group", "ALLY_OF", f"{v} Group")
    d.save(store)
    from reportgraph.query.dossier import find_entity

    a, b = find_entity(store, "Arn Group"), find_entity(store, "Dov Group")
    found = paths(store, a, b)
    assert sorted([h.target_name for h in p.hops] for p in found) == [
        ["Bel Group", "Dov Group"], ["Cim Group", "Dov Group"]]
    assert len(paths(store, a, b, limit=1)) == 1
    assert paths(store, b, a)[0].hops[0].direction == "in"
