"""The entity adjacency (schema v12) stays what the facts say through every kind of write."""

from __future__ import annotations

from sqlalchemy import func, select, update

from kb import Doc, drop_document, sample_kb
from reportgraph import review
from reportgraph.query.dossier import find_entity
from reportgraph.store import Store, adjacency
from reportgraph.store import schema as t


def _table(store: Store) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    with store.connect() as conn:
        for a, b in conn.execute(select(t.entity_adjacency.c.entity_id, t.entity_adjacency.c.other_id)):
            out.setdefault(a, set()).add(b)
    return out


def _truth(store: Store) -> dict[int, set[int]]:
    with store.connect() as conn:
        ids = list(conn.execute(select(t.entities.c.id)).scalars())
        return {k: v for k, v in adjacency.live_neighbours(conn, ids).items() if v}


def _stale(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.adjacency_stale)).scalar_one())


def _check(store: Store) -> None:
    """The table equals the facts once refreshed, and the reader is right before that too."""
    truth = _truth(store)
    with store.connect() as conn:
        ids = list(conn.execute(select(t.entities.c.id)).scalars())
        assert {k: v for k, v in adjacency.neighbours(conn, ids).items() if v} == truth
    store.refresh_adjacency()
    assert _stale(store) == 0
    assert _table(store) == truth


def test_the_adjacency_follows_ingest_reviews_merges_splits_and_reverts(store: Store) -> None:
    sample_kb(store)  # rejects a relation behind the store's back: noted, not refreshed
    assert _stale(store) > 0
    _check(store)
    orsha, sand = find_entity(store, "Orsha Militia"), find_entity(store, "Sand Union")
    assert sand in _table(store)[orsha]
    with store.connect() as conn:
        rel = conn.execute(select(t.relations.c.id).where(t.relations.c.predicate == "SUBUNIT_OF")
                           .order_by(t.relations.c.id.desc())).scalars().first()
    rejected = review.review_fact(store, "relation", int(rel), "reject", "tester")  # the pair's only fact
    assert sand not in _table(store).get(orsha, set())
    _check(store)
    review.revert(store, rejected.id, "tester")
    assert sand in _table(store)[orsha]
    _check(store)
    zarvan, qelmar = find_entity(store, "Zarvan Brigade"), find_entity(store, "Qelmar Front")
    merged = review.merge(store, qelmar, zarvan, "tester", force=True)
    _check(store)
    assert find_entity(store, "Ilyas Moradek") in _table(store)[qelmar]
    review.revert(store, merged.id, "tester")
    _check(store)
    with store.connect() as conn:
        local = conn.execute(select(t.local_entities.c.id).where(t.local_entities.c.entity_id == zarvan)
                             .order_by(t.local_entities.c.id)).scalars().first()
    review.split(store, int(local), "tester")
    _check(store)
    # events: a rejected event takes its participants' pair away
    Doc("reports/e.txt").event("ATTACK", [("Dune Council", "agent"), ("Sand Union", "patient")], "2012").save(store)
    dune = find_entity(store, "Dune Council")
    assert sand in _table(store)[dune]
    with store.connect() as conn:
        ev = conn.execute(select(t.events.c.id).order_by(t.events.c.id.desc())).scalars().first()
    review.review_fact(store, "event", int(ev), "reject", "tester")
    assert sand not in _table(store).get(dune, set())
    _check(store)


def test_a_deleted_document_and_raw_writes_leave_nothing_behind(store: Store) -> None:
    sample_kb(store)
    store.refresh_adjacency()
    with store.connect() as conn:
        docs = list(conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars())
    drop_document(store, docs[0])
    _check(store)
    with store.engine.begin() as conn:  # a document deleted whole: its rows go by cascade
        conn.execute(t.documents.delete().where(t.documents.c.id == docs[1]))
    _check(store)
    with store.engine.begin() as conn:  # local entities moved by hand, several in one statement
        ids = list(conn.execute(select(t.entities.c.id).order_by(t.entities.c.id)).scalars())
        conn.execute(update(t.local_entities).where(t.local_entities.c.entity_id.in_(ids[:3]))
                     .values(entity_id=ids[-1]))
        conn.execute(update(t.relations).values(modality="negated"))
    _check(store)


def test_the_v12_migration_fills_the_adjacency_from_the_facts(store: Store) -> None:
    sample_kb(store)
    store.refresh_adjacency()
    truth = _table(store)
    with store.engine.begin() as conn:  # as v11 had it: no adjacency
        adjacency.drop_triggers(conn)
        conn.execute(t.adjacency_stale.delete())
        conn.execute(t.entity_adjacency.delete())
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="11"))
    again = Store(store.url)
    try:
        assert _table(again) == truth
        Doc("reports/f.txt").rel("Sand Union", "ALLY_OF", "Tessit Garrison").save(again)  # the triggers are back
        assert find_entity(again, "Tessit Garrison") in _table(again)[find_entity(again, "Sand Union")]
        _check(again)
    finally:
        again.close()
