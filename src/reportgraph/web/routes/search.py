"""Search: the full-text search of ``query/search.py`` (FTS5 / PostgreSQL), entities then documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ...query.lookup import Suggestion, suggest
from ...query.search import SearchHit
from ..pages import page

router = APIRouter(tags=["search"])


@dataclass
class SearchPage:
    """``KnowledgeBase.search``'s hits, grouped for the page: entities first, then documents."""

    query: str
    entities: list[SearchHit] = field(default_factory=list)
    documents: list[SearchHit] = field(default_factory=list)
    # when no entity matches: the closest names (the CLI's "did you mean")
    suggestions: list[Suggestion] = field(default_factory=list)


@page(router, "/search", "search.html")
def search(
    request: Request, q: str = Query("", max_length=200), limit: int = Query(50, ge=1, le=500)
) -> SearchPage:
    """Entities whose names match q (any spelling the resolver would match) and documents whose
    text matches (words, "a phrase", a OR b, prefix*); each hit's snippet is plain text with the
    offsets of the matched words. A malformed query is a 400 with the reason."""
    kb: KnowledgeBase = request.app.state.kb
    q = q.strip()
    hits = kb.search(q, limit) if q else []
    page = SearchPage(q, [h for h in hits if h.kind == "entity"], [h for h in hits if h.kind == "document"])
    if q and not page.entities:
        page.suggestions = suggest(kb.store, q, limit=5)
    return page
