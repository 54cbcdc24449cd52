"""The resolver's corpus statistics live in the store: each document is weighed against the whole
stored corpus, whichever process or transaction added the rest of it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, select

from kb import Doc
from reportgraph.query.dossier import find_entity
from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.scoring import context_key
from reportgraph.resolve.state import PART_COMPANY_CAP, MemoryCorpusStats, corpus_terms
from reportgraph.store import Store
from reportgraph.store import schema as t
from reportgraph.store.resolution import (
    EngineResolution,
    SqlCorpusStats,
    engine_for,
    explain_entities,
    records_of_document,
)

# Given names whose part keys all differ (so each is one more companion of a surname).
GIVEN = ["Mohamed", "Ahmed", "Moustapha", "Ali", "Omar", "Othman", "Ousmane", "Abdallah", "Ibrahim",
         "Ismail", "Youssef", "Moussa", "Issa", "Yahya"]


def stored_stats(conn: Connection) -> tuple[dict[str, int], dict[str, set[str]]]:
    """The statistics tables as MemoryCorpusStats holds them."""
    contexts = {c: n for c, n in conn.execute(select(t.resolve_context_df.c.context, t.resolve_context_df.c.n))}
    company: dict[str, set[str]] = {}
    for part, other in conn.execute(select(t.resolve_part_company.c.part, t.resolve_part_company.c.other)):
        company.setdefault(part, set()).add(other)
    return contexts, company


def memory_stats(stats: MemoryCorpusStats) -> tuple[dict[str, int], dict[str, set[str]]]:
    return stats.contexts, {k: v for k, v in stats.company.items() if v}


def people_doc(source: str, people: list[str], *others: str) -> Doc:
    d = Doc(source)
    for name in people:
        d.ent(name, "PERSON")
    for name in others:
        d.ent(name, "ORGANIZATION")
    return d


def records(docs: list[tuple[str, Doc]]) -> list[EntityRecord]:
    """The records the store makes of saved documents, with ids unique across them."""
    out: list[EntityRecord] = []
    for doc_id, d in docs:
        out += records_of_document(doc_id, [(len(out) + i, le) for i, le in enumerate(d.entities.values())])
    return out


def test_statistics_outlive_the_store_that_counted_them(db_url: str) -> None:
    """Two documents ingested by two Store objects (two processes) count as if resolved in one go."""
    docs = [people_doc("a.txt", [f"{g} Tembely" for g in GIVEN[:8]], "Katiba Tarik"),
            people_doc("b.txt", [f"{g} Tembely" for g in GIVEN[6:]] + ["Tembely"], "Katiba Tarik", "Ansar Tazira")]
    saved = []
    for d in docs:
        store = Store(db_url)
        try:
            saved.append((d.save(store, resolver=EngineResolution()), d))
        finally:
            store.close()
    at_once = ResolutionEngine()
    at_once.add_many(records(saved))
    assert isinstance(at_once.stats, MemoryCorpusStats)
    store = Store(db_url)
    try:
        with store.connect() as conn:
            assert stored_stats(conn) == memory_stats(at_once.stats)
            stats = engine_for(conn).stats  # what the next document is weighed with
            # every Tembely of both documents; every record but Katiba Tarik's own two cites it
            assert stats.part_df("tmbl") == len(GIVEN) and stats.context_df(context_key("Katiba Tarik")) == 8 + 10
    finally:
        store.close()


def count_like(stats: Any, batches: list[list[tuple[set[str], list[list[str]]]]]) -> None:
    for batch in batches:
        for contexts, parts in batch:
            stats.note_record(contexts, parts)


def test_sql_statistics_count_like_memory(store: Store) -> None:
    """The same counts in SQL as in memory: repeated terms, the companion cap, long keys, several
    transactions (each with its own cache)."""
    long = "x" * 250
    filler = [({f"c{i % 3}", long}, [[f"g{i}", "s"]]) for i in range(PART_COMPANY_CAP - 1)]
    batches = [filler[:30], filler[30:],
               [({"c0"}, [["a", "b", "s"], ["a", "b"]]), (set(), [["z", "s", "z"]]), ({long + "y"}, [["a", "s"]])]]
    memory = MemoryCorpusStats()
    count_like(memory, [[({c[:200] for c in cs}, ps) for cs, ps in b] for b in batches])
    for batch in batches:
        with store.engine.begin() as conn:
            sql_stats = SqlCorpusStats(conn)
            count_like(sql_stats, [batch])
            sql_stats.flush()  # counts are held back until flushed (once per document)
    with store.connect() as conn:
        assert stored_stats(conn) == memory_stats(memory)
        sql = SqlCorpusStats(conn)
        for key in ("s", "a", "z", "g0", "missing"):
            assert sql.part_df(key) == memory.part_df(key)
        assert sql.part_df("s") == PART_COMPANY_CAP + 1  # soft cap: the 3-part name came at 63
        assert sql.context_df(long) == sql.context_df(long + "y") == len(filler) + 1
        assert sql.context_df("c0") == memory.context_df("c0") == 21 + 1  # i % 3 == 0 below 63, and one more


@pytest.mark.parametrize("common", [False, True])
def test_a_surname_common_in_the_stored_corpus_needs_more(db_url: str, common: bool) -> None:
    """Amadou Tembely in two reports with one shared co-mention is one man, unless the stored corpus
    has already met a dozen other Tembelys (stored by another Store); then `why` says so too."""
    if common:
        corpus = Store(db_url)
        try:
            for i, given in enumerate(GIVEN[:12]):
                people_doc(f"corpus/{i}.txt", [f"{given} Tembely"]).save(corpus, resolver=EngineResolution())
        finally:
            corpus.close()
    store = Store(db_url)
    try:
        for source in ("x.txt", "y.txt"):
            people_doc(source, ["Amadou Tembely"], "Katiba Tarik").save(store, resolver=EngineResolution())
        with store.connect() as conn:
            le = t.local_entities.c
            ids = conn.execute(select(le.entity_id).where(le.name == "Amadou Tembely").order_by(le.id)).scalars().all()
            assert len(ids) == 2
            assert (ids[0] == ids[1]) is not common
            if common:
                why = explain_entities(conn, ids[0], ids[1])
                assert why.verdict == "separate"
                assert "shared by 13 entities" in why.for_[0].detail  # the dozen, and Amadou
        assert find_entity(store, "Amadou Tembely") in ids
    finally:
        store.close()


def test_terms_of_a_record() -> None:
    """Context names by their context key (spellings folded); name parts per name, for persons only."""
    person = EntityRecord("r", "d", "PERSON", ["Amadou Tembely", "Tembely"], {"Katiba-Tarik"})
    assert corpus_terms(person) == ({"ktbtrk"}, [["amd", "tmbl"], ["tmbl"]])
    group = EntityRecord("r", "d", "ORGANIZATION", ["Katiba Tarik"], {"Amadou Tembely"})
    assert corpus_terms(group) == ({"amdtmbl"}, [])
    assert corpus_terms(EntityRecord("r", "d", "PERSON", ["X"], {"Bel Mokhtar", "Belmokhtar"}))[0] == {"blmktr"}
