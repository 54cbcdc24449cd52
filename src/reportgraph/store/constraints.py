"""Analysts' merges and splits as constraints of the resolution engine, in the decision's transaction.

``review.py`` logs a decision and calls these; they run again on every replay of the log, so each
is idempotent and finds its records by what the engine holds now, never by a row id alone (until
schema v5 SQLite gave a deleted entity's id to the next new one, and a log may be older). A merge
must-links the two clusters with the analyst's entity as the survivor; a split detaches the
document's records into the decision's new entity and cannot-links them to the records they leave,
so no later report glues them back.
Local entities the engine does not hold (a store filled by another resolver, or by an import that
predates import building the engine's state) are re-linked by SQL as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select, update

from ..errors import ConstraintError
from . import schema as t
from .resolution import _rename, engine_for, flush_engine


def held(conn: Connection, local_ids: Iterable[int]) -> list[str]:
    """The record ids (``str(local_entities.id)``) among these that the engine has resolved."""
    ids = [str(i) for i in local_ids]
    r = t.resolve_records.c
    got = {rid for (rid,) in conn.execute(select(r.record_id).where(r.record_id.in_(ids), r.cluster_id.is_not(None)))}
    return [i for i in ids if i in got]


def cluster_records(conn: Connection, entity_id: int) -> list[str]:
    """The records of the engine's cluster for an entity (none when the engine has no such cluster)."""
    r = t.resolve_records.c
    return [rid for (rid,) in conn.execute(select(r.record_id).where(r.cluster_id == str(entity_id))
                                           .order_by(r.record_id))]


def _has_cluster(conn: Connection, entity_id: int) -> bool:
    c = t.resolve_clusters.c
    return conn.execute(select(c.cluster_id).where(c.cluster_id == str(entity_id))).first() is not None


def _entity_exists(conn: Connection, entity_id: int) -> bool:
    return conn.execute(select(t.entities.c.id).where(t.entities.c.id == entity_id)).first() is not None


def _cannot_partners(conn: Connection, records: Iterable[str]) -> set[str]:
    c = t.resolve_constraints.c
    return {b for (b,) in conn.execute(select(c.b).where(c.kind == "cannot", c.a.in_(list(records))))}


# ---------------------------------------------------------------------- merge
def link_entities(conn: Connection, keep: int, other: int) -> list[str]:
    """Make ``other`` part of ``keep`` in the engine: must-link their clusters, ``keep`` surviving.

    Returns the two records the must-link ties (empty when the engine holds no cluster of one of
    them). Raises ConstraintError when an analyst split records of the two apart."""
    if not _has_cluster(conn, other):
        return []
    engine = engine_for(conn)
    try:  # the engine holds its writes back until flushed
        if not _has_cluster(conn, keep):  # ``keep`` predates the engine (another resolver): it takes the records
            if _entity_exists(conn, keep):
                engine.detach(engine.cluster(str(other)).records, into=str(keep))
            return []
        anchors = [engine.cluster(str(keep)).records[0], engine.cluster(str(other)).records[0]]
        try:
            engine.must_link(str(keep), str(other), keep_first=True)
        except ConstraintError as exc:
            raise ConstraintError(f"e{keep} and e{other} hold records an analyst split apart; "
                                  "they stay two entities") from exc
        return anchors
    finally:
        flush_engine(engine)


def relink_merged(conn: Connection, keep: int, other: int) -> None:
    """On replay: bring the engine into line with a merge it never saw (a decision logged before the
    engine held them): its cluster for ``other`` still exists while the merge re-linked that
    cluster's local entities elsewhere. A cluster whose local entities all point at ``other`` is a
    later entity that was given the merged-away id (SQLite before schema v5), and is left alone."""
    records = cluster_records(conn, other)
    if not records:
        return
    le = t.local_entities.c
    pointed = {eid for (eid,) in conn.execute(select(le.entity_id).where(le.id.in_([int(r) for r in records])))}
    if pointed and pointed != {other}:
        link_entities(conn, keep, other)


def move_unheld(conn: Connection, keep: int, other: int) -> None:
    """Re-link to ``keep`` the local entities of ``other`` that the engine does not hold, and its
    name keys (a store filled by another resolver or an older import: the pre-engine merge)."""
    if _has_cluster(conn, other):
        return  # an engine cluster: link_entities decides, never a blind re-link by id
    le = t.local_entities.c
    ids = [i for (i,) in conn.execute(select(le.id).where(le.entity_id == other))]
    unheld = sorted(set(ids) - {int(r) for r in held(conn, ids)})
    if unheld:
        conn.execute(update(t.local_entities).where(le.id.in_(unheld)).values(entity_id=keep))
    if _entity_exists(conn, other):
        ek = t.entity_keys.c
        conn.execute(update(t.entity_keys).where(ek.entity_id == other).values(entity_id=keep))


# ---------------------------------------------------------------------- split
def separate_records(conn: Connection, local_ids: list[int], entity: int, new_entity: int,
                     original: int) -> list[str]:
    """Keep a split's records (one document's local entities of one name) apart from the entity
    they were split from; returns the records the engine holds (the caller re-links the others).

    They stay apart from the records of the ``entity`` cluster and from those the split's
    ``original`` local entity was cannot-linked to (a re-ingested document brings new rows, found by
    signature). A record already cannot-linked to one of those is left as it is, so a replay adds
    nothing; one that shares a cluster with them leaves it for ``new_entity``'s cluster. Raises
    ConstraintError when that contradicts an analyst's merge."""
    mine = held(conn, local_ids)
    if not mine:
        return []
    side = (set(cluster_records(conn, entity)) | _cannot_partners(conn, [str(original)])) - set(mine)
    c = t.resolve_constraints.c
    issued: dict[str, set[str]] = {}
    for a, b in conn.execute(select(c.a, c.b).where(c.kind == "cannot", c.a.in_(mine))):
        issued.setdefault(a, set()).add(b)
    todo = [r for r in mine if not issued.get(r, set()) & side]
    if not side or not todo:
        return mine  # nothing to keep apart, or a replay with nothing new: no row is added
    engine = engine_for(conn)
    glued = {cid for cid in {engine.cluster_of(r) for r in todo} if set(engine.cluster(cid).records) & side}
    leaving = [r for r in todo if engine.cluster_of(r) in glued]
    try:
        engine.keep_apart(todo, sorted(side))  # first: it refuses before anything is written
        if leaving:
            into = str(new_entity) if str(new_entity) not in glued and (
                _has_cluster(conn, new_entity) or _entity_exists(conn, new_entity)) else None
            engine.detach(leaving, into)
    except ConstraintError as exc:
        raise ConstraintError(f"e{entity}: splitting this document's entity out contradicts an analyst's "
                              f"merge ({exc.message})") from exc
    finally:
        flush_engine(engine)  # the engine holds its writes back until flushed
    return mine


def rename(conn: Connection, *entity_ids: int) -> None:
    """Display entities under their documents' preferred names (after a split changed them)."""
    for eid in entity_ids:
        if _entity_exists(conn, eid):
            _rename(conn, eid)
