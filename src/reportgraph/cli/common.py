"""What every command shares: the consoles and the knowledge base named by --db."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from ..api import KnowledgeBase, default_db
from ..errors import ReportGraphError

out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line, however long the path


class State:
    db: str = default_db()
    create: bool = False  # --create: a read command may open a knowledge base that does not exist yet


def open_kb(create: bool = False, as_of: str | None = None) -> KnowledgeBase:
    """The knowledge base named by --db, or a one-line error and exit status 2. Only commands that
    write (``create=True``: ingest, import) or ``--create`` make a new one; a read command given a
    path where there is none says so instead of answering from an empty knowledge base. With
    ``as_of``, its view as it could be known on that date (a bad date: one line, status 1)."""
    try:
        kb = KnowledgeBase(State.db, create=create or State.create)
    except ReportGraphError as exc:
        fail(str(exc), 2)
        raise  # unreachable: fail() exits
    if as_of is None:
        return kb
    try:
        return kb.as_of(as_of)
    except ReportGraphError as exc:
        fail(str(exc))
        raise
    finally:
        kb.close()


# the --as-of option of every question and export (store/asof.py)
AsOf = Annotated[str | None, typer.Option(help="As it could be known on this date (YYYY, YYYY-MM or YYYY-MM-DD): "
                                          "reports published later and decisions made later left out")]


def fail(message: str, code: int = 1) -> None:
    """Print one clear error line and exit."""
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)
