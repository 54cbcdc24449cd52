"""Analysts' decisions: accept, reject or correct a fact; merge or split entities.

Each decision is written to the ``decisions`` audit log (who, when, what) in the same transaction
that applies it, and each document stored later has those that touch it applied in its own
transaction (``apply_to_document``): a fact rejected today stays rejected when a later document
brings it back. ``replay_decisions`` re-applies the whole log, in order. Merges and splits are
also constraints of the resolver (``store/constraints.py``: must-links, cannot-links), so later
documents resolve under them; the replay re-issues them for re-ingested rows. Every decision is
idempotent, so replaying the log any number of times gives the same knowledge base.

Facts are found on replay by a signature (document, names, predicate or trigger), not only by row
id, so a decision survives re-ingestion of its document into new rows.

Every decision also keeps an undo image (``store/undo.py``): the rows it touched before and after.
``revert`` writes the "before" rows back and logs itself as a decision (kind ``revert``), which can in
turn be reverted (the decision is made again). A reverted decision is never replayed.
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import aliased

from .errors import ConstraintError, NotFoundError, RevertError, ReviewError, UnsafeMergeError
from .store import Store, constraints, undo
from .store import schema as t

FACT_ACTIONS = ("accept", "reject", "correct")

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _refreshing(fn: Callable[Concatenate[Store, _P], _R]) -> Callable[Concatenate[Store, _P], _R]:
    """A decision that may take facts away from entity pairs: the entity adjacency is checked once
    its transaction is committed (``Store.refresh_adjacency``)."""
    @functools.wraps(fn)
    def run(store: Store, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        out = fn(store, *args, **kwargs)
        store.refresh_adjacency()
        return out
    return run


@dataclass
class Decision:
    id: int
    kind: str
    target: dict[str, Any]
    payload: dict[str, Any]
    actor: str
    created_at: str
    reverted_at: str | None = None
    reason: str | None = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _reason(reason: str | None) -> str | None:
    return (reason or "").strip()[:2000] or None


def _log(
    conn: Connection, kind: str, target: dict[str, Any], payload: dict[str, Any], actor: str,
    reason: str | None = None, scope: undo.Scope | None = None, before: undo.Image | None = None,
) -> Decision:
    """Log a decision applied in this transaction; with ``scope`` and the ``before`` image, its undo
    image (the rows of the scope now, after it) goes with it."""
    now = _now()
    image = None if scope is None or before is None else {
        "scope": scope, "before": before, "after": undo.capture(conn, scope)}
    res = conn.execute(
        t.decisions.insert().values(kind=kind, target=target, payload=payload, actor=actor, created_at=now,
                                    reason=_reason(reason), undo=image)
    )
    return Decision(int(res.inserted_primary_key[0]), kind, target, payload, actor, now,  # type: ignore[index]
                    None, _reason(reason))


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
    elif kind == "reported":
        conn.execute(t.documents.update().where(t.documents.c.id == target["document"])
                     .values(reported=payload["reported"]))
    elif kind in ("revert", "upload"):
        return  # a revert's effect is the reverted decision's flag; an upload is only recorded
    else:
        raise ReviewError(f"unknown decision kind '{kind}'")


# ---------------------------------------------------------------------- decisions
@_refreshing
def review_fact(
    store: Store, kind: str, fact_id: int, action: str, actor: str, date: str | None = None,
    reason: str | None = None,
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
        scope = ({"relations": _relation_ids(conn, target)} if kind == "relation"
                 else {"events": _event_ids(conn, target)})
        before = undo.capture(conn, scope)
        _apply(conn, "review", target, payload)
        return _log(conn, "review", target, payload, actor, reason, scope, before)


def _entity(conn: Connection, eid: int) -> Any:
    row = conn.execute(
        select(t.entities.c.id, t.entities.c.type, t.entities.c.name).where(t.entities.c.id == eid)
    ).first()
    if row is None:
        raise NotFoundError(f"no entity e{eid}")
    return row


def _exists(conn: Connection, eid: int) -> bool:
    return conn.execute(select(t.entities.c.id).where(t.entities.c.id == eid)).first() is not None


def merge_risks(store: Store, keep: int, other: int) -> list[str]:
    """Why merging these two entities needs ``force``: different types, or records an analyst split
    apart (empty when the merge is safe)."""
    with store.connect() as conn:
        return _merge_risks(conn, keep, other)


def _merge_risks(conn: Connection, keep: int, other: int) -> list[str]:
    a, b = _entity(conn, keep), _entity(conn, other)
    risks = []
    if a.type != b.type:
        risks.append(f"e{keep} '{a.name}' is a {a.type} and e{other} '{b.name}' a {b.type}")
    if _kept_apart(conn, keep, other):
        risks.append(f"e{keep} and e{other} hold records an analyst split apart")
    return risks


def _kept_apart(conn: Connection, keep: int, other: int) -> list[tuple[str, str]]:
    """The cannot-links between the records of two entities: (record of keep, record of other)."""
    mine, theirs = (set(constraints.cluster_records(conn, e)) for e in (keep, other))
    if not mine or not theirs:
        return []
    c = t.resolve_constraints.c
    return [(a, b) for a, b in conn.execute(select(c.a, c.b).where(c.kind == "cannot", c.a.in_(sorted(mine))))
            if b in theirs]


@_refreshing
def merge(store: Store, keep: int, other: int, actor: str, reason: str | None = None,
          force: bool = False) -> Decision:
    """Merge entity ``other`` into ``keep``: every local entity of ``other`` is re-linked to ``keep``,
    and the resolver holds them as one (a must-link) for every later document; ``other`` is gone.

    Entities of different types, or that an analyst split apart, are merged only with ``force``
    (UnsafeMergeError says why otherwise); a forced merge lifts the split's cannot-links between them."""
    if keep == other:
        raise ReviewError("an entity cannot be merged with itself")
    with store.engine.begin() as conn:
        a, b = _entity(conn, keep), _entity(conn, other)
        risks = _merge_risks(conn, keep, other)
        if risks and not force:
            raise UnsafeMergeError("; ".join(risks) + ": merge with --force (and a reason) if they are one")
        target = {"entities": [keep, other], "names": [a.name, b.name]}
        scope: undo.Scope = {"entities": [keep, other]}
        before = undo.capture(conn, scope)
        if force:
            c = t.resolve_constraints.c
            for x, y in _kept_apart(conn, keep, other):
                conn.execute(t.resolve_constraints.delete().where(
                    c.kind == "cannot", ((c.a == x) & (c.b == y)) | ((c.a == y) & (c.b == x))))
        moved = conn.execute(
            select(func.count()).select_from(t.local_entities).where(t.local_entities.c.entity_id == other)
        ).scalar_one()
        anchors = constraints.link_entities(conn, keep, other)
        constraints.move_unheld(conn, keep, other)
        # the analyst chose which entity to keep: it keeps its name too
        conn.execute(t.entities.update().where(t.entities.c.id == keep).values(name=a.name))
        payload: dict[str, Any] = {"local_entities": int(moved), "records": anchors}
        if risks:
            payload["forced"] = risks
        return _log(conn, "merge", target, payload, actor, reason, scope, before)


