"""JSON import: export -> import into an empty store -> export gives the identical file."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from reportgraph import KnowledgeBase
from reportgraph.cli import build_app
from reportgraph.errors import InterchangeError
from reportgraph.export import export
from reportgraph.export.json_import import import_json, iter_records
from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
from reportgraph.resolve.exact import ExactNameResolver
from reportgraph.store import Store
from reportgraph.store import schema as t


def test_round_trip_is_identical(small_kb: Store, tmp_path: Path, db_url: str) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export(small_kb, "json", first)
    new = Store(db_url)  # into SQLite, and PostgreSQL when REPORTGRAPH_TEST_PG_URL is set
    counts = import_json(new, first)
    assert counts == {"documents": 2, "entities": 12, "relations": 16, "events": 8, "negated_relations": 0,
                      "negated_events": 0}
    export(new, "json", second)
    assert second.read_bytes() == first.read_bytes()
    assert small_kb.counts() == new.counts()
    new.close()


def test_imported_store_resolves_like_the_original(small_kb: Store, tmp_path: Path) -> None:
    """The blocking keys are rebuilt, so a new document joins the imported entities by name."""
    export(small_kb, "json", tmp_path / "a.json")
    new = Store(tmp_path / "new.sqlite")
    import_json(new, tmp_path / "a.json")
    text = "Yusuf Barro was seen in Gao."
    ents = [LocalEntity("P", "PERSON", "Yusuf Barro", mentions=[Mention(0, 11, "Yusuf Barro")])]
    for store in (small_kb, new):
        stored = store.add_document(
            SourceDocument("doc-c", "c.txt", "c", text), Extraction(ents), ExactNameResolver()
        )
        assert stored.new_entities == 0
    export(small_kb, "json", tmp_path / "a2.json")
    export(new, "json", tmp_path / "b2.json")
    a, b = (json.loads((tmp_path / n).read_text("utf-8")) for n in ("a2.json", "b2.json"))
    for d in a["documents"] + b["documents"]:
        d.pop("ingested_at")
    assert a == b
    new.close()


def test_cli_import_then_export(small_kb: Store, tmp_path: Path) -> None:
    export(small_kb, "json", tmp_path / "a.json")
    runner = CliRunner()
    db = str(tmp_path / "cli.sqlite")
    res = runner.invoke(build_app(), ["--db", db, "import", str(tmp_path / "a.json")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(
        build_app(), ["--db", db, "export", "--format", "json", "--output", str(tmp_path / "b.json")]
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()
    res = runner.invoke(build_app(), ["--db", db, "import", str(tmp_path / "a.json")])
    assert res.exit_code == 2 and "empty" in res.output


def test_refuses_a_non_empty_store(small_kb: Store, tmp_path: Path) -> None:
    export(small_kb, "json", tmp_path / "a.json")
    with pytest.raises(InterchangeError, match="empty"):
        import_json(small_kb, tmp_path / "a.json")


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "other", "format_version": 2, "documents": []}',
        '{"format": "reportgraph", "format_version": 1, "documents": []}',
        '{"format": "reportgraph", "format_version": 2, "documents": [{"id": 1}',
        "[1, 2]",
    ],
)
def test_rejects_what_it_cannot_read(text: str) -> None:
    with pytest.raises(InterchangeError):
        list(iter_records(io.StringIO(text)))


def test_reader_streams_across_chunk_boundaries() -> None:
    items = [
        {"id": f"d{i}", "n": 12345678901234567890 + i, "x": 1.5e-7, "s": "é" * (i % 7)} for i in range(300)
    ]
    text = json.dumps(
        {"format": "reportgraph", "format_version": 2, "documents": items, "events": []}, indent=1
    )
    assert [item for _, item in iter_records(io.StringIO(text), chunk=7)] == items


def test_progress_reaches_the_file_size(small_kb: Store, tmp_path: Path) -> None:
    export(small_kb, "json", tmp_path / "a.json")
    seen: list[tuple[int, int]] = []
    new = Store(tmp_path / "new.sqlite")
    import_json(new, tmp_path / "a.json", lambda done, total: seen.append((done, total)))
    size = (tmp_path / "a.json").stat().st_size
    assert seen[-1] == (size, size) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    new.close()


def test_round_trip_keeps_credibility_grades_and_reviews(small_kb: Store, tmp_path: Path, db_url: str) -> None:
    """The queries' fields (credibility, grades, corroboration) are derived from what import restores
    (document grades, fact rows and their review status), so export -> import -> export is identical;
    rejected facts are left out of the export; the imported store is searchable (FTS rebuilt)."""
    from sqlalchemy import select

    from reportgraph.query.search import search
    from reportgraph.review import review_fact
    from reportgraph.store import schema as t

    with small_kb.connect() as conn:
        rel_ids = [r[0] for r in conn.execute(select(t.relations.c.id).order_by(t.relations.c.id))]
        ev_id = conn.execute(select(t.events.c.id).order_by(t.events.c.id)).scalars().first()
    review_fact(small_kb, "relation", rel_ids[0], "reject", "tester")
    review_fact(small_kb, "relation", rel_ids[1], "accept", "tester")
    review_fact(small_kb, "event", ev_id, "accept", "tester")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export(small_kb, "json", first)
    data = json.loads(first.read_text("utf-8"))
    facts = [f for r in data["relations"] for f in r["facts"]]
    assert f"r{rel_ids[0]}" not in {f["id"] for f in facts}
    assert "accepted" in {f["status"] for f in facts}
    assert all(len(r["grades"]) == len(r["documents"]) and 1 <= r["credibility"] <= 6 for r in data["relations"])
    assert {"B", "F"} <= {g for r in data["relations"] for g in r["grades"]}
    assert all("credibility" in v and "corroborated_by" in v for v in data["events"])
    new = Store(db_url)
    import_json(new, first)
    export(new, "json", second)
    assert second.read_bytes() == first.read_bytes()
    word = data["documents"][0]["text"].split()[0]
    assert [h.id for h in search(new, word)] == [h.id for h in search(small_kb, word)] != []
    new.close()


def test_imported_entities_are_the_resolvers_clusters(
    small_kb: Store, tmp_path: Path, db_url: str, extractor: Any
) -> None:
    """Import fills the resolver's state from the imported entities (as the v3 migration does), so a
    document ingested afterwards joins them and ``why`` weighs them."""
    export(small_kb, "json", tmp_path / "a.json")
    # Southern Front joins only on its context (Yusuf Barro): an organisation's name alone is too common
    extractor.names = {"Yusuf Barro": "PERSON", "Southern Front": "ORGANIZATION", "Kidal": "LOCATION"}
    with KnowledgeBase(db_url, extractor=extractor) as kb:
        kb.import_json(tmp_path / "a.json")
        with kb.store.connect() as conn:
            le, rr = t.local_entities.c, t.resolve_records.c
            linked = {str(lid): str(eid) for lid, eid in conn.execute(select(le.id, le.entity_id))}
            assert dict(conn.execute(select(rr.record_id, rr.cluster_id)).all()) == linked
            assert set(conn.execute(select(t.resolve_clusters.c.cluster_id)).scalars()) == set(linked.values())
        imported = {n: kb.entity_id(n) for n in extractor.names}
        result = kb.ingest_document(SourceDocument("doc-c", "c.txt", "c",
                                                   "Yusuf Barro leads Southern Front. He was seen in Kidal."))
        assert result.counts["new_entities"] == 0
        assert {n: kb.entity_id(n) for n in extractor.names} == imported
        a, b, same, why = kb.why("Yusuf Barro", "Amadou Kessel")
        assert (a, b, same) == (imported["Yusuf Barro"], kb.entity_id("Amadou Kessel"), False)
        assert why.verdict == "separate" and why.against


def _resolver_state(store: Store) -> dict[str, Any]:
    """The resolver's tables, a cluster's records in id order (the engine lists them as they joined)."""
    with store.connect() as conn:
        rr, rc = t.resolve_records.c, t.resolve_clusters.c
        clusters = {cid: {**summary, "records": sorted(summary["records"], key=int)}
                    for cid, summary in conn.execute(select(rc.cluster_id, rc.summary))}
        return {"records": {r: (c, rec) for r, c, rec in conn.execute(select(rr.record_id, rr.cluster_id, rr.record))},
                "clusters": clusters,
                **{table.name: sorted(tuple(r) for r in conn.execute(select(table)))
                   for table in (t.resolve_keys, t.resolve_context_df, t.resolve_part_company)}}


def test_import_rebuilds_the_resolver_state_of_the_original(tmp_path: Path, db_url: str, extractor: Any) -> None:
    """Each record is rebuilt from the stored mentions as ingesting its document built it (names, the
    context of the entities named near it), so the imported resolver state is the original's: the same
    records, cluster summaries, blocking keys and corpus statistics (analysts' constraints aside)."""
    extractor.names = {**extractor.names, "Ag Tarek": "PERSON", "Ansar Dine": "ORGANIZATION", "Kidal": "LOCATION",
                       "Iyad Ag Ghaly": "PERSON"}  # a new dict: the fixture's is the shared NAMES
    texts = ["Moussa Ag Tarek leads Katibat al-Nur. Katibat al-Nur attacked Northern Front in Tessalit in 2012.",
             "The Kel Adagh met Moussa Ag Tarek near Ouro Dialla. Ansar Dine was there.",
             "Ag Tarek leads Katibat al-Nur. Iyad Ag Ghaly leads Ansar Dine.",
             "Ansar Dine attacked Northern Front in Kidal in 2013. Iyad Ag Ghaly was in Kidal."]
    with KnowledgeBase(tmp_path / "original.sqlite", extractor=extractor) as kb:
        for i, text in enumerate(texts):
            kb.ingest_document(SourceDocument(f"d{i}", f"{i}.txt", str(i), text))
        export(kb.store, "json", tmp_path / "a.json")
        original = _resolver_state(kb.store)
    assert len(original["clusters"]) < len(original["records"]) and original["resolve_context_df"]
    new = Store(db_url)
    try:
        import_json(new, tmp_path / "a.json")
        assert _resolver_state(new) == original
    finally:
        new.close()
