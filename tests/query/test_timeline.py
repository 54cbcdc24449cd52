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
