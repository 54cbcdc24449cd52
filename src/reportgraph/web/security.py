"""Safe by default: a CSP with no inline script, a write token, and CSRF-proof session cookies.

Reads are open to whoever can reach the server (it binds 127.0.0.1 unless told otherwise).
Every write (review, merge, split, upload) needs the token, given either

* as ``Authorization: Bearer TOKEN`` (scripts, the API), or
* as the session cookie set by ``/login`` (SameSite=Strict, HttpOnly) together with a CSRF
  value derived from the token, sent as the ``csrf`` form field or ``X-CSRF-Token`` header.

A cross-site page can neither read the CSRF value nor make the browser send a Strict cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

COOKIE = "reportgraph_session"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


def same(given: str, expected: str) -> bool:
    """Constant-time equality of two credentials of any characters (``hmac.compare_digest`` raises
    TypeError on non-ASCII strings, which made ``Authorization: Bearer é`` an HTTP 500)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))


def new_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_value(token: str) -> str:
    """The CSRF value of a session: an HMAC of the token, so the token itself never sits in a page."""
    return hmac.new(token.encode(), b"reportgraph-csrf", hashlib.sha256).hexdigest()


def session_value(token: str, actor: str) -> str:
    """The session cookie: the analyst's name, signed with the token (who decided goes in the audit log)."""
    actor = "".join(ch for ch in actor if ch.isalnum() or ch in " ._-@")[:60].strip() or "analyst"
    sig = hmac.new(token.encode(), f"reportgraph-session:{actor}".encode(), hashlib.sha256).hexdigest()
    return f"{actor}|{sig}"


def session_actor(request: Request) -> str | None:
    """The logged-in analyst's name, or None without a valid session cookie."""
    token: str = request.app.state.token
    value = request.cookies.get(COOKIE, "")
    actor = value.split("|", 1)[0]
    if value and same(value, session_value(token, actor)):
        return actor
    return None


async def require_writer(request: Request) -> str:
    """A FastAPI dependency for every write: the actor's name, or 401/403."""
    token: str = request.app.state.token
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer ") and same(auth[7:].strip(), token):
        return request.headers.get("x-reportgraph-actor", "api")[:120]
    actor = session_actor(request)
    if actor is None:
        raise HTTPException(401, "a write needs the token: log in at /login or send Authorization: Bearer")
    sent = request.headers.get("x-csrf-token", "")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = str((await request.form()).get("csrf", ""))
    if not same(sent, csrf_value(token)):
        raise HTTPException(403, "missing or wrong CSRF value")
    return actor


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response


class BodyLimit(BaseHTTPMiddleware):
    """Refuse a request whose declared body is over the limit before reading any of it."""

    def __init__(self, app: object, limit: int) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.limit = limit

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.limit:
            return Response(f"request body over {self.limit} bytes", status_code=413, media_type="text/plain")
        return await call_next(request)


class WriteGate:
    """Refuse a write with no credential at all (no valid Bearer token, no valid session cookie)
    before a byte of its body is read: FastAPI reads a form body before it runs the route's
    dependencies, so an unauthenticated 100 MB upload was received whole before its 401/403.
    ``require_writer`` still makes the full check (CSRF) afterwards; the login form is exempt."""

    EXEMPT = frozenset({"/login", "/logout"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS") \
                and scope["path"] not in self.EXEMPT:
            request = Request(scope)
            token: str = request.app.state.token
            auth = request.headers.get("authorization", "")
            bearer = auth.lower().startswith("bearer ") and same(auth[7:].strip(), token)
            if not bearer and session_actor(request) is None:
                response = JSONResponse(
                    {"error": "a write needs the token: log in at /login or send Authorization: Bearer",
                     "status": 401}, status_code=401)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
