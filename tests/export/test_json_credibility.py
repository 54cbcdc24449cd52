"""The JSON export carries each fact's credibility and its sources' grades; rejected facts stay out."""

from __future__ import annotations

import io
import json
from typing import Any

from kb import Doc, sample_kb
from reportgraph.export.json_export import write_json
from reportgraph.store import Store


def _export(store: Store) -> dict[str, Any]:
    buf = io.StringIO()
    write_json(store, buf)
    return json.loads(buf.getvalue())


def test_relations_and_events_are_rated(store: Store) -> None:
    data = _export(sample_kb(store))
    names = {e["id"]: e["name"] for e in data["entities"]}
    rel = {(names[r["subject"]], r["predicate"], names[r["object"]]): r for r in data["relations"]}
    ally = rel[("Zarvan Brigade", "ALLY_OF", "Qelmar Front")]
    assert (ally["credibility"], sorted(ally["grades"])) == (2, ["B", "C"])
    assert rel[("Qelmar Front", "HOSTILE_TO", "Orsha Militia")]["credibility"] == 3
    # Two different parents, each told by one F source: a conflict, neither better, both kept.
    assert rel[("Orsha Militia", "SUBUNIT_OF", "Dune Council")]["credibility"] == 6
    assert rel[("Orsha Militia", "SUBUNIT_OF", "Sand Union")]["credibility"] == 6
    assert not any(p == "MEMBER_OF" for _, p, _ in rel)  # rejected by an analyst
    founding = sorted((e for e in data["events"] if e["type"] == "FOUNDING"), key=lambda e: e["date"])
    assert [(e["date"], e["credibility"], e["grades"]) for e in founding] == [
        ("2008", 3, ["C"]), ("2010", 5, ["F"])]


def test_symmetric_claims_are_corroborated_in_either_direction(store: Store) -> None:
    Doc("x.txt").rel("Amber Wing", "ALLY_OF", "Basalt Wing").save(store, grade="B")
    Doc("y.txt").rel("Basalt Wing", "ALLY_OF", "Amber Wing").save(store, grade="C")
    assert [r["credibility"] for r in _export(store)["relations"]] == [2, 2]


def test_corroborating_events_name_each_other(store: Store) -> None:
    parts = [("Amber Wing", "agent"), ("Cobalt Post", "patient")]
    Doc("x.txt").event("ATTACK", parts, "2012").save(store, "B")
    Doc("y.txt").event("ATTACK", parts, "2012-03").save(store, "C")
    a, b = _export(store)["events"]
    assert a["corroborated_by"] == [b["id"]] and b["corroborated_by"] == [a["id"]]
    assert a["credibility"] == b["credibility"] == 2 and sorted(a["grades"]) == ["B", "C"]


def test_every_event_is_rated_as_the_queries_rate_it(store: Store) -> None:
    """The export rates an event that shares its type and participants with no other alone, as it
    streams; the result must be what corroboration over all events gives."""
    from reportgraph.query.corroboration import load_events, rate_events

    sample_kb(store)
    Doc("z.txt").event("ATTACK", [("Amber Wing", "agent"), ("Cobalt Post", "patient")], "2014").save(store, "B")
    data = _export(store)
    with store.connect() as conn:
        rated = rate_events(load_events(conn))
    assert len(data["events"]) == len(rated) > 3
    for e in data["events"]:
        ev = rated[int(e["id"][1:])]
        mates = [f"v{i}" for i in sorted(ev.corroborated_by)]
        assert (e["credibility"], e["corroborated_by"]) == (ev.credibility, mates)
    alone = [e for e in data["events"] if e["date"] == "2014"]
    assert [(e["credibility"], e["grades"], e["documents"]) for e in alone] == [(3, ["B"], [alone[0]["document"]])]
