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
from functools import cache
from typing import Any

import networkx as nx
from sqlalchemy import (
    ARRAY,
    CompoundSelect,
    Connection,
    Integer,
    Select,
    String,
    and_,
    any_,
    bindparam,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased

from ..store import Store
from ..store import schema as t
from ..store.adjacency import neighbours as adjacency_of
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
    confidence: float = 0.0  # the extractor's confidence in the fact


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
    """The row of ``status``'s table is a fact: not rejected, not negated by its sentence (schema.is_fact)."""
    return t.is_fact(status.table)


def _member(column: Any, name: str, pg: bool, type_: Any = Integer) -> Any:
    """``column IN :name`` for a list given at execution. Statements are built once
    (functools.cache) and run with new lists each time; on PostgreSQL as ``= ANY(array)``, so that
    every list length shares one statement text, which psycopg prepares and the server plans once."""
    if pg:
        return column == any_(bindparam(name, type_=ARRAY(type_)))
    return column.in_(bindparam(name, expanding=True))


def local_ids_in(column: Any, local_ids: Select[Any] | CompoundSelect, pg: bool) -> Any:
    """``column IN (local_ids)``, for the relation columns that name local entities (and the event
    columns that name events or local entities: a hub's timeline, its events' ratings). On PostgreSQL as
    ``= ANY(ARRAY(local_ids))``: the planner then looks each local entity up in the relations'
    covering indexes (index-only since v11) instead of scanning all relations into a hash join,
    which it prefers for a few thousand local entities (a path search's frontier, a hub); the
    array's length is unknown when it plans, so it takes it as short."""
    if pg:
        return column == any_(func.array(local_ids.scalar_subquery()))
    return column.in_(local_ids)


def ids_in(column: Any, ids: Iterable[Any], pg: bool, type_: Any = Integer) -> Any:
    """``column IN (ids)`` for a list known now (a page of facts, the kept edges). On PostgreSQL as
    ``= ANY(:array)``: one bound value, where ``IN`` binds one placeholder per id, which the driver
    rewrites and SQLAlchemy expands on every call (for a hub's pages of a few hundred to a few
    thousand ids, more client CPU than the statement's own work in the server)."""
    values = list(ids)
    if pg:
        return column == any_(bindparam(None, values, type_=ARRAY(type_)))
    return column.in_(values)


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"



@cache
def _relation_links(side: str | None, pg: bool = False) -> Select[Any]:
    """Relation links anchored on the subject's or object's entity (``:ids``), or all (None)."""
    r, d = t.relations.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(ls.c.entity_id.label("a"), lo.c.entity_id.label("b"), literal("relation").label("kind"),
                r.predicate.label("label"),
                r.id.label("fact_id"), r.document_id, d.source, d.grade, null().label("date"),
                r.confidence)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(t.documents, d.id == r.document_id))
         .where(_not_rejected(r.status)))
    if side is None:
        return q
    if pg:  # see local_ids_in
        mine = select(t.local_entities.c.id).where(_member(t.local_entities.c.entity_id, "ids", pg))
        return q.where(local_ids_in(r.subject_id if side == "subject" else r.object_id, mine, pg))
    return q.where(_member((ls if side == "subject" else lo).c.entity_id, "ids", pg))


@cache
def _event_links(anchored: bool, pg: bool = False) -> Select[Any]:
    """Pairs of entities taking part in one event: from the anchors (``:ids``), or all."""
    v, d = t.events.c, t.documents.c
    pa, pb = aliased(t.event_participants), aliased(t.event_participants)
    la, lb = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(la.c.entity_id.label("a"), lb.c.entity_id.label("b"), literal("event").label("kind"),
                v.type.label("label"),
                v.id.label("fact_id"), v.document_id, d.source, d.grade, v.date, v.confidence)
         .select_from(la.join(pa, pa.c.local_entity_id == la.c.id)
                      .join(t.events, v.id == pa.c.event_id)
                      .join(pb, and_(pb.c.event_id == v.id, pb.c.local_entity_id != la.c.id))
                      .join(lb, lb.c.id == pb.c.local_entity_id)
                      .join(t.documents, d.id == v.document_id))
         .where(_not_rejected(v.status)))
    return q.where(_member(la.c.entity_id, "ids", pg)) if anchored else q


@cache
def _anchored_links(pg: bool) -> Any:
    return union_all(_relation_links("subject", pg), _relation_links("object", pg), _event_links(True, pg))


