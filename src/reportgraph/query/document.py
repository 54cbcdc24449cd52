"""One document as stored: its text, where it names entities, and the facts it states."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..errors import NotFoundError
from ..store import Store
from ..store import schema as t


@dataclass
class MentionSpan:
    start: int
    end: int
    entity_id: int | None
    entity_name: str
    type: str
    local_entity_id: int


@dataclass
class DocFact:
    kind: str  # "relation" or "event"
    id: int
    label: str
    confidence: float
    status: str | None
    date: str | None
    start: int | None
    end: int | None
    sentence: str


@dataclass
class DocumentView:
    id: str
    title: str
    source: str
    media_type: str
    grade: str
    ingested_at: str
    extractor: str
    text: str
    mentions: list[MentionSpan] = field(default_factory=list)
    facts: list[DocFact] = field(default_factory=list)
    reported: str | None = None  # when the report was published (YYYY[-MM[-DD]]), if known
    language: str | None = None  # "fr", "en", a mixed text's "fr+en"; None: stored before it was kept


def document_view(store: Store, doc_id: str) -> DocumentView:
    """The document ``doc_id`` with its mentions and facts (rejected facts included, marked)."""
    d, le, m, e = t.documents.c, t.local_entities.c, t.mentions.c, t.entities.c
    with store.connect() as conn:
        row = conn.execute(
            select(d.id, d.title, d.source, d.media_type, d.grade, d.ingested_at, d.extractor, d.text).where(
                d.id == doc_id
            )
        ).first()
        if row is None:
            raise NotFoundError(f"no document {doc_id}")
        view = DocumentView(*row)
        view.reported, view.language = conn.execute(select(d.reported, d.language).where(d.id == doc_id)).one()
        for r in conn.execute(
            select(m.start, m.end, le.entity_id, e.name, le.type, le.id)
            .select_from(
                t.mentions.join(t.local_entities, le.id == m.local_entity_id).outerjoin(
                    t.entities, e.id == le.entity_id
                )
            )
            .where(m.document_id == doc_id)
            .order_by(m.start)
        ):
            view.mentions.append(MentionSpan(*r))
        r_, ev = t.relations.c, t.evidence.c
        ls, lo = aliased(t.local_entities), aliased(t.local_entities)
        for rr in conn.execute(
            select(
                r_.id, ls.c.name, r_.predicate, lo.c.name, r_.confidence, r_.status, ev.start, ev.end, ev.text
            )
            .select_from(
                t.relations.join(ls, ls.c.id == r_.subject_id)
                .join(lo, lo.c.id == r_.object_id)
                .outerjoin(t.evidence, ev.relation_id == r_.id)
            )
            .where(r_.document_id == doc_id)
            .order_by(ev.start, r_.id)
        ):
            view.facts.append(
                DocFact(
                    "relation",
                    rr[0],
                    f"{rr[1]} {rr[2]} {rr[3]}",
                    rr[4],
                    rr[5],
                    None,
                    rr[6],
                    rr[7],
                    rr[8] or "",
                )
            )
        v = t.events.c
        for rv in conn.execute(
            select(v.id, v.type, v.trigger, v.confidence, v.status, v.date, ev.start, ev.end, ev.text)
            .select_from(t.events.outerjoin(t.evidence, ev.event_id == v.id))
            .where(v.document_id == doc_id)
            .order_by(ev.start, v.id)
        ):
            view.facts.append(
                DocFact("event", rv[0], f"{rv[1]} ({rv[2]})", rv[3], rv[4], rv[5], rv[6], rv[7], rv[8] or "")
            )
        view.facts.sort(key=lambda f: (f.start if f.start is not None else 1 << 30, f.kind, f.id))
    return view
