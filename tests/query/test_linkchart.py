"""The link chart's edges, ranked and cut in SQL (query/chartedges.py), against the chart's rules
computed in Python from every row (``reference`` below), on random knowledge bases whose charts
are truncated, filtered, of depth 1-3 and expanded, on every backend."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from reportgraph.dates import extent
from reportgraph.query.linkchart import ChartFilter, ego_network
from reportgraph.store import Store
from reportgraph.store import schema as t

TYPES = ("PERSON", "ORGANIZATION", "COMMUNITY", "LOCATION")
PREDICATES = ("ALLY_OF", "LEADER_OF", "MEMBER_OF")
EVENTS = ("ATTACK", "ARREST")
DATES = (None, "", "2019", "2020-03", "2021", "2020-03/..", "201X", "not a date")


def random_kb(store: Store, seed: int) -> None:
    """A few hundred facts among 30 entities, with ties in count and confidence, rejected and negated
    facts, events without an agent, with several agents, or naming one entity twice."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "entities", "documents", "local_entities", "relations", "events", "event_participants", "evidence")}
    rows["entities"] = [{"id": i, "type": TYPES[i % 4], "name": f"E{i}"} for i in range(1, 31)]
    le_id = rel_id = ev_id = ev_text = 0
    for n in range(40):
        doc = f"d{n:03d}"
        rows["documents"].append({"id": doc, "source": f"s{n % 7}", "title": doc, "media_type": "text/plain",
                                  "text": "x", "n_chars": 1, "ingested_at": "2026-01-01", "grade": rng.choice("ABCDEF"),
                                  "extractor": "test"})
        locals_ = []
        for ent in rng.sample(range(1, 31), 6) + [rng.choice((1, 2))]:  # entity 1 or 2 twice in a document
            le_id += 1
            locals_.append(le_id)
            rows["local_entities"].append({"id": le_id, "document_id": doc, "key": f"L{le_id}", "type": "X",
                                           "name": f"E{ent}", "aliases": [], "roles": [], "confidence": 1.0,
                                           "entity_id": ent})
        for _ in range(6):
            rel_id += 1
            s, o = rng.sample(locals_, 2)
            rows["relations"].append({
                "id": rel_id, "document_id": doc, "subject_id": s, "predicate": rng.choice(PREDICATES), "object_id": o,
                "confidence": rng.choice((0.4, 0.7, 0.9)), "method": "test",
                "status": rng.choice((None, None, None, "accepted", "rejected")),
                "modality": rng.choice(("asserted",) * 5 + ("negated",))})
            ev_text += 1
            rows["evidence"].append({"id": ev_text, "relation_id": rel_id, "event_id": None, "document_id": doc,
                                     "start": 0, "end": 1, "text": f"relation {rel_id}"})
        for _ in range(4):
            ev_id += 1
            rows["events"].append({
                "id": ev_id, "document_id": doc, "type": rng.choice(EVENTS), "trigger": "x",
                "location_id": rng.choice(locals_) if rng.random() < 0.4 else None, "date": rng.choice(DATES),
                "confidence": rng.choice((0.5, 0.8)), "method": "test",
                "status": rng.choice((None, None, None, "rejected")), "modality": "asserted"})
            members = rng.sample(locals_, rng.randint(1, 4))
            if rng.random() < 0.2:
                members.append(members[0])  # one local entity named twice, in two roles
            for lid in members:
                rows["event_participants"].append({"event_id": ev_id, "local_entity_id": lid,
                                                   "role": rng.choice(("agent", "patient", "patient", "target"))})
            ev_text += 1
            rows["evidence"].append({"id": ev_text, "relation_id": None, "event_id": ev_id, "document_id": doc,
                                     "start": 0, "end": 1, "text": f"event {ev_id}"})
    rng.shuffle(rows["event_participants"])  # stored in no particular order
    with store.engine.begin() as conn:
        for name, batch in rows.items():
            conn.execute(getattr(t, name).insert(), batch)


