"""The entity-to-entity adjacency (schema v12): which global entities a fact joins, kept by triggers.

A path search expands entities hop by hop; through the facts, each hop joins local entities,
relations (both sides) and event participants, a few index lookups per fact of every entity of the
frontier. ``entity_adjacency`` holds the answer, one row per (entity, neighbour), both ways, so a
hop is one index range scan per entity.

Triggers keep it without any writer's help, whatever writes the facts (ingest, import, review,
merge, split, revert, as-of copies, a document deleted with its rows):

- a fact that joins two entities adds their pair at once (an insert that finds it there does
  nothing): adding documents never needs a check, and its cost does not grow with the knowledge base;
- a change that may take a pair's last fact away (a fact rejected, negated or deleted; a local
  entity moved to another entity or deleted) notes the pair in ``adjacency_stale``, read *before*
  the row changes, so the pair noted is the one the row made until then;
- ``refresh`` (after the writing transaction: ``Store.refresh_adjacency``) looks the noted pairs up
  in the facts and drops those no fact joins any more.

Readers (``neighbours``) take an entity with a noted pair as not known here: its neighbours are read
from the facts, so an answer is right even before a refresh (or when a writer died before one).

On PostgreSQL, the triggers that add pairs take a shared advisory lock and ``refresh`` an exclusive
one: a pair a concurrent transaction adds (before it commits) is never dropped by a refresh that
cannot see the fact behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ARRAY, Connection, Integer, and_, any_, bindparam, delete, literal, select, tuple_, union_all
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased

from . import schema as t
from . import triggers

# the advisory lock's key on PostgreSQL (any constant: it names this use of the lock)
LOCK_KEY = 7_126_012

_FACT = "(({r}.status IS NULL OR {r}.status <> 'rejected') AND {r}.modality <> 'negated')"
_RESOLVED = "x IS NOT NULL AND y IS NOT NULL AND x <> y"


def _rel_ends(r: str) -> str:
    """The entity pair of relation row ``r`` (NEW or OLD)."""
    return (f"SELECT s.entity_id AS x, o.entity_id AS y FROM local_entities s, local_entities o "
            f"WHERE s.id = {r}.subject_id AND o.id = {r}.object_id AND {_FACT.format(r=r)}")


def _event_pairs(v: str) -> str:
    """Every ordered entity pair of two participants of event row ``v``."""
    return ("SELECT a.entity_id AS x, b.entity_id AS y FROM event_participants p, local_entities a, "
            "event_participants q, local_entities b "
            f"WHERE p.event_id = {v}.id AND q.event_id = {v}.id AND q.local_entity_id <> p.local_entity_id "
            f"AND a.id = p.local_entity_id AND b.id = q.local_entity_id AND {_FACT.format(r=v)}")


def _coparticipants(p: str, facts_only: bool) -> str:
    """Participant row ``p``'s entity with each other participant's of its event."""
    fact = (f" AND EXISTS (SELECT 1 FROM events v WHERE v.id = {p}.event_id AND {_FACT.format(r='v')})"
            if facts_only else "")
    return ("SELECT a.entity_id AS x, b.entity_id AS y FROM local_entities a, event_participants q, "
            f"local_entities b WHERE a.id = {p}.local_entity_id AND q.event_id = {p}.event_id "
            f"AND q.local_entity_id <> {p}.local_entity_id AND b.id = q.local_entity_id{fact}")


def _counterparts(le: str, facts_only: bool) -> str:
    """Local entity row ``le``'s entity with the entity at the other end of each of its facts."""
    rel = f" AND {_FACT.format(r='r')}" if facts_only else ""
    ev = f" AND {_FACT.format(r='v')}" if facts_only else ""
    return (f"SELECT {le}.entity_id AS x, o.entity_id AS y FROM relations r, local_entities o "
            f"WHERE r.subject_id = {le}.id AND o.id = r.object_id{rel} "
            f"UNION SELECT {le}.entity_id, s.entity_id FROM relations r, local_entities s "
            f"WHERE r.object_id = {le}.id AND s.id = r.subject_id{rel} "
            f"UNION SELECT {le}.entity_id, b.entity_id FROM event_participants p, event_participants q, "
            f"local_entities b, events v WHERE p.local_entity_id = {le}.id AND q.event_id = p.event_id "
            f"AND q.local_entity_id <> {le}.id AND b.id = q.local_entity_id AND v.id = p.event_id{ev}")


def _add(pairs: str, both_ways: bool, pg: bool) -> str:
    """Add these pairs (``x``, ``y``), and (``y``, ``x``) with ``both_ways``, where not there yet."""
    rows = f"SELECT x, y FROM ({pairs}) AS p1 WHERE {_RESOLVED}"
    if both_ways:
        rows += f" UNION SELECT y, x FROM ({pairs}) AS p2 WHERE {_RESOLVED}"
    if pg:
        return f"INSERT INTO entity_adjacency (entity_id, other_id) {rows} ON CONFLICT DO NOTHING"
    # SQLite: a pair there already is left as it is. (An OR clause on the statement that fires the
    # trigger would replace this one's: no writer of the facts uses one.)
    return f"INSERT OR IGNORE INTO entity_adjacency (entity_id, other_id) {rows}"


