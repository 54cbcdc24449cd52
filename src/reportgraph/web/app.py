"""The app factory: one FastAPI app over one ``KnowledgeBase``, with a router per page."""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..api import KnowledgeBase
from ..errors import NotFoundError, ReportGraphError
from ..ingest import MAX_BYTES
from ..query.geocode import warm as warm_gazetteer
from ..store import Store
from .asof import AsOfDispatch, AsOfViews
from .asof import router as as_of_router
from .jobs import Writer
from .pages import build_templates
from .routes import ROUTERS
from .security import AccountsGate, BodyLimit, SecurityHeaders, WriteGate, new_token, principal, session_csrf

STATIC = Path(__file__).parent / "static"
# `npm ci` in web/ of a source checkout installs the front-end libraries here (never into git).
DEFAULT_VENDOR = Path(__file__).resolve().parents[3] / "web" / "node_modules"


def vendor_dir() -> Path:
    """Where the npm front-end libraries are: $REPORTGRAPH_VENDOR, else web/node_modules of the checkout."""
    return Path(os.environ.get("REPORTGRAPH_VENDOR") or DEFAULT_VENDOR)


def create_app(
    kb: KnowledgeBase, token: str | None = None, vendor: Path | None = None, max_upload: int = MAX_BYTES,
    as_of: str | None = None, accounts_store: Store | None = None,
) -> FastAPI:
    """The workbench over ``kb``. Writes need ``token`` (a random one when None: read ``app.state.token``).

    ``as_of`` makes a read-only app over an as-of view (web/asof.py), whose accounts are those of
    ``accounts_store`` (the live knowledge base's)."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Build the gazetteer index (about a second) off the request path, so the first map is quick.
        threading.Thread(target=warm_gazetteer, name="reportgraph-gazetteer", daemon=True).start()
        yield
        _app.state.writer.close()
        _app.state.as_of_views.close()

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # FastAPI's own loads Swagger UI from a CDN the CSP blocks: routes/apidocs.py
        redoc_url=None,
        title="reportgraph workbench",
        version="0.1.0",
        description="Every HTML page at PATH has a JSON twin at PATH.json; only the twins are "
        "listed here. Writes need `Authorization: Bearer TOKEN`.",
    )
    app.state.kb = kb
    app.state.as_of = as_of
    app.state.accounts_store = accounts_store or kb.store
    app.state.as_of_views = AsOfViews()
    app.state.token = token or new_token()
    app.state.secret = new_token()  # signs team sessions: a restart logs everyone out
    app.state.writer = Writer(kb)
    app.state.max_upload = max_upload
    app.state.templates = build_templates()
    vendor = vendor or vendor_dir()
    app.state.vendor = vendor
    app.state.vendor_ok = (vendor / "cytoscape").is_dir() and (vendor / "leaflet").is_dir()
    app.state.swagger_ok = (vendor / "swagger-ui-dist" / "swagger-ui-bundle.js").is_file()

    def page_context(request: Request) -> dict[str, Any]:
        who = principal(request)
        session = who if who is not None and who.via == "session" else None
        return {
            # ``actor`` is set for those who may make decisions: the forms show for them alone (never
            # on a page as of a past date: the decision would be made on the live knowledge base)
            "actor": session.name if session and session.can("analyst") and not as_of else None,
            "as_of": as_of,
            "user": session,
            "csrf": session_csrf(request, session) if session else "",
            "vendor_ok": app.state.vendor_ok,
        }

    app.state.page_context = page_context
    app.add_middleware(AsOfDispatch)
    app.add_middleware(AccountsGate)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=max_upload + 64 * 1024)  # room for the multipart envelope
    app.add_middleware(WriteGate)  # outermost: no credential, no body read
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if vendor.is_dir():
        app.mount("/vendor", StaticFiles(directory=vendor), name="vendor")
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(as_of_router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.exception_handler(ReportGraphError)
    async def known_error(request: Request, exc: ReportGraphError) -> Any:
        status = 404 if isinstance(exc, NotFoundError) else 400
        message = str(exc)
        if status == 404 and as_of:  # an as-of view: it may exist now, but nothing said so by then
            message += f" as of {as_of} (no report published by then names it)"
        return _error(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return _error(request, exc.status_code, str(exc.detail))

    return app


def _error(request: Request, status: int, message: str) -> Any:
    if request.url.path.endswith(".json") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    templates = request.app.state.templates
    try:
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "message": message, **request.app.state.page_context(request)},
            status_code=status,
        )
    except Exception:  # noqa: BLE001 - an error page must never fail itself
        return PlainTextResponse(message, status_code=status)
