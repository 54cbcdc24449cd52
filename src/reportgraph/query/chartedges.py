"""The link chart's edges, aggregated and ranked in SQL: only the strongest come back.

A hub (an entity named in 10,000 documents) has some 20,000 relation edges and 20,000 event edges,
nearly all to distinct neighbours, of which the chart shows 400. Reading them all to rank them in
Python cost 0.4 s of CPU on SQLite (issue 12); here both kinds are grouped, ranked and cut in one
statement, and only the strongest edges, with their facts as one text each, come back:

- relation edges: one per (subject entity, predicate, object entity), over the frontier's facts;
- event edges: an event's agents to each of its other participants and to the event's place (a
  ``TYPE at`` edge); an event with no agent has its first participant (the lowest local entity id,
  the order in which the document named them, and the order in which the chart read them before)
  as its agent.

The rank is the chart's: most facts, then the best confidence, then the edge's id as text (the
same order as sorting ``Edge.id`` in Python: on PostgreSQL under the "C" collation). With a type
filter the edges between kept types rank first, so that the strongest of those are in the cut.
Without a grade filter the documents are not read to rank: only the kept edges' best grade is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Text,
    and_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import aliased

from ..dates import extent
from ..store import schema as t
from .credibility import GRADES
from .graph import _member, _not_rejected, ids_in, local_ids_in

# An event edge's fact text: each event's id and date (ids in no particular order), decoded only for
# the edges kept (``event_facts``). The separators are ASCII's unit and record separators, which no
# date holds.
_PAIR, _ITEM = "\x1f", "\x1e"


@dataclass
class LinkRow:
    kind: str  # "relation" or "event"
    source: int
    predicate: str
    target: int
    count: int
    confidence: float
    grade: str | None  # None: not read here (no grade filter): ``fact_grades`` of the kept edges
    facts: str  # relation: the ids, comma-separated; event: id and date pairs (event_facts)
    allowed: bool  # both ends pass the chart's type filter (always true without one)


@dataclass
class Links:
    rows: list[LinkRow]  # the strongest edges, at most the limit asked for (and those probed for)
    predicates: set[str]  # every relation predicate and event type seen, before the filter
    total: int  # how many edges the frontier has (kept by the filter, of every type)
    total_allowed: int  # how many of them pass the type filter too


def _graded(f: Any) -> bool:
    """Whether the chart filter leaves out a grade: without one, the documents are not read to rank the
    edges (a source's grade is one of A-F), only to give the kept ones their best grade."""
    return not set(GRADES) <= set(f.grades)


def fact_grades(conn: Any, kind: str, ids: list[int]) -> dict[int, str]:
    """The grade of the document of each relation (``kind`` "relation") or event of ``ids``."""
    table = t.relations if kind == "relation" else t.events
    d = t.documents.c
    out: dict[int, str] = {}
    pg = conn.dialect.name == "postgresql"
    for i in range(0, len(ids), 10_000):  # (SQLite binds at most 32,766 values in one statement)
        out.update(conn.execute(select(table.c.id, d.grade).select_from(table.join(t.documents))
                                .where(ids_in(table.c.id, ids[i:i + 10_000], pg))).all())
    return out


def _keep_date(date: str | None, date_from: Any, date_to: Any, include_undated: bool) -> bool:
    """Whether an event of ``date`` (EDTF) is in the chart's date range."""
    if date_from is None and date_to is None:
        return True
    b = extent(date)
    if b is None:
        return include_undated
    if date_from and b.end and b.end < date_from:
        return False
    return not (date_to and b.start and b.start > date_to)


def event_facts(text: str) -> tuple[list[int], list[str]]:
    """An event edge's facts (ids, in order, with repeats) and its distinct dates in the order of its
    events, from its fact text."""
    pairs = sorted((int(i), d) for i, _, d in (x.partition(_PAIR) for x in text.split(_ITEM)))
    dates: dict[str, None] = {}
    for _, d in pairs:
        if d:
            dates.setdefault(d, None)
    return [i for i, _ in pairs], list(dates)


@dataclass(frozen=True)
class _Shape:
    """What a chart filter changes in the statements (the rest is their parameters): they are built
    once per shape (functools.cache) and run with new lists each time, as the graph module's are."""

    pg: bool
    graded: bool  # a grade is left out: the documents are read
    predicates: bool
    dates: bool  # a date range: the events' dates among "dates" (or undated, if "undated")
    undated: bool
    no_relations: bool  # the date range leaves out the undated: every relation
    types: bool
    probe: bool


def _params(frontier: set[int], f: Any, center: int, limit: int, probe: set[int] | frozenset[int]) -> dict[str, Any]:
    return {"frontier": sorted(frontier), "center": center, "limit": limit, "offset": limit - 1,
            "min_conf": f.min_confidence, "grades": sorted(set(f.grades)), "predicates": sorted(f.predicates),
            "types": sorted(f.types), "probe": sorted(probe)}


def strongest_links(conn: Any, frontier: set[int], f: Any, center: int, limit: int,
                    probe: set[int] | frozenset[int] = frozenset()) -> Links:
    """The ``limit`` strongest edges of the entities of ``frontier`` (ranked as the chart ranks
    them), and every edge that ends at an entity of ``probe`` (the chart's nodes to expand: is it
    linked at all?); the predicates seen, and how many edges there are in all; ``f`` is the
    ChartFilter."""
    pg = conn.dialect.name == "postgresql"
    params = _params(frontier, f, center, limit, probe)
    dated = f.date_from is not None or f.date_to is not None
    undated = _keep_date(None, f.date_from, f.date_to, f.include_undated)
    if dated:  # the dates kept, read in Python (EDTF), once per distinct date of the frontier's events
        found = conn.execute(_dates_statement(pg), params).scalars()
        params["dates"] = sorted(x for x in found if x and _keep_date(x, f.date_from, f.date_to, f.include_undated))
    shape = _Shape(pg, _graded(f), bool(f.predicates), dated, undated, dated and not f.include_undated,
                   bool(f.types), bool(probe))
    rows: list[LinkRow] = []
    preds: set[str] = set()
    total = total_allowed = 0
    for tag, kind, src, pred, dst, cnt, cf, grade, facts, allowed_n in conn.execute(_statement(shape), params):
        if tag == "top":
            rows.append(LinkRow("relation" if kind == "r" else "event", int(src), pred, int(dst), int(cnt),
                                float(cf), min("F", grade) if grade else None, facts, bool(allowed_n)))
            continue
        if kind != "e":
            preds.add(pred)
        total += int(cnt or 0)
        total_allowed += int(allowed_n or 0)
    return Links(rows, preds, total, total_allowed)


def _frontier(pg: bool) -> tuple[Any, Any]:
    """The frontier's local entities and its events (ids), for the list ``frontier``."""
    le, p = t.local_entities.c, t.event_participants.c
    locals_ = select(le.id).where(_member(le.entity_id, "frontier", pg))
    return locals_, select(p.event_id).where(local_ids_in(p.local_entity_id, locals_, pg))


@cache
def _dates_statement(pg: bool) -> Any:
    v = t.events.c
    return select(v.date).where(v.id.in_(_frontier(pg)[1])).distinct()


@cache
def _statement(shape: _Shape) -> Any:
    """The strongest edges ("top" rows); per kind and predicate, how many edges there are and how
    many pass the type filter ("sum" rows); the types of the frontier's events ("types" rows)."""
    pg = shape.pg
    locals_, mine = _frontier(pg)
    # the groups, made once (both databases materialize a common table expression read twice)
    event_groups, event_types = _event_groups(mine, shape)
    g = union_all(_relation_groups(locals_, shape), event_groups).cte("g")
    conf = case((g.c.conf > 0, g.c.conf), else_=literal(0.0))
    key = (g.c.kind + ":" + cast(g.c.src, Text) + ":" + g.c.pred + ":" + cast(g.c.dst, Text))
    if pg:
        key = key.collate("C")  # Python's order of the ids' text, whatever the database's collation
    allowed: Any = true()
    source: Any = g
    if shape.types:
        es, ed = aliased(t.entities), aliased(t.entities)
        center = bindparam("center", type_=Integer)
        allowed = and_(or_(g.c.src == center, _member(es.c.type, "types", pg, Text)),
                       or_(g.c.dst == center, _member(ed.c.type, "types", pg, Text)))
        source = g.outerjoin(es, es.c.id == g.c.src).outerjoin(ed, ed.c.id == g.c.dst)
    ok = case((allowed, 1), else_=0)
    has = case((g.c.cnt > 0, 1), else_=0)
    # (the count an edge needs to be among the strongest, the limit-th highest, found first: the
    # edges' ids as text, the last of the rank's keys, are then made for those edges only)
    bar = (select(g.c.cnt).select_from(source).where(g.c.cnt > 0, allowed).order_by(g.c.cnt.desc())
           .limit(1).offset(bindparam("offset", type_=Integer)).scalar_subquery())
    top = (select(literal("top").label("tag"), g.c.kind, g.c.src, g.c.pred, g.c.dst, g.c.cnt, conf.label("conf"),
                  g.c.grade, g.c.facts, ok.label("ok"))
           .select_from(source).where(g.c.cnt > 0, g.c.cnt >= func.coalesce(bar, 0))
           .order_by(ok.desc(), g.c.cnt.desc(), conf.desc(), key).limit(bindparam("limit", type_=Integer))
           .subquery("top"))
    found: list[Any] = [select(top)]
    if shape.probe:
        found.append(select(literal("top"), g.c.kind, g.c.src, g.c.pred, g.c.dst, g.c.cnt, conf, g.c.grade,
                            g.c.facts, ok).select_from(source)
                     .where(g.c.cnt > 0, or_(_member(g.c.src, "probe", pg), _member(g.c.dst, "probe", pg))))
    counts = (select(literal("sum"), g.c.kind, cast(null(), Integer), g.c.pred, cast(null(), Integer),
                     func.sum(has), cast(null(), t.relations.c.confidence.type), cast(null(), Text),
                     cast(null(), Text), func.sum(has * ok))
              .select_from(source).group_by(g.c.kind, g.c.pred))
    return union_all(*found, counts, event_types)


def _relation_groups(locals_: Any, shape: _Shape) -> Any:
    """One row per (subject entity, predicate, object entity) of the frontier's relations, counting
    those the filter keeps (groups of none are kept too, for their predicate). Each side is one index
    search (an OR of the sides makes the planners scan every relation); a relation between two
    entities of the frontier is taken from its subject's side only."""
    r, d, pg = t.relations.c, t.documents.c, shape.pg
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    sides = []
    for mine, other in ((r.subject_id, lo.c.entity_id), (r.object_id, ls.c.entity_id)):
        q = (select(ls.c.entity_id.label("src"), r.predicate.label("pred"), lo.c.entity_id.label("dst"),
                    r.id, r.confidence, r.document_id)
             .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id))
             .where(local_ids_in(mine, locals_, pg), _not_rejected(r.status), other.is_not(None)))
        if mine is r.object_id:
            q = q.where(~_member(ls.c.entity_id, "frontier", pg))
        sides.append(q)
    rel = union_all(*sides).subquery("rel")
    source: Any = rel.join(t.documents, d.id == rel.c.document_id) if shape.graded else rel
    if shape.no_relations:
        kept: Any = false()  # relations carry no date of their own
    else:
        kept = rel.c.confidence >= bindparam("min_conf", type_=Float)
        if shape.graded:
            kept = and_(kept, _member(d.grade, "grades", pg, Text))
        if shape.predicates:
            kept = and_(kept, _member(rel.c.pred, "predicates", pg, Text))
    kept_id = case((kept, rel.c.id))
    ids_text = func.string_agg(cast(kept_id, Text), ",") if pg else func.group_concat(kept_id)
    grade = func.min(case((kept, d.grade))) if shape.graded else cast(null(), Text)
    return (select(literal("r").label("kind"), rel.c.src, rel.c.pred, rel.c.dst, func.count(kept_id).label("cnt"),
                   func.max(case((kept, rel.c.confidence))).label("conf"), grade.label("grade"),
                   ids_text.label("facts"))
            .select_from(source).group_by(rel.c.src, rel.c.pred, rel.c.dst))


