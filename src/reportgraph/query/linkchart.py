"""The workbench's link chart: the ego network of an entity, filtered like an analyst filters a chart.

Unlike ``query.network.neighbours`` (an undirected networkx graph for analysis), the chart wants
directed, aggregated edges it can draw: relations between global entities (subject -> object,
aggregated over documents) and event links (an event's agents to its other participants, and to the
event's place), each with the facts behind it, so the chart can show how many sources say so and
how good the best one is. Relations are counted in SQL, one row per edge (the rejection rule of
neighbours and paths, and the chart's filter), and only the edges the chart keeps have their facts
read: a hub's tens of thousands of relations are not read one by one; events are read here because
the chart needs each participant's role and the event's place.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, and_, case, cast, false, func, select, union
from sqlalchemy.orm import aliased

from ..dates import extent
from ..errors import NotFoundError
from ..store import Store
from ..store import schema as t
from .graph import _not_rejected, local_ids_in


@dataclass
class ChartFilter:
    types: set[str] = field(default_factory=set)  # empty: every type
    predicates: set[str] = field(default_factory=set)
    grades: str = "ABCDEF"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_undated: bool = True
    min_confidence: float = 0.0


@dataclass
class Edge:
    id: str
    source: int
    target: int
    predicate: str
    kind: str  # "relation" or "event"
    count: int = 0
    confidence: float = 0.0
    best_grade: str = "F"
    dates: list[str] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)
    # every supporting sentence (at most MAX_EVIDENCE): kind, fact, sentence, document, source, grade,
    # start, end, date; the chart shows them on a click, without another request
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Chart:
    center: int
    nodes: list[dict[str, Any]]
    edges: list[Edge]
    predicates: list[str]  # every predicate seen before filtering (for the filter's choices)
    truncated: bool = False
    expanded: list[int] = field(default_factory=list)  # nodes whose own links were added (expand=)


MAX_EVIDENCE = 50


def _keep_date(date: str | None, f: ChartFilter) -> bool:
    if f.date_from is None and f.date_to is None:
        return True
    b = extent(date)
    if b is None:
        return f.include_undated
    if f.date_from and b.end and b.end < f.date_from:
        return False
    return not (f.date_to and b.start and b.start > f.date_to)


def _add(
    edges: dict[str, Edge],
    src: int,
    dst: int,
    pred: str,
    kind: str,
    conf: float,
    grade: str,
    date: str | None,
    fact: int,
) -> None:
    key = f"{kind[0]}:{src}:{pred}:{dst}"
    e = edges.get(key)
    if e is None:  # (not setdefault: a hub's thousands of links would each build an Edge)
        e = edges[key] = Edge(key, src, dst, pred, kind)
    e.count += 1
    e.confidence = max(e.confidence, conf)
    e.best_grade = min(e.best_grade, grade)
    if date and date not in e.dates:
        e.dates.append(date)
    if len(e.facts) < 50:
        e.facts.append(fact)


def _relation_rows(frontier: set[int], pg: bool) -> tuple[Any, Any, Any, Any]:
    """The frontier's relations, each once (one index search per side, united: an OR of the sides
    makes the planners scan every relation), joined to both ends' entities and the document, as
    ``links_of`` reads them; returns (from, subject end, object end, relation id subquery)."""
    r, le = t.relations.c, t.local_entities.c
    locals_ = select(le.id).where(le.entity_id.in_(frontier))
    ids = union(select(r.id.label("id")).where(local_ids_in(r.subject_id, locals_, pg)),
                select(r.id.label("id")).where(local_ids_in(r.object_id, locals_, pg))).subquery()
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    joined = (t.relations.join(ids, ids.c.id == r.id).join(ls, ls.c.id == r.subject_id)
              .join(lo, lo.c.id == r.object_id).join(t.documents, t.documents.c.id == r.document_id))
    return joined, ls, lo, ids


def _relation_kept(f: ChartFilter) -> Any:
    """The chart filter's condition on a relation row (``_relation_rows``), in SQL."""
    r, d = t.relations.c, t.documents.c
    if not f.include_undated and (f.date_from or f.date_to):
        return false()  # relations carry no date of their own
    cond = and_(d.grade.in_(sorted(set(f.grades))), r.confidence >= f.min_confidence)
    return and_(cond, r.predicate.in_(sorted(f.predicates))) if f.predicates else cond


