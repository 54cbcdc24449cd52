"""The store: every write and read of the knowledge base goes through this class.

One transaction per document: a document, its extraction and its resolution links are
written together or not at all, so a killed process leaves no half-written document.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import NotFoundError, StoreError
from ..model import Extraction, SourceDocument
from ..resolve.base import DocumentResolver, Resolver
from . import adjacency, fts
from . import schema as t
from .loader import load_records
from .migrations import migrate
from .resolution import backfill_stats, state_from_entities

# a document's local entities linked to their global ones, one executemany
_LINK = (update(t.local_entities).where(t.local_entities.c.id == bindparam("b_id"))
         .values(entity_id=bindparam("b_entity")))


def ingest_time() -> str:
    """When a document is stored: now, or $SOURCE_DATE_EPOCH (the reproducible-builds convention)
    so that two builds of the same files can be compared byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return when.isoformat(timespec="seconds")


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path (SQLite) or a URL given as is (postgresql://...)."""
    s = str(db)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the single writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, never corrupt
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _postgresql_session(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # The store's reads are many small indexed lookups: starting parallel workers costs more than
    # they save (14 ms of a 15 ms neighbour expansion on a busy server), and streamed exports use
    # cursors, which never run in parallel anyway.
    cur.execute("SET max_parallel_workers_per_gather = 0")
    cur.close()
    dbapi_conn.commit()


class SqlCandidateIndex:
    """The resolver's view of global entities, over the entity_keys table of one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def lookup(self, keys: set[str]) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}
        if not keys:
            return found
        rows = self.conn.execute(
            select(t.entity_keys.c.entity_id, t.entity_keys.c.key).where(t.entity_keys.c.key.in_(keys))
        )
        for eid, key in rows:
            found.setdefault(eid, set()).add(key)
        return found

    def create(self, entity_type: str, name: str) -> int:
        res = self.conn.execute(t.entities.insert().values(type=entity_type, name=name))
        return int(res.inserted_primary_key[0])  # type: ignore[index]

    def add_keys(self, entity_id: int, keys: set[str]) -> None:
        if keys:
            self.conn.execute(t.entity_keys.insert(), [{"entity_id": entity_id, "key": k} for k in sorted(keys)])


@dataclass(frozen=True)
class StoredDocument:
    """What one document added to the knowledge base."""

    id: str
    entities: int
    mentions: int
    relations: int
    events: int
    new_entities: int
    existed: bool = False  # the text was already stored (by another writer): nothing was written


class Store:
    """A knowledge base in SQLite (default) or PostgreSQL."""

    def __init__(self, db: str | Path) -> None:
        self.url = database_url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open knowledge base {self.url}: {exc.__class__.__name__}: {exc}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.engine.dialect.name == "postgresql":
            event.listen(self.engine, "connect", _postgresql_session)
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open knowledge base {self.url}: {exc.__class__.__name__}: {exc}") from None
        except BaseException:
            self.engine.dispose()  # e.g. SchemaVersionError: leave no pooled connection behind
            raise

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ writes
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def add_document(self, doc: SourceDocument, extraction: Extraction, resolver: Resolver | DocumentResolver,
                     then: Callable[[Connection, str], object] | None = None) -> StoredDocument:
        """Write a document with its extraction and resolution in one transaction; ``then(conn,
        document id)`` runs last in it (the analysts' decisions that touch the document)."""
        now = ingest_time()
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # Take the write lock first, waiting (busy_timeout) for another process's write; a
                # deferred transaction that reads first fails at once with "database is locked".
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            # The duplicate check inside the transaction: two processes may ingest the same file.
            if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first() is not None:
                return StoredDocument(doc.id, 0, 0, 0, 0, 0, existed=True)
            conn.execute(t.documents.insert().values(
                id=doc.id, source=doc.source, title=doc.title, media_type=doc.media_type, text=doc.text,
                n_chars=len(doc.text), ingested_at=now, extractor=extraction.extractor or "unknown",
                reported=doc.reported, language=doc.language))
            fts.index_document(conn, doc.id, doc.title, doc.text)
            # Each table's rows in one batched statement (ids in the order of the rows, as one
            # insert at a time gives them): statements, not rows, are most of the writer's cost.
            entities = extraction.entities
            lids = self._insert(conn, t.local_entities, [
                {"document_id": doc.id, "key": le.key, "type": le.type, "name": le.name, "aliases": list(le.aliases),
                 "roles": list(le.roles), "confidence": le.confidence, "entity_id": None} for le in entities])
            local_ids = {le.key: lid for lid, le in zip(lids, entities, strict=True)}
            rows: list[tuple[int, Any]] = list(zip(lids, entities, strict=True))
            mentions = [{"local_entity_id": lid, "document_id": doc.id, "start": m.start, "end": m.end,
                         "text": m.text, "method": m.method, "confidence": m.confidence}
                        for lid, le in rows for m in le.mentions]
            if mentions:
                conn.execute(t.mentions.insert(), mentions)
            n_mentions = len(mentions)
            fts.index_names(conn, [(lid, [le.name, *le.aliases]) for lid, le in rows])
            n_new = self._resolve(conn, doc.id, rows, resolver)
            relations = [r for r in extraction.relations if r.subject in local_ids and r.object in local_ids]
            rids = self._insert(conn, t.relations, [
                {"document_id": doc.id, "subject_id": local_ids[r.subject], "predicate": r.predicate,
                 "object_id": local_ids[r.object], "confidence": r.confidence, "method": r.method,
                 "modality": r.modality} for r in relations])
            spans = [{"relation_id": rid, "document_id": doc.id, "start": s.start, "end": s.end, "text": s.text}
                     for rid, r in zip(rids, relations, strict=True) for s in r.evidence]
            if spans:
                conn.execute(t.evidence.insert(), spans)
            n_rel = len(relations)
            self._events(conn, doc.id, extraction.events, local_ids)
            if then is not None:
                then(conn, doc.id)
        self.refresh_adjacency()
        return StoredDocument(doc.id, len(local_ids), n_mentions, n_rel, len(extraction.events), n_new)

    @staticmethod
    def _resolve(conn: Connection, doc_id: str, rows: list[tuple[int, Any]], resolver: Any) -> int:
        """Link the document's local entities to global ones; returns how many entities are new."""
        if hasattr(resolver, "resolve_document"):
            assignments = resolver.resolve_document(conn, doc_id, rows)
        else:  # a per-entity resolver over the exact-name key table
            index = SqlCandidateIndex(conn)
            assignments = {lid: resolver.assign(index, le) for lid, le in rows}
        if assignments:
            conn.execute(_LINK, [{"b_id": lid, "b_entity": a.entity_id} for lid, a in assignments.items()])
        return sum(1 for a in assignments.values() if a.created)

    @staticmethod
    def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows in one statement; their ids, in the order of the rows."""
        if not rows:
            return []
        if conn.dialect.name == "sqlite":
            # SQLite cannot promise the order of a multi-row RETURNING, so SQLAlchemy sent these
            # rows one statement each (some 50 a report, a sixth of the writer's CPU). One
            # executemany numbers them one after the other instead: the writer holds the write lock
            # (BEGIN IMMEDIATE) and never gives an id itself, so each row takes the next rowid
            # (AUTOINCREMENT: one more than any ever used) and the last one's is last_insert_rowid()
            # (which a trigger's own inserts leave as it was).
            conn.execute(table.insert(), rows)
            last = int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
            return list(range(last - len(rows) + 1, last + 1))
        got = conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), rows)
        return [int(r[0]) for r in got]

    @staticmethod
    def _events(conn: Connection, doc_id: str, events: list[Any], local_ids: dict[str, int]) -> None:
        """The document's events, their participants and evidence: three batched inserts, not three
        statements per event (a long report has tens of thousands of events: issue 15). The rows and
        their ids are those of inserting them one event at a time, in order."""
        if not events:
            return
        rows = [{"document_id": doc_id, "type": ev.type, "trigger": ev.trigger,
                 "trigger_start": ev.trigger_span.start if ev.trigger_span else None,
                 "trigger_end": ev.trigger_span.end if ev.trigger_span else None,
                 "location_id": local_ids.get(ev.location) if ev.location else None,
                 "date": ev.date, "count": ev.count, "confidence": ev.confidence, "method": ev.method,
                 "modality": ev.modality} for ev in events]
        ids = Store._insert(conn, t.events, rows)
        parts = [{"event_id": evid, "local_entity_id": local_ids[p.entity], "role": p.role}
                 for evid, ev in zip(ids, events, strict=True) for p in ev.participants if p.entity in local_ids]
        if parts:
            conn.execute(t.event_participants.insert(), parts)
        spans = [{"event_id": evid, "document_id": doc_id, "start": s.start, "end": s.end, "text": s.text}
                 for evid, ev in zip(ids, events, strict=True) for s in ev.evidence]
        if spans:
            conn.execute(t.evidence.insert(), spans)

    def load(self, records: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, int]:
        """Load export records (``reportgraph import``) into this store, which must be empty, in one
        transaction: the same ids, rows and timestamps as the exported store, nothing re-extracted.

        The rows went in without add_document, so what it keeps beside them is built here: the search
        index, and the resolver's state (each entity a cluster, as the v3 migration makes them), so
        that later documents resolve against the imported entities."""
        with self.engine.begin() as conn:
            counts = load_records(conn, records)
            fts.rebuild(conn)
            state_from_entities(conn)
            backfill_stats(conn)
        self.refresh_adjacency()
        return counts

    def refresh_adjacency(self) -> int:
        """Check the entity pairs a change may have left without a fact (store/adjacency.py), in a
        transaction of its own after the change's: every writer of facts calls it after committing;
        until then (or if it never runs) readers read those entities' neighbours from the facts."""
        with self.engine.begin() as conn:
            return adjacency.refresh(conn)

    def document_ids(self, ref: str, conn: Connection | None = None) -> list[str]:
        """The documents a reference names: a document id, a source as stored, or a file name (every
        document read from that source); NotFoundError when none."""
        d = t.documents.c
        if conn is None:
            with self.connect() as c:
                return self.document_ids(ref, c)
        ids = [r[0] for r in conn.execute(select(d.id).where(d.id == ref))]
        if not ids:
            ids = [r[0] for r in conn.execute(select(d.id).where(d.source == ref).order_by(d.id))]
        if not ids:  # a file name for a source stored with its folder
            like = "%/" + ref.replace("%", "").replace("_", "\\_")
            ids = [r[0] for r in conn.execute(select(d.id).where(d.source.like(like, escape="\\"))
                                              .order_by(d.id))]
        if not ids:
            raise NotFoundError(f"no document with id or source '{ref}'")
        return ids

    def set_grade(self, ref: str, grade: str) -> list[str]:
        """Set the Admiralty source-reliability grade (A-F) of a document, named by id or by source
        (every document read from that source); returns the ids of the documents graded.

        Low level and NOT logged: analysts' grades go through ``KnowledgeBase.set_grade`` /
        ``KnowledgeBase.grade`` (``review.grade``), which log a decision that is replayed after
        later ingests. This is for building knowledge bases in tests and benchmarks."""
        grade = grade.strip().upper()
        if len(grade) != 1 or grade not in "ABCDEF":
            raise StoreError(f"grade must be one of A-F, not '{grade}'")
        d = t.documents.c
        with self.engine.begin() as conn:
            ids = self.document_ids(ref, conn)
            conn.execute(t.documents.update().where(d.id.in_(ids)).values(grade=grade))
        return ids

    # ------------------------------------------------------------------ reads
    def connect(self) -> Connection:
        """A read connection (use as a context manager)."""
        return self.engine.connect()

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            out = {}
            for name, table in (("documents", t.documents), ("entities", t.entities),
                                ("mentions", t.mentions), ("relations", t.relations), ("events", t.events)):
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            return out

    def iter_rows(self, query: Any) -> Iterator[Any]:
        """Stream the rows of a query without loading them all."""
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=2000).execute(query)
            yield from result
