"""The ``serve`` command: the analyst's workbench in the browser."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import err, fail, open_kb

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but 127.0.0.1 needs --token")
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

    from ..web import create_app

    token = token or os.environ.get("REPORTGRAPH_TOKEN") or None
    if token is None and host not in LOCAL_HOSTS:
        fail(
            f"binding {host} exposes the workbench beyond this machine: give --token or $REPORTGRAPH_TOKEN", 2
        )
    kb = open_kb()
    app = create_app(kb, token=token)
    shown = f"[{host}]" if ":" in host else host
    # soft_wrap: a URL broken across lines cannot be copied
    err.print(
        f"reportgraph workbench on http://{shown}:{port}/  (knowledge base {kb.store.url})", soft_wrap=True
    )
    if token is None:
        err.print(
            f"log in to make decisions: http://{shown}:{port}/login?token={app.state.token}", soft_wrap=True
        )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        kb.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
