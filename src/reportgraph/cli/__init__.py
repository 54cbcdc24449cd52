"""The command line: a thin layer over ``reportgraph.api.KnowledgeBase``; the only place that prints.

Each module below registers its commands explicitly in ``build_app`` (no import side effects).
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import default_db
from . import core, decisions, interchange, query, resolve, users, web
from .common import State


def build_app() -> typer.Typer:
    app = typer.Typer(help="reportgraph: reports about armed groups in, a knowledge graph with provenance out.",
                      no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)

    @app.callback()
    def main(db: Annotated[str | None, typer.Option(
            "--db", help="Knowledge base: a SQLite path or a postgresql:// URL "
                         "[env: REPORTGRAPH_DB; default ./reportgraph.sqlite]")] = None,
            create: Annotated[bool, typer.Option(
                "--create", help="Create the knowledge base if it does not exist (ingest and import always "
                                 "do; other commands refuse a missing one)")] = False) -> None:
        State.db = db or default_db()
        State.create = create

    core.register(app)
    query.register(app)
    interchange.register(app)
    resolve.register(app)
    decisions.register(app)
    users.register(app)
    web.register(app)
    return app


app = build_app()

__all__ = ["app", "build_app"]
