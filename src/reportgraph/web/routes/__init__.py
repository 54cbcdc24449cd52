"""One router per page; ``ROUTERS`` is the list the app factory includes (no import side effects)."""

from __future__ import annotations

from fastapi import APIRouter

from . import apidocs, auth, conflicts, document, entity, geo, home, network, review, search, timeline, upload, users

ROUTERS: list[APIRouter] = [
    home.router,
    search.router,
    entity.router,
    document.router,
    network.router,
    timeline.router,
    geo.router,
    review.router,
    upload.router,
    auth.router,
    apidocs.router,
    users.router,
    conflicts.router,
]
