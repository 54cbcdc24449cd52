"""The map: places and the events located there, on an offline base map (Natural Earth outlines).

Places are placed as the exports place them (``query/geocode.py``); an analyst can set or correct
a place's coordinates (``POST /map/place``, a logged decision).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request

from ...api import KnowledgeBase
from ...query.places import PRECISION_LABELS, places
from ..pages import page
from ..params import MAX_ID, OptionalId
from ..security import require_writer
from .review import _done

router = APIRouter(tags=["map"])


@page(router, "/map", "map.html")
def map_page(
    request: Request,
    entity: int | None = OptionalId("only places of this entity's events"),
    focus: int | None = OptionalId("a place to open the map on"),
) -> dict[str, Any]:
    """Places with coordinates and precision (an analyst's, else the gazetteer's), and their events."""
    kb: KnowledgeBase = request.app.state.kb
    found = places(kb.store, entity_id=entity)
    return {"entity": entity, "focus": focus, "places": found,
            "placed": sum(1 for p in found if p.lat is not None), "precisions": PRECISION_LABELS}


@router.post("/map/place", status_code=201, summary="Set or correct a place's coordinates (logged)")
def set_place(
    request: Request,
    entity: int = Form(..., ge=0, le=MAX_ID),
    lat: float = Form(..., ge=-90, le=90),
    lon: float = Form(..., ge=-180, le=180),
    next: str = Form("/map"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.set_place, entity, lat, lon, actor)
    return _done(request, decision, next)
