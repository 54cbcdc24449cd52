"""Analysts' decisions: accept, reject or correct a fact; merge or split entities.

Each decision is written to the ``decisions`` audit log (who, when, what) in the same transaction
that applies it, and ``replay_decisions`` re-applies the whole log, in order, after every ingest:
a fact rejected today stays rejected when a later document brings it back. Merges and splits are
also constraints of the resolver (``store/constraints.py``: must-links, cannot-links), so later
documents resolve under them; the replay re-issues them for re-ingested rows. Every decision is
idempotent, so replaying the log any number of times gives the same knowledge base.

Facts are found on replay by a signature (document, names, predicate or trigger), not only by row
id, so a decision survives re-ingestion of its document into new rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import aliased

from .errors import ConstraintError, NotFoundError, ReviewError
from .store import Store, constraints
from .store import schema as t

FACT_ACTIONS = ("accept", "reject", "correct")


@dataclass
class Decision:
    id: int
    kind: str
    target: dict[str, Any]
    payload: dict[str, Any]
    actor: str
    created_at: str
    reverted_at: str | None = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _log(
    conn: Connection, kind: str, target: dict[str, Any], payload: dict[str, Any], actor: str
) -> Decision:
    now = _now()
    res = conn.execute(
        t.decisions.insert().values(kind=kind, target=target, payload=payload, actor=actor, created_at=now)
    )
    return Decision(int(res.inserted_primary_key[0]), kind, target, payload, actor, now)  # type: ignore[index]


# ---------------------------------------------------------------------- signatures
def _relation_target(conn: Connection, rel_id: int) -> dict[str, Any]:
    r = t.relations.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    row = conn.execute(
        select(r.id, r.document_id, r.predicate, ls.c.name, lo.c.name)
        .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id))
        .where(r.id == rel_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no relation r{rel_id}")
    return {"relation": row[0], "document": row[1], "predicate": row[2], "subject": row[3], "object": row[4]}


def _event_target(conn: Connection, event_id: int) -> dict[str, Any]:
    v = t.events.c
    row = conn.execute(
        select(v.id, v.document_id, v.type, v.trigger, v.trigger_start, v.date).where(v.id == event_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no event v{event_id}")
    return {
        "event": row[0],
        "document": row[1],
        "type": row[2],
        "trigger": row[3],
        "trigger_start": row[4],
        "date": row[5],
    }


def _relation_ids(conn: Connection, target: dict[str, Any]) -> list[int]:
    r = t.relations.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    ids = [
        row[0]
        for row in conn.execute(
            select(r.id)
            .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id))
            .where(
                and_(
                    r.document_id == target["document"],
                    r.predicate == target["predicate"],
                    ls.c.name == target["subject"],
                    lo.c.name == target["object"],
                )
            )
        )
    ]
    return ids or [target["relation"]]


def _event_ids(conn: Connection, target: dict[str, Any]) -> list[int]:
    v = t.events.c
    q = select(v.id).where(
        and_(v.document_id == target["document"], v.type == target["type"], v.trigger == target["trigger"])
    )
    if target.get("trigger_start") is not None:
        q = q.where(v.trigger_start == target["trigger_start"])
    return [row[0] for row in conn.execute(q)] or [target["event"]]


# ---------------------------------------------------------------------- applying
def _apply(conn: Connection, kind: str, target: dict[str, Any], payload: dict[str, Any]) -> None:
    if kind == "review":
        status = "rejected" if payload["action"] == "reject" else "accepted"
        if "relation" in target:
            conn.execute(
                t.relations.update()
                .where(t.relations.c.id.in_(_relation_ids(conn, target)))
                .values(status=status)
            )
        else:
            values: dict[str, Any] = {"status": status}
            if payload["action"] == "correct":
                values["date"] = payload.get("date") or None
            conn.execute(
                t.events.update().where(t.events.c.id.in_(_event_ids(conn, target))).values(**values)
            )
    elif kind == "merge":
        keep, other = target["entities"]
        # The engine holds a merge as a must-link from the start; one it never saw (logged before it
        # held decisions) is caught up with here, once.
        constraints.relink_merged(conn, keep, other)
        constraints.move_unheld(conn, keep, other)
    elif kind == "split":
        le = t.local_entities
        ids = [
            row[0]
            for row in conn.execute(
                select(le.c.id).where(
                    and_(
                        le.c.document_id == target["document"],
                        le.c.name == target["name"],
                        le.c.type == target["type"],
                    )
                )
            )
        ] or [target["local_entity"]]
        mine = constraints.separate_records(
            conn, ids, target["entity"], payload["new_entity"], target["local_entity"]
        )
        # Local entities the engine does not hold (another resolver, an older import) are re-linked by hand.
        unheld = sorted(set(ids) - {int(r) for r in mine})
        if unheld and _exists(conn, payload["new_entity"]):
            conn.execute(le.update().where(le.c.id.in_(unheld)).values(entity_id=payload["new_entity"]))
    elif kind == "place":
        pass  # read where places are placed (query/geocode.py: analyst_places); nothing to re-apply
    elif kind == "grade":
        conn.execute(
            t.documents.update().where(t.documents.c.id == target["document"]).values(grade=payload["grade"])
        )
    else:
        raise ReviewError(f"unknown decision kind '{kind}'")


# ---------------------------------------------------------------------- decisions
def review_fact(
    store: Store, kind: str, fact_id: int, action: str, actor: str, date: str | None = None
) -> Decision:
    """Accept, reject or correct (an event's date) one relation or event."""
    if kind not in ("relation", "event"):
        raise ReviewError(f"a fact is a relation or an event, not '{kind}'")
    if action not in FACT_ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(FACT_ACTIONS)}, not '{action}'")
    if action == "correct" and kind != "event":
        raise ReviewError("only an event's date can be corrected; reject a wrong relation")
    with store.engine.begin() as conn:
        target = _relation_target(conn, fact_id) if kind == "relation" else _event_target(conn, fact_id)
        payload: dict[str, Any] = {"action": action}
        if action == "correct":
            payload.update(date=(date or "").strip() or None, previous_date=target.get("date"))
        _apply(conn, "review", target, payload)
        return _log(conn, "review", target, payload, actor)


