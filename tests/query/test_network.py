"""neighbours, centrality and communities over the hand-made knowledge base."""

from __future__ import annotations

import pytest

from kb import Names
from reportgraph.errors import NotFoundError, ReportGraphError
from reportgraph.query.network import centrality, communities, neighbours
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


def test_whole_graph_questions_take_filters(kb: Store, ids: Names) -> None:
    only_b = centrality(kb, "degree", top=10, min_grade="B")  # a.txt alone
    assert {r.name for r in only_b} == {"Zarvan Brigade", "Qelmar Front", "Ilyas Moradek", "Tessit Garrison"}
    hostile = communities(kb, min_size=1, predicates=["HOSTILE_TO"])
    assert [sorted(m.name for m in c.members) for c in hostile] == [["Orsha Militia", "Qelmar Front"]]
    with pytest.raises(ReportGraphError):
        centrality(kb, "pagerank")
