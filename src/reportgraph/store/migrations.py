"""Schema versioning: a fresh database is created at the current version; an older one is
migrated step by step inside one transaction; a newer one is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, Table, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateTable

from ..errors import SchemaVersionError, StoreError
from . import adjacency, fts, witness
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
    from .resolution import state_from_entities

    for name in ("resolve_clusters", "resolve_records", "resolve_keys", "resolve_constraints"):
        metadata.tables[name].create(conn, checkfirst=True)
    state_from_entities(conn)


def _v3_to_v4(conn: Connection) -> None:
    """Add the resolver's corpus statistics, counted from the stored records as adding them would have."""
    from .resolution import backfill_stats

    for name in ("resolve_context_df", "resolve_part_company"):
        metadata.tables[name].create(conn, checkfirst=True)
    backfill_stats(conn)


# v5: the tables whose ids are public, AUTOINCREMENT on SQLite (schema.py says why).
AUTOINCREMENT_TABLES = ("entities", "local_entities", "relations", "events", "decisions")
# Where the decision log names ids (review.py): the key of a target or payload -> the table.
_LOGGED_IDS = {"entities": "entities", "entity": "entities", "new_entity": "entities",
               "local_entity": "local_entities", "records": "local_entities",
               "relation": "relations", "event": "events"}
# The resolver's state names clusters (entity ids) and records (local entity ids) as text.
_RESOLVER_IDS = {"entities": [("resolve_clusters", "cluster_id"), ("resolve_records", "cluster_id"),
                              ("resolve_keys", "cluster_id")],
                 "local_entities": [("resolve_records", "record_id"), ("resolve_constraints", "a")]}


def _v4_to_v5(conn: Connection) -> None:
    """SQLite: rebuild the tables whose ids are public as AUTOINCREMENT, every row under its id, and
    start each id sequence above every id the database still names. PostgreSQL: nothing to do."""
    if conn.dialect.name != "sqlite":
        return
    for name in AUTOINCREMENT_TABLES:
        _rebuild_sqlite_table(conn, metadata.tables[name])
    _seed_sequences(conn)


def _rebuild_sqlite_table(conn: Connection, table: Table) -> None:
    """Rebuild a SQLite table as ``table`` defines it, keeping every row, and create its indexes again
    (https://www.sqlite.org/lang_altertable.html#otheralter). Foreign keys must be off (``migrate``):
    the DROP TABLE would otherwise cascade into the tables that point at this one."""
    q = conn.dialect.identifier_preparer.quote
    new = q(f"{table.name}_rebuilt")
    ddl = str(CreateTable(table).compile(dialect=conn.dialect))
    head = f"CREATE TABLE {q(table.name)} ("
    if head not in ddl:
        raise StoreError(f"cannot rebuild table {table.name}: unexpected DDL {ddl[:80]!r}")
    conn.exec_driver_sql(ddl.replace(head, f"CREATE TABLE {new} (", 1))
    cols = ", ".join(q(c.name) for c in table.columns)
    conn.exec_driver_sql(f"INSERT INTO {new} ({cols}) SELECT {cols} FROM {q(table.name)}")
    conn.exec_driver_sql(f"DROP TABLE {q(table.name)}")  # with its indexes
    conn.exec_driver_sql(f"ALTER TABLE {new} RENAME TO {q(table.name)}")  # children name it: they point here
    for index in table.indexes:
        index.create(conn)


def _seed_sequences(conn: Connection) -> None:
    """Start each AUTOINCREMENT sequence above every id the database still names: its rows, the
    decision log (a merged-away entity, a reviewed fact) and the resolver's state. An id deleted before
    v5 and named nowhere any more cannot be known; such ids above the highest one left may come back."""
    floor = dict.fromkeys(AUTOINCREMENT_TABLES, 0)

    def note(table: str, value: Any) -> None:
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, int) or (isinstance(v, str) and v.isdigit()):
                floor[table] = max(floor[table], int(v))

    d = metadata.tables["decisions"].c
    for target, payload in conn.execute(select(d.target, d.payload)):
        for part in (target, payload):
            for key, table in _LOGGED_IDS.items():
                if isinstance(part, dict) and key in part:
                    note(table, part[key])
    for table in AUTOINCREMENT_TABLES:
        note(table, conn.exec_driver_sql(f"SELECT MAX(id) FROM {table}").scalar())
        for name, column in _RESOLVER_IDS.get(table, []):
            note(table, conn.exec_driver_sql(f"SELECT MAX(CAST({column} AS INTEGER)) FROM {name}").scalar())
        conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :n"), {"n": table})
        if floor[table]:
            conn.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:n, :s)"),
                         {"n": table, "s": floor[table]})


