"""The map: places and the events located there, on an offline base map (Natural Earth outlines)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ...api import KnowledgeBase
from ...query.places import places
from ..geo import geocode
from ..pages import page
from ..params import OptionalId

router = APIRouter(tags=["map"])


@page(router, "/map", "map.html")
def map_page(
    request: Request, entity: int | None = OptionalId("only places of this entity's events")
) -> dict[str, Any]:
    """Places with coordinates where the gazetteer knows them, and their events."""
    kb: KnowledgeBase = request.app.state.kb
    found = places(kb.store, geocode, entity)
    return {"entity": entity, "places": found, "placed": sum(1 for p in found if p.lat is not None)}