@_refreshing
def split(store: Store, local_entity_id: int, actor: str, reason: str | None = None) -> Decision:
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
        before = undo.capture(conn, {"entities": [row.entity_id]})  # the new entity has no rows yet
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
        try:
            _apply(conn, "split", target, payload)
        except ConstraintError as exc:
            d = t.decisions.c
            merges = [i for i, tg in conn.execute(select(d.id, d.target).where(d.kind == "merge",
                                                                                d.reverted_at.is_(None)))
                      if row.entity_id in tg.get("entities", [])]
            if not merges:
                raise
            raise ConstraintError(f"{exc.message}; to undo the merge, revert decision "
                                  f"{', '.join(map(str, merges))} (reportgraph revert)") from exc
        constraints.rename(conn, row.entity_id, new_id)
        return _log(conn, "split", target, payload, actor, reason, {"entities": [row.entity_id, new_id]}, before)


def _grade(conn: Connection, document_id: str, value: str, actor: str, reason: str | None = None) -> Decision:
    d = t.documents.c
    row = conn.execute(select(d.id, d.title, d.grade).where(d.id == document_id)).first()
    if row is None:
        raise NotFoundError(f"no document {document_id}")
    target = {"document": row.id, "title": row.title}
    payload = {"grade": value, "previous": row.grade}
    scope: undo.Scope = {"documents": [row.id]}
    before = undo.capture(conn, scope)
    _apply(conn, "grade", target, payload)
    return _log(conn, "grade", target, payload, actor, reason, scope, before)


