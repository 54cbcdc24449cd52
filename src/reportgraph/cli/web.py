"""The ``serve`` command: the analyst's workbench in the browser."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import err, fail, open_kb

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but 127.0.0.1 needs accounts (`reportgraph user add`) "
                          "or --token")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Token for writes (review, merge, upload) [env: REPORTGRAPH_TOKEN; default: a random one, "
            "printed with the login URL]"
        ),
    ] = None,
) -> None:
    """Serve the workbench: search, dossiers, documents, link chart, timeline, map, review, upload."""
    import uvicorn

    from ..accounts import has_accounts
    from ..web import create_app

    token = token or os.environ.get("REPORTGRAPH_TOKEN") or None
    kb = open_kb()
    team = has_accounts(kb.store)
    if token is None and not team and host not in LOCAL_HOSTS:
        kb.close()
        fail(
            f"binding {host} exposes the workbench beyond this machine: add accounts (reportgraph user add) "
            "or give --token / $REPORTGRAPH_TOKEN", 2
        )
    app = create_app(kb, token=token)
    shown = f"[{host}]" if ":" in host else host
    # soft_wrap: a URL broken across lines cannot be copied
    err.print(
        f"reportgraph workbench on http://{shown}:{port}/  (knowledge base {kb.store.url})", soft_wrap=True
    )
    if team:
        err.print(f"team server: every page needs an account; log in at http://{shown}:{port}/login", soft_wrap=True)
    elif token is None:
        err.print(
            f"log in to make decisions: http://{shown}:{port}/login?token={app.state.token}", soft_wrap=True
        )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        kb.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
