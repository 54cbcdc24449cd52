"""The knowledge graph as networkx sees it, read from the store.

Nodes are global entities; an edge joins two entities when a relation links them or when they take
part in one event. Every stored fact behind an edge is kept on it as a ``Link`` (with its document
and that document's grade), so filters and provenance survive the move into networkx. Facts an
analyst rejected are never read.

Small questions (neighbours, paths) read only the part of the graph they need, hop by hop, through
the indexes; whole-graph measures (centrality, communities) read it all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from sqlalchemy import Connection, Select, and_, or_, select, union_all
from sqlalchemy.orm import aliased

from ..store import Store
from ..store import schema as t
from .credibility import grade_at_least

REJECTED = "rejected"


@dataclass(frozen=True)
class Link:
    """One stored fact joining two entities: a relation (a -predicate-> b) or a shared event."""

    a: int
    b: int
    kind: str  # "relation" or "event"
    label: str  # the predicate or the event type
    fact_id: int
    document: str
    source: str
    grade: str
    date: str | None = None


@dataclass
class GraphFilter:
    """Which facts make edges. ``predicates`` may name relation predicates and event types."""

    predicates: frozenset[str] | None = None
    min_grade: str | None = None
    min_credibility: int | None = None

    @classmethod
    def of(cls, predicates: Iterable[str] | None = None, min_grade: str | None = None,
           min_credibility: int | None = None) -> GraphFilter:
        preds = frozenset(p.upper() for p in predicates) if predicates else None
        return cls(preds, min_grade.upper() if min_grade else None, min_credibility)

    def keeps(self, link: Link) -> bool:
        return ((self.predicates is None or link.label in self.predicates)
                and grade_at_least(link.grade, self.min_grade))


@dataclass
class Subgraph:
    """The links read so far, and the entities whose links have all been read."""

    graph: nx.Graph = field(default_factory=nx.Graph)
    expanded: set[int] = field(default_factory=set)

    def add(self, links: Iterable[Link]) -> None:
        for link in links:
            if link.a == link.b:
                continue  # both ends resolved to one entity
            if self.graph.has_edge(link.a, link.b):
                self.graph.edges[link.a, link.b]["links"].append(link)
            else:
                self.graph.add_edge(link.a, link.b, links=[link])


def _not_rejected(status: Any) -> Any:
    return or_(status.is_(None), status != REJECTED)


def _relation_links(ids: list[int] | None, side: str = "subject") -> Select[Any]:
    r, d = t.relations.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    anchor = ls if side == "subject" else lo
    q = (select(ls.c.entity_id.label("a"), lo.c.entity_id.label("b"), r.predicate.label("label"),
                r.id.label("fact_id"), r.document_id, d.source, d.grade)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(t.documents, d.id == r.document_id))
         .where(_not_rejected(r.status)))
    return q.where(anchor.c.entity_id.in_(ids)) if ids is not None else q


def _event_links(ids: list[int] | None) -> Select[Any]:
    v, d = t.events.c, t.documents.c
    pa, pb = aliased(t.event_participants), aliased(t.event_participants)
    la, lb = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(la.c.entity_id.label("a"), lb.c.entity_id.label("b"), v.type.label("label"),
                v.id.label("fact_id"), v.document_id, d.source, d.grade, v.date)
         .select_from(la.join(pa, pa.c.local_entity_id == la.c.id)
                      .join(t.events, v.id == pa.c.event_id)
                      .join(pb, and_(pb.c.event_id == v.id, pb.c.local_entity_id != la.c.id))
                      .join(lb, lb.c.id == pb.c.local_entity_id)
                      .join(t.documents, d.id == v.document_id))
         .where(_not_rejected(v.status)))
    return q.where(la.c.entity_id.in_(ids)) if ids is not None else q


def _rows_to_links(rows: Iterable[Any], kind: str) -> Iterator[Link]:
    for x in rows:
        if x.a is None or x.b is None:
            continue  # an unresolved local entity
        yield Link(x.a, x.b, kind, x.label, x.fact_id, x.document_id, x.source, x.grade,
                   getattr(x, "date", None))


def links_of(conn: Connection, ids: Iterable[int], flt: GraphFilter | None = None) -> list[Link]:
    """Every link touching these entities (relations in both directions, shared events)."""
    id_list = sorted(set(ids))
    if not id_list:
        return []
    rel = union_all(_relation_links(id_list, "subject"), _relation_links(id_list, "object"))
    links = list(_rows_to_links(conn.execute(rel), "relation"))
    links += _rows_to_links(conn.execute(_event_links(id_list)), "event")
    if flt is not None:
        links = [x for x in links if flt.keeps(x)]
    return sorted(set(links), key=lambda x: (x.kind, x.fact_id, x.a, x.b))


def expand(conn: Connection, sub: Subgraph, ids: Iterable[int], flt: GraphFilter | None) -> set[int]:
    """Read the links of entities not read yet; returns the entities newly reached."""
    todo = [i for i in set(ids) if i not in sub.expanded]
    if not todo:
        return set()
    before = set(sub.graph.nodes)
    sub.add(links_of(conn, todo, flt))
    sub.expanded.update(todo)
    return set(sub.graph.nodes) - before


def whole_graph(store: Store, flt: GraphFilter | None = None) -> nx.Graph:
    """Every entity with at least one link, edges weighted by the number of facts behind them."""
    with store.connect() as conn:
        links = list(_rows_to_links(conn.execute(_relation_links(None)), "relation"))
        links += _rows_to_links(conn.execute(_event_links(None)), "event")
    graph = nx.Graph()
    for x in links:
        if x.a == x.b or (flt is not None and not flt.keeps(x)):
            continue
        if graph.has_edge(x.a, x.b):
            graph.edges[x.a, x.b]["facts"].add((x.kind, x.fact_id))
        else:
            graph.add_edge(x.a, x.b, facts={(x.kind, x.fact_id)})
    for _a, _b, data in graph.edges(data=True):
        data["weight"] = len(data["facts"])
    return graph


def entity_names(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Names and types of entities: id -> (name, type)."""
    e = t.entities.c
    id_list = sorted(set(ids))
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(id_list), 5000):
        for row in conn.execute(select(e.id, e.name, e.type).where(e.id.in_(id_list[i:i + 5000]))):
            out[row.id] = (row.name, row.type)
    return out
