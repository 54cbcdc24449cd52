"""Resolution commands: why two names are (not) one entity; an analyst's merge and split."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer
from rich.markup import escape
from sqlalchemy import select

from ..api import KnowledgeBase
from ..errors import ReportGraphError
from ..query import find_entity
from ..store import schema as t
from .common import err, fail, open_kb, out


def why(a: Annotated[str, typer.Argument(help="An entity name or id (e12)")],
        b: Annotated[str, typer.Argument(help="Another entity name or id")]) -> None:
    """The evidence for and against two entities being one real-world thing."""
    kb = open_kb()
    try:
        ea, eb, same, expl = kb.why(a, b)
        with kb.store.connect() as conn:  # an id is shown with the entity's name
            names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)
                                      .where(t.entities.c.id.in_({ea, eb}))).all())
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    shown_a = a if same else names.get(ea, a)  # two names of one entity stay as typed
    shown_b = b if same else names.get(eb, b)
    state = "one entity now" if same else "two entities now"
    out.print(f"[bold]{escape(shown_a)}[/bold] (e{ea}) and [bold]{escape(shown_b)}[/bold] (e{eb}): {state}",
              soft_wrap=True)
    for line in expl.lines():
        out.print(escape(line), soft_wrap=True)


Reason = Annotated[str | None, typer.Option(help="Why (written to the decision log)")]


def _entity(kb: KnowledgeBase, ref: str) -> int:
    """The one place the CLI's decisions look an entity up by name or id (a forgiving lookup can
    replace it here)."""
    return find_entity(kb.store, ref)


def merge(keep: Annotated[str, typer.Argument(help="The entity to keep (name or id)")],
          other: Annotated[str, typer.Argument(help="The entity merged into it (name or id)")],
          actor: Annotated[str, typer.Option(help="Who decides (for the audit log)")] = "",
          reason: Reason = None,
          force: Annotated[bool, typer.Option("--force", help="Merge entities of different types, or "
                                              "that an analyst split apart")] = False) -> None:
    """Merge two entities for good: later reports resolve to the kept one (an analyst's decision, logged;
    `reportgraph revert` undoes it)."""
    kb = open_kb()
    try:
        d = kb.merge(_entity(kb, keep), _entity(kb, other), actor or getpass.getuser(), reason, force)
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    err.print(f"merged: decision {d.id} by {escape(d.actor)} ({escape(str(d.target.get('names')))})")


def split(entity: Annotated[str, typer.Argument(help="The entity (name or id)")],
          document: Annotated[str | None, typer.Option("--document", "-d", help="Id or source of the document "
                                                       "whose mention of the entity is a different thing")] = None,
          local: Annotated[str | None, typer.Option("--local", "-l", help="The document's entity to detach, by "
                                                    "its id (l12, as `show --json` and the workbench give it) or, "
                                                    "with --document, its name in that document")] = None,
          actor: Annotated[str, typer.Option(help="Who decides (for the audit log)")] = "",
          reason: Reason = None) -> None:
    """Split one document's entity out of an entity for good: no later report joins them again (logged;
    `reportgraph revert` undoes it)."""
    kb = open_kb()
    try:
        eid = _entity(kb, entity)
        le, d = t.local_entities.c, t.documents.c
        q = (select(le.id, le.name, d.source).select_from(t.local_entities.join(t.documents))
             .where(le.entity_id == eid).order_by(le.id))
        if document is None and local is None:
            fail("name the document (--document) or the document's entity (--local l12)")
        if document is not None:
            q = q.where((d.id == document) | (d.source == document) | d.source.endswith(f"/{document}"))
        if local is not None:
            lid = local[1:] if local[:1] in "lL" and local[1:].isdigit() else local
            q = q.where(le.id == int(lid)) if lid.isdigit() else q.where(le.name == local)
        with kb.store.connect() as conn:
            rows = conn.execute(q).all()
        if not rows:
            fail(f"entity e{eid} has no such document entity ({document or ''} {local or ''})".replace(" )", ")"))
        if len(rows) > 1:  # two entities of one document both resolved here: the analyst must choose
            choices = ", ".join(f"l{r.id} '{r.name}'" for r in rows)
            fail(f"entity e{eid} has {len(rows)} entities in that document ({choices}): choose one with --local")
        dec = kb.split(rows[0][0], actor or getpass.getuser(), reason)
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    err.print(f"split: decision {dec.id}, new entity e{dec.payload['new_entity']}")


def place(entity: Annotated[str, typer.Argument(help="The place (name or id)")],
          lat: Annotated[float, typer.Argument(help="Latitude, WGS 84 degrees (-90..90)")],
          lon: Annotated[float, typer.Argument(help="Longitude, WGS 84 degrees (-180..180)")],
          actor: Annotated[str, typer.Option(help="Who decides (for the audit log)")] = "") -> None:
    """Set or correct where a place lies (logged): the map and every export place it there."""
    kb = open_kb()
    try:
        d = kb.set_place(entity, lat, lon, actor or getpass.getuser())
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    err.print(f"placed: decision {d.id}, {escape(d.target['name'])} at {lat}, {lon}")


def register(app: typer.Typer) -> None:
    for command in (why, merge, split, place):
        app.command()(command)
