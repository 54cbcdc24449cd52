"""Questions about the network: who is near whom, who matters, which groups (paths: query/paths.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from sqlalchemy import Connection, select

from ..errors import NotFoundError, ReportGraphError
from ..store import Store
from ..store import schema as t
from .corroboration import claim_key, claims_about, events_about
from .credibility import credibility_at_least
from .graph import GraphFilter, Link, Subgraph, entity_names, expand, links_of, whole_graph


@dataclass
class Neighbour:
    """An entity ``depth`` hops away, with the facts joining it to the hop before."""

    id: int
    name: str
    type: str
    depth: int
    labels: list[str]  # predicates and event types of those facts
    facts: int
    documents: list[str]
    best_grade: str


def credible(conn: Connection, links: list[Link], min_credibility: int | None) -> list[Link]:
    """The links whose fact is rated ``min_credibility`` or better (1 best); all when None."""
    if min_credibility is None or not links:
        return links
    claims = claims_about(conn, {claim_key(x.a, x.label, x.b) for x in links if x.kind == "relation"})
    events = events_about(conn, {x.fact_id for x in links if x.kind == "event"})

    def keep(x: Link) -> bool:
        if x.kind == "relation":
            c = claims.get(claim_key(x.a, x.label, x.b))
            return c is not None and credibility_at_least(c.credibility, min_credibility)
        ev = events.get(x.fact_id)
        return ev is not None and credibility_at_least(ev.credibility, min_credibility)

    return [x for x in links if keep(x)]


def _check_entity(conn: Connection, entity_id: int) -> None:
    if conn.execute(select(t.entities.c.id).where(t.entities.c.id == entity_id)).first() is None:
        raise NotFoundError(f"no entity e{entity_id}")


def _grow(conn: Connection, sub: Subgraph, ids: Iterable[int], flt: GraphFilter) -> set[int]:
    """``expand`` with the credibility filter applied to what was read."""
    todo = [i for i in set(ids) if i not in sub.expanded]
    if flt.min_credibility is None:
        return expand(conn, sub, todo, flt)
    before = set(sub.graph.nodes)
    sub.add(credible(conn, links_of(conn, todo, flt), flt.min_credibility))
    sub.expanded.update(todo)
    return set(sub.graph.nodes) - before


def neighbours(store: Store, entity_id: int, depth: int = 1, predicates: Iterable[str] | None = None,
               min_grade: str | None = None, min_credibility: int | None = None) -> list[Neighbour]:
    """Entities within ``depth`` hops, nearest first, then by how many facts join them."""
    if depth < 1:
        raise ReportGraphError("depth must be at least 1")
    flt = GraphFilter.of(predicates, min_grade, min_credibility)
    sub = Subgraph()
    dist = {entity_id: 0}
    with store.connect() as conn:
        _check_entity(conn, entity_id)
        frontier = {entity_id}
        for d in range(1, depth + 1):
            _grow(conn, sub, frontier, flt)
            frontier = {n for f in frontier if f in sub.graph for n in sub.graph[f] if n not in dist}
            dist.update((n, d) for n in frontier)
            if not frontier:
                break
        names = entity_names(conn, dist)
    out = []
    for n, d in dist.items():
        if d == 0:
            continue
        links = [x for p in sub.graph[n] if dist.get(p) == d - 1 for x in sub.graph.edges[p, n]["links"]]
        name, etype = names.get(n, (f"e{n}", "?"))
        out.append(Neighbour(n, name, etype, d, sorted({x.label for x in links}), len(links),
                             sorted({x.document for x in links}), min(x.grade for x in links)))
    return sorted(out, key=lambda x: (x.depth, -x.facts, x.name, x.id))


@dataclass
class Ranked:
    id: int
    name: str
    type: str
    score: float


def centrality(store: Store, kind: str = "degree", top: int = 20, predicates: Iterable[str] | None = None,
               min_grade: str | None = None) -> list[Ranked]:
    """The most central entities: ``degree`` (share of others linked) or ``betweenness`` (how often on
    shortest paths; estimated from 500 sampled sources on graphs larger than that)."""
    graph = whole_graph(store, GraphFilter.of(predicates, min_grade))
    if kind == "degree":
        scores = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}
    elif kind == "betweenness":
        k = 500 if len(graph) > 500 else None
        scores = nx.betweenness_centrality(graph, k=k, seed=0 if k else None)
    else:
        raise ReportGraphError(f"unknown centrality '{kind}' (degree or betweenness)")
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    with store.connect() as conn:
        names = entity_names(conn, [n for n, _ in best])
    return [Ranked(n, *names.get(n, ("?", "?")), round(s, 6)) for n, s in best]


@dataclass
class Community:
    id: int
    size: int
    members: list[Ranked]  # by weighted degree inside the community, highest first


def communities(store: Store, min_size: int = 2, predicates: Iterable[str] | None = None,
                min_grade: str | None = None) -> list[Community]:
    """Groups of entities more linked to each other than to the rest (Louvain, seeded: repeatable)."""
    graph = whole_graph(store, GraphFilter.of(predicates, min_grade))
    if graph.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(graph, weight="weight", seed=0)
    parts = sorted((p for p in parts if len(p) >= min_size), key=lambda p: (-len(p), min(p)))
    with store.connect() as conn:
        names = entity_names(conn, [n for p in parts for n in p])
    out = []
    for i, part in enumerate(parts, 1):
        inner = graph.subgraph(part)
        members = [Ranked(n, *names.get(n, ("?", "?")), float(inner.degree(n, weight="weight")))
                   for n in part]
        out.append(Community(i, len(part), sorted(members, key=lambda m: (-m.score, m.name, m.id))))
    return out
