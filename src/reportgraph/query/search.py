"""Search across entity names and document text.

``search()`` is the one entry point the CLI and the web call: today a LIKE scan, later FTS5
(a colleague's work) behind the same signature.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Text, cast, func, or_, select

from ..store import Store
from ..store import schema as t


@dataclass
class EntityHit:
    id: int
    type: str
    name: str
    matched: str
    documents: int


@dataclass
class DocumentHit:
    id: str
    title: str
    source: str
    grade: str
    snippet: str
    offset: int


@dataclass
class SearchResult:
    query: str
    entities: list[EntityHit] = field(default_factory=list)
    documents: list[DocumentHit] = field(default_factory=list)


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(store: Store, query: str, limit: int = 50, snippet_chars: int = 80) -> SearchResult:
    """Entities whose name or alias contains ``query``, and documents whose text does."""
    q = query.strip()
    result = SearchResult(q)
    if not q:
        return result
    like = f"%{_escape_like(q)}%"
    e, le, d = t.entities.c, t.local_entities.c, t.documents.c
    with store.connect() as conn:
        rows = conn.execute(
            select(e.id, e.type, e.name, func.min(le.name), func.count(func.distinct(le.document_id)))
            .select_from(t.entities.join(t.local_entities, le.entity_id == e.id))
            .where(
                or_(
                    e.name.ilike(like, escape="\\"),
                    le.name.ilike(like, escape="\\"),
                    cast(le.aliases, Text).ilike(like, escape="\\"),
                )
            )
            .group_by(e.id, e.type, e.name)
            .order_by(func.count(func.distinct(le.document_id)).desc(), e.id)
            .limit(limit)
        )
        result.entities = [EntityHit(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        lowered = func.lower(d.text)
        pos = (
            func.strpos(lowered, q.lower())
            if conn.dialect.name == "postgresql"
            else func.instr(lowered, q.lower())
        )
        hits = conn.execute(
            select(d.id, d.title, d.source, d.grade, d.n_chars, pos.label("pos"))
            .where(d.text.ilike(like, escape="\\"))
            .order_by(d.title)
            .limit(limit)
        ).all()
        for r in hits:
            start = max(int(r.pos) - snippet_chars, 1)
            length = 2 * snippet_chars + len(q)
            text = conn.execute(select(func.substr(d.text, start, length)).where(d.id == r.id)).scalar_one()
            snippet = (
                ("…" if start > 1 else "")
                + " ".join(text.split())
                + ("…" if start - 1 + length < r.n_chars else "")
            )
            result.documents.append(
                DocumentHit(r.id, r.title, r.source, r.grade, snippet, max(int(r.pos) - 1, 0))
            )
    return result