def _entity(conn: Connection, eid: int) -> Any:
    row = conn.execute(
        select(t.entities.c.id, t.entities.c.type, t.entities.c.name).where(t.entities.c.id == eid)
    ).first()
    if row is None:
        raise NotFoundError(f"no entity e{eid}")
    return row


def _exists(conn: Connection, eid: int) -> bool:
    return conn.execute(select(t.entities.c.id).where(t.entities.c.id == eid)).first() is not None


def merge(store: Store, keep: int, other: int, actor: str) -> Decision:
    """Merge entity ``other`` into ``keep``: every local entity of ``other`` is re-linked to ``keep``,
    and the resolver holds them as one (a must-link) for every later document; ``other`` is gone.

    Refused (ConstraintError) when an analyst split records of the two apart."""
    if keep == other:
        raise ReviewError("an entity cannot be merged with itself")
    with store.engine.begin() as conn:
        a, b = _entity(conn, keep), _entity(conn, other)
        target = {"entities": [keep, other], "names": [a.name, b.name]}
        moved = conn.execute(
            select(func.count()).select_from(t.local_entities).where(t.local_entities.c.entity_id == other)
        ).scalar_one()
        anchors = constraints.link_entities(conn, keep, other)
        constraints.move_unheld(conn, keep, other)
        # the analyst chose which entity to keep: it keeps its name too
        conn.execute(t.entities.update().where(t.entities.c.id == keep).values(name=a.name))
        return _log(conn, "merge", target, {"local_entities": int(moved), "records": anchors}, actor)


def split(store: Store, local_entity_id: int, actor: str) -> Decision:
    """Move one document's local entity out of its global entity into a new one, and keep the two
    apart (cannot-links) in every later resolution. Refused (ConstraintError) when an analyst merged
    it in, and (ReviewError) when the entity holds nothing else."""
    le = t.local_entities.c
    with store.engine.begin() as conn:
        row = conn.execute(
            select(le.id, le.document_id, le.type, le.name, le.entity_id).where(le.id == local_entity_id)
        ).first()
        if row is None:
            raise NotFoundError(f"no local entity {local_entity_id}")
        others = conn.execute(
            select(le.id).where(
                le.entity_id == row.entity_id,
                ~and_(le.document_id == row.document_id, le.name == row.name, le.type == row.type),
            ).limit(1)
        ).first()
        if others is None:
            raise ReviewError(f"e{row.entity_id} holds only this document's '{row.name}': nothing to split")
        res = conn.execute(t.entities.insert().values(type=row.type, name=row.name))
        new_id = int(res.inserted_primary_key[0])  # type: ignore[index]
        target = {
            "local_entity": row.id,
            "document": row.document_id,
            "type": row.type,
            "name": row.name,
            "entity": row.entity_id,
        }
        payload = {"new_entity": new_id}
        _apply(conn, "split", target, payload)
        constraints.rename(conn, row.entity_id, new_id)
        return _log(conn, "split", target, payload, actor)


