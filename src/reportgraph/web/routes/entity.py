"""The entity dossier: every name with where it was seen, relations, events in date order."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ...query import Dossier, dossier
from ..pages import page

router = APIRouter(tags=["entities"])


@page(router, "/entity/{entity_id:int}", "entity.html")
def entity(
    request: Request,
    entity_id: int,
    limit: int = Query(200, ge=1, le=100_000, description="at most this many relations and events"),
) -> Dossier:
    """The dossier of one entity; every fact with its confidence, source grade and sentence."""
    kb: KnowledgeBase = request.app.state.kb
    return dossier(kb.store, entity_id, max_facts=limit)
