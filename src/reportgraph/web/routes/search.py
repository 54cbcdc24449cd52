"""Search across entity names and document text."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ...query.search import SearchResult
from ..pages import page

router = APIRouter(tags=["search"])


@page(router, "/search", "search.html")
def search(
    request: Request, q: str = Query("", max_length=200), limit: int = Query(50, ge=1, le=500)
) -> SearchResult:
    """Entities whose names contain q, and documents whose text does."""
    kb: KnowledgeBase = request.app.state.kb
    return kb.search(q, limit)
