"""Ids are never reused (schema v5): an entity merged away keeps its id in the decision log, in its
page's redirect and in saved links and exports, so no later entity may take it. SQLite gave the
highest deleted id to the next row until its tables were AUTOINCREMENT."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from reportgraph import KnowledgeBase
from reportgraph.model import SourceDocument
from reportgraph.review import merged_into
from reportgraph.store import schema as t


def _max_entity_id(kb: KnowledgeBase) -> int:
    with kb.store.connect() as conn:
        return int(conn.execute(select(func.max(t.entities.c.id))).scalar_one())


def test_a_merged_away_entity_keeps_its_id(db_url: str, extractor: Any) -> None:
    with KnowledgeBase(db_url, extractor=extractor) as kb:
        kb.ingest_document(SourceDocument("d1", "a.txt", "a", "Katibat al-Nur fought the Northern Front."))
        keep, gone = kb.entity_id("Katibat al-Nur"), kb.entity_id("Northern Front")
        assert gone == _max_entity_id(kb)  # the id SQLite would hand out again
        kb.merge(keep, gone, "tester")  # the resolver absorbs the cluster: the entity row is deleted
        assert _max_entity_id(kb) == keep
        kb.ingest_document(SourceDocument("d2", "b.txt", "b", "Moussa Ag Tarek was seen in Tessalit."))
        new = {kb.entity_id("Moussa Ag Tarek"), kb.entity_id("Tessalit")}
        assert min(new) > gone
        assert merged_into(kb.store, gone) == keep  # the old address still leads to the kept entity
