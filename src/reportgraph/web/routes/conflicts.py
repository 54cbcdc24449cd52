"""Conflicting claims side by side: each version with its sentences, sources, grades and reported dates."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ..pages import page

router = APIRouter(tags=["conflicts"])


@page(router, "/conflicts", "conflicts.html")
def conflicts(request: Request, entity: str = Query("", max_length=300,
                                                    description="only those about this entity (name or id)")
              ) -> dict[str, Any]:
    """Claims that disagree (exclusive relations, event dates, two leaders at once, death reports)."""
    kb: KnowledgeBase = request.app.state.kb
    return {"conflicts": kb.conflicts(entity or None), "entity": entity}