def _grade(conn: Connection, document_id: str, value: str, actor: str) -> Decision:
    d = t.documents.c
    row = conn.execute(select(d.id, d.title, d.grade).where(d.id == document_id)).first()
    if row is None:
        raise NotFoundError(f"no document {document_id}")
    target = {"document": row.id, "title": row.title}
    payload = {"grade": value, "previous": row.grade}
    _apply(conn, "grade", target, payload)
    return _log(conn, "grade", target, payload, actor)


def _grade_value(value: str) -> str:
    value = value.strip().upper()
    if len(value) != 1 or value not in "ABCDEF":
        raise ReviewError(f"grade must be one of A-F, not '{value}'")
    return value


def grade(store: Store, document_id: str, value: str, actor: str) -> Decision:
    """Set a document's source-reliability grade (A reliable ... F cannot be judged); logged."""
    value = _grade_value(value)
    with store.engine.begin() as conn:
        return _grade(conn, document_id, value, actor)


def grade_source(store: Store, ref: str, value: str, actor: str) -> list[Decision]:
    """Grade every document a reference names (a document id, a source, or a file name: see
    ``Store.document_ids``), one logged decision per document, in one transaction."""
    value = _grade_value(value)
    with store.engine.begin() as conn:
        return [_grade(conn, doc_id, value, actor) for doc_id in store.document_ids(ref, conn)]


def set_place(store: Store, entity_id: int, lat: float, lon: float, actor: str) -> Decision:
    """Set or correct where a place lies (WGS 84 degrees); logged. The map and every export then
    place the entity there (``query/geocode.py``), whatever the gazetteer says."""
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ReviewError(f"coordinates out of range: latitude {lat}, longitude {lon}")
    with store.engine.begin() as conn:
        row = _entity(conn, entity_id)
        if row.type != "LOCATION":
            raise ReviewError(f"e{entity_id} ({row.name}) is a {row.type}, not a place")
        return _log(conn, "place", {"entity": entity_id, "name": row.name},
                    {"lat": round(lat, 6), "lon": round(lon, 6)}, actor)


def decisions(store: Store, limit: int = 500) -> list[Decision]:
    """The audit log, newest first."""
    d = t.decisions.c
    with store.connect() as conn:
        rows = conn.execute(
            select(d.id, d.kind, d.target, d.payload, d.actor, d.created_at, d.reverted_at)
            .order_by(d.id.desc())
            .limit(limit)
        )
        return [Decision(*row) for row in rows]


def merged_into(store: Store, entity_id: int) -> int | None:
    """The entity that ``entity_id`` was merged into (following chains), if it holds nothing any more."""
    d, le = t.decisions.c, t.local_entities.c
    with store.connect() as conn:
        if conn.execute(select(le.id).where(le.entity_id == entity_id).limit(1)).first() is not None:
            return None
        moves = {
            target["entities"][1]: target["entities"][0]
            for (target,) in conn.execute(
                select(d.target).where(d.kind == "merge").where(d.reverted_at.is_(None)).order_by(d.id)
            )
        }
    seen, current = {entity_id}, moves.get(entity_id)
    while current is not None and current in moves and moves[current] not in seen:
        seen.add(current)
        current = moves[current]
    return current


def replay_decisions(store: Store) -> int:
    """Re-apply every decision not reverted, oldest first, in one transaction; the number replayed.

    A merge or split that contradicts an earlier one (possible only in a log written before the
    resolver held them as constraints) is skipped: the earlier decision holds."""
    d = t.decisions.c
    with store.engine.begin() as conn:
        rows = conn.execute(
            select(d.kind, d.target, d.payload).where(d.reverted_at.is_(None)).order_by(d.id)
        ).all()
        replayed = 0
        for kind, target, payload in rows:
            try:
                _apply(conn, kind, target, payload)
            except ConstraintError:
                continue  # refused by its own checks: the earlier decision holds
            replayed += 1
    return replayed
