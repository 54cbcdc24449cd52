"""The question commands: search, grade, neighbours, paths, central, communities, timeline, conflicts.

Each prints a readable view, or with --json the same result as JSON (the API's dataclasses)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.markup import escape
from rich.text import Text

from ..api import KnowledgeBase
from ..errors import ReportGraphError
from ..query.credibility import CREDIBILITY_LABELS
from ..query.search import SearchHit
from .common import AsOf, err, fail, open_kb, out

T = TypeVar("T")

Predicates = Annotated[list[str] | None, typer.Option(
    "--predicate", "-p", help="Only facts of this predicate or event type (repeatable)")]
MinGrade = Annotated[str | None, typer.Option(help="Only facts from sources graded this or better (A-F)")]
MinCred = Annotated[int | None, typer.Option(help="Only facts of this credibility or better (1-6)")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON")]


def _run(call: Callable[[KnowledgeBase], T], as_of: str | None = None) -> T:
    """Open the knowledge base (as of a date), ask, close; a bad question is one error line and status 1."""
    kb = open_kb(as_of=as_of)
    try:
        return call(kb)
    except ReportGraphError as exc:
        fail(str(exc))
        raise  # unreachable: fail() exits
    finally:
        kb.close()


def _json(value: Any) -> None:
    data = [dataclasses.asdict(v) for v in value] if isinstance(value, list) else dataclasses.asdict(value)
    out.print_json(json.dumps(data, ensure_ascii=False, default=str))  # dates as ISO 8601


def _cred(value: int) -> str:
    return f"{value} ({CREDIBILITY_LABELS[value]})"


def search(q: Annotated[str, typer.Argument(help='Words, "a phrase", a OR b, prefix*')],
           limit: Annotated[int, typer.Option(help="At most this many hits")] = 20,
           as_json: AsJson = False) -> None:
    """Full-text search over entity names and document texts."""
    hits = _run(lambda kb: kb.search(q, limit))
    if as_json:
        return _json(hits)
    if not hits:
        err.print("no match")
        raise typer.Exit(1)
    for h in hits:
        if h.kind == "entity":
            out.print(f"[cyan]{h.id}[/cyan] {escape(h.title)} [dim]{h.entity_type}[/dim]")
        else:
            out.print(f"[green]{h.id[:12]}[/green] {escape(h.source or h.title)} [dim][{h.grade}][/dim]")
        out.print(Text("    ") + _marked(h))


def _marked(hit: SearchHit) -> Text:
    text = Text(hit.snippet.replace("\n", " "))
    for a, b in hit.highlights:
        text.stylize("bold yellow", a, b)
    return text


def grade(ref: Annotated[str, typer.Argument(help="A document id, or a source (path or file name)")],
          value: Annotated[str, typer.Argument(
              help="Admiralty reliability: A (reliable) ... F (cannot be judged)")],
          actor: Annotated[str, typer.Option(help="Who decides (written to the decision log)",
                                             envvar="USER")] = "cli") -> None:
    """Grade how reliable a source is (A-F), as a logged decision; facts' credibility follows from it."""
    ids = _run(lambda kb: kb.set_grade(ref, value, actor))
    err.print(f"graded {len(ids)} document(s) {value.upper()}: {', '.join(i[:12] for i in ids)}")


def neighbours(entity: Annotated[str, typer.Argument(help="An entity name or id (e12)")],
               depth: Annotated[int, typer.Option(help="Hops")] = 1, predicate: Predicates = None,
               min_grade: MinGrade = None, min_credibility: MinCred = None, as_json: AsJson = False,
               as_of: AsOf = None) -> None:
    """Entities linked to one entity (relations and shared events), nearest first."""
    found = _run(lambda kb: kb.neighbours(entity, depth, predicate, min_grade, min_credibility), as_of)
    if as_json:
        return _json(found)
    for n in found:
        out.print(f"{'  ' * (n.depth - 1)}[cyan]e{n.id}[/cyan] {escape(n.name)} [dim]{n.type}[/dim]  "
                  f"{escape(', '.join(n.labels))}  [dim]{n.facts} fact(s), {len(n.documents)} doc(s), "
                  f"best source {n.best_grade}[/dim]")


