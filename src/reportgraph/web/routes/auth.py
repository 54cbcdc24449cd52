"""Log in with the token (sets a SameSite=Strict session cookie) and log out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..security import COOKIE, same, session_value

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _login(request: Request, token: str, actor: str, target: str) -> Any:
    if not same(token, request.app.state.token):
        return request.app.state.templates.TemplateResponse(
            request,
            "login.html",
            {"error": "wrong token", "next": target, **request.app.state.page_context(request)},
            status_code=403,
        )
    response = RedirectResponse(_safe_next(target), status_code=303)
    response.set_cookie(
        COOKIE,
        session_value(request.app.state.token, actor),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        max_age=12 * 3600,
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, token: str = "", name: str = "analyst", next: str = "/") -> Any:
    """The login form; ``/login?token=T`` (the URL `serve` prints) logs in at once."""
    if token:
        return _login(request, token, name, next)
    return request.app.state.templates.TemplateResponse(
        request, "login.html", {"error": None, "next": next, **request.app.state.page_context(request)}
    )


@router.post("/login")
def login(
    request: Request, token: str = Form(...), name: str = Form("analyst"), next: str = Form("/")
) -> Any:
    return _login(request, token, name, next)


@router.post("/logout")
def logout() -> Any:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response
