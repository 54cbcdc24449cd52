"""The workbench "as of" a date: every page read from the knowledge base as it could be known then.

The date comes from ``?as_of=YYYY-MM-DD`` on any page or JSON twin, or from the ``as of`` control in
the header (``/as-of``, a cookie, so that links keep it). Such a GET is answered by a second app built
by ``create_app`` over ``KnowledgeBase.as_of`` (store/asof.py), read only: it shows no decision forms,
and every write still goes to the live knowledge base. Views are kept while the knowledge base does
not change (its documents and decisions are counted per request), the two most recent at most.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from ..dates import reported_value
from ..errors import ReportGraphError
from ..store import schema as t

COOKIE = "reportgraph_as_of"
KEEP = 2
# paths the live app always answers: static files, logging in, the control itself
_LIVE = ("/static/", "/vendor/", "/favicon.ico", "/login", "/logout", "/as-of", "/users", "/upload", "/job")

router = APIRouter(include_in_schema=False)


@router.get("/as-of")
def set_as_of(request: Request, date: str = Query("", max_length=10), next: str = Query("/", max_length=2000)) -> Any:
    """Set (or, empty, clear) the date the workbench shows the knowledge base as of."""
    from .routes.auth import _safe_next

    target = _safe_next(next)
    response = RedirectResponse(target, status_code=303)
    if date:
        try:
            value = reported_value(date)
        except ReportGraphError as exc:
            return JSONResponse({"error": str(exc), "status": 400}, status_code=400)
        response.set_cookie(COOKIE, value, httponly=True, samesite="lax", max_age=12 * 3600)
    else:
        response.delete_cookie(COOKIE)
    return response


def _version(kb: Any) -> tuple[int, ...]:
    d = t.decisions.c
    with kb.store.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
        last, n, undone = conn.execute(select(func.max(d.id), func.count(), func.count(d.reverted_at))).one()
        reported = conn.execute(select(func.count(t.documents.c.reported))).scalar_one()
    return (docs, last or 0, n, undone, reported)


class AsOfViews:
    """The as-of apps of one live app, built on demand and kept while the knowledge base is unchanged."""

    def __init__(self) -> None:
        self._views: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, live: Any, date: str) -> Any:
        from .app import create_app

        key = (date, *_version(live.state.kb))
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
            view_kb = live.state.kb.as_of(date)
            view = create_app(view_kb, token=live.state.token, vendor=live.state.vendor, as_of=date,
                              accounts_store=live.state.accounts_store)
            view.state.secret = live.state.secret  # the same sessions
            self._views[key] = view
            while len(self._views) > KEEP:
                _, old = self._views.popitem(last=False)
                old.state.writer.close()
                old.state.kb.close()
            return view

    def close(self) -> None:
        with self._lock:
            for view in self._views.values():
                view.state.writer.close()
                view.state.kb.close()
            self._views.clear()


class AsOfDispatch:
    """ASGI middleware: a GET with an as-of date goes to that date's view app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        live: Any = scope.get("app")
        date = _date(scope) if scope["type"] == "http" and live is not None else None
        if date is None or getattr(live.state, "as_of", None):
            await self.app(scope, receive, send)
            return
        try:
            view = await run_in_threadpool(live.state.as_of_views.get, live, date)
        except ReportGraphError as exc:
            await JSONResponse({"error": str(exc), "status": 400}, status_code=400)(scope, receive, send)
            return
        await view(dict(scope), receive, send)


def _date(scope: Scope) -> str | None:
    if scope.get("method") not in ("GET", "HEAD") or str(scope.get("path", "")).startswith(_LIVE):
        return None
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if "as_of" in query:
        return query["as_of"][0] or None
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                k, _, v = part.strip().partition("=")
                if k == COOKIE and v:
                    return v
    return None