def _grade_value(value: str) -> str:
    value = value.strip().upper()
    if len(value) != 1 or value not in "ABCDEF":
        raise ReviewError(f"grade must be one of A-F, not '{value}'")
    return value


def grade(store: Store, document_id: str, value: str, actor: str, reason: str | None = None) -> Decision:
    """Set a document's source-reliability grade (A reliable ... F cannot be judged); logged."""
    value = _grade_value(value)
    with store.engine.begin() as conn:
        return _grade(conn, document_id, value, actor, reason)


def grade_source(store: Store, ref: str, value: str, actor: str, reason: str | None = None) -> list[Decision]:
    """Grade every document a reference names (a document id, a source, or a file name: see
    ``Store.document_ids``), one logged decision per document, in one transaction."""
    value = _grade_value(value)
    with store.engine.begin() as conn:
        return [_grade(conn, doc_id, value, actor, reason) for doc_id in store.document_ids(ref, conn)]


def set_place(store: Store, entity_id: int, lat: float, lon: float, actor: str,
              reason: str | None = None) -> Decision:
    """Set or correct where a place lies (WGS 84 degrees); logged. The map and every export then
    place the entity there (``query/geocode.py``), whatever the gazetteer says."""
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ReviewError(f"coordinates out of range: latitude {lat}, longitude {lon}")
    with store.engine.begin() as conn:
        row = _entity(conn, entity_id)
        if row.type != "LOCATION":
            raise ReviewError(f"e{entity_id} ({row.name}) is a {row.type}, not a place")
        # its effect is the log entry itself (query/geocode.py reads the placements in force): an empty
        # undo image, so a revert has no row to write back and only takes it out of force
        return _log(conn, "place", {"entity": entity_id, "name": row.name},
                    {"lat": round(lat, 6), "lon": round(lon, 6)}, actor, reason, {}, {})


