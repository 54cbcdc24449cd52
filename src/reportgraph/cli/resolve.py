"""Resolution commands: why two names are (not) one entity; an analyst's merge and split."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer
from rich.markup import escape
from sqlalchemy import select

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


def merge(keep: Annotated[str, typer.Argument(help="The entity to keep (name or id)")],
          other: Annotated[str, typer.Argument(help="The entity merged into it (name or id)")],
          actor: Annotated[str, typer.Option(help="Who decides (for the audit log)")] = "") -> None:
    """Merge two entities for good: later reports resolve to the kept one (an analyst's decision, logged)."""
    kb = open_kb()
    try:
        d = kb.merge(find_entity(kb.store, keep), find_entity(kb.store, other), actor or getpass.getuser())
    except ReportGraphError as exc:
        fail(str(exc))
    finally:
        kb.close()
    err.print(f"merged: decision {d.id} by {escape(d.actor)} ({escape(str(d.target.get('names')))})")


def split(entity: Annotated[str, typer.Argument(help="The entity (name or id)")],
          document: Annotated[str, typer.Option("--document", "-d", help="Id or source of the document "
                                                "whose mention of the entity is a different thing")],
          actor: Annotated[str, typer.Option(help="Who decides (for the audit log)")] = "") -> None:
    """Split one document's entity out of an entity for good: no later report joins them again (logged)."""
    kb = open_kb()
    try:
        eid = find_entity(kb.store, entity)
        le, d = t.local_entities.c, t.documents.c
        with kb.store.connect() as conn:
            rows = conn.execute(select(le.id).select_from(t.local_entities.join(t.documents))
                                .where(le.entity_id == eid)
                                .where((d.id == document) | (d.source == document) | d.source.endswith(f"/{document}"))
                                ).all()
        if not rows:
            fail(f"entity e{eid} is not named in a document '{document}'")
        dec = kb.split(rows[0][0], actor or getpass.getuser())
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
