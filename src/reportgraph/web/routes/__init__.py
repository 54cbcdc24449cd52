"""One router per page; ``ROUTERS`` is the list the app factory includes (no import side effects)."""

from __future__ import annotations

from fastapi import APIRouter

from . import auth, document, entity, home, search

ROUTERS: list[APIRouter] = [home.router, search.router, entity.router, document.router, auth.router]
