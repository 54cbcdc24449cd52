"""The resolver's stores hold writes back to one flush per document: the decisions are those of the
in-memory engine, and a document that fails half-way leaves none of them behind."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, select

from kb import Doc
from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.store import Store
from reportgraph.store import schema as t
from reportgraph.store.resolution import EngineResolution, SqlClusterStore, engine_for, flush_engine

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def synthetic_records(mentions: int) -> list[EntityRecord]:
    """The resolve benchmark's synthetic corpus (names with variants, typos and shared contexts)."""
    spec = importlib.util.spec_from_file_location("synth_names", BENCHMARKS / "synth_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synth_names", module)
    spec.loader.exec_module(module)
    return [EntityRecord(str(i), r["document_id"], r["type"], r["names"], set(r["context"]))
            for i, r in enumerate(module.generate(mentions, 3), 1)]


def partition(cluster_of: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for rid, cid in cluster_of.items():
        groups.setdefault(cid, set()).add(rid)
    return {frozenset(g) for g in groups.values()}


def test_store_resolves_like_memory(store: Store) -> None:
    """Document by document through the store (writes held back, flushed per document), the same
    clusters as the in-memory engine; the tables hold what the caches saw."""
    records = synthetic_records(1500)
    memory = ResolutionEngine()
    memory.add_many(records)
    by_doc: dict[str, list[EntityRecord]] = {}
    for r in records:
        by_doc.setdefault(r.document_id, []).append(r)
    for doc in by_doc.values():
        with store.engine.begin() as conn:
            engine = engine_for(conn, doc)
            for r in doc:
                engine.add(r)
            flush_engine(engine)
    with store.connect() as conn:
        clusters = SqlClusterStore(conn)
        stored = {r.id: clusters.cluster_of(r.id) or "" for r in records}
        summaries = {s.id: s for s in clusters.clusters()}
        assert len(summaries) == len(set(stored.values()))
        for cid, s in summaries.items():  # each summary lists exactly the records linked to it
            assert sorted(s.records) == sorted(rid for rid, c in stored.items() if c == cid)
        keys = conn.execute(select(func.count()).select_from(t.resolve_keys)).scalar_one()
    assert partition(stored) == partition({r.id: memory.cluster_of(r.id) for r in records})
    assert keys > 0


def table_counts(conn: Connection) -> dict[str, Any]:
    tables = (t.entities, t.local_entities, t.entity_keys, t.resolve_clusters, t.resolve_records, t.resolve_keys,
              t.resolve_context_df, t.resolve_part_company)
    out: dict[str, Any] = {tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one() for tb in tables}
    out["context_n"] = conn.execute(select(func.sum(t.resolve_context_df.c.n))).scalar_one()
    return out


class Crash(Exception):
    pass


def test_a_document_failing_half_way_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception inside the document's transaction, after some of its records were resolved (and
    held back), rolls back all of them: the store is as it was before the document."""
    first = Doc("a.txt")
    for name in ("Amadou Kouffa", "Iyad Ag Ghaly", "Katiba Macina"):
        first.ent(name, "PERSON" if " " in name and not name.startswith("Katiba") else "ORGANIZATION")
    first.save(store, resolver=EngineResolution())
    with store.connect() as conn:
        before = table_counts(conn)

    second = Doc("b.txt")
    for name in ("Amadou Koufa", "Ag Ghaly", "Hamadoun Kouffa", "Katibat Macina"):
        second.ent(name, "PERSON" if not name.startswith("Katiba") else "ORGANIZATION")
    added = []
    real_add = ResolutionEngine.add

    def failing_add(self: ResolutionEngine, record: EntityRecord) -> Any:
        if len(added) == 3:
            flush_engine(self)  # some of the document's writes reach the tables, then it fails
            raise Crash
        added.append(record.id)
        return real_add(self, record)

    monkeypatch.setattr(ResolutionEngine, "add", failing_add)
    with pytest.raises(Crash):
        second.save(store, resolver=EngineResolution())
    assert len(added) == 3
    with store.connect() as conn:
        assert table_counts(conn) == before


def _keys_table(store: Store, docs: list[list[EntityRecord]]) -> tuple[set[tuple[str, str]], int]:
    """The resolver's keys after resolving ``docs`` one transaction each, and how many statements
    read a cluster's keys."""
    from sqlalchemy import event

    reads = [0]

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM resolve_keys" in statement and "resolve_keys.cluster_id = ?" in statement:
            reads[0] += 1

    event.listen(store.engine, "before_cursor_execute", count)
    for doc in docs:
        with store.engine.begin() as conn:
            engine = engine_for(conn, doc)
            for r in doc:
                engine.add(r)
            flush_engine(engine)
    with store.connect() as conn:
        rows = {(k, c) for k, c in conn.execute(select(t.resolve_keys.c.key, t.resolve_keys.c.cluster_id))}
    return rows, reads[0]


def test_a_record_joining_a_cluster_reads_no_keys_from_known_blocks(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Which of a record's keys its cluster already has is read off the blocks ``sizes`` read whole
    (``SqlEngineIndex.add``), not from the table: the keys written are those that reading each
    cluster's keys gave, without the statement per joined cluster."""
    from reportgraph.store.resolution import _KEYS_OF, SqlEngineIndex

    by_doc: dict[str, list[EntityRecord]] = {}
    for r in synthetic_records(800):
        by_doc.setdefault(r.document_id, []).append(r)
    docs = list(by_doc.values())
    fast, fast_reads = _keys_table(Store(tmp_path / "fast.sqlite"), docs)

    add = SqlEngineIndex.add

    def reading(self: SqlEngineIndex, cluster_id: str, keys: Any) -> None:
        if cluster_id not in self._keys_of:  # as before: the cluster's keys read from the table
            self.flush()
            self._keys_of[cluster_id] = {k for (k,) in self.conn.execute(_KEYS_OF, {"cid": cluster_id})}
        add(self, cluster_id, keys)

    monkeypatch.setattr(SqlEngineIndex, "add", reading)
    slow, slow_reads = _keys_table(Store(tmp_path / "slow.sqlite"), docs)
    assert fast == slow
    assert slow_reads > 100 and fast_reads < slow_reads / 10