def _relation_edges(conn: Any, frontier: set[int], f: ChartFilter, seen_preds: set[str],
                    fact_text: dict[str, str]) -> dict[str, Edge]:
    """The frontier's relation edges counted in SQL, one row per (subject entity, predicate, object
    entity), with the ids of its facts as one text (into ``fact_text``, by edge): a hub's tens of
    thousands of relations are not read one by one, and only the kept edges' ids are decoded
    (``_fill_facts``)."""
    r, d = t.relations.c, t.documents.c
    pg = conn.dialect.name == "postgresql"
    joined, ls, lo, _ids = _relation_rows(frontier, pg)
    kept = _relation_kept(f)
    kept_id = case((kept, r.id))
    ids_text = (func.string_agg(cast(kept_id, Text), ",") if pg else func.group_concat(kept_id))
    q = (select(ls.c.entity_id, r.predicate, lo.c.entity_id, func.count(kept_id),
                func.max(case((kept, r.confidence))), func.min(case((kept, d.grade))), ids_text)
         .select_from(joined)
         .where(_not_rejected(r.status), ls.c.entity_id.is_not(None), lo.c.entity_id.is_not(None))
         .group_by(ls.c.entity_id, r.predicate, lo.c.entity_id))
    edges: dict[str, Edge] = {}
    for a, pred, b, count, conf, grade, ids in conn.execute(q):
        seen_preds.add(pred)
        if count:
            key = f"r:{a}:{pred}:{b}"
            edges[key] = Edge(key, a, b, pred, "relation", int(count), max(0.0, float(conf or 0.0)),
                              min("F", grade))
            fact_text.setdefault(key, ids)
    return edges


def _fill_facts(edges: list[Edge], fact_text: dict[str, str]) -> None:
    """The kept relation edges' facts: the first 50 ids (in order) of their ``_relation_edges`` text."""
    for ed in edges:
        if ed.kind == "relation" and ed.id in fact_text:
            ed.facts = sorted(int(x) for x in fact_text[ed.id].split(","))[:50]


def _links(conn: Any, frontier: set[int], f: ChartFilter, seen_preds: set[str],
           fact_text: dict[str, str]) -> dict[str, Edge]:
    d, le = t.documents.c, t.local_entities.c
    locals_ = select(le.id).where(le.entity_id.in_(frontier))
    edges = _relation_edges(conn, frontier, f, seen_preds, fact_text)
    v, p = t.events.c, t.event_participants.c
    loc = aliased(t.local_entities)
    mine = select(p.event_id).where(p.local_entity_id.in_(locals_))
    evs = conn.execute(
        select(v.id, v.type, v.date, v.confidence, d.grade, loc.c.entity_id)
        .select_from(
            t.events.join(t.documents, d.id == v.document_id).outerjoin(loc, loc.c.id == v.location_id)
        )
        .where(v.id.in_(mine))
        .where(_not_rejected(v.status))
    ).all()
    kept = {}
    for eid, etype, date, conf, grade, place in evs:
        seen_preds.add(etype)
        if (f.predicates and etype not in f.predicates) or grade not in f.grades or conf < f.min_confidence:
            continue
        if _keep_date(date, f):
            kept[eid] = (etype, date, conf, grade, place)
    if kept:
        parts: dict[int, list[tuple[int, str]]] = {}
        # the participants of the frontier's events, found as the events were (a hub's thousands of
        # event ids as a list of parameters cost more to bind than the query to run)
        for eid, ent, role in conn.execute(
            select(p.event_id, le.entity_id, p.role)
            .select_from(t.event_participants.join(t.local_entities))
            .where(p.event_id.in_(mine))
        ):
            if eid in kept:
                parts.setdefault(eid, []).append((ent, role))
        for eid, (etype, date, conf, grade, place) in kept.items():
            members = parts.get(eid, [])
            agents = [m for m, role in members if role == "agent"] or [m for m, _ in members][:1]
            for a in agents:
                for m, _role in members:
                    if m != a:
                        _add(edges, a, m, etype, "event", conf, grade, date, eid)
                if place:
                    _add(edges, a, place, f"{etype} at", "event", conf, grade, date, eid)
    return edges