def _rows_to_links(rows: Iterable[Any]) -> Iterator[Link]:
    for a, b, kind, label, fact_id, doc, source, grade, date, confidence in rows:
        if a is not None and b is not None:  # else an unresolved local entity
            yield Link(a, b, kind, label, fact_id, doc, source, grade, date, float(confidence or 0.0))


def links_of(conn: Connection, ids: Iterable[int], flt: GraphFilter | None = None) -> list[Link]:
    """Every link touching these entities (relations in both directions, shared events)."""
    id_list = sorted(set(ids))
    if not id_list:
        return []
    links = set(_rows_to_links(conn.execute(_anchored_links(_pg(conn)), {"ids": id_list}).all()))
    if flt is not None:
        links = {x for x in links if flt.keeps(x)}
    return sorted(links, key=lambda x: (x.kind, x.fact_id, x.a, x.b))


@cache
def _links_among(pg: bool) -> Any:
    if pg:
        return _links_among_pg()
    by_subject, by_object = _relation_links("subject", pg), _relation_links("object", pg)
    events = _event_links(True, pg)
    return union_all(by_subject.where(_member(by_subject.selected_columns.b, "others", pg)),
                     by_object.where(_member(by_object.selected_columns.a, "others", pg)),  # anchor: object
                     events.where(_member(events.selected_columns.b, "others", pg)))


def _links_among_pg() -> Any:
    """``_links_among`` on PostgreSQL: the facts' ids first, from the covering indexes alone (the
    anchors' local entities, their relations and events, the other end's entity), then the rows
    of those few facts; joined at once, every relation of the anchors was read from the table (its
    confidence) before the other end was checked."""
    r, le = t.relations.c, t.local_entities.c
    mine = select(le.id).where(_member(le.entity_id, "ids", True))
    ra, lo = aliased(t.relations), aliased(t.local_entities)
    sides = []
    for near, far in ((ra.c.subject_id, ra.c.object_id), (ra.c.object_id, ra.c.subject_id)):
        ids = (select(ra.c.id).select_from(ra.join(lo, lo.c.id == far))
               .where(local_ids_in(near, mine, True), _member(lo.c.entity_id, "others", True),
                      or_(ra.c.status.is_(None), ra.c.status != REJECTED), ra.c.modality != t.NEGATED))
        sides.append(ids)
    pa, pb, lb = aliased(t.event_participants), aliased(t.event_participants), aliased(t.local_entities)
    event_ids = (select(pa.c.event_id)
                 .select_from(pa.join(pb, and_(pb.c.event_id == pa.c.event_id,
                                               pb.c.local_entity_id != pa.c.local_entity_id))
                              .join(lb, lb.c.id == pb.c.local_entity_id))
                 .where(local_ids_in(pa.c.local_entity_id, mine, True), _member(lb.c.entity_id, "others", True)))
    rel = _relation_links(None)
    by_subject = rel.where(local_ids_in(r.id, sides[0], True), _member(rel.selected_columns.a, "ids", True))
    by_object = rel.where(local_ids_in(r.id, sides[1], True), _member(rel.selected_columns.b, "ids", True))
    events = _event_links(True, True)
    events = events.where(local_ids_in(t.events.c.id, event_ids, True),
                          _member(events.selected_columns.b, "others", True))
    return union_all(by_subject.where(_member(by_subject.selected_columns.b, "others", True)),
                     by_object.where(_member(by_object.selected_columns.a, "others", True)),
                     events)


def links_among(conn: Connection, anchors: Iterable[int], others: Iterable[int],
                flt: GraphFilter | None = None) -> list[Link]:
    """The links from any of ``anchors`` to any of ``others`` (e.g. the hops of a path, anchored on
    the end of each hop with fewer links: a group named in every report has thousands)."""
    id_list, other_list = sorted(set(anchors)), sorted(set(others))
    if not id_list or not other_list:
        return []
    rows = conn.execute(_links_among(_pg(conn)), {"ids": id_list, "others": other_list}).all()
    links = set(_rows_to_links(rows))
    if flt is not None:
        links = {x for x in links if flt.keeps(x)}
    return sorted(links, key=lambda x: (x.kind, x.fact_id, x.a, x.b))