def reference(store: Store, center: int, depth: int, f: ChartFilter, max_edges: int,
              expand: list[int]) -> dict[str, Any]:
    """The chart's edges by its rules, from every row: relations grouped by entity pair and predicate;
    each event's agents (its participants of role agent, or else its first, the lowest local entity
    id) to its other participants and to its place; the strongest kept, ties by id."""
    with store.connect() as conn:
        ent = dict(conn.execute(select(t.local_entities.c.id, t.local_entities.c.entity_id)).all())
        grade = dict(conn.execute(select(t.documents.c.id, t.documents.c.grade)).all())
        types = dict(conn.execute(select(t.entities.c.id, t.entities.c.type)).all())
        rels = conn.execute(select(t.relations).where(t.is_fact(t.relations))).mappings().all()
        events = {e["id"]: e for e in conn.execute(select(t.events).where(t.is_fact(t.events))).mappings()}
        parts: dict[int, list[tuple[int, str]]] = {}
        for p in conn.execute(select(t.event_participants)).mappings():
            parts.setdefault(p["event_id"], []).append((p["local_entity_id"], p["role"]))

    def keep_date(date: str | None) -> bool:
        if f.date_from is None and f.date_to is None:
            return True
        b = extent(date)
        if b is None:
            return f.include_undated
        if f.date_from and b.end and b.end < f.date_from:
            return False
        return not (f.date_to and b.start and b.start > f.date_to)

    def links(frontier: set[int], seen: set[str]) -> dict[str, dict[str, Any]]:
        edges: dict[str, dict[str, Any]] = {}

        def add(kind: str, a: int, pred: str, b: int, conf: float, g: str, date: str | None, fact: int) -> None:
            e = edges.setdefault(f"{kind[0]}:{a}:{pred}:{b}", {"source": a, "target": b, "predicate": pred,
                                 "kind": kind, "count": 0, "confidence": 0.0, "best_grade": "F", "dates": [],
                                 "facts": []})
            e["count"] += 1
            e["confidence"] = max(e["confidence"], conf)
            e["best_grade"] = min(e["best_grade"], g)
            if date and date not in e["dates"]:
                e["dates"].append(date)
            e["facts"].append(fact)

        for r in rels:
            a, b = ent[r["subject_id"]], ent[r["object_id"]]
            if a not in frontier and b not in frontier:
                continue
            seen.add(r["predicate"])
            g = grade[r["document_id"]]
            if (g in f.grades and r["confidence"] >= f.min_confidence
                    and (not f.predicates or r["predicate"] in f.predicates)
                    and (f.include_undated or not (f.date_from or f.date_to))):
                add("relation", a, r["predicate"], b, r["confidence"], g, None, r["id"])
        for eid in sorted(events):
            ev, members = events[eid], sorted(parts.get(eid, []))
            if not any(ent[lid] in frontier for lid, _ in members):
                continue
            seen.add(ev["type"])
            g = grade[ev["document_id"]]
            if (g not in f.grades or ev["confidence"] < f.min_confidence
                    or (f.predicates and ev["type"] not in f.predicates) or not keep_date(ev["date"])):
                continue
            agents = [ent[lid] for lid, role in members if role == "agent"] or [ent[members[0][0]]]
            for a in agents:
                for lid, _ in members:
                    if ent[lid] != a:
                        add("event", a, ev["type"], ent[lid], ev["confidence"], g, ev["date"], eid)
                if ev["location_id"]:
                    add("event", a, f"{ev['type']} at", ent[ev["location_id"]], ev["confidence"], g, ev["date"], eid)
        return edges

    seen: set[str] = set()
    edges: dict[str, dict[str, Any]] = {}
    frontier, visited = {center}, {center}
    for _ in range(depth):
        found = links(frontier, seen)
        edges.update({k: v for k, v in found.items() if k not in edges})
        frontier = {x for e in found.values() for x in (e["source"], e["target"])} - visited
        visited |= frontier
        if not frontier or len(edges) >= max_edges:
            break
    shown = {x for e in edges.values() for x in (e["source"], e["target"])}
    expanded = []
    for x in expand:
        if x in shown and x not in expanded:
            expanded.append(x)
            found = links({x}, seen)
            edges.update({k: v for k, v in found.items() if k not in edges})
            shown |= {y for e in found.values() for y in (e["source"], e["target"])}
    if f.types:
        edges = {k: e for k, e in edges.items()
                 if all(types[x] in f.types or x == center for x in (e["source"], e["target"]))}
    ordered = sorted(edges, key=lambda k: (-edges[k]["count"], -edges[k]["confidence"], k))
    out = [{"id": k, **edges[k], "facts": sorted(edges[k]["facts"])[:50]} for k in ordered[:max_edges]]
    return {"edges": out, "predicates": sorted(seen), "truncated": len(ordered) > max_edges, "expanded": expanded}