def _evidence(conn: Any, edges: list[Edge]) -> None:
    """Attach each edge's supporting sentences, with their document, source and grade."""
    ev, d = t.evidence.c, t.documents.c
    for kind, column in (("relation", ev.relation_id), ("event", ev.event_id)):
        facts = sorted({f for ed in edges if ed.kind == kind for f in ed.facts})
        if not facts:
            continue
        found: dict[int, list[dict[str, Any]]] = {}
        dates: dict[int, str | None] = {}
        if kind == "event":
            dates = dict(conn.execute(select(t.events.c.id, t.events.c.date).where(t.events.c.id.in_(facts))).all())
        for fact, text, doc, source, grade, start, end in conn.execute(
            select(column, ev.text, ev.document_id, d.source, d.grade, ev.start, ev.end)
            .select_from(t.evidence.join(t.documents, d.id == ev.document_id))
            .where(column.in_(facts)).order_by(column, ev.id)
        ):
            found.setdefault(fact, []).append({
                "kind": kind, "fact": fact, "sentence": text, "document": doc, "source": source,
                "grade": grade, "start": start, "end": end, "date": dates.get(fact)})
        for ed in edges:
            if ed.kind == kind:
                ed.evidence = [x for f in ed.facts for x in found.get(f, [])][:MAX_EVIDENCE]
                ed.evidence.sort(key=lambda x: (x["grade"], x["source"], x["fact"]))


def ego_network(
    store: Store, entity_id: int, depth: int = 1, flt: ChartFilter | None = None, max_edges: int = 400,
    expand: list[int] | None = None,
) -> Chart:
    """Entities linked to ``entity_id`` within ``depth`` steps, with the filtered links between them;
    ``expand``: nodes whose own links are added as well (the chart's expanded nodes)."""
    f = flt or ChartFilter()
    e = t.entities.c
    seen_preds: set[str] = set()
    expanded: list[int] = []
    with store.connect() as conn:
        if conn.execute(select(e.id).where(e.id == entity_id)).first() is None:
            raise NotFoundError(f"no entity e{entity_id}")
        edges: dict[str, Edge] = {}
        frontier, visited = {entity_id}, {entity_id}
        fact_text: dict[str, str] = {}  # a relation edge's fact ids, decoded if it is kept
        for _ in range(max(1, min(depth, 3))):
            found = _links(conn, frontier, f, seen_preds, fact_text)
            edges.update({k: v for k, v in found.items() if k not in edges})
            frontier = {x for ed in found.values() for x in (ed.source, ed.target)} - visited
            visited |= frontier
            if not frontier or len(edges) >= max_edges:
                break
        shown = {x for ed in edges.values() for x in (ed.source, ed.target)}
        for x in (expand or [])[:20]:
            if x in shown and x not in expanded:  # only nodes on the chart can be expanded
                expanded.append(x)
                found = _links(conn, {x}, f, seen_preds, fact_text)
                edges.update({k: v for k, v in found.items() if k not in edges})
                shown |= {y for ed in found.values() for y in (ed.source, ed.target)}
        info: dict[int, Any] = {}
        if f.types:  # the types of every node, to filter on; else only the kept nodes' are read below
            ids = {x for ed in edges.values() for x in (ed.source, ed.target)} | {entity_id}
            info = {row[0]: row for row in conn.execute(select(e.id, e.type, e.name).where(e.id.in_(ids)))}
    if f.types:
        allowed = {i for i, row in info.items() if row[1] in f.types} | {entity_id}
        edges = {k: v for k, v in edges.items() if v.source in allowed and v.target in allowed}
        ids = {x for ed in edges.values() for x in (ed.source, ed.target)} | {entity_id}
    ordered = sorted(edges.values(), key=lambda x: (-x.count, -x.confidence, x.id))
    truncated = len(ordered) > max_edges
    ordered = ordered[:max_edges]
    _fill_facts(ordered, fact_text)
    ids = {x for ed in ordered for x in (ed.source, ed.target)} | {entity_id}
    degree: dict[int, int] = {}
    for ed in ordered:
        degree[ed.source] = degree.get(ed.source, 0) + ed.count
        degree[ed.target] = degree.get(ed.target, 0) + ed.count
    with store.connect() as conn:
        if not f.types:
            info = {row[0]: row for row in conn.execute(select(e.id, e.type, e.name).where(e.id.in_(ids)))}
        _evidence(conn, ordered)
    positions = layout(sorted(i for i in ids if i in info), ordered, entity_id)
    nodes = [
        {
            "id": i,
            "type": info[i][1],
            "name": info[i][2],
            "degree": degree.get(i, 0),
            "center": i == entity_id,
            "x": positions[i][0],
            "y": positions[i][1],
        }
        for i in sorted(ids)
        if i in info
    ]
    return Chart(entity_id, nodes, ordered, sorted(seen_preds), truncated, expanded)


FORCE_LAYOUT_MAX = 100  # charts of more nodes are laid out in rings (radial_layout)


