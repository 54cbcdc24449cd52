"""Events on a time line, with the honest extent of each EDTF date.

``bounds`` turns an EDTF value into the first and last day it can mean plus its qualifiers, so a
chart can draw "about 2019" as a fuzzy year, "2020-03/2020-06" as a span and "2018?" as uncertain
instead of pretending each is a precise day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from ..dates import describe, sort_key
from ..store import Store
from ..store import schema as t

_PART = re.compile(r"^(-?[\dX]{4})(?:-([\dX]{2}))?(?:-([\dX]{2}))?$")
_SEASONS = {
    21: (3, 5),
    22: (6, 8),
    23: (9, 11),
    24: (12, 2),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
}


@dataclass
class Bounds:
    start: dt.date | None  # None: open or unknown start
    end: dt.date | None
    approximate: bool = False
    uncertain: bool = False
    interval: bool = False


def _one(s: str) -> tuple[dt.date, dt.date, bool, bool] | None:
    s = s.strip()
    approx = uncertain = False
    while s and s[-1] in "~?%":
        approx |= s[-1] in "~%"
        uncertain |= s[-1] in "?%"
        s = s[:-1]
    m = _PART.match(s)
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        y_lo, y_hi = int(y.replace("X", "0")), int(y.replace("X", "9"))
        if y_lo < 1:
            return None
        if mo is None:
            return dt.date(y_lo, 1, 1), dt.date(y_hi, 12, 31), approx, uncertain
        if "X" in mo:
            return dt.date(y_lo, 1, 1), dt.date(y_hi, 12, 31), approx, uncertain
        month = int(mo)
        if month in _SEASONS:
            a, b = _SEASONS[month]
            end_year = y_hi + 1 if b < a else y_hi
            return (
                dt.date(y_lo, a, 1),
                dt.date(end_year, b, calendar.monthrange(end_year, b)[1]),
                approx,
                uncertain,
            )
        last = calendar.monthrange(y_hi, month)[1]
        if d is None or "X" in d:
            return dt.date(y_lo, month, 1), dt.date(y_hi, month, last), approx, uncertain
        day = dt.date(y_lo, month, int(d))
        return day, day, approx, uncertain
    except ValueError:
        return None


def bounds(edtf: str | None) -> Bounds | None:
    """The first and last day an EDTF value can mean, with its qualifiers; None if undated or unparsed."""
    if not edtf:
        return None
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        lo = _one(a) if a.strip() not in ("", "..") else None
        hi = _one(b) if b.strip() not in ("", "..") else None
        if lo is None and hi is None:
            return None
        return Bounds(
            lo[0] if lo else None,
            hi[1] if hi else None,
            bool((lo and lo[2]) or (hi and hi[2])),
            bool((lo and lo[3]) or (hi and hi[3])),
            interval=True,
        )
    one = _one(edtf)
    if one is None:
        return None
    return Bounds(one[0], one[1], one[2], one[3])


@dataclass
class TimelineEvent:
    id: int
    type: str
    trigger: str
    date: str | None
    reading: str  # dates.describe(): "about 2019", "between 2020-03 and 2020-06"
    start: dt.date | None
    end: dt.date | None
    approximate: bool
    uncertain: bool
    interval: bool
    place: str | None
    place_id: int | None
    confidence: float
    status: str | None
    document: str
    title: str
    grade: str
    sentence: str
    span_start: int | None
    span_end: int | None
    participants: list[dict[str, object]] = field(default_factory=list)


def timeline(
    store: Store, entity_id: int | None = None, grades: str = "ABCDEF", limit: int = 2000
) -> list[TimelineEvent]:
    """Events (of one entity, or all), in date order; rejected events left out."""
    v, p, le, ev, d, e = (
        t.events.c,
        t.event_participants.c,
        t.local_entities.c,
        t.evidence.c,
        t.documents.c,
        t.entities.c,
    )
    loc, loc_e = aliased(t.local_entities), aliased(t.entities)
    q = (
        select(
            v.id,
            v.type,
            v.trigger,
            v.date,
            v.confidence,
            v.status,
            d.id,
            d.title,
            d.grade,
            loc_e.c.name,
            loc_e.c.id,
        )
        .select_from(
            t.events.join(t.documents, d.id == v.document_id)
            .outerjoin(loc, loc.c.id == v.location_id)
            .outerjoin(loc_e, loc_e.c.id == loc.c.entity_id)
        )
        .where(or_(v.status.is_(None), v.status != "rejected"))
        .where(d.grade.in_(list(grades)))
        .order_by(v.date.is_(None), v.date, v.id)
        .limit(limit)
    )  # ISO text order ~ time order
    if entity_id is not None:
        mine = (
            select(p.event_id)
            .select_from(t.event_participants.join(t.local_entities))
            .where(le.entity_id == entity_id)
        )
        q = q.where(or_(v.id.in_(mine), loc.c.entity_id == entity_id))
    out: dict[int, TimelineEvent] = {}
    with store.connect() as conn:
        for r in conn.execute(q):
            b = bounds(r[3])
            out[r[0]] = TimelineEvent(
                r[0],
                r[1],
                r[2],
                r[3],
                describe(r[3]),
                b.start if b else None,
                b.end if b else None,
                bool(b and b.approximate),
                bool(b and b.uncertain),
                bool(b and b.interval),
                r[9],
                r[10],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                "",
                None,
                None,
            )
        if out:
            ids = list(out)
            for eid, start, end, text in conn.execute(
                select(ev.event_id, ev.start, ev.end, ev.text).where(ev.event_id.in_(ids)).order_by(ev.id)
            ):
                x = out[eid]
                if x.span_start is None:
                    x.sentence, x.span_start, x.span_end = text, start, end
            for eid, ent_id, name, role in conn.execute(
                select(p.event_id, e.id, e.name, p.role)
                .select_from(
                    t.event_participants.join(t.local_entities).join(t.entities, e.id == le.entity_id)
                )
                .where(p.event_id.in_(ids))
            ):
                out[eid].participants.append({"id": ent_id, "name": name, "role": role})
    return sorted(out.values(), key=lambda x: (sort_key(x.date), x.id))
