"""Full-text search over document texts and entity names, in each backend's own engine.

SQLite: two FTS5 tables written by the store in the same transaction as the rows they index.
PostgreSQL: GIN indexes over ``to_tsvector`` expressions of the tables themselves, so there is
nothing to keep in sync. Entity names are indexed per *local* entity (one document's names for a
thing) and mapped to the global entity when read, so resolution merges and splits need no reindex.

Snippets mark matched words with ``HL_START``/``HL_END``; ``query.search`` turns them into offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

HL_START, HL_END = "\ue000", "\ue001"  # private-use characters: never in a report's text

# Documents are stemmed (an analyst types "attack" and wants "attacked"); names are not.
_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts_documents USING fts5("
    "doc_id UNINDEXED, title, text, tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts_names USING fts5("
    "local_entity_id UNINDEXED, names, tokenize='unicode61 remove_diacritics 2')",
]
_PG_DOC_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"


def _pg_name_vector(table: str = "") -> str:
    """The indexed expression; queries must repeat it exactly for PostgreSQL to use the index."""
    p = f"{table}." if table else ""
    return f"to_tsvector('simple', {p}name || ' ' || coalesce(CAST({p}aliases AS text), ''))"


_PG_NAME_VECTOR = _pg_name_vector()
_PG_DDL = [
    f"CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING gin (({_PG_DOC_VECTOR}))",
    f"CREATE INDEX IF NOT EXISTS ix_local_entities_fts ON local_entities USING gin (({_PG_NAME_VECTOR}))",
]


def create(conn: Connection) -> None:
    """Create the search structures of this backend (idempotent)."""
    for ddl in _SQLITE_DDL if conn.dialect.name == "sqlite" else _PG_DDL:
        conn.execute(text(ddl))


def rebuild(conn: Connection) -> None:
    """Index every stored document and local entity again (used by migrations)."""
    if conn.dialect.name != "sqlite":
        return  # expression indexes are maintained by PostgreSQL itself
    conn.execute(text("DELETE FROM fts_documents"))
    conn.execute(text("DELETE FROM fts_names"))
    conn.execute(text("INSERT INTO fts_documents (doc_id, title, text) "
                      "SELECT id, title, text FROM documents"))
    rows = conn.execute(text("SELECT id, name, aliases FROM local_entities")).all()
    index_names(conn, [(r[0], _names(r[1], r[2])) for r in rows])


def _names(name: str, aliases: Any) -> list[str]:
    if isinstance(aliases, str):  # raw JSON text, when read without the ORM type
        import json

        aliases = json.loads(aliases)
    return [name, *(aliases or [])]


def index_document(conn: Connection, doc_id: str, title: str, body: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO fts_documents (doc_id, title, text) VALUES (:i, :t, :x)"),
                     {"i": doc_id, "t": title, "x": body})


def index_names(conn: Connection, rows: Iterable[tuple[int, list[str]]]) -> None:
    """Index the names of local entities: (local entity id, every name it goes by in its document)."""
    if conn.dialect.name != "sqlite":
        return
    params = [{"i": lid, "n": " ; ".join(dict.fromkeys(names))} for lid, names in rows]
    if params:
        conn.execute(text("INSERT INTO fts_names (local_entity_id, names) VALUES (:i, :n)"), params)


def unindex_document(conn: Connection, doc_id: str) -> None:
    """Forget a document and its local entities' names (before deleting their rows)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM fts_names WHERE local_entity_id IN "
                          "(SELECT id FROM local_entities WHERE document_id = :d)"), {"d": doc_id})
        conn.execute(text("DELETE FROM fts_documents WHERE doc_id = :d"), {"d": doc_id})


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+(?:\*)?", re.UNICODE)


def sqlite_match(q: str) -> str:
    """An FTS5 query from what an analyst types: words are ANDed, "quoted phrases" kept, a trailing
    * is a prefix search, OR between words works. Punctuation never raises a syntax error."""
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(q):
        if phrase:
            words = _WORD.findall(phrase.replace("*", ""))
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        if word == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        for w in _WORD.findall(word):
            parts.append(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def search_documents(conn: Connection, q: str, limit: int) -> list[Any]:
    """Rows (id, title, source, grade, snippet, score) best first; a higher score is better."""
    if conn.dialect.name == "sqlite":
        match = sqlite_match(q)
        if not match:
            return []
        sql = text(
            "SELECT d.id, d.title, d.source, d.grade, "
            f"snippet(fts_documents, 2, '{HL_START}', '{HL_END}', '…', 24) AS snippet, "
            "-bm25(fts_documents) AS score "
            "FROM fts_documents JOIN documents d ON d.id = fts_documents.doc_id "
            "WHERE fts_documents MATCH :m ORDER BY bm25(fts_documents) LIMIT :n")
        return list(conn.execute(sql, {"m": match, "n": limit}))
    sql = text(
        "SELECT d.id, d.title, d.source, d.grade, "
        f"ts_headline('english', d.text, q, 'StartSel={HL_START}, StopSel={HL_END}, MaxWords=24, "
        "MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet, "
        f"ts_rank_cd({_PG_DOC_VECTOR}, q) AS score "
        "FROM documents d, websearch_to_tsquery('english', :q) q "
        f"WHERE {_PG_DOC_VECTOR} @@ q ORDER BY score DESC, d.id LIMIT :n")
    return list(conn.execute(sql, {"q": q, "n": limit}))


def search_names(conn: Connection, q: str, limit: int) -> list[Any]:
    """Rows (entity_id, type, name, snippet, score), several per entity possible, best first."""
    if conn.dialect.name == "sqlite":
        match = sqlite_match(q)
        if not match:
            return []
        sql = text(
            "SELECT e.id AS entity_id, e.type, e.name, "
            f"highlight(fts_names, 1, '{HL_START}', '{HL_END}') AS snippet, -bm25(fts_names) AS score "
            "FROM fts_names JOIN local_entities le ON le.id = fts_names.local_entity_id "
            "JOIN entities e ON e.id = le.entity_id "
            "WHERE fts_names MATCH :m ORDER BY bm25(fts_names) LIMIT :n")
        return list(conn.execute(sql, {"m": match, "n": limit}))
    sql = text(
        "SELECT e.id AS entity_id, e.type, e.name, "
        f"ts_headline('simple', le.name || ' ; ' || coalesce(CAST(le.aliases AS text), ''), q, "
        f"'StartSel={HL_START}, StopSel={HL_END}, HighlightAll=true') AS snippet, "
        f"ts_rank_cd({_pg_name_vector('le')}, q) AS score "
        "FROM local_entities le JOIN entities e ON e.id = le.entity_id, websearch_to_tsquery('simple', :q) q "
        f"WHERE {_pg_name_vector('le')} @@ q "
        "ORDER BY score DESC, e.id LIMIT :n")
    return list(conn.execute(sql, {"q": q, "n": limit}))
