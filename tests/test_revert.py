"""Every analyst decision can be reverted (review.py ``revert``, store/undo.py): any sequence of
decisions followed by their reverts in reverse order gives back the knowledge base exactly (its JSON
export byte for byte, and the resolver's state row for row). Run on every backend (``db_url``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from reportgraph.api import KnowledgeBase
from reportgraph.errors import ReportGraphError, RevertError, UnsafeMergeError
from reportgraph.review import merged_into, replay_decisions
from reportgraph.store import schema as t
from web.factory import build, make_kb

STATE_TABLES = ("entities", "entity_keys", "local_entities", "relations", "events", "documents",
                "resolve_clusters", "resolve_records", "resolve_keys", "resolve_constraints")


@pytest.fixture
def kb(db_url: str) -> Iterator[KnowledgeBase]:
    kb = make_kb(db_url)  # type: ignore[arg-type]
    yield kb
    kb.close()


def _export(kb: KnowledgeBase, path: Path) -> bytes:
    kb.export("json", path)
    return path.read_bytes()


def _state(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Every row of the tables a decision can change, in a stable order."""
    with kb.store.connect() as conn:
        return {name: sorted(repr(sorted(dict(r._mapping).items(), key=lambda kv: kv[0]))
                             for r in conn.execute(select(t.metadata.tables[name])))
                for name in STATE_TABLES}


def _entity(kb: KnowledgeBase, name: str) -> int:
    return kb.entity_id(name)


def _locals(kb: KnowledgeBase) -> list[int]:
    with kb.store.connect() as conn:
        return [i for (i,) in conn.execute(select(t.local_entities.c.id).order_by(t.local_entities.c.id))]


def _entities(kb: KnowledgeBase) -> list[int]:
    with kb.store.connect() as conn:
        return [i for (i,) in conn.execute(select(t.entities.c.id).order_by(t.entities.c.id))]


def _facts(kb: KnowledgeBase, table: str) -> list[int]:
    tb = t.metadata.tables[table]
    with kb.store.connect() as conn:
        return [i for (i,) in conn.execute(select(tb.c.id).order_by(tb.c.id))]


def _documents(kb: KnowledgeBase) -> list[str]:
    with kb.store.connect() as conn:
        return [i for (i,) in conn.execute(select(t.documents.c.id).order_by(t.documents.c.id))]


# one decision: its kind and the numbers that choose what it applies to (modulo what exists then)
OPS = st.one_of(
    st.tuples(st.just("merge"), st.integers(0, 20), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("split"), st.integers(0, 20)),
    st.tuples(st.just("review"), st.sampled_from(["relations", "events"]), st.integers(0, 20),
              st.sampled_from(["accept", "reject", "correct"])),
    st.tuples(st.just("grade"), st.integers(0, 5), st.sampled_from("ABCDEF")),
    st.tuples(st.just("reported"), st.integers(0, 5), st.sampled_from(["2013", "2013-03", "2013-03-01", None])),
)


def _decide(kb: KnowledgeBase, op: tuple[Any, ...]) -> int | None:
    """Make one decision; None when it is refused (a contradiction, nothing to split...)."""
    kind = op[0]
    try:
        if kind == "merge":
            ids = _entities(kb)
            keep, other = ids[op[1] % len(ids)], ids[op[2] % len(ids)]
            return kb.merge(keep, other, "prop", reason="test", force=op[3]).id
        if kind == "split":
            ids = _locals(kb)
            return kb.split(ids[op[1] % len(ids)], "prop").id
        if kind == "review":
            ids = _facts(kb, op[1])
            if op[3] == "correct" and op[1] == "relations":
                return None
            return kb.review_fact(op[1][:-1], ids[op[2] % len(ids)], op[3], "prop", date="2011-01-01").id
        docs = _documents(kb)
        if kind == "grade":
            return kb.grade(docs[op[1] % len(docs)], op[2], "prop").id
        return kb.set_reported(docs[op[1] % len(docs)], op[2], "prop").id
    except ReportGraphError:
        return None


