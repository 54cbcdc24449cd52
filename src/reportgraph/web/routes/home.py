"""The start page: what the knowledge base holds and its most mentioned entities."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ...api import KnowledgeBase
from ..pages import page

router = APIRouter(tags=["overview"])


@page(router, "/", "index.html")
def index(request: Request) -> dict[str, Any]:
    """Counts and the most mentioned entities."""
    kb: KnowledgeBase = request.app.state.kb
    return {"counts": kb.store.counts(), "top": kb.entities(limit=30)}
