"""The link chart's edges by entity (schema v13): ``chart_witness``, kept by triggers.

A hub's chart read its edges from the facts: each of its local entities looked up in the relations
(both sides), each event in the participants, theirs in the local entities, some 150,000 index
searches for an entity named in 10,000 documents (330-460 ms of PostgreSQL's CPU, issue 12). This
table lays the chart's edges out once, by the entity whose chart shows them (the edge's "witness"),
so that a chart reads one index range:

- a relation (a fact, its two ends resolved): kind ``r``, subject entity -> object entity, seen by
  both ends (once if they are one entity);
- an event (a fact): kind ``e``, its agent's entity -> each other participant's (an agent with no
  entity, or a participant of the agent's entity, links nothing), and kind ``p``, the agent -> the
  event's place (the chart's ``TYPE at`` edge); the agents are the participants of role agent or,
  for an event with none, its first participant (the lowest local entity id). One row per pair of
  participant rows, as the chart counts them; plus one row of kind ``t`` (its type, no ends), so
  that an event without any edge still gives the chart's predicate choices its type. Every row of
  the event is seen by each distinct entity among its participants.

Each row carries its fact's id, confidence and (events) date: the chart's filters are read from
the rows, the grade from the fact's document. A fact that is rejected or negated has no rows.

The dossier and the timeline read it too (query/dossier.py, query/timeline.py, corroboration.py):
an entity's relations are its kind ``r`` rows, the events it takes part in its kind ``t`` rows.

Triggers keep it on every write, whatever writes (ingest, review, merge, split, revert, a document
deleted with its rows, raw SQL): a change to a fact, its participants, or the entity of a local
entity it names deletes the rows of each fact touched and lays them out again from the facts, in
the same transaction. Nothing is left to refresh; ``rebuild`` lays out every fact (the migration,
and the tests' reference). SQLite allows no ``WITH`` in a trigger: the agent rule is written as
subqueries. On PostgreSQL each fact laid out again is locked first (its own row, ``FOR UPDATE``,
for the transaction), so two transactions that change one fact never both lay out its rows.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from . import triggers

_FACT = "(({v}.status IS NULL OR {v}.status <> 'rejected') AND {v}.modality <> 'negated')"
_COLS = "witness, kind, src, pred, dst, fact, confidence, date"

Match = Callable[[str], str]  # a column -> the SQL condition that it names one of the facts to lay out


def _relations(m: Match) -> str:
    """The rows of the relations that ``m`` matches (on ``r.id``)."""
    base = ("FROM relations r JOIN local_entities ls ON ls.id = r.subject_id "
            "JOIN local_entities lo ON lo.id = r.object_id "
            f"WHERE {m('r.id')} AND {_FACT.format(v='r')} AND ls.entity_id IS NOT NULL AND lo.entity_id IS NOT NULL")
    row = "'r', ls.entity_id, r.predicate, lo.entity_id, r.id, r.confidence, CAST(NULL AS VARCHAR(40))"
    return (f"INSERT INTO chart_witness ({_COLS}) SELECT ls.entity_id, {row} {base} "
            f"UNION ALL SELECT lo.entity_id, {row} {base} AND lo.entity_id <> ls.entity_id")


def _agents(m: Match) -> str:
    """(event_id, ent) of each agent of the events ``m`` matches: its participants of role agent, or its
    first participant (lowest local entity id) when it has none."""
    return ("SELECT pa.event_id, la.entity_id AS ent FROM event_participants pa "
            f"JOIN local_entities la ON la.id = pa.local_entity_id WHERE {m('pa.event_id')} AND pa.role = 'agent' "
            "UNION ALL SELECT v2.id, (SELECT l.entity_id FROM local_entities l WHERE l.id = "
            "(SELECT min(q.local_entity_id) FROM event_participants q WHERE q.event_id = v2.id)) "
            f"FROM events v2 WHERE {m('v2.id')} AND NOT EXISTS "
            "(SELECT 1 FROM event_participants p2 WHERE p2.event_id = v2.id AND p2.role = 'agent')")


def _events(m: Match) -> str:
    """The rows of the events that ``m`` matches (on the event's id)."""
    fact = _FACT.format(v="v")
    common = "v.type, {dst}, v.id, v.confidence, v.date"
    edges = (
        f"SELECT 't' AS kind, CAST(NULL AS INTEGER) AS src, v.type AS pred, CAST(NULL AS INTEGER) AS dst, "
        f"v.id AS fact, v.confidence AS confidence, v.date AS date FROM events v WHERE {m('v.id')} AND {fact} "
        f"UNION ALL SELECT 'e', ag.ent, {common.format(dst='lm.entity_id')} FROM events v "
        f"JOIN ({_agents(m)}) ag ON ag.event_id = v.id JOIN event_participants pm ON pm.event_id = v.id "
        f"JOIN local_entities lm ON lm.id = pm.local_entity_id "
        f"WHERE {m('v.id')} AND {fact} AND lm.entity_id <> ag.ent "
        f"UNION ALL SELECT 'p', ag.ent, {common.format(dst='lp.entity_id')} FROM events v "
        f"JOIN ({_agents(m)}) ag ON ag.event_id = v.id JOIN local_entities lp ON lp.id = v.location_id "
        f"WHERE {m('v.id')} AND {fact} AND ag.ent IS NOT NULL AND lp.entity_id IS NOT NULL")
    seen_by = ("SELECT DISTINCT pw.event_id, lw.entity_id AS witness FROM event_participants pw "
               f"JOIN local_entities lw ON lw.id = pw.local_entity_id WHERE {m('pw.event_id')} "
               "AND lw.entity_id IS NOT NULL")
    return (f"INSERT INTO chart_witness ({_COLS}) SELECT w.witness, x.kind, x.src, x.pred, x.dst, x.fact, "
            f"x.confidence, x.date FROM ({edges}) x JOIN ({seen_by}) w ON w.event_id = x.fact")


def _forget(kind: str, m: Match) -> str:
    kinds = "kind = 'r'" if kind == "relation" else "kind IN ('e', 'p', 't')"
    return f"DELETE FROM chart_witness WHERE {kinds} AND {m('fact')}"


def _is(expr: str) -> Match:
    return lambda col: f"{col} = {expr}"


def _among(ids: str) -> Match:
    return lambda col: f"{col} IN ({ids})"


def _relay(kind: str, m: Match, lock_ids: str | None, pg: bool) -> list[str]:
    """Statements that lay out again the facts of ``kind`` that ``m`` matches (``lock_ids``: a query of
    their ids, or a single id, locked first on PostgreSQL)."""
    out = []
    if pg and lock_ids is not None:
        # the facts' own rows, locked for the transaction: a row lock lives in the row, where an
        # advisory lock per fact took a slot of the server's lock table each, and a bulk load or the
        # merge of a hub (tens of thousands of facts in one transaction) ran out of them
        table = "relations" if kind == "relation" else "events"
        if lock_ids.lstrip().upper().startswith("SELECT"):
            out.append(f"PERFORM 1 FROM {table} WHERE id IN ({lock_ids}) ORDER BY id FOR UPDATE")
        else:
            out.append(f"PERFORM 1 FROM {table} WHERE id = {lock_ids} FOR UPDATE")
    out.append(_forget(kind, m))
    out.append(_relations(m) if kind == "relation" else _events(m))
    return out


def _local_facts(le: str) -> tuple[str, str]:
    """The relations and the events that name local entity row ``le`` (as an end, a participant, a place)."""
    rels = (f"SELECT id FROM relations WHERE subject_id = {le}.id "
            f"UNION SELECT id FROM relations WHERE object_id = {le}.id")
    evs = (f"SELECT event_id FROM event_participants WHERE local_entity_id = {le}.id "
           f"UNION SELECT id FROM events WHERE location_id = {le}.id")
    return rels, evs


# What a chart row reads of each table: a change to another column lays nothing out again.
_REL_COLS = "subject_id, object_id, predicate, confidence, status, modality"
_EV_COLS = "type, location_id, date, confidence, status, modality"


def _triggers(pg: bool) -> list[triggers.Trigger]:
    """(name, table, timing and event, condition or "", statements), every one AFTER the row changed."""
    moved = "OLD.entity_id IS DISTINCT FROM NEW.entity_id" if pg else "OLD.entity_id IS NOT NEW.entity_id"
    rels, evs = _local_facts("NEW")
    _, old_evs = _local_facts("OLD")  # (a deleted local entity's relations are deleted with it)
    both = "SELECT OLD.event_id UNION SELECT NEW.event_id"
    return [
        ("cw_relations_ai", "relations", "AFTER INSERT", "", _relay("relation", _is("NEW.id"), "NEW.id", pg)),
        ("cw_relations_au", "relations", f"AFTER UPDATE OF {_REL_COLS}", "",
         _relay("relation", _is("NEW.id"), "NEW.id", pg)),
        ("cw_relations_ad", "relations", "AFTER DELETE", "", [_forget("relation", _is("OLD.id"))]),
        ("cw_events_ai", "events", "AFTER INSERT", "", _relay("event", _is("NEW.id"), "NEW.id", pg)),
        ("cw_events_au", "events", f"AFTER UPDATE OF {_EV_COLS}", "", _relay("event", _is("NEW.id"), "NEW.id", pg)),
        ("cw_events_ad", "events", "AFTER DELETE", "", [_forget("event", _is("OLD.id"))]),
        ("cw_participants_ai", "event_participants", "AFTER INSERT", "",
         _relay("event", _is("NEW.event_id"), "NEW.event_id", pg)),
        ("cw_participants_au", "event_participants", "AFTER UPDATE", "", _relay("event", _among(both), both, pg)),
        ("cw_participants_ad", "event_participants", "AFTER DELETE", "",
         _relay("event", _is("OLD.event_id"), "OLD.event_id", pg)),
        ("cw_local_entities_au", "local_entities", "AFTER UPDATE OF entity_id", moved,
         _relay("relation", _among(rels), rels, pg) + _relay("event", _among(evs), evs, pg)),
        # (its relations and participants go by cascade, and their triggers fire; an event whose place
        # it was keeps its rows but for the place: laid out again)
        ("cw_local_entities_ad", "local_entities", "AFTER DELETE", "",
         _relay("event", _among(old_evs), old_evs, pg)),
    ]


def create_triggers(conn: Connection) -> None:
    """Create (or create again) the triggers that keep ``chart_witness``."""
    triggers.create(conn, _triggers(conn.dialect.name == "postgresql"))


def drop_triggers(conn: Connection) -> None:
    """Drop the triggers (before a migration rebuilds or alters the tables they read)."""
    triggers.drop(conn, _triggers(conn.dialect.name == "postgresql"))


def rebuild(conn: Connection) -> None:
    """Lay out every fact again (schema v13's migration; a bulk load)."""
    every: Match = lambda _col: "1 = 1"  # noqa: E731
    conn.exec_driver_sql("DELETE FROM chart_witness")
    conn.exec_driver_sql(_relations(every))
    conn.exec_driver_sql(_events(every))
