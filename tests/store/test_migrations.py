"""A v1 knowledge base (before full-text search) upgrades in place and keeps its data."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, select

from reportgraph.errors import SchemaVersionError
from reportgraph.query.search import search
from reportgraph.store import SCHEMA_VERSION, Store, database_url
from reportgraph.store import schema as t
from reportgraph.store.migrations import current_version


def _write_v1(url: str) -> None:
    """A database as reportgraph v1 wrote it: the tables, no search structures, version 1."""
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    v2_indexes = {"ix_events_location", "ix_relations_predicate"}
    with engine.begin() as conn:
        for table in t.metadata.sorted_tables:
            table.create(conn)
            for index in table.indexes:
                if index.name in v2_indexes:
                    index.drop(conn)
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
            assert current_version(conn) == SCHEMA_VERSION == 2
            assert conn.execute(select(t.documents.c.id)).scalars().all() == ["d1"]
        assert [h.id for h in search(store, "raid", 5) if h.kind == "document"] == ["d1"]
        assert [h.title for h in search(store, "Varnok", 5) if h.kind == "entity"] == ["Varnok Column"]
    finally:
        store.close()
    Store(db_url).close()  # a second open finds v2 and changes nothing


def test_newer_database_is_refused(db_url: str) -> None:
    Store(db_url).close()
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:
        conn.execute(t.meta.update().values(value=str(SCHEMA_VERSION + 1)))
    engine.dispose()
    with pytest.raises(SchemaVersionError):
        Store(db_url)