@cache
def _adjacency(preds: bool, grade: bool, pg: bool) -> Any:
    """Distinct (anchor, other) entity pairs, for path search: no provenance, filters in SQL, and
    no join to documents unless a grade is asked for."""
    r, v, d = t.relations.c, t.events.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    pa, pb = aliased(t.event_participants), aliased(t.event_participants)
    la, lb = aliased(t.local_entities), aliased(t.local_entities)
    rel = (select(ls.c.entity_id.label("a"), lo.c.entity_id.label("b"))
           .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id))
           .where(_not_rejected(r.status)))
    ev = (select(la.c.entity_id.label("a"), lb.c.entity_id.label("b"))
          .select_from(la.join(pa, pa.c.local_entity_id == la.c.id).join(t.events, v.id == pa.c.event_id)
                       .join(pb, and_(pb.c.event_id == v.id, pb.c.local_entity_id != la.c.id))
                       .join(lb, lb.c.id == pb.c.local_entity_id))
          .where(_not_rejected(v.status), _member(la.c.entity_id, "ids", pg)))
    if preds:
        rel = rel.where(_member(r.predicate, "preds", pg, String))
        ev = ev.where(_member(v.type, "preds", pg, String))
    if grade:
        rel = rel.join(t.documents, d.id == r.document_id).where(d.grade <= bindparam("grade"))
        ev = ev.join(t.documents, d.id == v.document_id).where(d.grade <= bindparam("grade"))
    if pg:  # see local_ids_in
        mine = select(t.local_entities.c.id).where(_member(t.local_entities.c.entity_id, "ids", pg))
        return union_all(rel.where(local_ids_in(r.subject_id, mine, pg)),
                         rel.where(local_ids_in(r.object_id, mine, pg)), ev)
    return union_all(rel.where(_member(ls.c.entity_id, "ids", pg)),
                     rel.where(_member(lo.c.entity_id, "ids", pg)), ev)


def adjacency(conn: Connection, ids: Iterable[int], flt: GraphFilter) -> dict[int, set[int]]:
    """The entities linked to each of these entities (either direction), under the filter's
    predicates and grade (not credibility: that needs the provenance, see ``links_of``)."""
    id_list = sorted(set(ids))
    if flt.predicates is None and flt.min_grade is None:
        # the entity adjacency (schema v12) answers it by one index range scan per entity
        return adjacency_of(conn, id_list)
    out: dict[int, set[int]] = {i: set() for i in id_list}
    if not id_list:
        return out
    params: dict[str, Any] = {"ids": id_list}
    if flt.predicates is not None:
        params["preds"] = sorted(flt.predicates)
    if flt.min_grade is not None:
        params["grade"] = flt.min_grade
    stmt = _adjacency(flt.predicates is not None, flt.min_grade is not None, _pg(conn))
    for a, b in conn.execute(stmt, params).all():
        if a is None or b is None or a == b:
            continue
        if a in out:
            out[a].add(b)
        if b in out:
            out[b].add(a)
    return out


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
        links = list(_rows_to_links(conn.execute(_relation_links(None))))
        links += _rows_to_links(conn.execute(_event_links(False)))
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


def mention_counts(conn: Connection, ids: Iterable[int], with_unmentioned: bool = False) -> dict[int, int]:
    """How many documents' entities each entity gathers: a cheap measure of how many links it has.
    With ``with_unmentioned``, existing entities without any count 0 (and missing ones are absent)."""
    le, e = t.local_entities.c, t.entities.c
    id_list = sorted(set(ids))
    if with_unmentioned:
        q = (select(e.id, func.count(le.id)).select_from(t.entities.outerjoin(t.local_entities))
             .where(e.id.in_(id_list)).group_by(e.id))
    else:
        q = select(le.entity_id, func.count()).where(le.entity_id.in_(id_list)).group_by(le.entity_id)
    return {eid: int(n) for eid, n in conn.execute(q)}


def entity_info(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str, int]]:
    """Name, type and mention count (see ``mention_counts``) of entities, in one statement."""
    le, e = t.local_entities.c, t.entities.c
    q = (select(e.id, e.name, e.type, func.count(le.id)).select_from(t.entities.outerjoin(t.local_entities))
         .where(e.id.in_(sorted(set(ids)))).group_by(e.id, e.name, e.type))
    return {r[0]: (r[1], r[2], int(r[3])) for r in conn.execute(q)}


def entity_names(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Names and types of entities: id -> (name, type)."""
    e = t.entities.c
    id_list = sorted(set(ids))
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(id_list), 5000):
        for row in conn.execute(select(e.id, e.name, e.type).where(e.id.in_(id_list[i:i + 5000]))):
            out[row.id] = (row.name, row.type)
    return out
