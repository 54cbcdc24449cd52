"""Interchange commands: ``import`` (a JSON export back into a knowledge base)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import ReportGraphError
from .common import State, err, open_kb


def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="A JSON file written by 'reportgraph export --format json'",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
) -> None:
    """Load a JSON export into an empty knowledge base (same ids, rows and timestamps; no re-extraction)."""
    kb = open_kb(create=True)
    try:
        with Progress(
            TextColumn("importing"), BarColumn(), DownloadColumn(), TimeElapsedColumn(), console=err
        ) as progress:
            task = progress.add_task("import", total=file.stat().st_size)
            counts = kb.import_json(file, lambda done, total: progress.update(task, completed=done))
    except ReportGraphError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        kb.close()
    err.print(
        f"imported {escape(str(file))} into {escape(State.db)} "
        f"({', '.join(f'{v} {k}' for k, v in counts.items())})"
    )


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
