"""What the review pages list: facts with their sentence and status, and an entity's local entities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import aliased

from ..store import Store
from ..store import schema as t


@dataclass
class QueueFact:
    kind: str
    id: int
    label: str
    subject: dict[str, Any] | None
    object: dict[str, Any] | None
    date: str | None
    confidence: float
    status: str | None
    document: str
    title: str
    grade: str
    sentence: str
    start: int | None
    end: int | None


def _status_filter(col: Any, status: str) -> Any:
    if status == "open":
        return col.is_(None)
    if status == "all":
        return true()
    return col == status


def _first_evidence(conn: Any, column: Any, ids: list[int]) -> dict[int, tuple[str, int, int]]:
    ev = t.evidence.c
    out: dict[int, tuple[str, int, int]] = {}
    if ids:
        for fid, text, start, end in conn.execute(
            select(column, ev.text, ev.start, ev.end).where(column.in_(ids)).order_by(ev.id.desc())
        ):
            out[fid] = (text, start, end)  # the lowest evidence id wins
    return out


def fact_queue(
    store: Store, kind: str | None, fact_id: int | None, status: str = "open", limit: int = 100
) -> list[QueueFact]:
    """Relations and events to review, least confident first; or the one fact ``kind``/``fact_id``."""
    out: list[QueueFact] = []
    r, v, d, ev = t.relations.c, t.events.c, t.documents.c, t.evidence.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    es, eo = aliased(t.entities), aliased(t.entities)
    with store.connect() as conn:
        if kind in (None, "relation"):
            # Choose the facts on the bare table first, then join names and sentences for those only.
            pick = select(r.id).order_by(r.confidence, r.id).limit(limit)
            pick = (
                pick.where(r.id == fact_id)
                if fact_id is not None
                else pick.where(_status_filter(r.status, status))
            )
            ids = list(conn.execute(pick).scalars())
            sentences = _first_evidence(conn, ev.relation_id, ids)
            q = (
                select(
                    r.id,
                    r.predicate,
                    es.c.id,
                    es.c.name,
                    eo.c.id,
                    eo.c.name,
                    r.confidence,
                    r.status,
                    d.id,
                    d.title,
                    d.grade,
                )
                .select_from(
                    t.relations.join(ls, ls.c.id == r.subject_id)
                    .join(lo, lo.c.id == r.object_id)
                    .outerjoin(es, es.c.id == ls.c.entity_id)
                    .outerjoin(eo, eo.c.id == lo.c.entity_id)
                    .join(t.documents, d.id == r.document_id)
                )
                .where(r.id.in_(ids))
            )
            for x in conn.execute(q):
                text, start, end = sentences.get(x[0], ("", None, None))
                out.append(
                    QueueFact(
                        "relation",
                        x[0],
                        x[1],
                        {"id": x[2], "name": x[3]},
                        {"id": x[4], "name": x[5]},
                        None,
                        x[6],
                        x[7],
                        x[8],
                        x[9],
                        x[10],
                        text,
                        start,
                        end,
                    )
                )
        if kind in (None, "event"):
            pick = select(v.id).order_by(v.confidence, v.id).limit(limit)
            pick = (
                pick.where(v.id == fact_id)
                if fact_id is not None
                else pick.where(_status_filter(v.status, status))
            )
            ids = list(conn.execute(pick).scalars())
            sentences = _first_evidence(conn, ev.event_id, ids)
            q = (
                select(v.id, v.type, v.trigger, v.date, v.confidence, v.status, d.id, d.title, d.grade)
                .select_from(t.events.join(t.documents, d.id == v.document_id))
                .where(v.id.in_(ids))
            )
            for y in conn.execute(q):
                text, start, end = sentences.get(y[0], ("", None, None))
                out.append(
                    QueueFact(
                        "event",
                        y[0],
                        f"{y[1]} ({y[2]})",
                        None,
                        None,
                        y[3],
                        y[4],
                        y[5],
                        y[6],
                        y[7],
                        y[8],
                        text,
                        start,
                        end,
                    )
                )
    out.sort(key=lambda f: (f.confidence, f.kind, f.id))
    return out[:limit]


def local_entities(store: Store, entity_id: int) -> list[dict[str, Any]]:
    """The document-local entities linked to ``entity_id``: one row per document that names it."""
    le, d, m = t.local_entities.c, t.documents.c, t.mentions.c
    with store.connect() as conn:
        rows = conn.execute(
            select(le.id, le.name, le.type, le.aliases, d.id, d.title, d.grade, func.count(m.id))
            .select_from(
                t.local_entities.join(t.documents, d.id == le.document_id).outerjoin(
                    t.mentions, m.local_entity_id == le.id
                )
            )
            .where(le.entity_id == entity_id)
            .group_by(le.id, d.id)  # primary keys: PostgreSQL cannot group by a json column
            .order_by(d.title)
        )
        return [
            {
                "id": x[0],
                "name": x[1],
                "type": x[2],
                "aliases": x[3],
                "document": x[4],
                "title": x[5],
                "grade": x[6],
                "mentions": x[7],
            }
            for x in rows
        ]
