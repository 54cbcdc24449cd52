"""Schema versioning: a fresh database is created at the current version; an older one is
migrated step by step inside one transaction; a newer one is refused."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from ..errors import SchemaVersionError
from .schema import SCHEMA_VERSION, meta, metadata


def _v1_to_v2(conn: Connection) -> None:
    """Add the resolver's state tables; existing entities keep their links (no re-resolution)."""
    for name in ("resolve_clusters", "resolve_records", "resolve_keys", "resolve_constraints"):
        metadata.tables[name].create(conn, checkfirst=True)


# MIGRATIONS[v] upgrades a database from version v to v + 1; each schema change appends one here.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2}


def current_version(conn: Connection) -> int | None:
    """The schema version written in the database, or None for an empty database."""
    if not inspect(conn).has_table("meta"):
        return None
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else None


def upgrade(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version found before."""
    found = current_version(conn)
    if found is None:
        metadata.create_all(conn)
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
        return 0
    if found > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"database schema v{found} is newer than this reportgraph (v{SCHEMA_VERSION}); upgrade reportgraph"
        )
    for v in range(found, SCHEMA_VERSION):
        MIGRATIONS[v](conn)
    if found != SCHEMA_VERSION:
        conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    return found
