"""`reportgraph user add | list | token | revoke`: the accounts of a team server (accounts.py)."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .. import accounts
from ..errors import ReportGraphError
from .common import err, fail, open_kb, out

user_app = typer.Typer(help="Accounts of a team server: users with a role (reader, analyst, admin), a password "
                            "and revocable API tokens. With any account, `serve` needs a login for every page.",
                       no_args_is_help=True)


@user_app.command("add")
def add(name: Annotated[str, typer.Argument(help="The user's name (it goes into the audit log)")],
        role: Annotated[str, typer.Option(help="reader, analyst or admin")] = "analyst",
        password: Annotated[bool, typer.Option("--password/--no-password", help="Ask for a password for the "
                                               "workbench (else they log in with their API token)")] = True) -> None:
    """Add a user; prints their first API token, once (keep it: only its digest is stored)."""
    secret = typer.prompt("password", hide_input=True, confirmation_prompt=True) if password else None
    kb = open_kb(create=True)  # the first account may come before the first report
    try:
        user, token = accounts.add_user(kb.store, name, role, secret)
    except ReportGraphError as exc:
        fail(str(exc))
        raise
    finally:
        kb.close()
    err.print(f"user {escape(user.name)} ({user.role}) added; API token (shown once):")
    out.print(token, soft_wrap=True)


@user_app.command("token")
def token(name: Annotated[str, typer.Argument(help="The user's name")],
          label: Annotated[str, typer.Option(help="What the token is for")] = "api") -> None:
    """Make another API token for a user; printed once."""
    kb = open_kb()
    try:
        value = accounts.new_token(kb.store, name, label)
    except ReportGraphError as exc:
        fail(str(exc))
        raise
    finally:
        kb.close()
    out.print(value, soft_wrap=True)


@user_app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """Every user with role, creation date, tokens in force and whether revoked."""
    kb = open_kb()
    try:
        found = accounts.users(kb.store)
    finally:
        kb.close()
    if as_json:
        out.print_json(json.dumps([dataclasses.asdict(u) for u in found]))
        return
    table = Table("name", "role", "since", "tokens", "revoked")
    for u in found:
        table.add_row(escape(u.name), u.role, u.created_at, str(u.tokens), u.revoked_at or "")
    out.print(table)


@user_app.command("revoke")
def revoke(name: Annotated[str | None, typer.Argument(help="The user to revoke (all their tokens too)")] = None,
           token: Annotated[str | None, typer.Option(help="Revoke only this API token")] = None) -> None:
    """Revoke a user (their tokens stop working, their sessions end), or one API token."""
    kb = open_kb()
    try:
        if token:
            accounts.revoke_token(kb.store, token)
            err.print("token revoked")
        elif name:
            u = accounts.revoke(kb.store, name)
            err.print(f"user {escape(u.name)} revoked ({u.revoked_at})")
        else:
            fail("name a user, or give --token")
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
