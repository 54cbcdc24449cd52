"""The entity dossier: every name with where it was seen, relations, events in date order."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ...query import Dossier, dossier
from ...review import merged_into
from ..pages import Moved, page
from ..params import DbId

router = APIRouter(tags=["entities"])


@page(router, "/entity/{entity_id}", "entity.html")
def entity(
    request: Request,
    entity_id: DbId,
    limit: int = Query(200, ge=1, le=100_000, description="at most this many relations and events"),
) -> Dossier:
    """The dossier of one entity; every fact with its confidence, source grade and sentence.

    An entity merged into another redirects (307) to the one it was merged into.
    """
    kb: KnowledgeBase = request.app.state.kb
    target = merged_into(kb.store, entity_id)
    if target is not None:
        raise Moved(f"/entity/{target}")
    return dossier(kb.store, entity_id, max_facts=limit)
