"""The list of documents: what each is, how reliable its source is, and what was read out of it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Subquery, Table, func, or_, select, true

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
    language: str | None = None  # "fr", "en", a mixed text's "fr+en"; None: stored before it was kept


def _per_document(table: Table) -> Subquery:
    return select(table.c.document_id, func.count().label("n")).group_by(table.c.document_id).subquery()


def _in_language(language: str | None) -> ColumnElement[bool]:
    """Documents in ``language``: alone ("fr") or as one language of a mixed text ("fr+en", "en+fr")."""
    if not language:
        return true()
    lang = t.documents.c.language
    return or_(lang == language, lang.like(f"{language}+%"), lang.like(f"%+{language}"),
               lang.like(f"%+{language}+%"))


def list_documents(store: Store, grades: str = "ABCDEF", limit: int = 1000,
                   language: str | None = None) -> list[DocumentSummary]:
    """Documents, newest first, with how many entities, relations and events each gave; ``language``
    ("fr") keeps the documents written in it, mixed ones included."""
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
            d.language,
        )
        .select_from(
            t.documents.outerjoin(le, le.c.document_id == d.id)
            .outerjoin(rel, rel.c.document_id == d.id)
            .outerjoin(ev, ev.c.document_id == d.id)
        )
        .where(d.grade.in_(list(grades)))
        .where(_in_language(language))
        .order_by(d.ingested_at.desc(), d.title)
        .limit(limit)
    )
    with store.connect() as conn:
        return [DocumentSummary(*row[:9], language=row[9]) for row in conn.execute(q)]


def languages(store: Store) -> dict[str, int]:
    """How many documents are in each language ("unknown": stored before languages were kept)."""
    d = t.documents.c
    with store.connect() as conn:
        rows = conn.execute(select(d.language, func.count()).group_by(d.language)).all()
    return {lang or "unknown": int(n) for lang, n in sorted(rows, key=lambda r: (-r[1], r[0] or ""))}


def entity_languages(store: Store, entity_id: int) -> dict[str, int]:
    """The languages of the documents that name an entity, each with how many documents."""
    d, le = t.documents.c, t.local_entities.c
    q = (select(d.language, func.count(func.distinct(d.id)))
         .select_from(t.local_entities.join(t.documents, d.id == le.document_id))
         .where(le.entity_id == entity_id).group_by(d.language))
    with store.connect() as conn:
        rows = conn.execute(q).all()
    return language_counts({lang: int(n) for lang, n in rows})


def language_counts(counts: dict[str | None, int]) -> dict[str, int]:
    """Documents per language (None: not known), most first: ``entity_languages``' answer."""
    return {lang or "unknown": n for lang, n in sorted(counts.items(), key=lambda r: (-r[1], r[0] or ""))}