def _note(pairs: str, both_ways: bool) -> str:
    """Note these pairs (and, with ``both_ways``, the reverse) as possibly joined by no fact any more."""
    rows = f"SELECT x, y FROM ({pairs}) AS p1 WHERE {_RESOLVED}"
    if both_ways:
        rows += f" UNION ALL SELECT y, x FROM ({pairs}) AS p2 WHERE {_RESOLVED}"
    return f"INSERT INTO adjacency_stale (entity_id, other_id) {rows}"


# Each trigger: (name, table, timing and event, condition or "", statements); the statements that add
# pairs run after the row changed, those that note pairs before, as the module's docstring says.
_REL_COLS = "subject_id, object_id, status, modality"


def _triggers(pg: bool) -> list[triggers.Trigger]:
    moved = "OLD.entity_id IS DISTINCT FROM NEW.entity_id" if pg else "OLD.entity_id IS NOT NEW.entity_id"
    return [
        ("adj_relations_ai", "relations", "AFTER INSERT", "", [_add(_rel_ends("NEW"), True, pg)]),
        ("adj_relations_bu", "relations", f"BEFORE UPDATE OF {_REL_COLS}", "", [_note(_rel_ends("OLD"), True)]),
        ("adj_relations_au", "relations", f"AFTER UPDATE OF {_REL_COLS}", "", [_add(_rel_ends("NEW"), True, pg)]),
        ("adj_relations_bd", "relations", "BEFORE DELETE", "", [_note(_rel_ends("OLD"), True)]),
        ("adj_events_bu", "events", "BEFORE UPDATE OF status, modality", "", [_note(_event_pairs("OLD"), False)]),
        ("adj_events_au", "events", "AFTER UPDATE OF status, modality", "", [_add(_event_pairs("NEW"), False, pg)]),
        ("adj_participants_ai", "event_participants", "AFTER INSERT", "",
         [_add(_coparticipants("NEW", True), True, pg)]),
        ("adj_participants_bu", "event_participants", "BEFORE UPDATE", "",
         [_note(_coparticipants("OLD", False), True)]),
        ("adj_participants_au", "event_participants", "AFTER UPDATE", "",
         [_add(_coparticipants("NEW", True), True, pg)]),
        ("adj_participants_bd", "event_participants", "BEFORE DELETE", "",
         [_note(_coparticipants("OLD", False), True)]),
        ("adj_local_entities_bu", "local_entities", "BEFORE UPDATE OF entity_id", moved,
         [_note(_counterparts("OLD", False), True)]),
        ("adj_local_entities_au", "local_entities", "AFTER UPDATE OF entity_id", moved,
         [_add(_counterparts("NEW", True), True, pg)]),
        ("adj_local_entities_bd", "local_entities", "BEFORE DELETE", "", [_note(_counterparts("OLD", False), True)]),
    ]


def create_triggers(conn: Connection) -> None:
    """Create (or create again) the triggers that keep ``entity_adjacency``."""
    triggers.create(conn, _triggers(conn.dialect.name == "postgresql"),
                    after_prologue=f"PERFORM pg_advisory_xact_lock_shared({LOCK_KEY}); ")


def drop_triggers(conn: Connection) -> None:
    """Drop the triggers (before a migration rebuilds or alters the tables they read: SQLite checks
    every trigger's statements against the schema at each ALTER TABLE)."""
    triggers.drop(conn, _triggers(conn.dialect.name == "postgresql"))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")


def rebuild(conn: Connection) -> None:
    """Fill ``entity_adjacency`` from all the facts (schema v12's migration, a bulk load)."""
    _lock(conn)
    conn.execute(delete(t.adjacency_stale))
    conn.execute(delete(t.entity_adjacency))
    pairs = _live_pairs(None).subquery()
    rows = (select(pairs.c.a, pairs.c.b).where(pairs.c.a.is_not(None), pairs.c.b.is_not(None), pairs.c.a != pairs.c.b)
            .distinct())
    conn.execute(t.entity_adjacency.insert().from_select(["entity_id", "other_id"], rows))


