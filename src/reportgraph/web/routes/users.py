"""Accounts of a team server (admins only): list users, add one, revoke one or a token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse

from ... import accounts
from ..pages import page, to_data
from ..security import require_admin

router = APIRouter(tags=["accounts"])


@page(router, "/users", "users.html", dependencies=[Depends(require_admin)])
def list_users(request: Request) -> dict[str, Any]:
    """Every account with its role, whether it is revoked, and how many API tokens it holds (admins)."""
    return {"users": accounts.users(request.app.state.accounts_store), "roles": accounts.ROLES}


@router.post("/users", status_code=201, summary="Add an account; its first API token is shown once (admins)")
def add_user(
    request: Request,
    name: str = Form(..., max_length=60),
    role: str = Form(..., pattern="^(reader|analyst|admin)$"),
    password: str = Form("", max_length=1000),
    _admin: str = Depends(require_admin),
) -> Any:
    user, token = accounts.add_user(request.app.state.accounts_store, name, role, password or None)
    return JSONResponse({"user": to_data(user), "token": token}, status_code=201)


@router.post("/users/{name}/revoke", summary="Revoke an account and all its API tokens (admins)")
def revoke_user(request: Request, name: str, _admin: str = Depends(require_admin)) -> Any:
    user = accounts.revoke(request.app.state.accounts_store, name)
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse("/users", status_code=303)
    return JSONResponse(to_data(user))