def decisions(store: Store, limit: int = 500) -> list[Decision]:
    """The audit log, newest first."""
    d = t.decisions.c
    with store.connect() as conn:
        rows = conn.execute(
            select(d.id, d.kind, d.target, d.payload, d.actor, d.created_at, d.reverted_at, d.reason)
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


@dataclass
class _Touching:
    """The log's decisions that a new document can meet, by what they touch: its text (a fact
    reviewed, an entity split, a grade or date set: a re-ingested document brings new rows) or an
    entity merged away (its local entities could be linked to it)."""

    by_document: dict[str, list[tuple[int, str, dict[str, Any], dict[str, Any]]]]
    by_merged: dict[int, list[tuple[int, str, dict[str, Any], dict[str, Any]]]]


# the log read once per knowledge base and change of it: each decision (a revert too) adds a row
_touching: weakref.WeakKeyDictionary[Any, tuple[int, _Touching]] = weakref.WeakKeyDictionary()


def _touching_index(conn: Connection) -> _Touching:
    d = t.decisions.c
    last = int(conn.execute(select(func.max(d.id))).scalar() or 0)
    cached = _touching.get(conn.engine)
    if cached is not None and cached[0] == last:
        return cached[1]
    index = _Touching({}, {})
    for row in conn.execute(select(d.id, d.kind, d.target, d.payload)
                            .where(d.reverted_at.is_(None), d.kind.notin_(("revert", "upload", "place")))
                            .order_by(d.id)):
        target = row.target or {}
        if row.kind == "merge":
            index.by_merged.setdefault(int(target["entities"][1]), []).append(tuple(row))
        elif target.get("document"):
            index.by_document.setdefault(str(target["document"]), []).append(tuple(row))
    _touching[conn.engine] = (last, index)
    return index


def apply_to_document(conn: Connection, document_id: str) -> int:
    """Apply, in a document's own write transaction, the decisions of the log that touch it: those
    on its text and the merges of an entity it was linked to; the number applied. What ``replay_
    decisions`` would do to the document, without re-applying the whole log after every document
    (whose cost grew with the log). The rest of the knowledge base has had them applied already."""
    index = _touching_index(conn)
    if not index.by_document and not index.by_merged:
        return 0
    todo = list(index.by_document.get(document_id, []))
    if index.by_merged:
        le = t.local_entities.c
        linked = {eid for (eid,) in conn.execute(select(le.entity_id).distinct()
                                                 .where(le.document_id == document_id))}
        for eid in linked & index.by_merged.keys():
            todo += index.by_merged[eid]
    return _apply_in_order(conn, [(kind, target, payload) for _, kind, target, payload
                                  in sorted(todo, key=lambda row: row[0])])


def _apply_in_order(conn: Connection, decisions: Iterable[tuple[str, Any, Any]]) -> int:
    """Apply (kind, target, payload) decisions in the order given; the number applied. One that its
    own checks refuse is skipped: the earlier decision holds."""
    applied = 0
    for kind, target, payload in decisions:
        try:
            _apply(conn, kind, target, payload)
        except ConstraintError:
            continue
        applied += 1
    return applied


@_refreshing
def replay_decisions(store: Store) -> int:
    """Re-apply every decision not reverted, oldest first, in one transaction; the number replayed.

    A merge or split that contradicts an earlier one (possible only in a log written before the
    resolver held them as constraints) is skipped: the earlier decision holds."""
    d = t.decisions.c
    with store.engine.begin() as conn:
        rows = conn.execute(
            select(d.kind, d.target, d.payload).where(d.reverted_at.is_(None)).order_by(d.id)
        ).all()
        return _apply_in_order(conn, [(kind, target, payload) for kind, target, payload in rows])


# ---------------------------------------------------------------------- reported dates
def set_reported(store: Store, document_id: str, reported: str | None, actor: str,
                 reason: str | None = None) -> Decision:
    """Set (or clear, with None) the date a document was reported; logged and revertible like every
    decision. ``reported`` is an ISO day, month or year (dates.reported_value checks it)."""
    from .dates import reported_value

    value = reported_value(reported) if reported else None
    d = t.documents.c
    with store.engine.begin() as conn:
        row = conn.execute(select(d.id, d.title, d.reported).where(d.id == document_id)).first()
        if row is None:
            raise NotFoundError(f"no document {document_id}")
        target = {"document": row.id, "title": row.title}
        payload = {"reported": value, "previous": row.reported}
        scope: undo.Scope = {"documents": [row.id]}
        before = undo.capture(conn, scope)
        _apply(conn, "reported", target, payload)
        return _log(conn, "reported", target, payload, actor, reason, scope, before)


def log_upload(store: Store, document_id: str, source: str, actor: str) -> Decision:
    """Record in the audit log who added a document through the workbench (not a decision to revert:
    the document's facts are reviewed, merged or rejected like any other's)."""
    with store.engine.begin() as conn:
        return _log(conn, "upload", {"document": document_id, "source": source}, {}, actor)


# ---------------------------------------------------------------------- revert
def _decision_row(conn: Connection, decision_id: int) -> Any:
    d = t.decisions.c
    row = conn.execute(select(d.id, d.kind, d.target, d.payload, d.reverted_at, d.undo)
                       .where(d.id == decision_id)).first()
    if row is None:
        raise NotFoundError(f"no decision {decision_id}")
    return row


def _overlaps(a: undo.Scope, b: undo.Scope) -> bool:
    return any(set(a.get(k, [])) & set(b.get(k, [])) for k in ("entities", "relations", "events", "documents"))


def _later_conflict(conn: Connection, after_id: int, scope: undo.Scope) -> Any:
    """The first decision after ``after_id``, still in force, that changed rows of ``scope``."""
    d = t.decisions.c
    for row in conn.execute(select(d.id, d.kind, d.undo).where(d.id > after_id, d.reverted_at.is_(None))
                            .order_by(d.id.desc())):
        if row.undo and _overlaps(row.undo["scope"], scope):
            return row
    return None


@_refreshing
def revert(store: Store, decision_id: int, actor: str, reason: str | None = None) -> Decision:
    """Undo one decision: the rows it changed are written back as they were, and it is no longer
    replayed. The revert is itself a logged decision (kind ``revert``); reverting that makes the
    decision again. Refused (RevertError) when a later decision still in force changed the same
    entities or facts (revert it first), and for decisions logged before undo images were kept.

    A merge or split whose entities later documents have joined since cannot be written back row for
    row; it is undone by the resolver instead (``_unmerge``, ``_unsplit``): the entities come back
    under their ids, the documents that arrived since stay where the resolver put them."""
    now = _now()
    d = t.decisions.c
    with store.engine.begin() as conn:
        row = _decision_row(conn, decision_id)
        if row.reverted_at is not None:
            raise RevertError(f"decision {decision_id} was already reverted ({row.reverted_at})")
        redo = row.kind == "revert"
        original = _decision_row(conn, row.target["decision"]) if redo else row
        if redo and (original.kind == "revert" or original.reverted_at is None):
            raise RevertError(f"decision {decision_id} reverted decision {original.id}, which is in force again")
        if original.kind == "upload":
            raise RevertError(f"decision {original.id} records an upload: review, reject or merge what the "
                              "document says instead")
        if not original.undo:
            raise RevertError(f"decision {original.id} ({original.kind}) was logged before reportgraph kept undo "
                              "images (schema v8): make the opposite decision instead")
        scope, before, after = original.undo["scope"], original.undo["before"], original.undo["after"]
        later = _later_conflict(conn, decision_id, scope)
        if later is not None:
            raise RevertError(f"decision {later.id} ({later.kind}) changed the same entities or facts since: "
                              f"revert it first")
        current = undo.capture(conn, scope)
        expected, wanted = (before, after) if redo else (after, before)
        mode = "exact"
        if undo.same(current, expected):
            undo.restore(conn, current, wanted)
        elif redo:
            raise RevertError(f"the entities or facts of decision {original.id} changed since it was reverted: "
                              "make the decision again instead")
        elif original.kind == "merge":
            _unmerge(conn, original.target, before, after)
            mode = "resolver"
        elif original.kind == "split":
            _unsplit(conn, original.target, original.payload, before, after)
            mode = "resolver"
        else:  # facts and documents: their columns are written back, whatever else changed
            undo.restore(conn, current, wanted)
        # the original is in force again after a redo; the revert that a redo undoes is itself reverted
        conn.execute(t.decisions.update().where(d.id == original.id).values(reverted_at=None if redo else now))
        if redo:
            conn.execute(t.decisions.update().where(d.id == row.id).values(reverted_at=now))
        target: dict[str, Any] = {"decision": row.id, "kind": row.kind}
        if original.target.get("names"):
            target["names"] = original.target["names"]
        return _log(conn, "revert", target, {"mode": mode, "redo": redo}, actor, reason)


def _drop_added(conn: Connection, before: undo.Image, after: undo.Image, kind: str) -> None:
    """Delete the constraints of ``kind`` the decision added (in its after image, not its before)."""
    had = {(r["kind"], r["a"], r["b"]) for r in before.get("resolve_constraints", [])}
    c = t.resolve_constraints.c
    for r in after.get("resolve_constraints", []):
        if r["kind"] == kind and (r["kind"], r["a"], r["b"]) not in had:
            conn.execute(t.resolve_constraints.delete().where(c.kind == kind, c.a == r["a"], c.b == r["b"]))


def _unmerge(conn: Connection, target: dict[str, Any], before: undo.Image, after: undo.Image) -> None:
    """Undo a merge whose entity changed since: lift its must-link, bring the merged-away entity back
    under its id and detach the records it held into it (the resolver rebuilds both summaries)."""
    from .store.resolution import engine_for, flush_engine

    keep, other = target["entities"]
    _drop_added(conn, before, after, "must")
    gone = [r for r in before.get("entities", []) if r["id"] == other]
    if gone and not _exists(conn, other):
        conn.execute(t.entities.insert().values(**gone[0]))
    theirs = [r["record_id"] for r in before.get("resolve_records", []) if r["cluster_id"] == str(other)]
    c = t.resolve_constraints.c
    present = constraints.held(conn, [int(r) for r in theirs])
    present = [r for r in present if r in set(constraints.cluster_records(conn, keep))]
    if present:
        had = {(a, b) for a, b in conn.execute(select(c.a, c.b).where(c.kind == "cannot", c.a.in_(present)))}
        engine = engine_for(conn)
        try:
            engine.detach(present, into=str(other))
        finally:
            flush_engine(engine)
        # detach keeps the records apart from those they leave (a split): an undone merge does not
        for a, b in conn.execute(select(c.a, c.b).where(c.kind == "cannot", c.a.in_(present))).all():
            if (a, b) not in had:
                conn.execute(t.resolve_constraints.delete().where(
                    c.kind == "cannot", ((c.a == a) & (c.b == b)) | ((c.a == b) & (c.b == a))))
    unheld = [r["id"] for r in before.get("local_entities", []) if r["entity_id"] == other]
    if unheld:
        le = t.local_entities.c
        conn.execute(t.local_entities.update().where(le.id.in_(unheld), le.entity_id == keep)
                     .values(entity_id=other))
    for r in before.get("entities", []):
        if _exists(conn, r["id"]):
            conn.execute(t.entities.update().where(t.entities.c.id == r["id"]).values(name=r["name"]))


def _unsplit(conn: Connection, target: dict[str, Any], payload: dict[str, Any], before: undo.Image,
             after: undo.Image) -> None:
    """Undo a split whose entities changed since: lift its cannot-links and fold the new entity back
    into the one it was split from (the resolver rebuilds the summary)."""
    from .store.resolution import engine_for, flush_engine

    entity, new = target["entity"], payload["new_entity"]
    _drop_added(conn, before, after, "cannot")
    le = t.local_entities.c
    if constraints.cluster_records(conn, entity) and constraints.cluster_records(conn, new):
        engine = engine_for(conn)
        try:
            engine._merge(str(entity), str(new), keep_first=True)  # noqa: SLF001 - no must-link: an undo
        finally:
            flush_engine(engine)
    conn.execute(t.local_entities.update().where(le.entity_id == new).values(entity_id=entity))
    if _exists(conn, new):
        conn.execute(t.entity_keys.delete().where(t.entity_keys.c.entity_id == new))
        conn.execute(t.entities.delete().where(t.entities.c.id == new))
    constraints.rename(conn, entity)
