"""Analysts' merges and splits are constraints of the resolver (review.py, store/constraints.py):
later documents resolve under them without the replay's help, contradicting decisions are refused,
and replaying the log adds nothing twice. Run on every backend (``db_url``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, func, select

from kb import drop_document
from reportgraph.api import KnowledgeBase
from reportgraph.errors import ConstraintError, ReviewError
from reportgraph.review import merged_into, replay_decisions
from reportgraph.store import schema as t
from web.factory import DOCS, build, make_kb


@pytest.fixture
def kb(db_url: str) -> Iterator[KnowledgeBase]:
    """Kofi Marlow (a leader, and a namesake trader in the "Market note") and Ines Vardy."""
    kb = make_kb(db_url)  # type: ignore[arg-type]
    yield kb
    kb.close()


def _entity(kb: KnowledgeBase, name: str) -> int:
    with kb.store.connect() as conn:
        return int(conn.execute(select(t.entities.c.id).where(t.entities.c.name == name)
                                .order_by(t.entities.c.id)).scalars().first())


def _local(conn: Connection, title: str, name: str) -> int:
    le, d = t.local_entities.c, t.documents.c
    return int(conn.execute(select(le.id).select_from(t.local_entities.join(t.documents))
                            .where(d.title == title, le.name == name)).scalar_one())


def _trader(kb: KnowledgeBase) -> int:
    with kb.store.connect() as conn:
        return _local(conn, "Market note", "Kofi Marlow")


def _clusters(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The engine's clusters: id -> record ids."""
    c = t.resolve_clusters.c
    with kb.store.connect() as conn:
        return {cid: s["records"] for cid, s in conn.execute(select(c.cluster_id, c.summary))}


def _cluster_of(kb: KnowledgeBase, local_id: int) -> str:
    r = t.resolve_records.c
    with kb.store.connect() as conn:
        return str(conn.execute(select(r.cluster_id).where(r.record_id == str(local_id))).scalar_one())


def _n_constraints(kb: KnowledgeBase) -> int:
    with kb.store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.resolve_constraints)).scalar_one())


def _assert_consistent(kb: KnowledgeBase) -> None:
    """The engine and the entity tables agree: every record's local entity is linked to its cluster,
    every cluster is an entity, and a cluster's summary lists exactly its records."""
    r, le = t.resolve_records.c, t.local_entities.c
    with kb.store.connect() as conn:
        linked = t.resolve_records.join(t.local_entities, le.id == r.record_id.cast(le.id.type))
        rows = conn.execute(select(r.record_id, r.cluster_id, le.entity_id).select_from(linked)).all()
        entity_ids = {i for (i,) in conn.execute(select(t.entities.c.id))}
    assert all(str(eid) == cid for _, cid, eid in rows), rows
    clusters = _clusters(kb)
    assert {int(cid) for cid in clusters} <= entity_ids
    by_cluster: dict[str, set[str]] = {}
    for rid, cid, _ in rows:
        by_cluster.setdefault(cid, set()).add(rid)
    assert {cid: set(recs) for cid, recs in clusters.items()} == by_cluster


def _later(kb: KnowledgeBase, title: str, text: str, entities: list[Any]) -> str:
    """Store a later document with the resolver only: no replay of the decisions after it."""
    doc, extraction = build({"title": title, "text": text, "entities": entities, "relations": [], "events": []})
    kb.store.add_document(doc, extraction, kb.resolver)
    return doc.id


def _local_of_doc(kb: KnowledgeBase, doc_id: str, name: str) -> tuple[int, int]:
    le = t.local_entities.c
    with kb.store.connect() as conn:
        row = conn.execute(select(le.id, le.entity_id).where(le.document_id == doc_id, le.name == name)).one()
    return int(row[0]), int(row[1])


