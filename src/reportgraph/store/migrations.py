"""Schema versioning: a fresh database is created at the current version; an older one is
migrated step by step inside one transaction; a newer one is refused."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text

from ..errors import SchemaVersionError
from . import fts
from .schema import SCHEMA_VERSION, meta, metadata

V2_INDEXES = ("ix_events_location", "ix_relations_predicate", "ix_local_entities_id_entity",
              "ix_relations_subject_object", "ix_relations_object_subject", "ix_participants_event_entity",
              "ix_participants_entity_event")
V1_INDEXES_REPLACED = ("ix_relations_subject", "ix_relations_object", "ix_participants_event",
                       "ix_participants_entity")


def _v1_to_v2(conn: Connection) -> None:
    """Full-text search over documents and entity names, and the indexes the queries use."""
    for name in V1_INDEXES_REPLACED:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for table in metadata.sorted_tables:
        for index in table.indexes:
            if index.name in V2_INDEXES:
                index.create(conn, checkfirst=True)
    fts.create(conn)
    fts.rebuild(conn)


def _v2_to_v3(conn: Connection) -> None:
    """Add the resolver's state tables, filled from the entities as they are: every global entity
    becomes a cluster of its local entities (no re-resolution), so later documents can join them."""
    from ..resolve.blocking import name_keys
    from ..resolve.places import default_gazetteer
    from ..resolve.records import EntityRecord, summarise
    from ..resolve.scoring import normalise
    from . import schema as t

    for name in ("resolve_clusters", "resolve_records", "resolve_keys", "resolve_constraints"):
        metadata.tables[name].create(conn, checkfirst=True)
    le = t.local_entities.c
    rows = conn.execute(select(le.entity_id, le.id, le.document_id, le.type, le.name, le.aliases, le.roles)
                        .where(le.entity_id.is_not(None)).order_by(le.entity_id, le.id)).all()
    gazetteer = default_gazetteer()
    for eid, group in itertools.groupby(rows, key=lambda r: r.entity_id):
        records = [EntityRecord(str(r.id), r.document_id, r.type, list(dict.fromkeys([r.name, *(r.aliases or [])])),
                                set(), list(r.roles or [])) for r in group]
        summary = summarise(str(eid), records, normalise)
        conn.execute(t.resolve_records.insert(), [
            {"record_id": r.id, "cluster_id": str(eid),
             "record": {"id": r.id, "document_id": r.document_id, "type": r.type, "names": r.names,
                        "context": [], "roles": r.roles, "aliases_stated": []}} for r in records])
        conn.execute(t.resolve_clusters.insert().values(cluster_id=str(eid), summary=summary.to_dict()))
        keys = sorted({k[:200] for k in name_keys(summary.type, list(summary.names), gazetteer)})
        if keys:
            conn.execute(t.resolve_keys.insert(), [{"key": k, "cluster_id": str(eid)} for k in keys])


def _v3_to_v4(conn: Connection) -> None:
    """Add the resolver's corpus statistics, counted from the stored records as adding them would have."""
    from .resolution import backfill_stats

    for name in ("resolve_context_df", "resolve_part_company"):
        metadata.tables[name].create(conn, checkfirst=True)
    backfill_stats(conn)


# MIGRATIONS[v] upgrades a database from version v to v + 1; each schema change appends one.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


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
        fts.create(conn)
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
