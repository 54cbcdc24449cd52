"""Row triggers written once for both backends (the derived tables ``entity_adjacency``, schema v12,
and ``chart_witness``, v13, are kept by them).

A trigger is given as (name, table, timing and event, condition or "", statements). On SQLite the
statements are the trigger's body; on PostgreSQL they are the body of a PL/pgSQL function
``rg_<name>`` that the trigger executes.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

Trigger = tuple[str, str, str, str, list[str]]


def create(conn: Connection, triggers: Iterable[Trigger], after_prologue: str = "") -> None:
    """Create (or create again) ``triggers``; on PostgreSQL, ``after_prologue`` opens the function of
    each AFTER trigger (a lock its statements need)."""
    pg = conn.dialect.name == "postgresql"
    for name, table, when, condition, statements in triggers:
        body = " ".join(f"{s};" for s in statements)
        if pg:
            lead = after_prologue if when.startswith("AFTER") else ""
            # (a BEFORE trigger's row goes on; an AFTER trigger's value is ignored)
            back = "OLD" if "DELETE" in when else ("NEW" if when.startswith("BEFORE") else "NULL")
            conn.exec_driver_sql(
                f"CREATE OR REPLACE FUNCTION rg_{name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                f"BEGIN {lead}{body} RETURN {back}; END $body$")
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            where = f" WHEN ({condition})" if condition else ""
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} "
                                 f"EXECUTE FUNCTION rg_{name}()")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            where = f" WHEN {condition}" if condition else ""
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} BEGIN {body} END")


def drop(conn: Connection, triggers: Iterable[Trigger]) -> None:
    """Drop ``triggers`` (and their functions on PostgreSQL)."""
    pg = conn.dialect.name == "postgresql"
    for name, table, *_ in triggers:
        if pg:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS rg_{name}()")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
