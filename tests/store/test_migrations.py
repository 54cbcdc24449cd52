"""Older knowledge bases (v1 before full-text search, v3 before stored resolver statistics, v4 before
ids were never reused) upgrade in place and keep their data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, MetaData, create_engine, event, func, inspect, select, text

from kb import Doc
from reportgraph import KnowledgeBase
from reportgraph.errors import SchemaVersionError
from reportgraph.model import SourceDocument
from reportgraph.query.search import search
from reportgraph.review import merged_into
from reportgraph.store import SCHEMA_VERSION, Store, adjacency, database_url, fts, migrations, witness
from reportgraph.store import schema as t
from reportgraph.store.migrations import AUTOINCREMENT_TABLES, V1_INDEXES_REPLACED, V2_INDEXES, current_version
from reportgraph.store.resolution import EngineResolution

V1_ONLY = [("ix_relations_subject", "relations", "subject_id"),
           ("ix_relations_object", "relations", "object_id"),
           ("ix_participants_event", "event_participants", "event_id"),
           ("ix_participants_entity", "event_participants", "local_entity_id")]


def _before_v5() -> MetaData:
    """The tables as reportgraph wrote them before v5: ids without AUTOINCREMENT on SQLite."""
    old = MetaData()
    for table in t.metadata.sorted_tables:
        if table.name in migrations.V8_TABLES:
            continue  # created by the v7 migration
        table.to_metadata(old).dialect_options["sqlite"]["autoincrement"] = False
    return old


V4 = _before_v5()


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
        for table in V4.sorted_tables:
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
            assert current_version(conn) == SCHEMA_VERSION == 13
            assert "chart_witness" in inspect(conn).get_table_names()
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
    Store(db_url).close()  # a second open finds v5 and changes nothing


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


def _rows(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, the search tables' included, in a stable order."""
    out = {table.name: sorted((tuple(r) for r in conn.execute(select(table))), key=repr)
           for table in t.metadata.sorted_tables if table.name not in migrations.V8_TABLES}
    for name in ("fts_documents", "fts_names"):
        out[name] = sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {name}")), key=repr)
    return out


def _schema(conn: Connection) -> dict[str, Any]:
    """Every table as SQLite reads its definition: columns, foreign keys, indexes, AUTOINCREMENT."""
    out: dict[str, Any] = {}
    for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all():
        pragma = lambda p, arg=name: conn.exec_driver_sql(f"PRAGMA {p}('{arg}')").all()  # noqa: E731
        indexes = sorted((i[1], i[2], i[3], i[4], [c[2] for c in pragma("index_info", i[1])])
                         for i in pragma("index_list"))
        out[name] = (pragma("table_info"), sorted(fk[2:] for fk in pragma("foreign_key_list")), indexes,
                     "AUTOINCREMENT" in (sql or ""))
    return out