def _event_groups(mine: Any, shape: _Shape) -> tuple[Any, Any]:
    """One row per (agent entity, event type, other participant's entity or "TYPE at" place) of the
    frontier's events that the filter keeps, counting each agent and participant pair of each event;
    and one row per type of the frontier's events (all of them, before the filter), for the chart's
    choice of predicates."""
    v, d, pg = t.events.c, t.documents.c, shape.pg
    loc = aliased(t.local_entities)
    conds = [v.confidence >= bindparam("min_conf", type_=Float)]
    source: Any = t.events.outerjoin(loc, loc.c.id == v.location_id)
    grade: Any = cast(null(), Text)
    if shape.graded:
        conds.append(_member(d.grade, "grades", pg, Text))
        source, grade = source.join(t.documents, d.id == v.document_id), d.grade
    if shape.predicates:
        conds.append(_member(v.type, "predicates", pg, Text))
    if shape.dates:
        in_range = _member(v.date, "dates", pg, Text)
        conds.append(or_(in_range, v.date.is_(None), v.date == "") if shape.undated else in_range)
    # the frontier's events, read once: for their types (every one) and their edges (those kept)
    frontier_events = (select(v.id, v.type, v.date, v.confidence, grade.label("grade"), loc.c.entity_id.label("place"),
                              case((and_(*conds), 1), else_=0).label("kept"))
                       .select_from(source).where(v.id.in_(mine), _not_rejected(v.status)).cte("frontier_events"))
    fe = frontier_events.c
    types = (select(literal("types"), literal("t"), cast(null(), Integer), fe.type, cast(null(), Integer), literal(0),
                    cast(null(), v.confidence.type), cast(null(), Text), cast(null(), Text), literal(0))
             .group_by(fe.type))
    events = select(frontier_events).where(fe.kept == 1).subquery("kept_events")
    # the agents of the kept events: the participants of role agent, or, for an event with none, its
    # first participant (a left join finds no agent; the entity of the lowest local entity id of the
    # event's participants is then looked up, for those events only)
    pa, px, la, lx = (aliased(t.event_participants), aliased(t.event_participants), aliased(t.local_entities),
                      aliased(t.local_entities))
    first = (select(lx.c.entity_id).where(lx.c.id == select(func.min(px.c.local_entity_id))
                                          .where(px.c.event_id == events.c.id).correlate(events).scalar_subquery())
             .correlate(events).scalar_subquery())  # (the event is two levels up: said explicitly)
    ent = case((pa.c.local_entity_id.is_(None), first), else_=la.c.entity_id)
    fact = cast(events.c.id, Text) + _PAIR + func.coalesce(events.c.date, "")
    a = (select(events.c.id.label("event_id"), ent.label("ent"), events.c.type, events.c.confidence,
                events.c.grade, events.c.place, fact.label("fact"))
         .select_from(events.outerjoin(pa, and_(pa.c.event_id == events.c.id, pa.c.role == "agent"))
                      .outerjoin(la, la.c.id == pa.c.local_entity_id))
         .cte("agents"))
    common = (a.c.confidence, a.c.grade, a.c.fact)
    # each agent to every other participant of its event (found by the participants' index), and to
    # the event's place; an unresolved local entity (entity_id NULL: only inside an ingest's
    # transaction) links nothing
    pm, lm = aliased(t.event_participants), aliased(t.local_entities)
    to_members = (select(a.c.ent.label("src"), a.c.type.label("pred"), lm.c.entity_id.label("dst"), *common)
                  .select_from(a.join(pm, pm.c.event_id == a.c.event_id).join(lm, lm.c.id == pm.c.local_entity_id))
                  .where(lm.c.entity_id != a.c.ent))
    to_place = (select(a.c.ent.label("src"), (a.c.type + " at").label("pred"), a.c.place.label("dst"), *common)
                .where(a.c.ent.is_not(None), a.c.place.is_not(None)))
    pairs = union_all(to_members, to_place).subquery("pairs")
    facts = (func.string_agg(pairs.c.fact, _ITEM) if pg else func.group_concat(pairs.c.fact, _ITEM))
    return (select(literal("e").label("kind"), pairs.c.src, pairs.c.pred, pairs.c.dst, func.count().label("cnt"),
                   func.max(pairs.c.confidence).label("conf"), func.min(pairs.c.grade).label("grade"),
                   facts.label("facts"))
            .group_by(pairs.c.src, pairs.c.pred, pairs.c.dst)), types
