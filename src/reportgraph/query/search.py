"""Full-text search over documents and entity names (the engine is the backend's: store/fts.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from ..errors import QueryError
from ..store import Store
from ..store import schema as t
from ..store.fts import HL_END, HL_START, search_documents, search_names
from .lookup import ACCEPT, suggest


@dataclass
class SearchHit:
    """One document or entity matching a search. ``snippet`` is plain, unescaped text;
    ``highlights`` are the (start, end) offsets of the matched words in it."""

    kind: str  # "document" or "entity"
    id: str  # a document id, or "e12"
    title: str  # the document's title or the entity's name
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0
    source: str | None = None
    grade: str | None = None
    entity_type: str | None = None
    # documents: (start, end) of the first highlighted word in the document's text, for a link to
    # the passage (the workbench's /document/ID?span=S-E); None when it cannot be placed
    span: tuple[int, int] | None = None


def split_marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove highlight marks from a snippet, returning the text and the marked spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, start = 0, -1
    for ch in marked:
        if ch == HL_START:
            start = pos
        elif ch == HL_END:
            if start >= 0:
                spans.append((start, pos))
            start = -1
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


_WORDS = re.compile(r"\w", re.UNICODE)


def check_query(q: str) -> None:
    """Refuse a query that cannot mean what was typed (rather than answer "no match" to it)."""
    if q.count('"') % 2:
        raise QueryError(f"unclosed quote in the search '{q}': close the \"phrase\" or remove the quote")
    bare = [w for w in re.sub(r'"[^"]*"', " x ", q).split()]
    if bare and (bare[0] == "OR" or bare[-1] == "OR"):
        raise QueryError(f"'OR' needs a word on each side in the search '{q}'")
    if not _WORDS.search(q.replace("OR", "")):
        raise QueryError(f"the search '{q}' has no word to look for")


def search(store: Store, q: str, limit: int = 20) -> list[SearchHit]:
    """Entities whose names match, then documents whose text matches, each list best first.

    Entities come first: a name typed into a search box is most often looking for the thing. An
    entity whose name is only spelt differently (Bel Mokhtar, Belmokhtr) is found as ``show``
    finds it (``query/lookup.py``). A malformed query raises ``QueryError``."""
    if not q.strip() or limit <= 0:
        return []
    check_query(q)
    hits: list[SearchHit] = []
    with store.connect() as conn:
        seen: set[int] = set()
        for r in search_names(conn, q, limit * 4):
            if r.entity_id in seen:
                continue  # the same entity named in several documents: keep its best match
            seen.add(r.entity_id)
            text, spans = split_marks(r.snippet)
            hits.append(SearchHit("entity", f"e{r.entity_id}", r.name, text, spans, float(r.score),
                                  entity_type=r.type))
            if len(hits) >= limit:
                break
        docs = []
        for r in search_documents(conn, q, limit):
            text, spans = split_marks(r.snippet or "")
            docs.append(SearchHit("document", r.id, r.title, text, spans, float(r.score),
                                  source=r.source, grade=r.grade))
        if docs:
            d = t.documents.c
            texts = dict(conn.execute(select(d.id, d.text).where(d.id.in_([h.id for h in docs]))).all())
            for h in docs:
                h.span = locate(texts.get(h.id, ""), h.snippet, h.highlights)
        hits += docs
    if '"' not in q and "*" not in q and " OR " not in q:  # a name, not a search expression
        for sg in suggest(store, q, limit=3, floor=ACCEPT):
            if sg.id not in seen and len(seen) < limit:
                seen.add(sg.id)
                ents = sum(1 for h in hits if h.kind == "entity")
                hits.insert(ents, SearchHit("entity", f"e{sg.id}", sg.name, sg.matched, [(0, len(sg.matched))],
                                            sg.score, entity_type=sg.type))
    return _cap(hits, limit)


def locate(text: str, snippet: str, highlights: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the snippet's first highlighted word is in the document's text."""
    if not highlights or not text:
        return None
    a, b = highlights[0]
    body = snippet.strip("…")
    lead = len(snippet) - len(snippet.lstrip("…"))
    at = text.find(body) if body else -1
    if at >= 0:  # the snippet is a verbatim cut of the text (SQLite's snippet())
        return at + a - lead, at + b - lead
    m = re.search(r"\b" + re.escape(snippet[a:b]) + r"\b", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _cap(hits: list[SearchHit], limit: int) -> list[SearchHit]:
    """At most ``limit`` hits, sharing the room between entities and documents when both match."""
    ents = [h for h in hits if h.kind == "entity"]
    docs = [h for h in hits if h.kind == "document"]
    n_ents = min(len(ents), max(limit - len(docs), (limit + 1) // 2))
    return ents[:n_ents] + docs[: limit - n_ents]