def _v5_to_v6(conn: Connection) -> None:
    """Fill the resolver's state of a knowledge base whose entities it never saw (imported before
    `import` built it, or filled by another resolver), as the v3 migration did: each global entity
    becomes a cluster of its records, and the corpus statistics are counted, so later documents can
    join them. A knowledge base with any resolver record is left as it is."""
    from . import schema as t
    from .resolution import backfill_stats, state_from_entities

    if conn.execute(select(t.resolve_records.c.record_id).limit(1)).first() is not None:
        return
    le = t.local_entities.c
    if conn.execute(select(le.id).where(le.entity_id.is_not(None)).limit(1)).first() is None:
        return
    state_from_entities(conn)
    backfill_stats(conn)


def _v6_to_v7(conn: Connection) -> None:
    """Relations and events gain their modality; facts stored before it are taken as asserted."""
    for table in ("relations", "events"):
        # the v5 rebuild of an older SQLite database already made the tables as the schema is now
        if "modality" not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN modality VARCHAR(16) NOT NULL DEFAULT 'asserted'"))


# v8: (table, column) added to existing tables; the new tables are created whole.
V8_COLUMNS = (("documents", "reported"), ("decisions", "reason"), ("decisions", "undo"))
V8_TABLES = ("users", "api_tokens")


def _v7_to_v8(conn: Connection) -> None:
    """Trust: a reason and an undo image on each decision, a reported date on each document, and the
    accounts tables. Decisions logged before have no undo image (they cannot be reverted); documents
    keep no reported date until one is set. Columns already there (a database created from these
    tables and marked older, as the tests do) are left as they are."""
    inspector = inspect(conn)
    for table, column in V8_COLUMNS:
        if column in {c["name"] for c in inspector.get_columns(table)}:
            continue
        col = metadata.tables[table].c[column]
        ddl = col.type.compile(dialect=conn.dialect)
        q = conn.dialect.identifier_preparer.quote
        conn.exec_driver_sql(f"ALTER TABLE {q(table)} ADD COLUMN {q(column)} {ddl}")
    for name in V8_TABLES:
        metadata.tables[name].create(conn, checkfirst=True)


def _v8_to_v9(conn: Connection) -> None:
    """Each document's language (issue 11). Documents stored before keep NULL (not known): they were
    all read by the English pipeline, whatever their language."""
    if "language" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN language VARCHAR(16)"))


def _v9_to_v10(conn: Connection) -> None:
    """The link chart's saved layouts (a new table; nothing to fill)."""
    metadata.tables["chart_layouts"].create(conn, checkfirst=True)


# v11: indexes created again with more columns (schema.py), and the one added.
V11_INDEXES = ("ix_relations_subject_object", "ix_relations_object_subject", "ix_local_entities_entity",
               "ix_events_id_fact")


def _v10_to_v11(conn: Connection) -> None:
    """The graph's covering indexes with what the path, neighbour and dossier queries read
    (schema.py): each dropped and created again as the schema defines it now. On SQLite
    ``ix_local_entities_entity`` is the same as before (its PostgreSQL INCLUDE does not apply there)
    and is left alone. On PostgreSQL, then ANALYZE, so the planner weighs the new indexes at once
    (SQLite keeps no statistics unless ANALYZE was run: reportgraph does not run it)."""
    for table in metadata.sorted_tables:
        for index in table.indexes:
            if index.name not in V11_INDEXES:
                continue
            if conn.dialect.name == "sqlite" and index.name == "ix_local_entities_entity":
                continue
            conn.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
            index.create(conn)
    if conn.dialect.name == "postgresql":
        for name in ("relations", "events", "local_entities"):
            conn.execute(text(f"ANALYZE {name}"))


