"""The workbench's link chart: the ego network of an entity, filtered like an analyst filters a chart.

Unlike ``query.network.neighbours`` (an undirected networkx graph for analysis), the chart wants
directed, aggregated edges it can draw: relations between global entities (subject -> object,
aggregated over documents) and event links (an event's agents to its other participants, and to the
event's place), each with the facts behind it, so the chart can show how many sources say so and
how good the best one is. The edges are grouped, ranked and cut in SQL (``query/chartedges.py``):
of a hub's tens of thousands of links only the strongest come back, with their facts as one text,
decoded for the edges the chart keeps; only the kept edges' sentences and nodes are read.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..errors import NotFoundError
from ..store import Store
from ..store import schema as t
from .chartedges import event_facts, fact_grades, strongest_links
from .graph import ids_in


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


def _links(conn: Any, frontier: set[int], f: ChartFilter, center: int, limit: int, probe: set[int],
           seen_preds: set[str], fact_text: dict[str, str], allowed: set[str],
           ) -> tuple[dict[str, Edge], set[int], bool, bool]:
    """The ``limit`` strongest edges of the frontier (``chartedges``) and those ending at ``probe``,
    as Edges without their facts (their fact text goes into ``fact_text``, decoded if kept:
    ``_fill_facts``; those that pass the type filter into ``allowed``); the entities that are an end
    of any of the frontier's edges, of those found or not: the entities of ``probe`` among them;
    whether every edge of the frontier was found, and whether more than ``limit`` pass the type
    filter."""
    links = strongest_links(conn, frontier, f, center, limit, probe)
    seen_preds |= links.predicates
    edges: dict[str, Edge] = {}
    for row in links.rows:
        key = f"{row.kind[0]}:{row.source}:{row.predicate}:{row.target}"
        # (an empty best grade is read with the facts, if the edge is kept: _fill_facts)
        edges[key] = Edge(key, row.source, row.target, row.predicate, row.kind, row.count, row.confidence,
                          row.grade or "")
        fact_text.setdefault(key, row.facts)
        if row.allowed:
            allowed.add(key)
    ends = {x for ed in edges.values() for x in (ed.source, ed.target)}
    if links.total:  # an entity of the frontier with a link is an end of one (an event's too: its agent's)
        ends |= frontier
    return edges, ends, links.total <= limit, links.total_allowed > limit


def _fill_facts(conn: Any, edges: list[Edge], fact_text: dict[str, str]) -> None:
    """The kept edges' facts (the first 50 ids, in order), an event edge's dates (in the order of its
    events), from their fact text; and the best grade of their documents where it was not read."""
    every: dict[str, list[int]] = {}
    for ed in edges:
        text = fact_text.get(ed.id)
        if not text:
            continue
        if ed.kind == "relation":
            every[ed.id] = sorted(int(x) for x in text.split(","))
        else:
            every[ed.id], ed.dates = event_facts(text)
        ed.facts = every[ed.id][:50]
    for kind in ("relation", "event"):
        ungraded = [ed for ed in edges if ed.kind == kind and not ed.best_grade]
        grades = fact_grades(conn, kind, sorted({i for ed in ungraded for i in every.get(ed.id, [])}))
        for ed in ungraded:
            ed.best_grade = min(["F", *(grades[i] for i in every.get(ed.id, []) if i in grades)])


def _evidence(conn: Any, edges: list[Edge]) -> None:
    """Attach each edge's supporting sentences, with their document, source and grade."""
    ev, d = t.evidence.c, t.documents.c
    pg = conn.dialect.name == "postgresql"
    for kind, column in (("relation", ev.relation_id), ("event", ev.event_id)):
        facts = sorted({f for ed in edges if ed.kind == kind for f in ed.facts})
        if not facts:
            continue
        found: dict[int, list[dict[str, Any]]] = {}
        dates: dict[int, str | None] = {}
        if kind == "event":
            v = t.events.c
            dates = dict(conn.execute(select(v.id, v.date).where(ids_in(v.id, facts, pg))).all())
        for fact, text, doc, source, grade, start, end in conn.execute(
            select(column, ev.text, ev.document_id, d.source, d.grade, ev.start, ev.end)
            .select_from(t.evidence.join(t.documents, d.id == ev.document_id))
            .where(ids_in(column, facts, pg)).order_by(column, ev.id)
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
    truncated = False  # set when more edges pass the filters than a query brought back
    with store.connect() as conn:
        if conn.execute(select(e.id).where(e.id == entity_id)).first() is None:
            raise NotFoundError(f"no entity e{entity_id}")
        edges: dict[str, Edge] = {}
        allowed: set[str] = set()  # the edges between entities of the type filter's types
        fact_text: dict[str, str] = {}  # an edge's facts as one text, decoded if it is kept
        frontier, visited = {entity_id}, {entity_id}

        def add(found: dict[str, Edge]) -> None:
            edges.update({k: v for k, v in found.items() if k not in edges})

        # Each query brings back the max_edges + 1 strongest new edges at least (the rest cannot be
        # among the chart's); when it had more, the chart is truncated and its traversal stops, as
        # it stops once it has max_edges edges. The nodes to expand must be an end of an edge found
        # before their turn (shown), whether the chart keeps it or not: each query looks for them.
        to_expand = list(dict.fromkeys((expand or [])[:20]))
        shown: set[int] = set()
        for _ in range(max(1, min(depth, 3))):
            found, ends, complete, over = _links(conn, frontier, f, entity_id, max_edges + 1 + len(edges),
                                                 set(to_expand) - shown - frontier, seen_preds, fact_text, allowed)
            add(found)
            shown |= ends
            truncated |= over
            frontier = ends - visited
            visited |= frontier
            if not complete or not frontier or len(edges) >= max_edges:
                break
        for x in to_expand:
            if x in shown:  # only nodes on the chart can be expanded
                expanded.append(x)
                found, ends, _complete, over = _links(conn, {x}, f, entity_id, max_edges + 1 + len(edges),
                                                      set(to_expand) - shown, seen_preds, fact_text, allowed)
                add(found)
                truncated |= over
                shown |= ends
    ordered = sorted((ed for k, ed in edges.items() if k in allowed), key=lambda x: (-x.count, -x.confidence, x.id))
    truncated |= len(ordered) > max_edges
    ordered = ordered[:max_edges]
    ids = {x for ed in ordered for x in (ed.source, ed.target)} | {entity_id}
    degree: dict[int, int] = {}
    for ed in ordered:
        degree[ed.source] = degree.get(ed.source, 0) + ed.count
        degree[ed.target] = degree.get(ed.target, 0) + ed.count
    with store.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        info = {row[0]: row for row in conn.execute(select(e.id, e.type, e.name).where(ids_in(e.id, sorted(ids), pg)))}
        _fill_facts(conn, ordered, fact_text)
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
