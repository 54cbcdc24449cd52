"""Per-document store + resolution cost that does not grow with the knowledge base (issue 12): bounded
resolver summaries, display names kept in them, and only the decisions that touch a document applied
in its transaction -- each doing what the unbounded, full-replay way did."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kb import drop_document
from reportgraph import review
from reportgraph.api import KnowledgeBase
from reportgraph.resolve.records import BOUNDS, ClusterSummary, EntityRecord
from reportgraph.resolve.scoring import normalise
from reportgraph.store import schema as t
from web.factory import DOCS, build, make_kb


def _record(i: int, context: list[str], name: str = "Mali") -> EntityRecord:
    return EntityRecord(str(i), f"d{i}", "LOCATION", [name], set(context))


def test_a_hub_summary_keeps_its_most_used_entries_and_counts_the_rest() -> None:
    s = ClusterSummary("1", "LOCATION")
    bound = BOUNDS["context"]
    for i in range(3 * bound):
        s.absorb_record(_record(i, ["Gao", f"Person {i}"]), normalise)
    assert len(s.context) < 2 * bound
    assert s.context[normalise("Gao")] == 3 * bound  # the most used survives every cut
    assert len(s.context) + s.dropped["context"] == 3 * bound + 1  # each distinct name kept or counted
    assert len(s.documents) < 2 * BOUNDS["documents"] and f"d{3 * bound - 1}" in s.documents  # the latest
    assert len(s.records) == 3 * bound  # records are never cut: merges and constraints need them all
    assert len(json.dumps(s.to_dict())) < 60_000


def test_a_small_summary_is_untouched() -> None:
    s = ClusterSummary("1", "PERSON")
    for i in range(20):
        s.absorb_record(_record(i, [f"Person {i}"], name="Kofi Marlow" if i % 3 else "K. Marlow"), normalise)
    assert s.dropped == {} and len(s.context) == 20
    assert s.display == {"Kofi Marlow": 13, "K. Marlow": 7} and s.display_name() == "Kofi Marlow"


def test_a_summary_stored_before_display_names_learns_them_once(tmp_path: Path) -> None:
    kb = make_kb(tmp_path / "kb.sqlite")
    c = t.resolve_clusters.c
    with kb.store.engine.begin() as conn:  # as an older version stored them
        for cid, summary in conn.execute(select(c.cluster_id, c.summary)).all():
            summary = {k: v for k, v in summary.items() if k not in ("display", "dropped")}
            conn.execute(update(t.resolve_clusters).where(c.cluster_id == cid).values(summary=summary))
    doc, extraction = build({"title": "Later", "text": "Kofi Marlow crossed into Gao.", "relations": [],
                             "events": [], "entities": [("PERSON", "Kofi Marlow", ["Kofi Marlow"])]})
    kb._store(doc, extraction)
    marlow = kb.entity_id("Kofi Marlow")
    le = t.local_entities.c
    with kb.store.connect() as conn:
        stored = conn.execute(select(c.summary).where(c.cluster_id == str(marlow))).scalar_one()
        names = [n for (n,) in conn.execute(select(le.name).where(le.entity_id == marlow))]
    assert stored["display"] == {n: names.count(n) for n in names}
    kb.close()


def _export(kb: KnowledgeBase, path: Path) -> dict[str, object]:
    kb.export("json", path)
    data = json.loads(path.read_text("utf-8"))
    for d in data["documents"]:
        d.pop("ingested_at")
    return data  # type: ignore[no-any-return]


@pytest.fixture
def decided(tmp_path: Path) -> Iterator[list[KnowledgeBase]]:
    """Two equal knowledge bases with a merge, a split and a rejected relation logged."""
    kbs = []
    for name in ("a", "b"):
        kb = make_kb(tmp_path / f"{name}.sqlite")
        le = t.local_entities.c
        with kb.store.connect() as conn:
            rel = conn.execute(select(t.relations.c.id).order_by(t.relations.c.id)).scalars().first()
            trader = conn.execute(select(le.id).join(t.documents).where(t.documents.c.title == "Market note",
                                                                        le.name == "Kofi Marlow")).scalar_one()
        kb.review_fact("relation", int(rel), "reject", "tester")
        kb.split(int(trader), "tester")
        kbs.append(kb)
    yield kbs
    for kb in kbs:
        kb.close()


def test_a_reingested_document_gets_what_the_full_replay_gave(decided: list[KnowledgeBase], tmp_path: Path) -> None:
    """Re-extracted documents (new rows) have their decisions applied in their own transaction:
    the knowledge base is the one replaying the whole log after them gives."""
    touched, replayed = decided
    for spec in (DOCS[0], DOCS[2]):
        doc, extraction = build(spec)
        for kb in decided:
            drop_document(kb.store, doc.id)
        touched.store.add_document(doc, extraction, touched.resolver, then=review.apply_to_document)
        replayed.store.add_document(doc, extraction, replayed.resolver)
        review.replay_decisions(replayed.store)
    assert _export(touched, tmp_path / "a.json") == _export(replayed, tmp_path / "b.json")
    with touched.store.connect() as conn:
        statuses = [s for (s,) in conn.execute(select(t.relations.c.status))]
    assert "rejected" in statuses


def test_a_new_document_applies_no_decision_about_others(decided: list[KnowledgeBase],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    applied: list[str] = []
    real = review._apply
    monkeypatch.setattr(review, "_apply", lambda conn, kind, *a: (applied.append(kind), real(conn, kind, *a)))
    doc, extraction = build({"title": "Later", "text": "Ines Vardy crossed into Gao.", "relations": [],
                             "events": [], "entities": [("PERSON", "Ines Vardy", ["Ines Vardy"])]})
    assert decided[0]._store(doc, extraction).status == "added"
    assert applied == []
