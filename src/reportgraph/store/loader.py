"""Loading a JSON export back into an empty store: the same rows, ids and timestamps, no re-extraction.

Records arrive in the export's order (documents, entities, relations, events) and are written in
batches; parents are flushed before children so foreign keys hold at every insert.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from ..errors import InterchangeError
from ..resolve.keys import name_key
from . import schema as t

BATCH = 2000
IMPORT_CACHE_KIB = 65_536  # SQLite page cache during an import (the default is 2 MiB)
# Flush order: every table after the tables it points at.
ORDER: tuple[Table, ...] = (
    t.documents,
    t.entities,
    t.local_entities,
    t.mentions,
    t.entity_keys,
    t.relations,
    t.events,
    t.event_participants,
    t.evidence,
)


def _num(ref: str | None) -> int | None:
    """``e12`` / ``l7`` / ``r3`` / ``v9`` -> 12 / 7 / 3 / 9."""
    return int(ref[1:]) if ref else None


class Loader:
    """Turns export records into table rows and writes them in batches on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in ORDER}
        self.pending = 0
        self.counts = {"documents": 0, "entities": 0, "relations": 0, "events": 0, "negated_relations": 0,
                       "negated_events": 0}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.rows[table].append(row)
        self.pending += 1

    def flush(self) -> None:
        for table in ORDER:
            if self.rows[table]:
                self.conn.execute(table.insert(), self.rows[table])
                self.rows[table] = []
        self.pending = 0

    def record(self, kind: str, item: dict[str, Any]) -> None:
        getattr(self, f"_{kind}")(item)
        self.counts[kind] += 1
        if self.pending >= BATCH:
            self.flush()

    def _documents(self, d: dict[str, Any]) -> None:
        if "text" not in d:
            raise InterchangeError(
                f"document {d.get('id')} has no text: re-export with this reportgraph version"
            )
        self.add(
            t.documents,
            {
                "id": d["id"],
                "source": d["source"],
                "title": d["title"],
                "media_type": d["media_type"],
                "text": d["text"],
                "n_chars": d["n_chars"],
                "ingested_at": d["ingested_at"],
                "grade": d["grade"],
                "extractor": d["extractor"],
                "reported": d.get("reported"),  # exports before schema v8's reported dates have none
                "language": d.get("language"),  # nor those before v9's languages
            },
        )

    def _entities(self, e: dict[str, Any]) -> None:
        eid = _num(e["id"])
        self.add(t.entities, {"id": eid, "type": e["type"], "name": e["name"]})
        names: dict[str, set[str]] = {}
        for c in e.get("clusters", []):
            names[c["id"]] = {c["name"], *c["aliases"]}
            self.add(
                t.local_entities,
                {
                    "id": _num(c["id"]),
                    "document_id": c["document"],
                    "key": c["key"],
                    "type": e["type"],
                    "name": c["name"],
                    "aliases": c["aliases"],
                    "roles": c["roles"],
                    "confidence": c["confidence"],
                    "entity_id": eid,
                },
            )
        for m in e["mentions"]:
            names.setdefault(m["local"], set()).add(m["text"])
            self.add(
                t.mentions,
                {
                    "local_entity_id": _num(m["local"]),
                    "document_id": m["document"],
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["text"],
                    "method": m["method"],
                    "confidence": m["confidence"],
                },
            )
        # The resolver's blocking keys, as resolution wrote them: every name of every cluster.
        keys = sorted({name_key(e["type"], n) for ns in names.values() for n in ns})
        for k in keys:
            self.add(t.entity_keys, {"entity_id": eid, "key": k})

    def _relations(self, r: dict[str, Any]) -> None:
        for f in r["facts"]:
            self.add(
                t.relations,
                {
                    "id": _num(f["id"]),
                    "document_id": f["document"],
                    "subject_id": _num(f["subject"]),
                    "predicate": r["predicate"],
                    "object_id": _num(f["object"]),
                    "confidence": f["confidence"],
                    "method": f["method"],
                    "status": f["status"],
                    "modality": f.get("modality", "asserted"),  # exports before modality: asserted
                },
            )
        for ev in r["evidence"]:
            self.add(
                t.evidence,
                {
                    "relation_id": _num(ev["fact"]),
                    "event_id": None,
                    "document_id": ev["document"],
                    "start": ev["start"],
                    "end": ev["end"],
                    "text": ev["text"],
                },
            )

    def _negated_relations(self, r: dict[str, Any]) -> None:
        self._relations(r)

    def _negated_events(self, v: dict[str, Any]) -> None:
        self._events(v)

    def _events(self, v: dict[str, Any]) -> None:
        vid = _num(v["id"])
        span = v.get("trigger_span") or {}
        local = v["local"]
        self.add(
            t.events,
            {
                "id": vid,
                "document_id": v["document"],
                "type": v["type"],
                "trigger": v["trigger"],
                "trigger_start": span.get("start"),
                "trigger_end": span.get("end"),
                "location_id": _num(local["location"]),
                "date": v["date"],
                "count": v["count"],
                "confidence": v["confidence"],
                "method": v["method"],
                "status": v["status"],
                "modality": v.get("modality", "asserted"),
            },
        )
        for p in local["participants"]:
            self.add(
                t.event_participants,
                {"event_id": vid, "local_entity_id": _num(p["entity"]), "role": p["role"]},
            )
        for ev in v["evidence"]:
            self.add(
                t.evidence,
                {
                    "relation_id": None,
                    "event_id": vid,
                    "document_id": ev["document"],
                    "start": ev["start"],
                    "end": ev["end"],
                    "text": ev["text"],
                },
            )


def load_records(conn: Connection, records: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, int]:
    """Write export records (``("documents", {...})``...) into an empty knowledge base."""
    if conn.execute(select(func.count()).select_from(t.documents)).scalar_one():
        raise InterchangeError("import needs an empty knowledge base; this one already holds documents")
    loader = Loader(conn)
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:  # one big transaction: index pages stay cached instead of being re-read for every batch
        previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        for kind, item in records:
            loader.record(kind, item)
    except (KeyError, TypeError, ValueError) as exc:
        raise InterchangeError(f"malformed export record: {exc.__class__.__name__}: {exc}") from None
    finally:
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
    loader.flush()
    if conn.dialect.name == "postgresql":  # explicit ids do not advance PostgreSQL sequences
        for table in (t.entities, t.local_entities, t.relations, t.events):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
    return loader.counts
