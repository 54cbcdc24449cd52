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

The edges are read from ``chart_witness`` (schema v13, store/witness.py), where triggers keep every
edge of every fact laid out by each entity whose chart shows it: a chart reads its frontier's index
range there, where it read its facts through local entities, relations and participants (some
150,000 index searches for a hub on PostgreSQL, 330-460 ms of the server's CPU). With more than one
entity in the frontier (depth 2 and beyond), a fact that two of them see counts once.

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
from .graph import _member, ids_in

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
    multi: bool  # more than one entity in the frontier (depth 2 and beyond)


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
                   bool(f.types), bool(probe), len(frontier) > 1)
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


def _witnessed(pg: bool) -> Any:
    """The frontier's rows of ``chart_witness`` (every row an entity of the list ``frontier`` sees)."""
    w = t.chart_witness
    return _member(w.c.witness, "frontier", pg)


@cache
def _dates_statement(pg: bool) -> Any:
    w = t.chart_witness.c
    return select(w.date).where(_witnessed(pg), w.kind == "t").distinct()


def _rows(shape: _Shape) -> Any:
    """The frontier's edge rows (not the types'); with more than one entity in the frontier, each fact's
    rows as one of its witnesses sees them (the one of lowest id): an event two entities of the frontier
    take part in, a relation between two of them, counts once, as it did when the facts were read."""
    w = t.chart_witness
    edges = w.c.kind != "t"
    if not shape.multi:
        return select(w).where(_witnessed(shape.pg), edges).subquery("seen")
    is_relation = case((w.c.kind == "r", 1), else_=0)
    first = func.min(w.c.witness).over(partition_by=(is_relation, w.c.fact))
    seen = select(w, first.label("first")).where(_witnessed(shape.pg), edges).subquery("seen_all")
    return select(*(seen.c[c.name] for c in w.columns)).where(seen.c.witness == seen.c.first).subquery("seen")


@cache
def _statement(shape: _Shape) -> Any:
    """The strongest edges ("top" rows); per kind and predicate, how many edges there are and how
    many pass the type filter ("sum" rows); the types of the frontier's events ("types" rows)."""
    pg = shape.pg
    g = _groups(shape).cte("g")
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
    w = t.chart_witness.c  # every type of the frontier's events, before the filter
    types = (select(literal("types"), literal("t"), cast(null(), Integer), w.pred, cast(null(), Integer), literal(0),
                    cast(null(), w.confidence.type), cast(null(), Text), cast(null(), Text), literal(0))
             .where(_witnessed(pg), w.kind == "t").group_by(w.pred))
    return union_all(*found, counts, types)


def _groups(shape: _Shape) -> Any:
    """One row per edge of the frontier's facts (kind "r": subject entity, predicate, object entity;
    kind "e": agent entity, event type or "TYPE at", other participant's entity or place), counting
    the facts the filter keeps, with their best confidence, best grade (a grade filter only) and their
    ids (an event's with its date) as one text. Groups of none are kept too, for their predicate."""
    pg = shape.pg
    rows = _rows(shape)
    c = rows.c
    source: Any = rows
    is_relation = c.kind == "r"
    conds: list[Any] = [c.confidence >= bindparam("min_conf", type_=Float)]
    grade: Any = cast(null(), Text)
    if shape.graded:  # the grade of the fact's document
        r, v, d = t.relations.c, t.events.c, t.documents.c
        source = (rows.outerjoin(t.relations, and_(is_relation, r.id == c.fact))
                  .outerjoin(t.events, and_(~is_relation, v.id == c.fact))
                  .join(t.documents, d.id == func.coalesce(r.document_id, v.document_id)))
        conds.append(_member(d.grade, "grades", pg, Text))
        grade = d.grade
    if shape.predicates:  # a relation's predicate, an event's type
        conds.append(_member(c.pred, "predicates", pg, Text))
    relation_kept: Any = false() if shape.no_relations else and_(*conds)  # (relations carry no date)
    if shape.dates:
        in_range = _member(c.date, "dates", pg, Text)
        conds.append(or_(in_range, c.date.is_(None), c.date == "") if shape.undated else in_range)
    kept = or_(and_(is_relation, relation_kept), and_(~is_relation, *conds))
    fact = case((is_relation, cast(c.fact, Text)),
                else_=cast(c.fact, Text) + _PAIR + func.coalesce(c.date, ""))
    sep = case((is_relation, ","), else_=_ITEM)
    kept_fact = case((kept, fact))
    facts = func.string_agg(kept_fact, sep) if pg else func.group_concat(kept_fact, sep)
    kind = case((is_relation, "r"), else_="e")
    pred = case((c.kind == "p", c.pred + " at"), else_=c.pred)
    return (select(kind.label("kind"), c.src, pred.label("pred"), c.dst, func.count(case((kept, 1))).label("cnt"),
                   func.max(case((kept, c.confidence))).label("conf"), func.min(case((kept, grade))).label("grade"),
                   facts.label("facts"))
            .select_from(source).group_by(c.kind, c.src, c.pred, c.dst))
