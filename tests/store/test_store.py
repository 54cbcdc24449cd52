"""The store keeps each document whole or not at all, and knows its schema version."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from reportgraph import KnowledgeBase
from reportgraph.errors import SchemaVersionError
from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
from reportgraph.resolve import ExactNameResolver
from reportgraph.store import SCHEMA_VERSION, Store, schema


def doc(text: str, source: str = "x.txt") -> SourceDocument:
    from reportgraph.ingest import document_id

    return SourceDocument(document_id(text), source, "t", text)


def test_reingest_changes_nothing(kb: KnowledgeBase, reports: Path) -> None:
    first = kb.ingest([reports])
    before = kb.store.counts()
    again = kb.ingest([reports])
    assert [r.status for r in first.results] == ["added", "added"]
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    assert kb.store.counts() == before


def test_failure_mid_document_leaves_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")

    class Exploding(ExactNameResolver):
        calls = 0

        def assign(self, index, entity):  # type: ignore[no-untyped-def]
            Exploding.calls += 1
            if Exploding.calls == 2:
                raise RuntimeError("killed")
            return super().assign(index, entity)

    ents = [LocalEntity("L0", "PERSON", "Moussa Ag Tarek", mentions=[Mention(0, 9, "Moussa Ag Tarek")]),
            LocalEntity("L1", "LOCATION", "Tessalit", mentions=[Mention(13, 21, "Tessalit")])]
    with pytest.raises(RuntimeError):
        store.add_document(doc("Moussa Ag Tarek in Tessalit"), Extraction(entities=ents, extractor="t"), Exploding())
    assert store.counts() == {"documents": 0, "entities": 0, "mentions": 0, "relations": 0, "events": 0}


def test_wal_and_schema_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        v = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
    assert int(v) == SCHEMA_VERSION
    store.close()
    Store(tmp_path / "kb.sqlite").close()  # reopening an up-to-date database is a no-op


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.sqlite")
    with store.engine.begin() as conn:
        conn.execute(schema.meta.update().values(value=str(SCHEMA_VERSION + 1)))
    store.close()
    with pytest.raises(SchemaVersionError, match="newer"):
        Store(tmp_path / "kb.sqlite")


def test_same_name_resolves_to_one_entity_across_documents(kb: KnowledgeBase, reports: Path) -> None:
    kb.ingest([reports])
    people = kb.entities("PERSON")
    assert [(p.name, p.documents) for p in people] == [("Moussa Ag Tarek", 2)]


def test_relation_and_event_are_stored_with_evidence(kb: KnowledgeBase, reports: Path) -> None:
    kb.ingest([reports])
    d = kb.dossier("moussa ag tarek")
    assert [(f.label, f.other) for f in d.relations] == [("LEADER_OF", "Katibat al-Nur")]
    assert d.relations[0].sentence.startswith("Moussa Ag Tarek leads")
    org = kb.dossier("Katibat al-Nur")
    assert [(f.label, f.date, f.other) for f in org.events] == [("ATTACK", "2012", "Tessalit")]
