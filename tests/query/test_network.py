"""neighbours, paths, centrality and communities over the hand-made knowledge base."""

from __future__ import annotations

import pytest

from conftest import Names
from reportgraph.errors import NotFoundError, ReportGraphError
from reportgraph.query.network import centrality, communities, neighbours, paths
from reportgraph.store import Store


def _names(result: list) -> set[str]:  # type: ignore[type-arg]
    return {n.name for n in result}


def test_neighbours_depth_one_and_two(kb: Store, ids: Names) -> None:
    one = neighbours(kb, ids["Qelmar Front"])
    assert [(n.name, n.labels, n.facts, n.depth) for n in one] == [
        ("Zarvan Brigade", ["ALLY_OF"], 2, 1), ("Orsha Militia", ["HOSTILE_TO"], 1, 1)]
    two = neighbours(kb, ids["Qelmar Front"], depth=2)
    assert _names(n for n in two if n.depth == 2) == {
        "Ilyas Moradek", "Tessit Garrison", "Dune Council", "Sand Union"}
    tessit = next(n for n in two if n.name == "Tessit Garrison")
    assert tessit.labels == ["ATTACK"] and tessit.best_grade == "B"  # an event's co-participants


def test_neighbours_filters(kb: Store, ids: Names) -> None:
    q = ids["Qelmar Front"]
    assert _names(neighbours(kb, q, predicates=["ally_of"])) == {"Zarvan Brigade"}
    assert _names(neighbours(kb, q, min_grade="B")) == {"Zarvan Brigade"}
    # ALLY_OF is told by a B and a C source (credibility 2); HOSTILE_TO by one C source (3).
    assert _names(neighbours(kb, q, min_credibility=2)) == {"Zarvan Brigade"}
    assert _names(neighbours(kb, q, min_credibility=3)) == {"Zarvan Brigade", "Orsha Militia"}


def test_rejected_facts_make_no_edge(kb: Store, ids: Names) -> None:
    assert "Ilyas Moradek" not in _names(neighbours(kb, ids["Orsha Militia"]))


def test_unknown_entity(kb: Store) -> None:
    with pytest.raises(NotFoundError):
        neighbours(kb, 99999)


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


def test_centrality(kb: Store, ids: Names) -> None:
    degree = centrality(kb, "degree", top=2)
    assert {r.name for r in degree} == {"Zarvan Brigade", "Orsha Militia"}
    between = centrality(kb, "betweenness", top=10)
    assert {r.name for r in between[:3]} == {"Zarvan Brigade", "Qelmar Front", "Orsha Militia"}
    assert all(r.score == 0 for r in between[3:])  # the leaves are on no one's way


def test_communities_cover_the_linked_entities_once(kb: Store) -> None:
    found = communities(kb, min_size=1)
    members = [m.name for c in found for m in c.members]
    assert len(members) == len(set(members)) == 7
    assert [c.size for c in found] == sorted((c.size for c in found), reverse=True)


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


def test_whole_graph_questions_take_filters(kb: Store, ids: Names) -> None:
    only_b = centrality(kb, "degree", top=10, min_grade="B")  # a.txt alone
    assert {r.name for r in only_b} == {"Zarvan Brigade", "Qelmar Front", "Ilyas Moradek", "Tessit Garrison"}
    hostile = communities(kb, min_size=1, predicates=["HOSTILE_TO"])
    assert [sorted(m.name for m in c.members) for c in hostile] == [["Orsha Militia", "Qelmar Front"]]
    with pytest.raises(ReportGraphError):
        centrality(kb, "pagerank")
