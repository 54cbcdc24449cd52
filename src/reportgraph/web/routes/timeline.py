"""The timeline: events in date order, drawn so EDTF stays honest (fuzzy, spans, uncertain)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import select

from ...api import KnowledgeBase
from ...store import schema as t
from ..pages import page
from ..params import OptionalId
from ..timeline_svg import layout

router = APIRouter(tags=["timeline"])


@page(router, "/timeline", "timeline.html")
def timeline(
    request: Request,
    entity: int | None = OptionalId("only this entity's events"),
    grade: str = Query("ABCDEF", pattern="^[A-F]*$"),
    limit: int = Query(500, ge=1, le=20_000, description="at most this many events"),
) -> dict[str, Any]:
    """Events with the first and last day each date can mean, and its qualifiers."""
    kb: KnowledgeBase = request.app.state.kb
    events = kb.timeline(entity=entity, grades=grade or "ABCDEF", limit=limit)
    name = None
    if entity is not None:
        with kb.store.connect() as conn:
            name = conn.execute(select(t.entities.c.name).where(t.entities.c.id == entity)).scalar()
    return {"entity": entity, "entity_name": name, "events": events, "chart": layout(events)}