def _as_v4(src: Path, dst: Path) -> None:
    """The knowledge base at ``src`` as reportgraph v4 held it at ``dst``: the same rows under the
    same ids, in tables without AUTOINCREMENT (so no id sequence), schema version 4."""
    source, target = create_engine(database_url(src)), create_engine(database_url(dst))
    with source.connect() as a, target.begin() as b:
        V4.create_all(b)
        fts.create(b)
        for table in t.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in a.execute(select(table))]
            if rows:
                b.execute(V4.tables[table.name].insert(), rows)
        for name, cols in (("fts_documents", ("doc_id", "title", "text")), ("fts_names", ("local_entity_id", "names"))):
            rows = [tuple(r) for r in a.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {name}")]
            b.exec_driver_sql(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
        b.execute(t.meta.update().values(value="4"))
    source.dispose()
    target.dispose()


def _merged_v4(tmp_path: Path, extractor: Any) -> tuple[Path, int, int]:
    """A v4 knowledge base of two documents whose highest entity id was merged away (the decision log
    names it): (its path, the kept entity, the merged-away one)."""
    src, dst = tmp_path / "v5.sqlite", tmp_path / "v4.sqlite"
    # for the documents after the upgrade (a new dict: the fixture's is the shared NAMES)
    extractor.names = {**extractor.names, "Ansar Dine": "ORGANIZATION", "Iyad Ag Ghaly": "PERSON"}
    with KnowledgeBase(src, extractor=extractor) as kb:
        kb.ingest_document(SourceDocument("d1", "a.txt", "a", "Moussa Ag Tarek leads Katibat al-Nur. "
                                          "Katibat al-Nur attacked Northern Front in Tessalit in 2012."))
        kb.ingest_document(SourceDocument("d2", "b.txt", "b", "The Kel Adagh met Moussa Ag Tarek near Ouro Dialla."))
        keep, gone = kb.entity_id("Tessalit"), kb.entity_id("Ouro Dialla")
        kb.merge(keep, gone, "tester")
        kb.review_fact("relation", 1, "reject", "tester")
    _as_v4(src, dst)
    return dst, keep, gone


def test_v4_database_never_reuses_ids(tmp_path: Path, extractor: Any) -> None:
    """SQLite only (PostgreSQL's sequences never went back). The v5 migration rebuilds the tables whose
    ids are public as AUTOINCREMENT, keeping every row, index, foreign key and search entry, and starts
    their ids above every id the database names: an entity merged away before the upgrade, whose id
    v4 would have handed to the next entity, keeps it."""
    dst, keep, gone = _merged_v4(tmp_path, extractor)
    engine = create_engine(database_url(dst))
    with engine.connect() as conn:
        before = _rows(conn)
        assert max(r[0] for r in before["entities"]) < gone  # v4 would give ``gone`` to the next entity
        assert not conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'").all()
    engine.dispose()

    fresh = Store(tmp_path / "fresh.sqlite")
    with fresh.connect() as conn:
        fresh_schema = _schema(conn)
    fresh.close()
    store = Store(dst)  # runs the migration
    try:
        with store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 13
            assert "chart_witness" in inspect(conn).get_table_names()
            after = _rows(conn)
            assert after.pop("meta") != before.pop("meta")
            assert after == before
            assert _schema(conn) == fresh_schema  # tables, indexes, foreign keys, search tables
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for the store
            seq = dict(conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence").all())
            assert set(seq) == set(AUTOINCREMENT_TABLES) and seq["entities"] == gone
        assert [h.id for h in search(store, "attacked", 5) if h.kind == "document"] == ["d1"]
        assert [h.title for h in search(store, "Kel Adagh", 5) if h.kind == "entity"] == ["Kel Adagh"]
    finally:
        store.close()

    with KnowledgeBase(dst, extractor=extractor) as kb:
        kb.ingest_document(SourceDocument("d3", "c.txt", "c", "Ansar Dine was seen near Tessalit."))
        ansar = kb.entity_id("Ansar Dine")
        assert ansar == gone + 1
        assert merged_into(kb.store, gone) == keep
        kb.merge(kb.entity_id("Katibat al-Nur"), ansar, "tester")  # deleted after the upgrade, too
        kb.ingest_document(SourceDocument("d4", "d.txt", "d", "Iyad Ag Ghaly was seen near Tessalit."))
        assert kb.entity_id("Iyad Ag Ghaly") == ansar + 1
        with kb.store.connect() as conn:
            n = conn.execute(select(func.count()).select_from(t.entities)).scalar_one()
        assert n == len(before["entities"]) + 1


def test_a_failed_migration_changes_nothing(tmp_path: Path, extractor: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration is one transaction on SQLite too, its table rebuilds (DDL) included."""
    dst, _, _ = _merged_v4(tmp_path, extractor)
    engine = create_engine(database_url(dst))
    with engine.connect() as conn:
        before, schema = _rows(conn), _schema(conn)

    def fail(_conn: Connection) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(migrations, "_seed_sequences", fail)  # after every table was rebuilt
    with pytest.raises(RuntimeError, match="killed"):
        Store(dst)
    with engine.connect() as conn:
        assert current_version(conn) == 4
        assert _rows(conn) == before and _schema(conn) == schema
    engine.dispose()


def test_v5_fills_an_empty_resolver_state(db_url: str, tmp_path: Path) -> None:
    """A knowledge base imported before `import` built the resolver's state: its entities are there,
    the resolver's tables empty. The v6 migration fills them, so a later report joins its entities."""
    from web.factory import DOCS, build, make_kb

    kb = make_kb(db_url)
    with kb.store.connect() as conn:
        records = conn.execute(select(func.count()).select_from(t.resolve_records)).scalar_one()
    kb.close()
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # what an import made before the fix, at version 5
        for table in (t.resolve_part_company, t.resolve_context_df, t.resolve_keys, t.resolve_constraints,
                      t.resolve_records, t.resolve_clusters):
            conn.execute(table.delete())
        conn.execute(t.meta.update().values(value="5"))
    engine.dispose()
    kb = KnowledgeBase(db_url)
    try:
        with kb.store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 13
            assert "chart_witness" in inspect(conn).get_table_names()
            assert conn.execute(select(func.count()).select_from(t.resolve_records)).scalar_one() == records
            assert conn.execute(select(func.count()).select_from(t.resolve_part_company)).scalar_one() > 0
            marlow = conn.execute(select(t.entities.c.id).where(t.entities.c.name == "Kofi Marlow")).scalar_one()
        doc, extraction = build({**DOCS[0], "title": "Later", "text": "Kofi Marlow was seen in Gao.",
                                 "entities": [("PERSON", "Kofi Marlow", ["Kofi Marlow"]), ("LOCATION", "Gao", ["Gao"])],
                                 "relations": [], "events": []})
        kb.store.add_document(doc, extraction, kb.resolver)
        with kb.store.connect() as conn:
            le = t.local_entities.c
            joined = conn.execute(select(le.entity_id).where(le.document_id == doc.id, le.name == "Kofi Marlow"))
            assert joined.scalar_one() == marlow
    finally:
        kb.close()


def test_v6_facts_become_asserted(db_url: str) -> None:
    """v7 adds the modality of relations and events; the facts of an older knowledge base are asserted,
    and they stay facts of the graph."""
    from web.factory import make_kb

    kb = make_kb(db_url)
    with kb.store.connect() as conn:
        n_rel = conn.execute(select(func.count()).select_from(t.relations)).scalar_one()
        n_ev = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
    kb.close()
    assert n_rel and n_ev
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # the tables as v6 had them (the v11 indexes, v12 and v13 triggers name modality)
        adjacency.drop_triggers(conn)
        witness.drop_triggers(conn)
        for name in migrations.V11_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX {name}")
        for table in ("relations", "events"):
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN modality"))
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="6"))
    engine.dispose()
    store = Store(db_url)
    try:
        with store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            for table in (t.relations, t.events):
                modalities = conn.execute(select(table.c.modality).distinct()).scalars().all()
                assert modalities == ["asserted"]
            assert conn.execute(select(func.count()).select_from(t.relations).where(
                t.is_fact(t.relations))).scalar_one() == n_rel
    finally:
        store.close()


def test_v7_database_gains_undo_reasons_reported_dates_and_accounts(db_url: str) -> None:
    """v8 adds decisions.reason/undo, documents.reported and the accounts tables; a decision logged
    before has no undo image, so its revert is refused with a reason, while new ones revert."""
    from reportgraph.errors import RevertError
    from web.factory import make_kb

    kb = make_kb(db_url)  # type: ignore[arg-type]
    marlow, vardy = kb.entity_id("Kofi Marlow"), kb.entity_id("Ines Vardy")
    old = kb.merge(marlow, vardy, "tester")
    kb.close()
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # the same knowledge base as v7 held it
        for table in migrations.V8_TABLES[::-1]:
            conn.exec_driver_sql(f"DROP TABLE {table}")
        for table, column in migrations.V8_COLUMNS:
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="7"))
    engine.dispose()
    with KnowledgeBase(db_url) as kb:  # runs the migration
        with kb.store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 13
            assert "chart_witness" in inspect(conn).get_table_names()
            for table, column in migrations.V8_COLUMNS:
                assert column in {c["name"] for c in inspect(conn).get_columns(table)}
            assert set(migrations.V8_TABLES) <= set(inspect(conn).get_table_names())
        assert [(d.id, d.reason) for d in kb.decisions()] == [(old.id, None)]
        with pytest.raises(RevertError, match="before reportgraph kept undo images"):
            kb.revert(old.id, "tester")
        doc = kb.store.document_ids("Market note.txt")[0]
        kb.revert(kb.set_reported(doc, "2013-03", "tester").id, "tester")