def _live_pairs(anchored: bool | None, pg: bool = False) -> Any:
    """(a, b) entity pairs joined by a fact, read from the facts: anchored on ``a`` in ``:ids``, or all
    (None). Relations both ways, events' participants in every order."""
    r, v = t.relations.c, t.events.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    pa, pb = aliased(t.event_participants), aliased(t.event_participants)
    la, lb = aliased(t.local_entities), aliased(t.local_entities)
    rel = t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
    out = select(ls.c.entity_id.label("a"), lo.c.entity_id.label("b")).select_from(rel).where(t.is_fact(t.relations))
    back = select(lo.c.entity_id.label("a"), ls.c.entity_id.label("b")).select_from(rel).where(t.is_fact(t.relations))
    ev = (select(la.c.entity_id.label("a"), lb.c.entity_id.label("b"))
          .select_from(la.join(pa, pa.c.local_entity_id == la.c.id).join(t.events, v.id == pa.c.event_id)
                       .join(pb, and_(pb.c.event_id == v.id, pb.c.local_entity_id != la.c.id))
                       .join(lb, lb.c.id == pb.c.local_entity_id))
          .where(t.is_fact(t.events)))
    if anchored:
        out = out.where(_member(ls.c.entity_id, pg))
        back = back.where(_member(lo.c.entity_id, pg))
        ev = ev.where(_member(la.c.entity_id, pg))
    return union_all(out, back, ev)


def _member(column: Any, pg: bool) -> Any:
    if pg:
        return column == any_(bindparam("ids", type_=ARRAY(Integer)))
    return column.in_(bindparam("ids", expanding=True))


def live_neighbours(conn: Connection, ids: Iterable[int]) -> dict[int, set[int]]:
    """The entities joined to each of these by a fact, read from the facts (not the adjacency)."""
    id_list = sorted(set(ids))
    out: dict[int, set[int]] = {i: set() for i in id_list}
    pg = conn.dialect.name == "postgresql"
    for i in range(0, len(id_list), 2000):
        for a, b in conn.execute(_live_pairs(True, pg), {"ids": id_list[i:i + 2000]}):
            if b is not None and a != b:
                out[a].add(b)
    return out


def refresh(conn: Connection) -> int:
    """Check the pairs noted as stale against the facts: drop those no fact joins any more (add any
    missing), then forget the notes read. Returns how many notes were read."""
    s = t.adjacency_stale.c
    if conn.execute(select(s.id).limit(1)).first() is None:
        return 0  # the usual case after adding documents: no lock taken
    _lock(conn)
    notes = conn.execute(select(s.id, s.entity_id, s.other_id)).all()
    if not notes:
        return 0
    pairs = {(min(a, b), max(a, b)) for _, a, b in notes if a != b}
    # read the facts of as few entities as answer every pair: a merged hub's thousands of pairs
    # share it, and its facts are read once
    count = Counter(x for pair in pairs for x in pair)
    anchors: dict[int, set[int]] = {}
    for a, b in sorted(pairs, key=lambda p: (-max(count[p[0]], count[p[1]]), p)):
        if a in anchors:
            anchors[a].add(b)
        elif b in anchors:
            anchors[b].add(a)
        else:
            x, y = (a, b) if count[a] >= count[b] else (b, a)
            anchors[x] = {y}
    live = live_neighbours(conn, anchors)
    gone = [(x, y) for x, others in anchors.items() for y in others if y not in live[x]]
    kept = [(x, y) for x, others in anchors.items() for y in others if y in live[x]]
    adj = t.entity_adjacency.c
    both = [p for x, y in gone for p in ((x, y), (y, x))]
    for i in range(0, len(both), 500):
        conn.execute(delete(t.entity_adjacency).where(tuple_(adj.entity_id, adj.other_id).in_(both[i:i + 500])))
    # a pair a fact still joins is there already, unless a fact was written with the triggers off
    add = [{"entity_id": u, "other_id": v} for x, y in kept for u, v in ((x, y), (y, x))]
    if add:
        ins = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(t.entity_adjacency)
        conn.execute(ins.on_conflict_do_nothing(), add)
    ids = [i for i, _, _ in notes]
    for i in range(0, len(ids), 2000):
        conn.execute(delete(t.adjacency_stale).where(s.id.in_(ids[i:i + 2000])))
    return len(notes)


def neighbours(conn: Connection, ids: Iterable[int]) -> dict[int, set[int]]:
    """The entities joined to each of these by a fact: from the adjacency, or from the facts for an
    entity with a pair noted stale (not refreshed yet)."""
    id_list = sorted(set(ids))
    out: dict[int, set[int]] = {i: set() for i in id_list}
    if not id_list:
        return out
    pg = conn.dialect.name == "postgresql"
    stale: set[int] = set()
    for a, b, noted in conn.execute(_read(pg), {"ids": id_list}):
        if noted:
            stale.add(a)
        else:
            out[a].add(b)
    if stale:
        out.update(live_neighbours(conn, stale))
    return out


_READ: dict[bool, Any] = {}


def _read(pg: bool) -> Any:
    if pg not in _READ:
        adj, s = t.entity_adjacency.c, t.adjacency_stale.c
        _READ[pg] = union_all(
            select(adj.entity_id, adj.other_id, literal(0).label("noted")).where(_member(adj.entity_id, pg)),
            select(s.entity_id, s.other_id, literal(1).label("noted")).where(_member(s.entity_id, pg)))
    return _READ[pg]
