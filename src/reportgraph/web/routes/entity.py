"""The entity dossier: every name with where it was seen, relations, events in date order."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ...api import KnowledgeBase
from ...query import Dossier, dossier
from ..pages import page

router = APIRouter(tags=["entities"])


@page(router, "/entity/{entity_id:int}", "entity.html")
def entity(request: Request, entity_id: int) -> Dossier:
    """The dossier of one entity; every fact with its confidence, source grade and sentence."""
    kb: KnowledgeBase = request.app.state.kb
    return dossier(kb.store, entity_id)
