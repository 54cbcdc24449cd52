"""The list of documents: what each is, how reliable its source is, and what was read out of it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Subquery, Table, func, select

from ..store import Store
from ..store import schema as t


@dataclass
class DocumentSummary:
    id: str
    title: str
    source: str
    grade: str
    ingested_at: str
    n_chars: int
    entities: int
    relations: int
    events: int


def _per_document(table: Table) -> Subquery:
    return select(table.c.document_id, func.count().label("n")).group_by(table.c.document_id).subquery()


def list_documents(store: Store, grades: str = "ABCDEF", limit: int = 1000) -> list[DocumentSummary]:
    """Documents, newest first, with how many entities, relations and events each gave."""
    d = t.documents.c
    le, rel, ev = _per_document(t.local_entities), _per_document(t.relations), _per_document(t.events)
    q = (
        select(
            d.id,
            d.title,
            d.source,
            d.grade,
            d.ingested_at,
            d.n_chars,
            func.coalesce(le.c.n, 0),
            func.coalesce(rel.c.n, 0),
            func.coalesce(ev.c.n, 0),
        )
        .select_from(
            t.documents.outerjoin(le, le.c.document_id == d.id)
            .outerjoin(rel, rel.c.document_id == d.id)
            .outerjoin(ev, ev.c.document_id == d.id)
        )
        .where(d.grade.in_(list(grades)))
        .order_by(d.ingested_at.desc(), d.title)
        .limit(limit)
    )
    with store.connect() as conn:
        return [DocumentSummary(*row) for row in conn.execute(q)]
