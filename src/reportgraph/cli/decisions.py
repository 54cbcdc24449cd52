"""The audit log and its undo: `decisions` lists every analyst decision, `revert` undoes one, and
`reported` sets the date a document was published (a decision too)."""

from __future__ import annotations

import dataclasses
import getpass
import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import ReportGraphError
from ..review import Decision
from .common import err, fail, open_kb, out

Actor = Annotated[str, typer.Option(help="Who decides (for the audit log) [default: your login name]")]
Reason = Annotated[str | None, typer.Option(help="Why (written to the decision log)")]


def describe(d: Decision) -> str:
    """One line on what a decision did."""
    tg, p = d.target, d.payload
    if d.kind == "merge":
        return f"merge e{tg['entities'][1]} into e{tg['entities'][0]} ({' + '.join(tg.get('names') or [])})"
    if d.kind == "split":
        return f"split '{tg['name']}' of {tg['document']} out of e{tg['entity']} into e{p['new_entity']}"
    if d.kind == "review":
        fact = f"relation r{tg['relation']}" if "relation" in tg else f"event v{tg['event']}"
        extra = f" to {p.get('date')}" if p.get("action") == "correct" else ""
        return f"{p['action']} {fact}{extra}"
    if d.kind == "grade":
        return f"grade {tg['document']} {p.get('previous')} -> {p['grade']}"
    if d.kind == "reported":
        return f"reported date of {tg['document']} {p.get('previous')} -> {p.get('reported')}"
    if d.kind == "place":
        return f"place e{tg['entity']} ({tg.get('name')}) at {p.get('lat')}, {p.get('lon')}"
    if d.kind == "upload":
        return f"upload {tg.get('source')} ({tg['document']})"
    if d.kind == "revert":
        return f"{'redo' if p.get('redo') else 'revert'} decision {tg['decision']} ({tg.get('kind')})"
    return d.kind


def decisions(limit: Annotated[int, typer.Option(help="How many, newest first")] = 100,
              as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """The audit log: every analyst decision with its id, who, when, why, and whether it was reverted."""
    kb = open_kb()
    try:
        found = kb.decisions(limit)
    finally:
        kb.close()
    if as_json:
        out.print_json(json.dumps([dataclasses.asdict(d) for d in found], ensure_ascii=False))
        return
    table = Table("id", "when", "who", "what", "why", "reverted")
    for d in found:
        table.add_row(str(d.id), d.created_at, escape(d.actor), escape(describe(d)), escape(d.reason or ""),
                      d.reverted_at or "")
    out.print(table)


def revert(decision: Annotated[int, typer.Argument(help="The decision's id (`reportgraph decisions`)")],
           actor: Actor = "", reason: Reason = None) -> None:
    """Undo one decision (a merge comes apart under the original ids, a split is joined again, a review
    or grade is set back); the revert is itself logged, and reverting it makes the decision again."""
    kb = open_kb()
    try:
        d = kb.revert(decision, actor or getpass.getuser(), reason)
    except ReportGraphError as exc:
        fail(str(exc))
        raise  # unreachable: fail() exits
    finally:
        kb.close()
    err.print(f"{'redone' if d.payload.get('redo') else 'reverted'}: decision {decision} "
              f"({escape(str(d.target.get('kind')))}), logged as decision {d.id}")


def reported(document: Annotated[str, typer.Argument(help="A document id, or a source (path or file name)")],
             date: Annotated[str, typer.Argument(help="YYYY, YYYY-MM or YYYY-MM-DD; 'none' clears it")],
             actor: Actor = "", reason: Reason = None) -> None:
    """Set the date a document was reported (published), for `--as-of` questions; logged, revertible."""
    kb = open_kb()
    try:
        ids = kb.store.document_ids(document)
        if not ids:
            fail(f"no document '{document}'")
        for doc_id in ids:
            kb.set_reported(doc_id, None if date.lower() == "none" else date, actor or getpass.getuser(), reason)
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    err.print(f"reported {escape(date)}: {len(ids)} document(s)")


def register(app: typer.Typer) -> None:
    for command in (decisions, revert, reported):
        app.command()(command)