FILTERS = [
    ChartFilter(),
    ChartFilter(grades="ABC", min_confidence=0.6),
    ChartFilter(types={"PERSON", "ORGANIZATION"}),
    ChartFilter(predicates={"ALLY_OF", "ATTACK"}),
    ChartFilter(date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31)),
    ChartFilter(date_from=dt.date(2020, 6, 1), include_undated=False),
    ChartFilter(grades="AB", types={"PERSON", "COMMUNITY"}, predicates={"ATTACK", "MEMBER_OF"},
                date_to=dt.date(2021, 1, 1)),
]


def _chart(store: Store, center: int, depth: int, f: ChartFilter, max_edges: int, expand: list[int]) -> dict[str, Any]:
    chart = ego_network(store, center, depth=depth, flt=f, max_edges=max_edges, expand=expand)
    return {"edges": [{k: v for k, v in dataclasses.asdict(e).items() if k != "evidence"} for e in chart.edges],
            "predicates": chart.predicates, "truncated": chart.truncated, "expanded": chart.expanded}


def test_chart_edges_follow_the_rules(store: Store) -> None:
    random_kb(store, 1)
    rng = random.Random(1)
    checked = truncated = 0
    for f in FILTERS:
        for center in (1, rng.randint(3, 30)):
            nodes = [rng.randint(1, 30) for _ in range(3)]
            for depth, max_edges, expand in ((1, 400, []), (1, 7, []), (2, 25, []), (3, 400, []), (1, 400, nodes)):
                got = _chart(store, center, depth, f, max_edges, expand)
                assert got == reference(store, center, depth, f, max_edges, expand), (f, center, depth, max_edges)
                checked += 1
                truncated += got["truncated"]
            # A truncated chart's expansion: the same nodes expanded. (An event link that the centre's
            # query found below the cut takes its count from the expanded node's events here, from the
            # centre's in the reference: either is a count over part of the events.)
            got, want = _chart(store, center, 1, f, 12, nodes), reference(store, center, 1, f, 12, nodes)
            assert (got["expanded"], got["predicates"], got["truncated"]) == (
                want["expanded"], want["predicates"], want["truncated"])
    assert checked == len(FILTERS) * 10 and truncated > 10  # the cut was exercised


def test_chart_evidence_and_nodes(store: Store) -> None:
    """The kept edges' sentences and nodes: each edge's evidence is its facts' sentences; every node
    is an end of an edge or the centre."""
    random_kb(store, 3)
    chart = ego_network(store, 1, max_edges=10)
    assert chart.edges and chart.truncated
    for e in chart.edges:
        assert sorted(x["fact"] for x in e.evidence) == sorted(e.facts)
        assert all(x["sentence"] == f"{e.kind} {x['fact']}" for x in e.evidence)
    ends = {x for e in chart.edges for x in (e.source, e.target)} | {1}
    assert {n["id"] for n in chart.nodes} == ends