def test_merge_revert_restores_both_entities(kb: KnowledgeBase, tmp_path: Path) -> None:
    before, state = _export(kb, tmp_path / "a.json"), _state(kb)
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    merged = kb.merge(marlow, vardy, "tester", reason="same person, says the field team")
    assert merged.reason == "same person, says the field team"
    assert merged_into(kb.store, vardy) == marlow
    undo = kb.revert(merged.id, "tester", reason="the field team was wrong")
    assert undo.kind == "revert" and undo.target["decision"] == merged.id and undo.payload["mode"] == "exact"
    assert _export(kb, tmp_path / "b.json") == before and _state(kb) == state
    assert kb.entity_id(f"e{vardy}") == vardy and merged_into(kb.store, vardy) is None
    log = {d.id: d for d in kb.decisions()}
    assert log[merged.id].reverted_at is not None and log[undo.id].reason == "the field team was wrong"
    assert replay_decisions(kb.store) == 1  # only the revert (a no-op): the merge is never replayed
    assert _state(kb) == state
    with pytest.raises(RevertError, match="already reverted"):
        kb.revert(merged.id, "tester")
    redo = kb.revert(undo.id, "tester")  # reverting the revert makes the merge again
    assert redo.payload["redo"] and merged_into(kb.store, vardy) == marlow
    kb.revert(merged.id, "tester")
    assert _state(kb) == state


def test_an_ingest_after_the_revert_keeps_the_entities_apart(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    kb.revert(kb.merge(marlow, vardy, "tester").id, "tester")
    doc, extraction = build({"title": "Later", "text": "Ines Vardy crossed into Gao.", "relations": [],
                             "events": [], "entities": [("PERSON", "Ines Vardy", ["Ines Vardy"]),
                                                        ("LOCATION", "Gao", ["Gao"])]})
    kb.store.add_document(doc, extraction, kb.resolver)
    replay_decisions(kb.store)
    with kb.store.connect() as conn:
        le = t.local_entities.c
        eid = conn.execute(select(le.entity_id).where(le.document_id == doc.id, le.name == "Ines Vardy")).scalar()
    assert eid == vardy and _entity(kb, "Kofi Marlow") == marlow


def test_a_merge_reverted_after_a_later_document_joined_it(kb: KnowledgeBase) -> None:
    """The later document changed the merged entity, so its rows cannot be written back as they were:
    the resolver takes the merged-away records out again, under the original id."""
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    merged = kb.merge(marlow, vardy, "tester")
    doc, extraction = build({"title": "Later", "text": "Ines Vardy crossed into Gao.", "relations": [],
                             "events": [], "entities": [("PERSON", "Ines Vardy", ["Ines Vardy"])]})
    kb.store.add_document(doc, extraction, kb.resolver)
    undone = kb.revert(merged.id, "tester")
    assert undone.payload["mode"] == "resolver"
    le = t.local_entities.c
    with kb.store.connect() as conn:
        old = conn.execute(select(le.entity_id).where(le.name == "Ines Vardy", le.document_id != doc.id)).scalars()
        assert set(old) == {vardy}
        must = conn.execute(select(t.resolve_constraints.c.kind).where(t.resolve_constraints.c.kind == "must"))
        assert must.first() is None
    assert kb.dossier(f"e{vardy}").name == "Ines Vardy" and kb.dossier(f"e{marlow}").name == "Kofi Marlow"


def test_a_later_decision_on_the_same_entity_is_reverted_first(kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    first = kb.merge(marlow, vardy, "tester")
    second = kb.merge(marlow, _entity(kb, "Gao"), "tester", force=True)
    with pytest.raises(RevertError, match=f"decision {second.id}"):
        kb.revert(first.id, "tester")
    kb.revert(second.id, "tester")
    kb.revert(first.id, "tester")


def test_unsafe_merges_need_force_and_say_why(kb: KnowledgeBase) -> None:
    marlow, gao = _entity(kb, "Kofi Marlow"), _entity(kb, "Gao")
    assert kb.merge_risks(marlow, gao) == [f"e{marlow} 'Kofi Marlow' is a PERSON and e{gao} 'Gao' a LOCATION"]
    with pytest.raises(UnsafeMergeError, match="PERSON.*LOCATION.*--force"):
        kb.merge(marlow, gao, "tester")
    forced = kb.merge(marlow, gao, "tester", reason="a nickname", force=True)
    assert forced.payload["forced"] and forced.reason == "a nickname"


@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=6))
def test_any_decisions_then_their_reverts_give_back_the_knowledge_base(kb: KnowledgeBase, tmp_path: Path,
                                                                       ops: list[tuple[Any, ...]]) -> None:
    """Each example starts from the state the last one restored: a failed restore shows at once."""
    before, state = _export(kb, tmp_path / "before.json"), _state(kb)
    made = [d for d in (_decide(kb, op) for op in ops) if d is not None]
    for decision in reversed(made):
        kb.revert(decision, "prop")
    assert _state(kb) == state
    assert _export(kb, tmp_path / "after.json") == before


