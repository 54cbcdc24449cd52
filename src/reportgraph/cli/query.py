"""The question commands: search, grade, neighbours, paths, centrality, communities, timeline, conflicts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from ..errors import ReportGraphError
from ..query.search import SearchHit
from .common import err, fail, open_kb, out


def _marked(hit: SearchHit) -> Text:
    text = Text(hit.snippet.replace("\n", " "))
    for a, b in hit.highlights:
        text.stylize("bold yellow", a, b)
    return text


def search(q: Annotated[str, typer.Argument(help='Words, "a phrase", a OR b, prefix*')],
           limit: Annotated[int, typer.Option(help="At most this many hits")] = 20) -> None:
    """Full-text search over entity names and document texts."""
    kb = open_kb()
    try:
        hits = kb.search(q, limit)
    finally:
        kb.close()
    if not hits:
        err.print("no match")
        raise typer.Exit(1)
    for h in hits:
        if h.kind == "entity":
            out.print(f"[cyan]{h.id}[/cyan] {escape(h.title)} [dim]{h.entity_type}[/dim]")
        else:
            out.print(f"[green]{h.id[:12]}[/green] {escape(h.source or h.title)} [dim][{h.grade}][/dim]")
        out.print(Text("    ") + _marked(h))


def grade(ref: Annotated[str, typer.Argument(help="A document id, or a source (path or file name)")],
          value: Annotated[str, typer.Argument(
              help="Admiralty reliability: A (reliable) ... F (cannot be judged)")]
          ) -> None:
    """Grade how reliable a source is (A-F); facts' credibility follows from it."""
    kb = open_kb()
    try:
        ids = kb.set_grade(ref, value)
    except ReportGraphError as exc:
        fail(str(exc))
        return
    finally:
        kb.close()
    err.print(f"graded {len(ids)} document(s) {value.upper()}: {', '.join(i[:12] for i in ids)}")


def register(app: typer.Typer) -> None:
    for command in (search, grade):
        app.command()(command)


