"""Log in (sets a SameSite=Strict session cookie) and log out: with the server's token on a laptop,
with an account's name and password (or API token) on a team server (``security.py``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ... import accounts
from ...errors import AuthError
from ..security import COOKIE, same, session_value, team_mode, user_session_value

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    """A path on this server only: browsers read "//host" and "/\\host" as another site."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _refused(request: Request, error: str, target: str) -> Any:
    return request.app.state.templates.TemplateResponse(
        request,
        "login.html",
        {"error": error, "next": target, "team": team_mode(request), **request.app.state.page_context(request)},
        status_code=403,
    )


def _login(request: Request, token: str, actor: str, target: str) -> Any:
    if team_mode(request):  # an account's password or API token; the server's token is not one
        try:
            user = accounts.login(request.app.state.accounts_store, actor, token)
        except AuthError:
            return _refused(request, "wrong name or password", target)
        value = user_session_value(request.app.state.secret, user.id)
    elif not same(token, request.app.state.token):
        return _refused(request, "wrong token", target)
    else:
        value = session_value(request.app.state.token, actor)
    response = RedirectResponse(_safe_next(target), status_code=303)
    response.set_cookie(
        COOKIE,
        value,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        max_age=12 * 3600,
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, token: str = "", name: str = "analyst", next: str = "/") -> Any:
    """The login form; on a laptop, ``/login?token=T`` (the URL `serve` prints) logs in at once (a team
    server never takes a secret in a URL, where logs and histories keep it)."""
    team = team_mode(request)
    if token and not team:
        return _login(request, token, name, next)
    return request.app.state.templates.TemplateResponse(
        request, "login.html", {"error": None, "next": next, "team": team, **request.app.state.page_context(request)}
    )


@router.post("/login")
def login(
    request: Request, token: str = Form("", max_length=1000), password: str = Form("", max_length=1000),
    name: str = Form("analyst", max_length=60), next: str = Form("/")
) -> Any:
    return _login(request, password or token, name, next)


@router.post("/logout")
def logout() -> Any:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response
