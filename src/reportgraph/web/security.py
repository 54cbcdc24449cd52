"""Safe by default: a CSP with no inline script, a write token or accounts, CSRF-proof sessions.

Two modes, chosen by the knowledge base itself:

* **Laptop** (no account in the knowledge base): reads are open to whoever can reach the server (it
  binds 127.0.0.1 unless told otherwise); every write needs the server's token (``serve`` prints it in
  the login URL; it is valid, and reusable, until the server stops). The name given at login is
  what the audit log records: it is not verified.
* **Team** (``reportgraph user add`` made an account): every page needs a logged-in user, and what
  they may do is their role's (reader < analyst < admin); the audit log records the account. The
  server's shared token is not accepted: only a user's password or one of their API tokens.

Either way a credential is given as ``Authorization: Bearer TOKEN`` (scripts, the API) or as the
session cookie set by ``/login`` (SameSite=Strict, HttpOnly) together with a CSRF value derived
from the session, sent as the ``csrf`` form field or ``X-CSRF-Token`` header. A cross-site page can
neither read the CSRF value nor make the browser send a Strict cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import accounts

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


def user_session_value(secret: str, user_id: int) -> str:
    """A team session cookie: the account's id, signed with the server's secret (never the password)."""
    sig = hmac.new(secret.encode(), f"reportgraph-user:{user_id}".encode(), hashlib.sha256).hexdigest()
    return f"u{user_id}|{sig}"


@dataclass
class Principal:
    """Who sends a request: a name for the audit log, a role, and how they proved it."""

    name: str
    role: str
    via: str  # "bearer" (no CSRF needed) or "session"
    user_id: int | None = None

    def can(self, role: str) -> bool:
        return accounts.ROLES.index(self.role) >= accounts.ROLES.index(role)


def team_mode(conn: HTTPConnection) -> bool:
    """Whether the knowledge base has accounts (asked per request: `reportgraph user add` may run while
    the server does)."""
    return accounts.has_accounts(conn.app.state.accounts_store)


def principal(conn: HTTPConnection) -> Principal | None:
    """Who sends this request, or None for an anonymous one."""
    state = conn.app.state
    team = team_mode(conn)
    auth = conn.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        sent = auth[7:].strip()
        if team:
            user = accounts.by_token(state.accounts_store, sent)
            return Principal(user.name, user.role, "bearer", user.id) if user else None
        if same(sent, state.token):
            return Principal(conn.headers.get("x-reportgraph-actor", "api")[:120], "admin", "bearer")
        return None
    value = conn.cookies.get(COOKIE, "")
    if not value:
        return None
    if team:
        head = value.split("|", 1)[0]
        if head[:1] == "u" and head[1:].isdigit() and same(
                value, user_session_value(state.secret, int(head[1:]))):
            user = accounts.by_id(state.accounts_store, int(head[1:]))  # revoked since: the session ends
            return Principal(user.name, user.role, "session", user.id) if user else None
        return None
    actor = value.split("|", 1)[0]
    if same(value, session_value(state.token, actor)):
        return Principal(actor, "admin", "session")
    return None


def session_csrf(conn: HTTPConnection, who: Principal) -> str:
    """The CSRF value of a session: an HMAC of the server's token (laptop) or of the account's session."""
    if who.user_id is None:
        return csrf_value(conn.app.state.token)
    return csrf_value(user_session_value(conn.app.state.secret, who.user_id))


def session_actor(request: Request) -> str | None:
    """The logged-in user's name, or None without a valid session cookie."""
    who = principal(request)
    return who.name if who is not None and who.via == "session" else None


def require_role(role: str):  # type: ignore[no-untyped-def]
    """A FastAPI dependency: the principal's name when their role includes ``role``, else 401/403.
    A session (cookie) must send its CSRF value too."""

    async def check(request: Request) -> str:
        who = principal(request)
        if who is None:
            raise HTTPException(401, f"this needs the {role} role: log in at /login or send Authorization: Bearer")
        if not who.can(role):
            raise HTTPException(403, f"{who.name} is a {who.role}: this needs the {role} role")
        if who.via == "session":
            sent = request.headers.get("x-csrf-token", "")
            if not sent and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")
            ):
                sent = str((await request.form()).get("csrf", ""))
            if not same(sent, session_csrf(request, who)):
                raise HTTPException(403, "missing or wrong CSRF value")
        return who.name

    return check


# every write (decisions, uploads) needs an analyst; accounts need an admin
require_writer = require_role("analyst")
require_admin = require_role("admin")

# what an anonymous visitor of a team server may still load: the login page and its styles
_PUBLIC = ("/login", "/logout", "/static/", "/vendor/", "/favicon.ico")


class AccountsGate(BaseHTTPMiddleware):
    """On a team server, every page needs a logged-in user: an anonymous browser is sent to the login
    page, an anonymous API call gets 401."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        path = request.url.path
        if path.startswith(_PUBLIC) or not team_mode(request) or principal(request) is not None:
            return await call_next(request)
        if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
            target = path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return JSONResponse({"error": "log in first: this server has accounts", "status": 401}, status_code=401)


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
    """Refuse a write with no credential at all (no valid Bearer token, no valid session) before a
    byte of its body is read: FastAPI reads a form body before it runs the route's dependencies, so
    an unauthenticated 100 MB upload was received whole before its 401/403. ``require_role`` still
    makes the full check (role, CSRF) afterwards; the login form is exempt."""

    EXEMPT = frozenset({"/login", "/logout"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS") \
                and scope["path"] not in self.EXEMPT and principal(Request(scope)) is None:
            response = JSONResponse(
                {"error": "a write needs a login: log in at /login or send Authorization: Bearer",
                 "status": 401}, status_code=401)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