def _v11_to_v12(conn: Connection) -> None:
    """The entity-to-entity adjacency (store/adjacency.py): its tables, the triggers that keep it,
    and its rows from the facts stored; the events' covering index with their date."""
    conn.execute(text("DROP INDEX IF EXISTS ix_events_id_fact"))
    next(i for i in metadata.tables["events"].indexes if i.name == "ix_events_id_fact").create(conn)
    for name in ("entity_adjacency", "adjacency_stale"):
        metadata.tables[name].create(conn, checkfirst=True)
    adjacency.create_triggers(conn)
    adjacency.rebuild(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE entity_adjacency"))
        conn.execute(text("ANALYZE events"))


def _v12_to_v13(conn: Connection) -> None:
    """The link chart's edges by entity (store/witness.py): the table, the triggers that keep it, and
    its rows laid out from the facts stored."""
    metadata.tables["chart_witness"].create(conn, checkfirst=True)
    witness.create_triggers(conn)
    witness.rebuild(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE chart_witness"))


# MIGRATIONS[v] upgrades a database from version v to v + 1; each schema change appends one.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5,
                                                       5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8,
                                                       8: _v8_to_v9, 9: _v9_to_v10, 10: _v10_to_v11,
                                                       11: _v11_to_v12, 12: _v12_to_v13}


def current_version(conn: Connection) -> int | None:
    """The schema version written in the database, or None for an empty database."""
    if not inspect(conn).has_table("meta"):
        return None
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else None


def migrate(engine: Engine) -> int:
    """Bring the database to SCHEMA_VERSION in one transaction; returns the version found before (0 for
    a new database). A database at the current version is only read."""
    with engine.connect() as conn:
        found = current_version(conn)
        if found == SCHEMA_VERSION:
            return found  # nothing to do (every command's start: the version is read once)
        if found is not None and found > SCHEMA_VERSION:
            return upgrade(conn)  # a newer database refused: no write, no lock
        conn.rollback()
        if conn.dialect.name == "sqlite":
            return _upgrade_sqlite(conn)
        with conn.begin():
            return upgrade(conn)


def _upgrade_sqlite(conn: Connection) -> int:
    """``upgrade`` with foreign keys off, as SQLite's table rebuild needs, and checked before commit.

    The pragma is a no-op inside a transaction, so it is set first; the explicit BEGIN IMMEDIATE
    puts the DDL in the transaction too (the sqlite3 module begins one only before an INSERT,
    UPDATE or DELETE) and takes the write lock before the version is read again."""
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        before = _foreign_key_violations(conn)
        found = upgrade(conn)
        broken = _foreign_key_violations(conn) - before
        if broken:
            raise StoreError(f"the migration to schema v{SCHEMA_VERSION} would break {len(broken)} foreign keys "
                             f"(e.g. {sorted(broken)[0]}); nothing was changed")
        conn.commit()
        return found
    except BaseException:
        conn.rollback()
        raise
    finally:
        try:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
        except SQLAlchemyError:
            conn.invalidate()  # never hand a connection without foreign keys back to the pool


def _foreign_key_violations(conn: Connection) -> set[tuple[Any, ...]]:
    """(table, rowid, parent table) of every row whose foreign key has no parent row."""
    return {tuple(r[:3]) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")}


def upgrade(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION inside the caller's transaction; returns the version
    found before. On SQLite, ``migrate`` runs it with foreign keys off (the v5 table rebuilds)."""
    found = current_version(conn)
    if found is None:
        metadata.create_all(conn)
        fts.create(conn)
        adjacency.create_triggers(conn)
        witness.create_triggers(conn)
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
        return 0
    if found > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"database schema v{found} is newer than this reportgraph (v{SCHEMA_VERSION}); upgrade reportgraph"
        )
    if found < SCHEMA_VERSION:
        # a database marked older than the triggers it holds (a test's or a downgrade's): they would
        # fire on the migrations' rebuilt tables; v12 and v13 create them again
        adjacency.drop_triggers(conn)
        witness.drop_triggers(conn)
    for v in range(found, SCHEMA_VERSION):
        MIGRATIONS[v](conn)
    if found != SCHEMA_VERSION:
        conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    return found