def test_a_split_that_contradicts_a_merge_names_the_merge_to_revert(kb: KnowledgeBase) -> None:
    from reportgraph.errors import ConstraintError

    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    merged = kb.merge(marlow, vardy, "tester")
    with pytest.raises(ConstraintError, match=f"revert decision {merged.id}"):
        kb.split(int(merged.payload["records"][1]), "tester")


def test_a_split_reverted_after_a_later_document_joined_it(kb: KnowledgeBase) -> None:
    """The resolver folds the split-off entity back; the split's cannot-links go; the later document
    stays where the resolver put it."""
    marlow = _entity(kb, "Kofi Marlow")
    with kb.store.connect() as conn:
        le, d = t.local_entities.c, t.documents.c
        trader = conn.execute(select(le.id).join(t.documents, d.id == le.document_id)
                              .where(d.title == "Market note", le.name == "Kofi Marlow")).scalar_one()
    split = kb.split(trader, "tester")
    new = split.payload["new_entity"]
    doc, extraction = build({"title": "Later", "text": "Kofi Marlow led the Red Lantern Brigade near Gao.",
                             "relations": [], "events": [],
                             "entities": [("PERSON", "Kofi Marlow", ["Kofi Marlow"]),
                                          ("ORGANIZATION", "Red Lantern Brigade", ["Red Lantern Brigade"])]})
    kb.store.add_document(doc, extraction, kb.resolver)
    undone = kb.revert(split.id, "tester")
    assert undone.payload["mode"] == "resolver"
    with kb.store.connect() as conn:
        assert conn.execute(select(le.entity_id).where(le.id == trader)).scalar_one() == marlow
        assert conn.execute(select(t.entities.c.id).where(t.entities.c.id == new)).first() is None
        cannot = conn.execute(select(t.resolve_constraints.c.a).where(t.resolve_constraints.c.kind == "cannot"))
        assert cannot.first() is None
        rr = t.resolve_records.c  # the resolver agrees with the entity tables
        assert conn.execute(select(rr.cluster_id).where(rr.record_id == str(trader))).scalar_one() == str(marlow)
    assert "Market note" in {d["title"] for d in kb.split_preview(trader).entity.documents}


@settings(max_examples=8, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=5))
def test_reverting_the_reverts_makes_the_decisions_again(kb: KnowledgeBase, tmp_path: Path,
                                                         ops: list[tuple[Any, ...]]) -> None:
    """Undo everything, redo everything (newest revert last undone first), undo again: each step gives
    back exactly the state it should."""
    base = _state(kb)
    made = [d for d in (_decide(kb, op) for op in ops) if d is not None]
    decided = _state(kb)
    reverts = [kb.revert(d, "prop").id for d in reversed(made)]
    assert _state(kb) == base
    for r in reversed(reverts):  # the first decision is made again first
        kb.revert(r, "prop")
    assert _state(kb) == decided
    for decision in reversed(made):
        kb.revert(decision, "prop")
    assert _state(kb) == base