def paths(a: Annotated[str, typer.Argument(help="From: an entity name or id")],
          b: Annotated[str, typer.Argument(help="To: an entity name or id")],
          max_len: Annotated[int, typer.Option(help="At most this many hops")] = 4,
          predicate: Predicates = None, min_grade: MinGrade = None, min_credibility: MinCred = None,
          limit: Annotated[int, typer.Option(help="At most this many paths")] = 5,
          as_json: AsJson = False, as_of: AsOf = None) -> None:
    """How two entities are connected: the shortest paths, each hop with the sentence that states it."""
    found = _run(lambda kb: kb.paths(a, b, max_len, predicate, min_grade, min_credibility, limit), as_of)
    if as_json:
        return _json(found)
    if not found:
        err.print(f"no path of at most {max_len} hops")
        raise typer.Exit(1)
    for i, p in enumerate(found, 1):
        out.print(f"[bold]path {i}[/bold] ({p.length} hops)")
        for h in p.hops:
            arrow = {"out": f"-{h.label}->", "in": f"<-{h.label}-"}.get(h.direction or "", f"~{h.label}~")
            more = f", +{h.other_facts} more" if h.other_facts else ""
            out.print(f"  {escape(h.source_name)} [cyan]{arrow}[/cyan] {escape(h.target_name)}  "
                      f"[dim]{escape(h.source)} [{h.grade}]{more}[/dim]")
            out.print(f"    [italic]“{escape(h.sentence.strip())}”[/italic]")


def central(kind: Annotated[str, typer.Option(help="degree or betweenness")] = "degree",
            top: Annotated[int, typer.Option(help="How many")] = 20, predicate: Predicates = None,
            min_grade: MinGrade = None, as_json: AsJson = False) -> None:
    """The most central entities of the network."""
    found = _run(lambda kb: kb.centrality(kind, top, predicate, min_grade))
    if as_json:
        return _json(found)
    for r in found:
        out.print(f"{r.score:.4f}  [cyan]e{r.id}[/cyan] {escape(r.name)} [dim]{r.type}[/dim]")


def communities(min_size: Annotated[int, typer.Option(help="Smallest community shown")] = 2,
                predicate: Predicates = None, min_grade: MinGrade = None, as_json: AsJson = False) -> None:
    """Groups of entities more linked to each other than to the rest (Louvain)."""
    found = _run(lambda kb: kb.communities(min_size, predicate, min_grade))
    if as_json:
        return _json(found)
    for c in found:
        names = ", ".join(m.name for m in c.members[:12]) + (" ..." if c.size > 12 else "")
        out.print(f"[bold]{c.id}[/bold] ({c.size}) {escape(names)}")


def timeline(actor: Annotated[str | None, typer.Option(help="Events this entity takes part in")] = None,
             place: Annotated[str | None, typer.Option(help="Events at this place")] = None,
             event_type: Annotated[str | None, typer.Option(
                 "--type", help="An event type (ATTACK ...)")] = None,
             start: Annotated[str | None, typer.Option(help="From (EDTF: 2003, 2003-07)")] = None,
             end: Annotated[str | None, typer.Option(help="To (EDTF)")] = None,
             source: Annotated[str | None, typer.Option(help="A document id or source")] = None,
             min_grade: MinGrade = None, min_credibility: MinCred = None,
             limit: Annotated[int | None, typer.Option(help="At most this many events")] = None,
             as_json: AsJson = False, as_of: AsOf = None) -> None:
    """Events in date order, with who, where, the source and its sentence."""
    found = _run(lambda kb: kb.timeline(actor, place, event_type, start, end, source, min_grade,
                                        min_credibility, limit), as_of)
    if as_json:
        return _json(found)
    for e in found:
        where = f" at {e.place}" if e.place else ""
        who = "; ".join(f"{n} ({r})" for _, n, r in e.participants)
        rated = f"[{e.grade}], credibility {_cred(e.credibility)}" if e.graded else "(ungraded source)"
        out.print(f"[bold]{escape(e.when)}[/bold] {e.type}{escape(where)}: {escape(who)}  "
                  f"[dim]{escape(e.source)} {rated}[/dim]")
        out.print(f"    [italic]“{escape(e.sentence.strip())}”[/italic]")


def conflicts(entity: Annotated[str | None, typer.Argument(help="Only conflicts about this entity")] = None,
              as_json: AsJson = False, as_of: AsOf = None) -> None:
    """Conflicting claims side by side, most credible first (nothing is overwritten)."""
    found = _run(lambda kb: kb.conflicts(entity), as_of)
    if as_json:
        return _json(found)
    if not found:
        err.print("no conflicting claims")
    for c in found:
        out.print(f"[bold]{c.label}[/bold] of {escape(c.subject)} ({c.kind})")
        for v in c.versions:
            said = ", ".join(f"{s} [{g}]" + (f" reported {r}" if r else "")
                             for s, g, r in zip(v.sources, v.grades, v.reported or [None] * len(v.sources),
                                                strict=True))
            cred = f"credibility {_cred(v.credibility)}; " if v.credibility else ""
            out.print(f"  {escape(v.value)}  [dim]{cred}{escape(said)}[/dim]")
            for sentence in v.sentences[:3]:
                out.print(f"    [italic]“{escape(sentence.strip())}”[/italic]")


def register(app: typer.Typer) -> None:
    for command in (search, grade, neighbours, paths, central, communities, timeline, conflicts):
        app.command()(command)
