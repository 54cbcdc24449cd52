"""A document's rows of one table go in with one statement, and the ids the writer links to them are
theirs (``Store._insert``): on SQLite one executemany numbered from ``last_insert_rowid()``, where
SQLAlchemy sent a statement per row for an ordered RETURNING."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, select

from reportgraph.store import Store
from reportgraph.store import schema as t


def _rows(doc_id: str, n: int) -> list[dict[str, Any]]:
    return [{"document_id": doc_id, "key": f"k{i}", "type": "ORG", "name": f"Group {i}", "aliases": [],
             "roles": [], "confidence": 0.5, "entity_id": None} for i in range(n)]


def _document(conn: Any, doc_id: str) -> None:
    conn.execute(t.documents.insert().values(id=doc_id, source=f"{doc_id}.txt", title="t", media_type="text/plain",
                                             text="x", n_chars=1, ingested_at="2024-01-01T00:00:00+00:00",
                                             extractor="test"))


def test_ids_are_the_rows_in_order_after_a_gap(store: Store) -> None:
    with store.engine.begin() as conn:
        _document(conn, "d1")
        first = Store._insert(conn, t.local_entities, _rows("d1", 5))
        # the highest id deleted: AUTOINCREMENT never hands it out again
        conn.execute(delete(t.local_entities).where(t.local_entities.c.id == first[-1]))
        _document(conn, "d2")
        ids = Store._insert(conn, t.local_entities, _rows("d2", 7))
        got = conn.execute(select(t.local_entities.c.id, t.local_entities.c.key)
                           .where(t.local_entities.c.document_id == "d2").order_by(t.local_entities.c.id)).all()
    assert first == sorted(first) and len(set(first)) == 5
    assert ids == [row.id for row in got]
    assert [row.key for row in got] == [f"k{i}" for i in range(7)]
    assert min(ids) > first[-1]


def test_one_statement_for_a_documents_rows(store: Store) -> None:
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO LOCAL_ENTITIES"):
            seen.append(statement)

    with store.engine.begin() as conn:
        _document(conn, "d1")
        event.listen(store.engine, "before_cursor_execute", count)
        try:
            ids = Store._insert(conn, t.local_entities, _rows("d1", 40))
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
    assert len(ids) == 40
    # SQLAlchemy's ordered RETURNING sent one statement per row on SQLite; PostgreSQL's is batched
    assert len(seen) == 1
