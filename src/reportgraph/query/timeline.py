"""The timeline: events in date order (EDTF), filtered by actor, place, type, period and source.

One query serves the CLI, the API and the workbench's timeline page: each entry carries the honest
extent of its date (``dates.extent``: the first and last day it can mean, approximate, uncertain,
interval) for the SVG chart, and its provenance and credibility for the analyst.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import String, func, or_, select, union
from sqlalchemy.orm import aliased

from ..dates import bounds, describe, extent, sort_key
from ..errors import ReportGraphError
from ..store import Store
from ..store import schema as t
from .corroboration import events_about
from .credibility import GRADES, credibility_at_least
from .graph import _not_rejected, ids_in, local_ids_in


class Participant(NamedTuple):
    """One participant of an event (a tuple: ``for eid, name, role in entry.participants``)."""

    id: int
    name: str
    role: str


@dataclass
class TimelineEntry:
    id: int  # the event's id
    type: str
    date: str | None  # EDTF as stored
    when: str  # a human reading of the date (dates.describe): "about 2019"
    trigger: str
    place_id: int | None
    place: str | None
    count: int | None
    document: str
    title: str
    source: str
    grade: str
    sentence: str
    span_start: int | None  # the sentence's offsets in the document (for a link to it)
    span_end: int | None
    confidence: float
    status: str | None  # None, or "accepted" after review (rejected events are never listed)
    credibility: int
    # dates.extent(date): the first and last day the date can mean and its qualifiers
    start: dt.date | None = None
    end: dt.date | None = None
    approximate: bool = False
    uncertain: bool = False
    interval: bool = False
    participants: list[Participant] = field(default_factory=list)
    modality: str = "asserted"  # asserted, uncertain or attributed (negated claims are never listed)
    # False when nobody graded the source: its "F" is the default, not an analyst's judgement, and
    # its credibility 6 means "not rated" (shown as ungraded, not as the worst credibility)
    graded: bool = True


def graded_documents(conn: Any, doc_ids: list[str]) -> set[str]:
    """The documents whose grade an analyst set (a grade decision not reverted), or that carry a
    grade other than the default F (an import, an older knowledge base)."""
    d, dec = t.documents.c, t.decisions.c
    pg = conn.dialect.name == "postgresql"
    out = {i for (i,) in conn.execute(select(d.id).where(ids_in(d.id, doc_ids, pg, String)).where(d.grade != "F"))}
    for (target,) in conn.execute(select(dec.target).where(dec.kind == "grade").where(dec.reverted_at.is_(None))):
        if isinstance(target, dict) and target.get("document") in doc_ids:
            out.add(target["document"])
    return out


def _in_period(date: str | None, start: str | None, end: str | None) -> bool:
    if start is None and end is None:
        return True
    b = bounds(date)
    if b is None:
        return False  # an undated event cannot be placed in a period
    s, e = bounds(start), bounds(end)
    lo = s[0] if s else (0, 0, 0)
    hi = e[1] if e else (9999, 99, 99)
    return b[0] <= hi and lo <= b[1]


def events_by_date(conn: Any, chosen: Any) -> list[tuple[str | None, list[int]]]:
    """The ids of the events that ``chosen`` selects (columns ``id``, ``date``), grouped by date in the
    database: one row per distinct date (a hub's ten thousand events share a few hundred), its ids as
    one array (PostgreSQL) or one text (SQLite), not one row each."""
    listed = chosen.subquery()
    if conn.dialect.name == "postgresql":
        return [(date, list(ids)) for date, ids in conn.execute(
            select(listed.c.date, func.array_agg(listed.c.id)).group_by(listed.c.date))]
    return [(date, [int(x) for x in ids.split(",")]) for date, ids in conn.execute(
        select(listed.c.date, func.group_concat(listed.c.id, ",")).group_by(listed.c.date))]


def first_by_date(groups: list[tuple[str | None, list[int]]], limit: int | None) -> list[tuple[int, str | None]]:
    """(id, date) of the events of ``groups`` (``events_by_date``) in date order (``dates.sort_key``,
    each distinct date's computed once; then id); with ``limit``, at least the first ``limit`` (those
    of the earliest dates that fill it, and of every date that sorts with the last of them)."""
    keys = {date: sort_key(date) for date, _ in groups}
    if limit is not None:
        wanted, filled, last = [], 0, None
        for date, ids in sorted(groups, key=lambda x: keys[x[0]]):
            if filled >= limit and keys[date] != last:
                break
            wanted.append((date, ids))
            filled += len(ids)
            last = keys[date]
        groups = wanted
    return [(i, date) for _, i, date in sorted((keys[date], i, date) for date, ids in groups for i in ids)]


def timeline(store: Store, actor: int | None = None, place: int | None = None, type: str | None = None,
             start: str | None = None, end: str | None = None, source: str | None = None,
             min_grade: str | None = None, min_credibility: int | None = None,
             limit: int | None = None, entity: int | None = None,
             grades: str | None = None, modality: str | None = None) -> list[TimelineEntry]:
    """Events, earliest first (undated last); a period keeps events whose dates can fall in it.

    ``actor``: events the entity takes part in; ``place``: events located there; ``entity``: either
    (the workbench's "this entity's timeline"). ``min_grade`` keeps sources graded that or better,
    ``grades`` only sources with one of these grades ("AB"); ``modality`` only events their sentences
    state so (asserted, uncertain, attributed)."""
    for value in (start, end):
        if value and bounds(value) is None:
            raise ReportGraphError(f"not an EDTF date: '{value}' (e.g. 2003, 2003-07, 2004-10/2004-12)")
    if grades is not None and set(grades.upper()) >= set(GRADES):
        grades = None  # every grade (the workbench's default): no filter, and the documents not joined
    v, d, p, le, e = t.events.c, t.documents.c, t.event_participants.c, t.local_entities.c, t.entities.c
    loc = aliased(t.local_entities)
    loc_e = aliased(t.entities)
    # Which events, in which order: chosen from bare (id, date) rows, so that an entity named in
    # thousands of reports has its events' dates read and sorted, and only the page shown read whole
    # and rated (issue 12). Documents and places are joined only for a filter that needs them.
    chosen: Any = select(v.id, v.date).select_from(t.events).where(_not_rejected(v.status))
    if grades is not None or min_grade is not None or source:
        chosen = chosen.join(t.documents, d.id == v.document_id)
    pg = store.engine.dialect.name == "postgresql"

    def locals_of(eid: int) -> Any:
        return select(le.id).where(le.entity_id == eid)

    def takes_part(eid: int) -> Any:
        # the events (facts) it takes part in: its link chart's type rows (``chart_witness`` kind "t",
        # schema v13), one index range, where through the participants each of a hub's ten thousand
        # local entities was looked up (its 12,000 events: about 40 ms of PostgreSQL's CPU)
        w = t.chart_witness.c
        return select(w.fact).where(w.witness == eid, w.kind == "t")

    # each list of ids as graph.local_ids_in says: on PostgreSQL, ``IN (subquery)`` made the planner
    # scan every event and participant into hash joins for a hub's ten thousand local entities
    if actor is not None:
        chosen = chosen.where(local_ids_in(v.id, takes_part(actor), pg))
    if place is not None:
        chosen = chosen.where(local_ids_in(v.location_id, locals_of(place), pg))
    if entity is not None:
        # one index search per side, united: an OR of the two makes the planner read every event
        ev2 = t.events.c
        chosen = chosen.where(local_ids_in(v.id, union(
            takes_part(entity), select(ev2.id).where(local_ids_in(ev2.location_id, locals_of(entity), pg))), pg))
    if grades is not None:
        chosen = chosen.where(d.grade.in_(list(grades.upper())))
    if min_grade is not None:
        chosen = chosen.where(d.grade <= min_grade.upper())  # credibility.grade_at_least: A is best
    if type:
        chosen = chosen.where(v.type == type.upper())
    if modality:
        chosen = chosen.where(v.modality == modality)
    if source:
        chosen = chosen.where(or_(d.id == source, d.source == source, d.source.like(f"%/{source}")))
    one = actor if entity is None else entity
    if (actor is None) != (entity is None) and place is None and not (grades or min_grade or source or modality):
        # an entity's events, filtered by type and period at most (the workbench's timeline of an
        # entity): their ids and dates from its chart type rows alone, which hold only facts, and
        # the events placed at it: the events' index is read for those only (for a hub's ten
        # thousand events, each looked up to check its status and read its date: 25-30 ms of
        # PostgreSQL's CPU)
        w = t.chart_witness.c
        chosen = select(w.fact.label("id"), w.date).where(w.witness == one, w.kind == "t")
        if type:
            chosen = chosen.where(w.pred == type.upper())
        if entity is not None:
            placed = select(v.id, v.date).where(_not_rejected(v.status),
                                                local_ids_in(v.location_id, locals_of(entity), pg))
            chosen = union(chosen, placed.where(v.type == type.upper()) if type else placed)
    q = (select(v.id, v.type, v.date, v.trigger, v.count.label("n"), v.confidence, v.status, v.modality,
                loc_e.c.id.label("place_id"), loc_e.c.name.label("place"), d.id.label("doc"), d.title, d.source,
                d.grade)
         .select_from(t.events.join(t.documents, d.id == v.document_id)
                      .outerjoin(loc, loc.c.id == v.location_id)
                      .outerjoin(loc_e, loc_e.c.id == loc.c.entity_id)))
    with store.connect() as conn:
        # the events in date order: only those of the first page's dates, without a credibility floor
        groups = [(date, ids) for date, ids in events_by_date(conn, chosen) if _in_period(date, start, end)]
        dated = first_by_date(groups, limit if limit and min_credibility is None else None)
        # rated a page at a time, in date order, until ``limit`` are kept; without a credibility
        # floor every event rated is kept, so the first page is the answer
        rated: dict[int, Any] = {}
        kept: list[int] = []
        step = (limit if min_credibility is None else max(200, 2 * limit)) if limit else len(dated) or 1
        for i in range(0, len(dated), step):
            page = [eid for eid, _ in dated[i:i + step]]
            rated.update(events_about(conn, page))
            kept += [eid for eid in page
                     if eid in rated and credibility_at_least(rated[eid].credibility, min_credibility)]
            if limit and len(kept) >= limit:
                break
        kept = kept[:limit] if limit else kept
        whole: dict[int, Any] = {}
        for i in range(0, len(kept), 5000):
            whole.update((r.id, r) for r in conn.execute(q.where(ids_in(v.id, kept[i:i + 5000], pg))))
        rows = [whole[eid] for eid in kept]
        ids = [r.id for r in rows]
        parts: dict[int, list[Participant]] = {}
        sentences: dict[int, tuple[str, int, int]] = {}
        for i in range(0, len(ids), 5000):
            chunk = ids[i:i + 5000]
            for eid, ent, name, role in conn.execute(
                    select(p.event_id, e.id, e.name, p.role)
                    .select_from(t.event_participants.join(t.local_entities)
                                 .join(t.entities, e.id == le.entity_id))
                    .where(ids_in(p.event_id, chunk, pg)).order_by(p.event_id, e.name)):
                if Participant(ent, name, role) not in parts.setdefault(eid, []):
                    parts[eid].append(Participant(ent, name, role))
            ev = t.evidence.c
            for eid, text, s_start, s_end in conn.execute(
                    select(ev.event_id, ev.text, ev.start, ev.end).where(ids_in(ev.event_id, chunk, pg))
                    .order_by(ev.event_id, ev.start.desc())):
                sentences[eid] = (text, s_start, s_end)  # the last written wins: the first sentence
        graded = graded_documents(conn, sorted({r.doc for r in rows}))
    out = [_entry(r, sentences.get(r.id), rated[r.id].credibility, parts.get(r.id, [])) for r in rows]
    for entry in out:
        entry.graded = entry.document in graded
    return out


def _entry(r: Any, sentence: tuple[str, int, int] | None, credibility: int,
           participants: list[Participant]) -> TimelineEntry:
    x = extent(r.date)
    text, s_start, s_end = sentence if sentence else ("", None, None)
    return TimelineEntry(r.id, r.type, r.date, describe(r.date), r.trigger, r.place_id, r.place, r.n,
                         r.doc, r.title, r.source, r.grade, text, s_start, s_end, r.confidence, r.status,
                         credibility, x.start if x else None, x.end if x else None,
                         bool(x and x.approximate), bool(x and x.uncertain), bool(x and x.interval),
                         participants, modality=r.modality)