def layout(ids: list[int], edges: list[Edge], center: int) -> dict[int, tuple[float, float]]:
    """Deterministic positions (pixels) for the chart: a seeded force layout, the centre in the
    middle, spread so that about 200 x 70 px of room is left per node for its label (the browser
    then only nudges labels apart). The same chart is laid out the same on every load.

    A chart of more than FORCE_LAYOUT_MAX nodes (a hub's: hundreds of neighbours) is laid out in
    rings around the centre instead (``radial_layout``): a force layout costs the square of the
    nodes per iteration (360 ms for a hub's chart), and of a star it would only make a ring."""
    if len(ids) > FORCE_LAYOUT_MAX:
        return _spread(radial_layout(ids, edges, center), center)
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(ids)
    for ed in edges:
        if ed.source != ed.target:
            w = g.get_edge_data(ed.source, ed.target, {"weight": 0})["weight"]
            g.add_edge(ed.source, ed.target, weight=w + ed.count)
    if len(ids) == 1:
        return {ids[0]: (0.0, 0.0)}
    fixed = {center: (0.0, 0.0)} if center in g else None
    pos = nx.spring_layout(g, seed=7, iterations=200, pos=fixed, fixed=list(fixed) if fixed else None,
                           k=1.6 / max(1.0, len(ids) ** 0.5))
    return _spread({i: (float(pos[i][0]), float(pos[i][1])) for i in ids}, center)


def _spread(pos: dict[int, tuple[float, float]], center: int) -> dict[int, tuple[float, float]]:
    """Positions scaled to the room the labels need: width ~ 200 px, height ~ 70 px per node, 4:3
    overall, the centre at (0, 0)."""
    ids = list(pos)
    n = len(ids)
    width, height = max(500.0, (n * 200 * 70 * 4 / 3) ** 0.5), max(360.0, (n * 200 * 70 * 3 / 4) ** 0.5)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    sx = width / max(1e-9, max(xs) - min(xs))
    sy = height / max(1e-9, max(ys) - min(ys))
    cx, cy = pos.get(center, (0.0, 0.0))
    return {i: (round(float((pos[i][0] - cx) * sx), 1), round(float((pos[i][1] - cy) * sy), 1)) for i in ids}


def radial_layout(ids: list[int], edges: list[Edge], center: int) -> dict[int, tuple[float, float]]:
    """Rings around the centre, in linear time: the entities one link away on the inner rings, those
    two links away outside them, and so on (those not linked to the centre at all outermost). Each
    band of rings goes round once: its nodes are ordered by angle and dealt to its rings in turn,
    so that neighbours in angle sit on different rings (their labels do not collide). The direct
    neighbours are grouped by the kind of their strongest link with the centre (its predicate or
    event type), then by strength; each farther node follows the node that reached it."""
    adj: dict[int, dict[int, Edge]] = {i: {} for i in ids}
    for ed in edges:
        if ed.source != ed.target and ed.source in adj and ed.target in adj:
            for u, v in ((ed.source, ed.target), (ed.target, ed.source)):
                have = adj[u].get(v)
                if have is None or (ed.count, -len(ed.id), ed.id) > (have.count, -len(have.id), have.id):
                    adj[u][v] = ed
    weight = {i: sum(ed.count for ed in adj[i].values()) for i in ids}
    # breadth-first levels from the centre; each node's angle key is its parent's, then its own
    levels: list[list[int]] = []
    key: dict[int, tuple[Any, ...]] = {}
    if center in adj:
        key[center] = ()
        frontier = [center]
        while frontier:
            nxt: dict[int, tuple[Any, ...]] = {}
            for rank, u in enumerate(frontier):
                for v, ed in adj[u].items():
                    if v in key or v in nxt:
                        continue
                    own = (ed.predicate, -weight[v], v) if u == center else (-weight[v], v)
                    nxt[v] = (rank, *own) if u != center else own
            ordered = sorted(nxt, key=lambda v: nxt[v])
            for v in ordered:
                key[v] = nxt[v]
            if ordered:
                levels.append(ordered)
            frontier = ordered
    rest = sorted(i for i in ids if i not in key)
    if rest:
        levels.append(rest)
    pos: dict[int, tuple[float, float]] = {center: (0.0, 0.0)} if center in adj else {}
    inner = 0.3  # the first band starts here; each band is one unit deep
    for level in levels:
        rings = max(1, math.ceil(len(level) / RING_NODES))
        for i, node in enumerate(level):
            ring = i % rings
            radius = inner + (ring + 0.5) / rings
            angle = 2 * math.pi * (i + 0.5) / len(level)
            pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
        inner += 1.2
    return pos


RING_NODES = 48  # nodes per ring of a band (radial_layout)