def test_a_merged_away_name_resolves_to_the_kept_entity_without_the_replay(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    decision = kb.merge(marlow, vardy, "tester")
    assert str(vardy) not in _clusters(kb)  # the engine holds one cluster, under the kept id
    with kb.store.connect() as conn:
        assert conn.execute(select(t.entities.c.name).where(t.entities.c.id == marlow)).scalar_one() == "Kofi Marlow"
        assert conn.execute(select(t.entities.c.id).where(t.entities.c.id == vardy)).first() is None
        assert conn.execute(select(t.entity_keys.c.key).where(t.entity_keys.c.entity_id == vardy)).first() is None
    assert merged_into(kb.store, vardy) == marlow
    assert kb.entity_id(f"e{vardy}") == marlow  # `show e<merged-away id>` shows the kept entity
    assert decision.payload["records"] and len(decision.payload["records"]) == 2
    doc = _later(kb, "Later", "Ines Vardy crossed into Gao.",
                 [("PERSON", "Ines Vardy", ["Ines Vardy"]), ("LOCATION", "Gao", ["Gao"])])
    lid, eid = _local_of_doc(kb, doc, "Ines Vardy")
    assert eid == marlow and _cluster_of(kb, lid) == str(marlow)
    _assert_consistent(kb)


def test_a_split_holds_against_a_report_that_names_both_sides(kb: KnowledgeBase) -> None:
    marlow, trader = _entity(kb, "Kofi Marlow"), _trader(kb)
    with kb.store.connect() as conn:
        leader = _local(conn, "Northern front, spring report", "Kofi Marlow")
        n_entities = conn.execute(select(func.count()).select_from(t.entities)).scalar_one()
    new = kb.split(trader, "tester").payload["new_entity"]
    assert _cluster_of(kb, trader) == str(new) and _cluster_of(kb, leader) == str(marlow)
    assert _clusters(kb)[str(marlow)] == [str(leader)]  # the rest stays together, its summary rebuilt
    with kb.store.connect() as conn:
        summary = conn.execute(select(t.resolve_clusters.c.summary)
                               .where(t.resolve_clusters.c.cluster_id == str(marlow))).scalar_one()
        assert conn.execute(select(func.count()).select_from(t.entities)).scalar_one() == n_entities + 1
    assert list(summary["documents"]) == [build(DOCS[0])[0].id] and "mopti" not in summary["context"]
    _assert_consistent(kb)
    doc = _later(kb, "Bridge", "Kofi Marlow, the salt trader of Mopti, met the Red Lantern Brigade in Gao.",
                 [("PERSON", "Kofi Marlow", ["Kofi Marlow"]), ("LOCATION", "Mopti", ["Mopti"]),
                  ("ORGANIZATION", "Red Lantern Brigade", ["Red Lantern Brigade"]), ("LOCATION", "Gao", ["Gao"])])
    _, eid = _local_of_doc(kb, doc, "Kofi Marlow")
    assert eid in (marlow, new)  # it joins one side ...
    assert _cluster_of(kb, trader) == str(new) and _cluster_of(kb, leader) == str(marlow)  # ... never both
    _assert_consistent(kb)


def test_decisions_that_contradict_earlier_ones_are_refused(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    new = kb.split(_trader(kb), "tester").payload["new_entity"]
    for keep, other in ((marlow, new), (new, marlow)):
        with pytest.raises(ConstraintError, match="split apart"):
            kb.merge(keep, other, "tester")
    merged = kb.merge(marlow, vardy, "tester")
    anchor = int(merged.payload["records"][1])  # Ines Vardy's record the merge tied to Kofi Marlow's
    with pytest.raises(ConstraintError, match="merge"):
        kb.split(anchor, "tester")
    with kb.store.connect() as conn:
        mopti = _local(conn, "Market note", "Mopti")
    with pytest.raises(ReviewError, match="nothing to split"):
        kb.split(mopti, "tester")
    assert [d.kind for d in kb.decisions()] == ["merge", "split"]  # the refused ones left no trace
    _assert_consistent(kb)


def test_replaying_the_log_adds_no_constraint_twice(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    kb.split(_trader(kb), "tester")
    kb.merge(marlow, vardy, "tester")
    n, state = _n_constraints(kb), _clusters(kb)
    assert n > 0
    assert replay_decisions(kb.store) == 2
    assert replay_decisions(kb.store) == 2
    assert _n_constraints(kb) == n and _clusters(kb) == state
    result = kb.ingest_bytes(b"Ines Vardy and Kofi Marlow crossed into Gao.", "later.txt")  # replays too
    assert result.status == "added"
    assert _n_constraints(kb) == n
    _assert_consistent(kb)


def test_why_shows_the_analysts_constraint(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    new = kb.split(_trader(kb), "tester").payload["new_entity"]
    _, _, same, expl = kb.why(f"e{marlow}", f"e{new}")
    assert not same and expl.verdict == "never"
    assert expl.against[0].kind == "constraint" and "cannot-link" in expl.against[0].detail
    kb.merge(marlow, vardy, "tester")
    _, _, same, expl = kb.why("Kofi Marlow", "Ines Vardy")
    assert same and expl.verdict == "merge" and expl.for_[0].kind == "constraint"


def test_a_split_is_reissued_for_a_reingested_document(kb: KnowledgeBase) -> None:
    """Re-extracting the document gives its entities new rows; the split finds them by signature."""
    marlow, trader = _entity(kb, "Kofi Marlow"), _trader(kb)
    new = kb.split(trader, "tester").payload["new_entity"]
    # a later document first, so that SQLite gives the re-extracted rows new ids (it re-uses the
    # highest ones once deleted, and the engine still holds the old records)
    _later(kb, "Later", "Ines Vardy crossed into Gao.", [("PERSON", "Ines Vardy", ["Ines Vardy"])])
    doc, extraction = build(DOCS[2])
    drop_document(kb.store, doc.id)  # as a re-extraction would
    kb.store.add_document(doc, extraction, kb.resolver)
    replay_decisions(kb.store)
    again = _trader(kb)
    assert again != trader
    with kb.store.connect() as conn:
        leader = _local(conn, "Northern front, spring report", "Kofi Marlow")
        c = t.resolve_constraints.c
        apart = {b for (b,) in conn.execute(select(c.b).where(c.kind == "cannot", c.a == str(again)))}
    assert str(leader) in apart
    assert _cluster_of(kb, again) != _cluster_of(kb, leader) == str(marlow)
    assert _local_of_doc(kb, doc.id, "Kofi Marlow")[1] in (new, int(_cluster_of(kb, again)))
    n = _n_constraints(kb)
    replay_decisions(kb.store)
    assert _n_constraints(kb) == n


def test_the_first_replay_brings_an_older_log_into_line(kb: KnowledgeBase) -> None:
    """Decisions logged before the resolver held them only re-linked rows: the engine still has the
    merged-away cluster and the split record in its old cluster. The first replay fixes both."""
    marlow, vardy, trader = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy"), _trader(kb)
    le, ek, d = t.local_entities, t.entity_keys, t.decisions
    with kb.store.engine.begin() as conn:  # what the previous version wrote
        new = int(conn.execute(t.entities.insert().values(type="PERSON", name="Kofi Marlow")).inserted_primary_key[0])
        conn.execute(le.update().where(le.c.id == trader).values(entity_id=new))
        row = conn.execute(select(le.c.document_id).where(le.c.id == trader)).one()
        conn.execute(d.insert().values(
            kind="split", actor="old", created_at="2026-01-01T00:00:00+00:00", payload={"new_entity": new},
            target={"local_entity": trader, "document": row[0], "type": "PERSON", "name": "Kofi Marlow",
                    "entity": marlow}))
        conn.execute(le.update().where(le.c.entity_id == vardy).values(entity_id=marlow))
        conn.execute(ek.update().where(ek.c.entity_id == vardy).values(entity_id=marlow))
        conn.execute(d.insert().values(kind="merge", actor="old", created_at="2026-01-01T00:00:01+00:00",
                                       target={"entities": [marlow, vardy], "names": ["Kofi Marlow", "Ines Vardy"]},
                                       payload={"local_entities": 2}))
    assert str(vardy) in _clusters(kb) and _cluster_of(kb, trader) == str(marlow)  # stale
    assert replay_decisions(kb.store) == 2
    assert str(vardy) not in _clusters(kb) and _cluster_of(kb, trader) == str(new)
    _assert_consistent(kb)
    n = _n_constraints(kb)
    assert n > 0
    replay_decisions(kb.store)
    assert _n_constraints(kb) == n
    with pytest.raises(ConstraintError):
        kb.merge(marlow, new, "tester")


def test_an_id_given_again_to_a_new_entity_is_not_merged_on_replay(kb: KnowledgeBase) -> None:
    """SQLite gives the highest deleted id to the next new row: the merge's replay must not take a
    later entity that was given the merged-away id for the merged one."""
    gao, mopti = _entity(kb, "Gao"), _entity(kb, "Mopti")
    kb.merge(gao, mopti, "tester")
    doc = _later(kb, "Later", "Kalaban was shelled.", [("LOCATION", "Kalaban", ["Kalaban"])])
    _, kalaban = _local_of_doc(kb, doc, "Kalaban")
    replay_decisions(kb.store)
    assert _local_of_doc(kb, doc, "Kalaban")[1] == kalaban != gao
    assert str(kalaban) in _clusters(kb)
    _assert_consistent(kb)


def test_entities_the_engine_does_not_hold_are_relinked_as_before(db_url: str) -> None:
    """A store resolved by another resolver (or filled by import) has no engine state: a merge and a
    split re-link its rows by SQL, and later ingests follow the moved name keys."""
    from reportgraph.resolve import ExactNameResolver
    from web.factory import KeywordExtractor

    with KnowledgeBase(db_url, extractor=KeywordExtractor(), resolver=ExactNameResolver()) as kb:
        for spec in DOCS:
            kb.store.add_document(*build(spec), kb.resolver)
        marlow, vardy, trader = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy"), _trader(kb)
        new = kb.split(trader, "tester").payload["new_entity"]
        kb.merge(marlow, vardy, "tester")
        replay_decisions(kb.store)
        result = kb.ingest_bytes(b"Ines Vardy crossed into Gao.", "later.txt")
        assert _local_of_doc(kb, str(result.document_id), "Ines Vardy")[1] == marlow
        with kb.store.connect() as conn:
            assert conn.execute(select(t.local_entities.c.entity_id)
                                .where(t.local_entities.c.id == trader)).scalar_one() == new
        assert _clusters(kb) == {} and _n_constraints(kb) == 0
