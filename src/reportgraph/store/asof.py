"""The knowledge base as it could be known on a date ("what did we know on 1 March 2013?").

A copy of the knowledge base (a temporary SQLite file, whatever the backend) in which

* every analyst decision made after the date is reverted, newest first (review.py ``revert``: a
  revert made after the date of an earlier decision puts that decision back in force), except the
  reported dates set on documents: when a report came out is a fact about it whenever it is learnt,
  and it is what the date is compared with; then
* every document reported after the date is removed with its entities, relations and events, and
  the entities no document names any more go too.

A document counts as reported on the last day its reported date can mean (``2013-03`` is known from
2013-03-31: it may not have been out before); one without a reported date counts from the day it was
ingested. Every query and export then runs on the copy unchanged, so each of them answers "as of".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from ..dates import last_day, reported_value
from ..errors import ReportGraphError
from . import fts
from . import schema as t
from .store import Store

# never copied: the copy answers questions, it is no server (and holds no secrets)
# the entity adjacency is derived from the facts: its triggers fill it as the facts are copied
_SKIPPED = {"meta", "users", "api_tokens", "entity_adjacency", "adjacency_stale"}


@dataclass
class AsOfReport:
    """What the as-of copy left out."""

    date: str
    documents_left_out: list[str] = field(default_factory=list)
    decisions_reverted: list[int] = field(default_factory=list)
    decisions_kept: list[str] = field(default_factory=list)  # later decisions that could not be undone, why


def known_on(reported: str | None, ingested_at: str) -> str:
    """The day from which a document counts as known."""
    return last_day(reported) if reported else ingested_at[:10]


def _batches(conn: Connection, table: Any, size: int = 2000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in conn.execute(select(table)).mappings():
        batch.append(dict(row))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_into(source: Store, target: Store) -> None:
    """Copy every row of ``source`` into the empty ``target`` (same schema, ids kept)."""
    with source.connect() as src, target.engine.begin() as dst:
        for table in t.metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            for rows in _batches(src, table):
                dst.execute(insert(table), rows)
        fts.rebuild(dst)


def restrict(store: Store, date: str) -> AsOfReport:
    """Make ``store`` (a copy) hold only what was known on ``date`` (YYYY[-MM[-DD]]; a month or year
    means its last day)."""
    from ..review import revert

    day = last_day(reported_value(date))
    report = AsOfReport(day)
    d = t.decisions.c
    with store.connect() as conn:
        later = conn.execute(select(d.id, d.kind, d.target).where(func.substr(d.created_at, 1, 10) > day,
                                                                  d.reverted_at.is_(None)).order_by(d.id.desc())).all()
    for decision_id, kind, target in later:
        if kind in ("reported", "upload") or (kind == "revert" and target.get("kind") == "reported"):
            continue
        with store.connect() as conn:  # an earlier revert in this loop may have settled it (a redo's target)
            done = conn.execute(select(d.reverted_at).where(d.id == decision_id)).scalar()
        if done is not None:
            continue
        try:
            revert(store, decision_id, "as-of")
            report.decisions_reverted.append(decision_id)
        except ReportGraphError as exc:
            report.decisions_kept.append(f"decision {decision_id} ({kind}): {exc.message}")
    doc = t.documents.c
    with store.engine.begin() as conn:
        gone = [r.id for r in conn.execute(select(doc.id, doc.reported, doc.ingested_at))
                if known_on(r.reported, r.ingested_at) > day]
        touched: set[int] = set()
        for doc_id in gone:
            touched |= _drop_document(conn, doc_id)
        _drop_orphans(conn, touched)
        fts.rebuild(conn)
    store.refresh_adjacency()
    report.documents_left_out = sorted(gone)
    return report


def _drop_document(conn: Connection, doc_id: str) -> set[int]:
    """Remove a document and its rows; returns the entities that lost a document entity."""
    le = t.local_entities.c
    rows = conn.execute(select(le.id, le.entity_id).where(le.document_id == doc_id)).all()
    records = [str(r.id) for r in rows]
    conn.execute(delete(t.evidence).where(t.evidence.c.document_id == doc_id))
    conn.execute(delete(t.relations).where(t.relations.c.document_id == doc_id))
    conn.execute(delete(t.event_participants).where(t.event_participants.c.event_id.in_(
        select(t.events.c.id).where(t.events.c.document_id == doc_id))))
    conn.execute(delete(t.events).where(t.events.c.document_id == doc_id))
    conn.execute(delete(t.mentions).where(t.mentions.c.document_id == doc_id))
    # events of other documents placed at one of these entities lose the place, not the event
    conn.execute(t.events.update().where(t.events.c.location_id.in_(
        select(le.id).where(le.document_id == doc_id))).values(location_id=None))
    conn.execute(delete(t.local_entities).where(le.document_id == doc_id))
    for i in range(0, len(records), 400):
        part = records[i:i + 400]
        conn.execute(delete(t.resolve_records).where(t.resolve_records.c.record_id.in_(part)))
    conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))
    return {r.entity_id for r in rows if r.entity_id is not None}


def _drop_orphans(conn: Connection, touched: set[int]) -> None:
    """Entities no document names any more, and their names' keys; the others are named again from
    the documents left (a name first seen in a later report is not yet known)."""
    from .resolution import _rename

    le = t.local_entities.c
    named = select(le.entity_id).where(le.entity_id.is_not(None))
    orphans = [i for (i,) in conn.execute(select(t.entities.c.id).where(t.entities.c.id.not_in(named)))]
    for i in range(0, len(orphans), 400):
        part = orphans[i:i + 400]
        conn.execute(delete(t.entity_keys).where(t.entity_keys.c.entity_id.in_(part)))
        conn.execute(delete(t.entities).where(t.entities.c.id.in_(part)))
    for eid in sorted(touched - set(orphans)):
        _rename(conn, eid)
