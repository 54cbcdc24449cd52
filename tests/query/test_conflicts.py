"""Conflicting claims are listed side by side, most credible first; none is dropped."""

from __future__ import annotations

from kb import Names
from reportgraph.query.conflicts import conflicts
from reportgraph.store import Store


def test_exclusive_relation_and_event_dates(kb: Store, ids: Names) -> None:
    found = conflicts(kb)
    assert [(c.kind, c.label, c.subject) for c in found] == [
        ("relation", "SUBUNIT_OF", "Orsha Militia"), ("event", "FOUNDING", "Qelmar Front")]
    rel, ev = found
    assert sorted(v.value for v in rel.versions) == ["Dune Council", "Sand Union"]
    assert [(v.value, v.credibility, v.grades) for v in ev.versions] == [
        ("2008", 3, ["C"]), ("2010", 5, ["F"])]


def test_conflicts_of_one_entity(kb: Store, ids: Names) -> None:
    assert [c.label for c in conflicts(kb, entity=ids["Qelmar Front"])] == ["FOUNDING"]
    assert conflicts(kb, entity=ids["Tessit"]) == []


def test_agreeing_dates_are_no_conflict(store: Store) -> None:
    from kb import Doc

    Doc("x.txt").event("FOUNDING", [("Pell Group", "patient")], "2003").save(store)
    Doc("y.txt").event("FOUNDING", [("Pell Group", "patient")], "2003-07~").save(store)
    assert conflicts(store) == []