def test_v8_database_gains_chart_layouts(db_url: str) -> None:
    """v10 adds the link chart's saved layouts (v9, the documents' language, runs on the way)."""
    from reportgraph.store.layouts import chart_layout, save_chart_layout
    from web.factory import make_kb

    make_kb(db_url).close()  # type: ignore[arg-type]
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # as v8 held it
        conn.exec_driver_sql("DROP TABLE chart_layouts")
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="8"))
    engine.dispose()
    with KnowledgeBase(db_url) as kb:
        with kb.store.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION == 13
            assert "chart_witness" in inspect(conn).get_table_names()
            assert "chart_layouts" in inspect(conn).get_table_names()
        save_chart_layout(kb.store, "entity=1", {1: [2.0, 3.0]}, "tester")
        assert chart_layout(kb.store, "entity=1")["positions"] == {1: [2.0, 3.0]}  # type: ignore[index]


def test_v10_database_gains_the_covering_graph_indexes(db_url: str) -> None:
    """v11 creates the graph's covering indexes again with what the graph queries read (modality,
    predicate; on PostgreSQL the ids too) and adds the events' one; the facts and the queries'
    answers stay the same."""
    from reportgraph.query.graph import GraphFilter, adjacency
    from web.factory import make_kb

    make_kb(db_url).close()  # type: ignore[arg-type]
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # the indexes as v10 made them
        for name in migrations.V11_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX {name}")
        conn.exec_driver_sql("CREATE INDEX ix_relations_subject_object ON relations (subject_id, object_id, status)")
        conn.exec_driver_sql("CREATE INDEX ix_relations_object_subject ON relations (object_id, subject_id, status)")
        conn.exec_driver_sql("CREATE INDEX ix_local_entities_entity ON local_entities (entity_id)")
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="10"))
        ids = sorted(conn.execute(select(t.entities.c.id)).scalars())
        before = adjacency(conn, ids, GraphFilter.of())
    engine.dispose()
    with KnowledgeBase(db_url) as kb, kb.store.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION == 13
        columns = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("relations")}
        assert columns["ix_relations_subject_object"][:5] == ["subject_id", "object_id", "status", "modality",
                                                              "predicate"]
        assert columns["ix_relations_object_subject"][:5] == ["object_id", "subject_id", "status", "modality",
                                                              "predicate"]
        events = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("events")}
        assert events["ix_events_id_fact"][:4] == ["id", "status", "modality", "type"]
        if conn.dialect.name == "postgresql":  # INCLUDE columns: the id, the document
            inc = {i["name"]: i.get("dialect_options", {}).get("postgresql_include")
                   for i in inspect(conn).get_indexes("relations")}
            assert inc["ix_relations_subject_object"] == ["id", "document_id"]
        assert any(before.values())
        assert adjacency(conn, ids, GraphFilter.of()) == before
