"""The link chart's edges by entity (schema v13) stay what a full layout of the facts gives, through
every kind of write, on every backend."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import delete, func, insert, literal, select, update

from kb import Doc, drop_document, sample_kb
from query.test_linkchart import random_kb
from reportgraph import review
from reportgraph.query.dossier import find_entity
from reportgraph.store import Store, witness
from reportgraph.store import schema as t


def _rows(conn: Any) -> Counter[tuple[Any, ...]]:
    return Counter(tuple(r) for r in conn.execute(select(t.chart_witness)))


def _check(store: Store) -> Counter[tuple[Any, ...]]:
    """The table equals a full layout of the facts (made in a transaction rolled back)."""
    with store.engine.connect() as conn:
        kept = _rows(conn)
        conn.rollback()
        with conn.begin() as tx:
            witness.rebuild(conn)
            full = _rows(conn)
            tx.rollback()
    assert kept == full
    return kept


def test_the_rows_follow_the_chart_rules(store: Store) -> None:
    """An event of two agents, one named twice, with a place; an event without an agent; one without
    any edge (its type only); a negated relation (no row)."""
    Doc("reports/w.txt").event("ATTACK", [("Dune Council", "agent"), ("Sand Union", "agent"),
                                          ("Orsha Militia", "patient"), ("Orsha Militia", "target")],
                               "2012", "Tessit").save(store)
    Doc("reports/x.txt").event("ARREST", [("Ilyas Moradek", "patient"), ("Qelmar Front", "target")], "2013") \
        .event("FOUNDING", [("Zarvan Brigade", "patient")], "2008").rel("Zarvan Brigade", "ALLY_OF", "Dune Council") \
        .save(store)
    n = {x: find_entity(store, x) for x in ("Dune Council", "Sand Union", "Orsha Militia", "Tessit",
                                             "Ilyas Moradek", "Qelmar Front", "Zarvan Brigade")}
    rows = _check(store)
    seen = {(w, k, s, p, d) for (w, k, s, p, d, *_rest) in rows}
    dune, sand, orsha = n["Dune Council"], n["Sand Union"], n["Orsha Militia"]
    for w in (dune, sand, orsha):  # each participant sees every edge of the event; the place does not
        assert {(w, "e", dune, "ATTACK", sand), (w, "e", sand, "ATTACK", dune), (w, "e", dune, "ATTACK", orsha),
                (w, "p", dune, "ATTACK", n["Tessit"]), (w, "t", None, "ATTACK", None)} <= seen
    assert not any(r[0] == n["Tessit"] for r in rows)
    assert rows[next(r for r in rows if r[:5] == (dune, "e", dune, "ATTACK", orsha))] == 2  # named twice
    # no agent: the first participant (lowest local entity id) is the agent
    assert (n["Qelmar Front"], "e", n["Ilyas Moradek"], "ARREST", n["Qelmar Front"]) in seen
    zarvan = n["Zarvan Brigade"]
    assert {r[:5] for r in rows if r[0] == zarvan} == {(zarvan, "t", None, "FOUNDING", None),
                                                        (zarvan, "r", zarvan, "ALLY_OF", dune)}
    with store.engine.begin() as conn:
        conn.execute(update(t.relations).values(modality="negated"))
    assert not any(r[1] == "r" for r in _check(store))


def test_the_rows_follow_ingest_reviews_merges_splits_and_reverts(store: Store) -> None:
    sample_kb(store)
    _check(store)
    with store.connect() as conn:
        rel = conn.execute(select(t.relations.c.id).order_by(t.relations.c.id.desc())).scalars().first()
        ev = conn.execute(select(t.events.c.id).order_by(t.events.c.id)).scalars().first()
    rejected = review.review_fact(store, "relation", int(rel), "reject", "tester")
    _check(store)
    review.revert(store, rejected.id, "tester")
    _check(store)
    review.review_fact(store, "event", int(ev), "correct", "tester", date="2011-06")
    _check(store)
    zarvan, qelmar = find_entity(store, "Zarvan Brigade"), find_entity(store, "Qelmar Front")
    merged = review.merge(store, qelmar, zarvan, "tester", force=True)
    _check(store)
    review.revert(store, merged.id, "tester")
    _check(store)
    with store.connect() as conn:
        local = conn.execute(select(t.local_entities.c.id).where(t.local_entities.c.entity_id == zarvan)
                             .order_by(t.local_entities.c.id)).scalars().first()
    review.split(store, int(local), "tester")
    _check(store)
    Doc("reports/e.txt").event("ATTACK", [("Dune Council", "agent"), ("Sand Union", "patient")], "2012",
                               "Tessit").save(store)
    _check(store)
    with store.connect() as conn:
        docs = list(conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars())
    drop_document(store, docs[0])  # a re-extraction's delete, then the document again
    _check(store)
    sample_kb(store)
    _check(store)
    with store.engine.begin() as conn:  # a document deleted whole: its rows go by cascade
        conn.execute(t.documents.delete().where(t.documents.c.id == docs[1]))
    _check(store)


def test_raw_writes_to_every_column_the_rows_read(store: Store) -> None:
    random_kb(store, 5)
    assert sum(_check(store).values()) > 500
    r, v, p, le = t.relations.c, t.events.c, t.event_participants.c, t.local_entities.c
    steps: list[Any] = [
        update(t.relations).where(r.id % 3 == 0).values(status="rejected"),
        update(t.relations).where(r.id % 5 == 0).values(status=None, modality="asserted", confidence=0.33),
        update(t.relations).where(r.id % 7 == 0).values(predicate="HOSTILE_TO"),
        update(t.relations).where(r.id % 11 == 0).values(subject_id=r.object_id, object_id=r.subject_id),
        update(t.events).where(v.id % 3 == 0).values(status="rejected"),
        update(t.events).where(v.id % 4 == 1).values(status=None, modality="negated"),
        update(t.events).where(v.id % 5 == 0).values(type="ARREST", date="2022", confidence=0.1, location_id=None),
        update(t.events).where(v.id % 6 == 1).values(location_id=v.id),
        update(t.event_participants).where(p.role == "agent", p.event_id % 2 == 0).values(role="patient"),
        update(t.event_participants).where(p.event_id % 9 == 0).values(event_id=1),
        delete(t.event_participants).where(p.event_id % 7 == 3),
        insert(t.event_participants).from_select(
            ["event_id", "local_entity_id", "role"],
            select(v.id, v.id + 3, literal("agent")).where(v.id % 8 == 2)),
        update(t.local_entities).where(le.entity_id.in_([3, 4, 5])).values(entity_id=1),  # a merge
        update(t.local_entities).where(le.id % 13 == 0).values(entity_id=None),
        update(t.local_entities).where(le.id % 17 == 0).values(entity_id=2),
        delete(t.relations).where(r.id % 19 == 0),
        delete(t.events).where(v.id % 23 == 0),
        delete(t.local_entities).where(le.id % 29 == 0),  # its facts by cascade, its places set NULL
    ]
    for step in steps:
        with store.engine.begin() as conn:
            conn.execute(step)
        _check(store)


def test_the_v13_migration_lays_out_the_facts(store: Store) -> None:
    sample_kb(store)
    Doc("reports/e.txt").event("ATTACK", [("Dune Council", "agent"), ("Sand Union", "patient")], "2012",
                               "Tessit").save(store)
    truth = _check(store)
    assert sum(truth.values()) > 20
    with store.engine.begin() as conn:  # as v12 had it: no table, no triggers
        witness.drop_triggers(conn)
        conn.execute(t.chart_witness.delete())
        conn.exec_driver_sql("DROP TABLE chart_witness")
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="12"))
    again = Store(store.url)
    try:
        with again.connect() as conn:
            assert _rows(conn) == truth
        Doc("reports/f.txt").rel("Sand Union", "ALLY_OF", "Tessit Garrison").save(again)  # the triggers are back
        sand = find_entity(again, "Sand Union")
        cw = t.chart_witness.c
        with again.connect() as conn:
            assert "ALLY_OF" in conn.execute(select(cw.pred).where(cw.witness == sand, cw.kind == "r")).scalars().all()
        _check(again)
    finally:
        again.close()


def test_thousands_of_facts_written_in_one_transaction(store: Store) -> None:
    """A bulk load or a hub's merge writes tens of thousands of facts in one transaction: on
    PostgreSQL the triggers' locks must not fill the server's lock table (a lock per fact, taken
    from it, ran out past a few thousand: "out of shared memory")."""
    random_kb(store, 5)
    r = t.relations.c
    cols = ["id", "document_id", "subject_id", "predicate", "object_id", "confidence", "method"]
    with store.engine.begin() as conn:
        while (n := conn.execute(select(func.count()).select_from(t.relations)).scalar_one()) < 12_000:
            top = conn.execute(select(func.max(r.id))).scalar_one()
            conn.execute(insert(t.relations).from_select(cols, select(
                r.id + top, r.document_id, r.subject_id, r.predicate, r.object_id, r.confidence, r.method)))
    assert n >= 12_000
    _check(store)
