"""Older knowledge bases (v1 before full-text search, v3 before stored resolver statistics) upgrade
in place and keep their data."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, create_engine, event, inspect, select, text

from kb import Doc
from reportgraph.errors import SchemaVersionError
from reportgraph.query.search import search
from reportgraph.store import SCHEMA_VERSION, Store, database_url
from reportgraph.store import schema as t
from reportgraph.store.migrations import V1_INDEXES_REPLACED, V2_INDEXES, current_version
from reportgraph.store.resolution import EngineResolution

V1_ONLY = [("ix_relations_subject", "relations", "subject_id"),
           ("ix_relations_object", "relations", "object_id"),
           ("ix_participants_event", "event_participants", "event_id"),
           ("ix_participants_entity", "event_participants", "local_entity_id")]


def _index_names(conn: Connection) -> set[str]:
    found = set()
    for table in t.metadata.sorted_tables:
        found |= {str(i["name"]) for i in inspect(conn).get_indexes(table.name)}
    return found


def _write_v1(url: str) -> None:
    """A database as reportgraph v1 wrote it: the tables, no search structures, version 1."""
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    with engine.begin() as conn:
        for table in t.metadata.sorted_tables:
            table.create(conn)
            for index in table.indexes:
                if index.name in V2_INDEXES:
                    index.drop(conn)
        for name, table, column in V1_ONLY:
            conn.execute(text(f"CREATE INDEX {name} ON {table} ({column})"))
        conn.execute(t.meta.insert().values(key="schema_version", value="1"))
        conn.execute(t.documents.insert().values(
            id="d1", source="old/report.txt", title="report", media_type="text/plain",
            text="The Varnok Column raided the depot at Ambrel.", n_chars=45, ingested_at="2026-01-01",
            extractor="test"))
        conn.execute(t.entities.insert().values(id=1, type="ORGANIZATION", name="Varnok Column"))
        conn.execute(t.local_entities.insert().values(
            id=1, document_id="d1", key="L1", type="ORGANIZATION", name="Varnok Column",
            aliases=["the Column"], roles=[], confidence=1.0, entity_id=1))
    engine.dispose()


def test_v1_database_upgrades(db_url: str) -> None:
    _write_v1(db_url)
    store = Store(db_url)  # runs the migration
    try:
        with store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 4
            # v3: the existing entity became a resolver cluster that later documents can join
            assert conn.execute(select(t.resolve_records.c.cluster_id)).scalars().all() == ["1"]
            # v4: statistics counted from that record (an organisation, no context: nothing to count)
            assert {"resolve_context_df", "resolve_part_company"} <= set(inspect(conn).get_table_names())
            assert conn.execute(select(t.documents.c.id)).scalars().all() == ["d1"]
            names = _index_names(conn)
            assert set(V2_INDEXES) <= names and not set(V1_INDEXES_REPLACED) & names
        assert [h.id for h in search(store, "raid", 5) if h.kind == "document"] == ["d1"]
        assert [h.title for h in search(store, "Varnok", 5) if h.kind == "entity"] == ["Varnok Column"]
    finally:
        store.close()
    Store(db_url).close()  # a second open finds v4 and changes nothing


def _stats(conn: Connection) -> tuple[list[tuple[str, int]], list[tuple[str, str]]]:
    df, pc = t.resolve_context_df.c, t.resolve_part_company.c
    return (sorted((c, n) for c, n in conn.execute(select(df.context, df.n))),
            sorted((p, o) for p, o in conn.execute(select(pc.part, pc.other))))


def test_v3_database_counts_its_statistics(db_url: str) -> None:
    """The v4 statistics are counted from the stored records, exactly as ingesting them counted."""
    # Invented given names, each its own part key: one more companion of Tembely apiece.
    given = [f"Ya{a}u{b}en" for a in "bdfgklmnrs" for b in "bdfgklmnrs"]
    store = Store(db_url)
    try:
        first = Doc("a.txt")
        for g in given[:62]:
            first.ent(f"{g} Tembely", "PERSON")
        for i in range(36):  # record ids pass 99 before the last two: numeric order is not text order
            first.ent(f"Katiba {given[i]}")
        first.save(store, resolver=EngineResolution())
        second = Doc("b.txt")
        second.ent(f"{given[62]} {given[63]} Tembely", "PERSON")  # Tembely's 63rd and 64th companions
        second.ent(f"{given[64]} Tembely", "PERSON")  # one too many: not counted
        second.save(store, resolver=EngineResolution())
        with store.connect() as conn:
            ingested = _stats(conn)
    finally:
        store.close()
    assert sum(1 for part, _ in ingested[1] if part == "tmbl") == 64
    assert len(ingested[0]) > 60  # the names near each other are each other's context

    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # back to what reportgraph v3 left: no statistics, version 3
        t.resolve_part_company.drop(conn)
        t.resolve_context_df.drop(conn)
        conn.execute(t.meta.update().values(value="3"))
    engine.dispose()
    store = Store(db_url)  # runs the migration
    try:
        with store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            assert _stats(conn) == ingested
    finally:
        store.close()


def test_newer_database_is_refused(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:
        conn.execute(t.meta.update().values(value=str(SCHEMA_VERSION + 1)))
    engine.dispose()
    with pytest.raises(SchemaVersionError):
        Store(db_url)
