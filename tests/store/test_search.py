"""Full-text search on every backend: written with the document, found by words and names."""

from __future__ import annotations

import pytest

from kb import Doc
from reportgraph.errors import QueryError
from reportgraph.query.search import search, split_marks
from reportgraph.store import Store
from reportgraph.store.fts import HL_END, HL_START, sqlite_match


def _kb(store: Store) -> None:
    d = Doc("reports/north.txt")
    d.rel("Zarvan Brigade", "ALLY_OF", "Qelmar Front", "The Zarvan Brigade attacked the convoy near Tessit.")
    d.ent("Ilyas Moradek", "PERSON", aliases=["Abu Tarik"])
    d.save(store)
    Doc("reports/south.txt").rel("Qelmar Front", "HOSTILE_TO", "Orsha Militia",
                                 "Fighting between the Qelmar Front and the Orsha Militia.").save(store)


def test_documents_found_by_stemmed_word(store: Store) -> None:
    _kb(store)
    hits = [h for h in search(store, "attacks", 10) if h.kind == "document"]
    assert [h.source for h in hits] == ["reports/north.txt"]
    snippet = hits[0].snippet
    assert [snippet[a:b] for a, b in hits[0].highlights] == ["attacked"]
    assert HL_START not in snippet and HL_END not in snippet


def test_entities_found_by_name_and_alias(store: Store) -> None:
    _kb(store)
    ents = [h for h in search(store, "Qelmar", 10) if h.kind == "entity"]
    assert [h.title for h in ents] == ["Qelmar Front"]  # named in two documents, one hit
    alias = [h for h in search(store, "Tarik", 10) if h.kind == "entity"]
    assert alias[0].title == "Ilyas Moradek" and alias[0].entity_type == "PERSON"


def test_punctuation_and_markup_never_raise(store: Store) -> None:
    _kb(store)
    for q in ["<script>", "AND OR NOT", "Front)", "  ", "al-Qelmar;"]:
        search(store, q, 5)  # no syntax error from the engine's query language
    for q in ['al-"Qelmar', "*"]:  # an unclosed quote, no word: a clear error (#14), never the engine's
        with pytest.raises(QueryError):
            search(store, q, 5)
    hits = search(store, "Zarvan <Brigade>", 5)
    assert any(h.title == "Zarvan Brigade" for h in hits)


def test_limit_is_respected(store: Store) -> None:
    _kb(store)
    assert len(search(store, "Front", 1)) == 1
    assert search(store, "Front", 0) == []


def test_sqlite_match_translation() -> None:
    assert sqlite_match('al-Qaeda "Sahara emirate" OR Gao') == '"al" "Qaeda" "Sahara emirate" OR "Gao"'
    assert sqlite_match("Belmok*") == '"Belmok"*'
    assert sqlite_match("OR") == '"OR"'  # a lone OR is a word, not an operator


def test_split_marks() -> None:
    assert split_marks(f"a {HL_START}b{HL_END} c") == ("a b c", [(2, 3)])


def test_unindexed_document_is_no_longer_found(store: Store) -> None:
    from reportgraph.store.fts import unindex_document

    doc = Doc("reports/x.txt").rel("Perrin Cell", "ALLY_OF", "Vasko Ring", "Perrin raided Vasko.")
    doc_id = doc.save(store)
    with store.engine.begin() as conn:
        unindex_document(conn, doc_id)  # what a deletion of the document runs first
        if conn.dialect.name != "sqlite":
            conn.exec_driver_sql("DELETE FROM evidence; DELETE FROM relations; DELETE FROM mentions; "
                                 "DELETE FROM local_entities; DELETE FROM documents")
    assert search(store, "raided Perrin", 5) == []
