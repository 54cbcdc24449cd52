"""The timeline: date order, filters, credibility."""

from __future__ import annotations

import pytest

from kb import Names
from reportgraph.errors import ReportGraphError
from reportgraph.query.timeline import timeline
from reportgraph.store import Store


def _dates(entries: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(e.type, e.date) for e in entries]


def test_order_and_filters(kb: Store, ids: Names) -> None:
    assert _dates(timeline(kb)) == [("FOUNDING", "2008"), ("FOUNDING", "2010"), ("ATTACK", "2011-05")]
    assert _dates(timeline(kb, actor=ids["Qelmar Front"])) == [("FOUNDING", "2008"), ("FOUNDING", "2010")]
    assert _dates(timeline(kb, type="attack")) == [("ATTACK", "2011-05")]
    assert _dates(timeline(kb, place=ids["Tessit"])) == [("ATTACK", "2011-05")]
    assert _dates(timeline(kb, start="2009")) == [("FOUNDING", "2010"), ("ATTACK", "2011-05")]
    assert _dates(timeline(kb, start="2009", end="2010-12")) == [("FOUNDING", "2010")]
    assert _dates(timeline(kb, source="c.txt")) == [("FOUNDING", "2010")]
    assert _dates(timeline(kb, min_grade="C")) == [("FOUNDING", "2008"), ("ATTACK", "2011-05")]


def test_entries_carry_provenance_and_credibility(kb: Store) -> None:
    first, second, attack = timeline(kb)
    assert first.credibility == 3  # one C source
    assert second.credibility == 5  # one F source, contradicted by a better one
    assert attack.place == "Tessit" and attack.grade == "B"
    assert [(n, r) for _, n, r in attack.participants] == [("Tessit Garrison", "patient"),
                                                          ("Zarvan Brigade", "agent")]
    assert "Zarvan Brigade" in attack.sentence
    assert _dates(timeline(kb, min_credibility=3)) == [("FOUNDING", "2008"), ("ATTACK", "2011-05")]


def test_bad_period(kb: Store) -> None:
    with pytest.raises(ReportGraphError):
        timeline(kb, start="last spring")


def test_a_page_is_the_head_of_the_whole_timeline_and_only_it_is_rated(store: Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: the events of an entity named in many reports are sorted as bare ids and dates; only
    the page asked for is read whole and rated (without a credibility floor, exactly the page)."""
    import sys

    from kb import Doc
    from reportgraph.query.dossier import find_entity

    module = sys.modules["reportgraph.query.timeline"]  # the package's ``timeline`` is the function

    for i in range(12):
        Doc(f"r{i}.txt").event("ATTACK", [("Hub Front", "agent"), (f"Town {i}", "patient")],
                               f"20{(i * 7) % 12:02d}-0{1 + i % 9}").save(store)
    Doc("undated.txt").event("ATTACK", [("Hub Front", "agent"), ("Town X", "patient")]).save(store)
    hub = find_entity(store, "Hub Front")
    whole = timeline(store, entity=hub)
    assert len(whole) == 13 and whole[-1].date is None
    assert [e.date for e in whole[:-1]] == sorted(e.date for e in whole[:-1])
    rated: list[int] = []
    real = module.events_about

    def counting(conn: object, ids: list[int]) -> object:
        rated.append(len(ids))
        return real(conn, ids)

    monkeypatch.setattr(module, "events_about", counting)
    page = timeline(store, entity=hub, limit=5)
    assert [e.id for e in page] == [e.id for e in whole[:5]]
    assert [(e.credibility, e.participants, e.sentence) for e in page] == [
        (e.credibility, e.participants, e.sentence) for e in whole[:5]]
    assert rated == [5]
