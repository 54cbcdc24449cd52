"""The core commands: ingest, export, entities, show, stats, documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..api import FileResult
from ..dates import describe
from ..errors import ReportGraphError
from ..export import FORMATS, default_output
from ..ingest.language import check_language
from ..ingest.parallel import available_cores, default_workers
from .common import AsOf, State, err, fail, open_kb, out


def ingest(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .html .pdf .docx)")],
           reported: Annotated[str | None, typer.Option(help="When these reports were published (YYYY, YYYY-MM or "
                                                        "YYYY-MM-DD) [default: a Date: line or dateline at the "
                                                        "top of each]")] = None,
           language: Annotated[str, typer.Option(help="The language of these reports: fr, en, or auto to "
                                                 "identify each one's (a mixed one by paragraph)")] = "auto",
           workers: Annotated[int | None, typer.Option(
               "--workers", "-w", min=1, help="Processes that read and extract while one writer stores, in order "
               "[default: the cores available, one for a handful of files]")] = None,
           use_dask: Annotated[bool, typer.Option("--dask", help="Extract on a Dask LocalCluster of --workers "
                                                  "processes")] = False,
           scheduler: Annotated[str | None, typer.Option(
               help="Extract on the running Dask cluster of this scheduler (tcp://HOST:PORT); "
               "docs/scaling.md")] = None) -> None:
    """Read reports, extract entities, relations and events, and store them with provenance."""
    if language.strip().lower() != "auto":
        try:
            check_language(language)  # refused before any file is read or a knowledge base made
        except ReportGraphError as exc:
            fail(str(exc), 2)
    kb = open_kb(create=True)
    files = kb.files(paths)
    if workers is None:
        workers = available_cores() if use_dask else default_workers(len(files))
    dask = scheduler or ("local" if use_dask else None)
    failed: list[FileResult] = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def on_file(r: FileResult) -> None:
            progress.advance(task)
            if r.status == "failed":
                failed.append(r)
                code = f"[{r.code}] " if r.code else ""
                progress.console.print(f"[red]failed[/red] {escape(code)}{escape(r.path)}: {escape(r.reason or '')}")
            elif r.status == "unchanged":
                progress.console.print(f"[dim]unchanged[/dim] {escape(r.path)} (already stored)")
            else:
                c = r.counts
                lang = f" ({r.language})" if r.language else ""
                progress.console.print(f"[green]added[/green] {escape(r.path)}{lang}: {c['entities']} entities, "
                                       f"{c['relations']} relations, {c['events']} events")

        try:
            report = kb.ingest(paths, on_file=on_file, reported=reported, language=language, workers=workers,
                               dask=dask)
        except ReportGraphError as exc:
            kb.close()
            fail(str(exc))
            raise
    kb.close()
    err.print(f"{report.count('added')} added, {report.count('unchanged')} unchanged, "
              f"{len(report.failed)} failed -> {State.db}")
    if failed or not files:
        if not files:
            err.print("[red]error:[/red] no supported files found")
        raise typer.Exit(1)


def export(fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)} "
                                             "(any case)")] = "json",
           output: Annotated[Path | None, typer.Option(
               "--output", "-o", help="File to write [default: export.EXT, EXT from the format]")] = None,
           as_of: AsOf = None) -> None:
    """Export the knowledge base: json (evaluation contract, re-importable), ftm, gexf, graphml, acled, stix,
    geojson (docs/exports.md)."""
    try:
        output = output or default_output(fmt)
    except ReportGraphError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    kb = open_kb(as_of=as_of)
    try:
        counts = kb.export(fmt, output)
    except ReportGraphError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        kb.close()
    err.print(f"wrote {output} ({', '.join(f'{v} {k}' for k, v in counts.items())})")


def entities(entity_type: Annotated[str | None, typer.Option("--type", "-t", help="PERSON, ORGANIZATION, "
                                                             "COMMUNITY or LOCATION")] = None,
             limit: Annotated[int, typer.Option(help="At most this many rows")] = 200) -> None:
    """List entities, most mentioned first."""
    kb = open_kb()
    try:
        found = kb.entities(entity_type, limit)
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    table = Table("id", "type", "name", "docs", "mentions")
    for e in found:
        table.add_row(f"e{e.id}", e.type, escape(e.name), str(e.documents), str(e.mentions))
    out.print(table)


SOURCES_SHOWN = 5  # the documents listed after each name; the rest are counted


def show(name: Annotated[str, typer.Argument(help="An entity name or id (e12)")], as_of: AsOf = None,
         limit: Annotated[int, typer.Option(min=1, help="At most this many relations and events each (an "
                                            "entity named in thousands of reports has thousands)")] = 50) -> None:
    """A terminal dossier: names, relations and events, each with its source sentence and document
    (numbered; the documents are listed at the end)."""
    kb = open_kb(as_of=as_of)
    try:
        d = kb.dossier(name, max_facts=limit)
    except ReportGraphError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        kb.close()
    # the lines printed in a few calls, not one each: rich's work per call was most of the
    # printing's cost (a hub's page of 50 relations and 50 events: 200 lines; the same text)
    lines: list[str] = []
    say = lines.append
    # each document by a number, listed once at the end: a report's path repeated on every line
    # pushed the sentences apart (and wrapped on an 80-column terminal)
    numbers: dict[str, int] = {}

    def doc(source: str) -> str:
        return f"doc {numbers.setdefault(source, len(numbers) + 1)}"

    say(f"[bold]{escape(d.name)}[/bold]  [dim]{d.type} e{d.id}[/dim]")
    if d.roles:
        say(f"roles: {escape(', '.join(d.roles))}")
    if d.languages:
        say("languages: " + ", ".join(f"{escape(k)} ({v} document{'s' if v > 1 else ''})"
                                      for k, v in d.languages.items()))
    say("[bold]names[/bold]")
    for n in d.names:
        more = len(n.documents) - SOURCES_SHOWN
        where = ", ".join(map(doc, n.documents[:SOURCES_SHOWN])) + (f" and {more} more" if more > 0 else "")
        say(f"  {escape(n.name)}  [dim]{n.count}x in {where}[/dim]")
    say(f"[bold]relations[/bold] ({_shown(len(d.relations), d.relations_total)})")
    for f in d.relations:
        say(f"  {f.label} [cyan]{escape(f.other or '?')}[/cyan]{_hedge(f.detail)}  [dim]conf {f.confidence:.2f}, "
            f"{doc(f.source)} \\[{f.grade}][/dim]")
        say(f"    [italic]“{escape(f.sentence.strip())}”[/italic]")
    say(f"[bold]events[/bold] ({_shown(len(d.events), d.events_total)})")
    for f in d.events:
        say(f"  {_event_line(d.name, f.date, f.label, f.other, f.detail)}")
        say(f"    [italic]“{escape(f.sentence.strip())}”[/italic]  [dim]{doc(f.source)} \\[{f.grade}][/dim]")
    if numbers:
        say("[bold]documents[/bold]")
        for source, number in numbers.items():
            say(f"  {number}  {escape(source)}")
    for i in range(0, len(lines), 500):
        out.print("\n".join(lines[i:i + 500]))


def _hedge(detail: dict[str, Any]) -> str:
    """A hedged or attributed fact says so on its line ("reportedly", "according to X"): an analyst
    reading the dossier must not take it for an asserted one (negated ones are never listed)."""
    modality = detail.get("modality")
    return f" [yellow]({escape(modality)})[/yellow]" if modality and modality != "asserted" else ""


def _event_line(name: str, date: str | None, label: str, place: str | None, detail: dict[str, Any]) -> str:
    """One event as an analyst writes it: when, what (the text's own word), where, how many, the
    entity's part in it, and who else took part ("2003-07: ABDUCTION (kidnapped) at Algerian desert,
    34 counted; as agent, with Ammar Alsaifi (agent)")."""
    role = detail["role"]
    head = f"{describe(date)}: {label} ({escape(detail['trigger'])})"
    if place:
        head += f" at {escape(place)}"
    if detail.get("count") is not None:
        head += f", {detail['count']} counted"
    others = [p for p in detail.get("participants", []) if p != f"{name} ({role})"]
    with_ = f", with {escape('; '.join(others))}" if others else ""
    return f"{head}{_hedge(detail)}; [bold]as {escape(role)}[/bold]{with_}"


def _shown(listed: int, total: int) -> str:
    return f"{listed} of {total}; --limit shows more" if total > listed else str(listed)


def stats() -> None:
    """How much the knowledge base holds."""
    kb = open_kb()
    s = kb.stats()
    kb.close()
    table = Table("what", "count", title=f"knowledge base {State.db}")
    for k in ("documents", "entities", "mentions", "relations", "events"):
        table.add_row(k, str(s[k]))
    for k, v in sorted(s["by_type"].items()):
        table.add_row(f"  {k.lower()}", str(v))
    for k, v in s["by_language"].items():
        table.add_row(f"documents in {escape(k)}", str(v))
    out.print(table)


def documents(language: Annotated[str | None, typer.Option(help="Only documents in this language (fr, en); "
                                                            "mixed ones included")] = None,
              grade: Annotated[str, typer.Option(help="Source grades to list (letters A-F)")] = "ABCDEF",
              limit: Annotated[int, typer.Option(help="At most this many rows")] = 200) -> None:
    """List the documents, newest first: language, source grade, reported date, what was read out of each."""
    kb = open_kb()
    try:
        found = kb.documents(grade.upper() or "ABCDEF", limit, language.lower() if language else None)
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    table = Table("id", "language", "grade", "title", "source", "entities", "relations", "events")
    for col in table.columns[:3]:
        col.no_wrap, col.min_width = True, len(str(col.header))
    for col in table.columns[3:5]:  # a long title or path is cut, never wrapped over many lines
        col.no_wrap, col.overflow, col.max_width = True, "ellipsis", 48
    for d in found:
        table.add_row(d.id, d.language or "unknown", d.grade, escape(d.title), escape(d.source),
                      str(d.entities), str(d.relations), str(d.events))
    out.print(table)


def register(app: typer.Typer) -> None:
    for command in (ingest, export, entities, show, stats, documents):
        app.command()(command)
