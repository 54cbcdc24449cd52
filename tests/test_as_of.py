"""What was known when: documents have a reported date, and an as-of view (store/asof.py) holds
exactly the facts of the documents reported by then, without the analyst decisions made later; every
export of it says the same. A hand-built corpus with staggered reported dates (LexiconExtractor)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from reportgraph.api import KnowledgeBase
from reportgraph.errors import ReviewError
from reportgraph.export import FORMATS
from reportgraph.ingest.dateline import reported_date
from reportgraph.model import SourceDocument
from reportgraph.store import schema as t

# id, reported date, text: each report adds what the ones before did not say
CORPUS = [
    ("d1", "2013-01-15", "Moussa Ag Tarek leads Katibat al-Nur."),
    ("d2", "2013-02", "Katibat al-Nur attacked Northern Front in Tessalit in 2012."),  # known from 2013-02-28
    ("d3", "2013-03-02", "Kel Adagh leads Northern Front. Kel Adagh attacked Northern Front in Ouro Dialla in 2013."),
    ("d4", None, "Moussa Ag Tarek attacked Kel Adagh in Tessalit in 2014."),  # no date: known since ingested
]


@pytest.fixture
def kb(db_url: str, extractor: object) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(db_url, extractor=extractor) as k:  # type: ignore[arg-type]
        for doc_id, reported, text in CORPUS:
            k.ingest_document(SourceDocument(doc_id, f"{doc_id}.txt", doc_id, text, reported=reported))
        yield k


def _facts(kb: KnowledgeBase, folder: Path) -> tuple[set[str], set[str]]:
    """The documents the JSON export holds, and the document stating each relation and event."""
    path = folder / "facts.json"
    kb.export("json", path)
    data = json.loads(path.read_text())
    docs = {d["id"] for d in data["documents"]}
    facts = {f"{e['document']}:{r['predicate']}" for r in data["relations"] for e in r["evidence"]}
    facts |= {f"{e['document']}:{v['type']}" for v in data["events"] for e in v["evidence"]}
    return docs, facts


@pytest.mark.parametrize("day, known", [
    ("2013-01-31", {"d1"}),
    ("2013-02-27", {"d1"}),  # d2 is dated by its month alone: not surely out before the 28th
    ("2013-03-01", {"d1", "d2"}),
    ("2013-03", {"d1", "d2", "d3"}),  # a month means its last day
    ("2099", {"d1", "d2", "d3", "d4"}),
])
def test_an_as_of_view_holds_exactly_the_documents_reported_by_then(kb: KnowledgeBase, day: str,
                                                                    known: set[str], tmp_path: Path) -> None:
    _, everything = _facts(kb, tmp_path)
    with kb.as_of(day) as view:
        docs, facts = _facts(view, tmp_path)
        assert view.as_of_report is not None
        assert set(view.as_of_report.documents_left_out) == {d for d, _, _ in CORPUS} - known
    assert docs == known
    assert facts == {f for f in everything if f.split(":")[0] in known}
    assert kb.stats()["documents"] == 4  # the knowledge base itself is untouched


def test_later_analyst_decisions_are_left_out_too(kb: KnowledgeBase, tmp_path: Path) -> None:
    with kb.store.connect() as conn:
        rel = conn.execute(select(t.relations.c.id).where(t.relations.c.document_id == "d1")).scalar_one()
    kb.review_fact("relation", rel, "reject", "tester")  # decided today
    kb.set_reported("d4", "2013-02-20", "tester")  # today we learn when d4 came out ...
    assert "d1:LEADER_OF" not in _facts(kb, tmp_path)[1]
    with kb.as_of("2013-03-01") as view:
        docs, facts = _facts(view, tmp_path)
        assert "d1:LEADER_OF" in facts  # ... but on 1 March 2013 the relation stood
        assert docs == {"d1", "d2", "d4"}  # ... and d4 was out by then: when a report came out is no opinion
        assert view.as_of_report is not None and len(view.as_of_report.decisions_reverted) == 1
    with kb.as_of("2099-01-01") as view:
        assert _facts(view, tmp_path)[1] == _facts(kb, tmp_path)[1]


def test_every_export_format_answers_as_of(kb: KnowledgeBase, tmp_path: Path) -> None:
    later = ("Kel Adagh", "Ouro Dialla")  # named only in reports out after 1 March 2013
    checked: list[str] = []
    with kb.as_of("2013-03-01") as view:
        for fmt in FORMATS:
            full, past = tmp_path / f"full.{fmt}", tmp_path / f"past.{fmt}"
            kb.export(fmt, full)
            view.export(fmt, past)
            text, old = full.read_text(), past.read_text()
            assert old != text or fmt == "geojson" and '"features": [\n]' in text, fmt  # nothing on the map
            assert not any(x in old for x in later), fmt
            checked.append(fmt) if any(x in text for x in later) else None
    assert set(FORMATS) - set(checked) <= {"geojson"}  # places without coordinates are not on a map


def test_reported_dates_come_from_the_text_or_the_ingest(tmp_path: Path, extractor: object) -> None:
    assert reported_date("TESSALIT, 1 March 2013 — Katibat al-Nur ...") == "2013-03-01"
    assert reported_date("---\ndate: 2013-02-11\n---\nText") == "2013-02-11"
    assert reported_date("Katibat al-Nur attacked Northern Front in Tessalit on 3 May 2012.") is None
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("TESSALIT, 1 March 2013 - Moussa Ag Tarek leads Katibat al-Nur.\n")
    (folder / "b.txt").write_text("Published: 4 April 2013\n\nKel Adagh leads Northern Front.\n")
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=extractor) as kb:  # type: ignore[arg-type]
        kb.ingest([folder / "a.txt"])
        kb.ingest([folder / "b.txt"], reported="2013-05")  # the analyst's date wins
        with pytest.raises(ReviewError, match="YYYY"):
            kb.ingest([folder], reported="May 2013")
        with kb.store.connect() as conn:
            got = dict(conn.execute(select(t.documents.c.source, t.documents.c.reported)).all())
    assert {Path(k).name: v for k, v in got.items()} == {"a.txt": "2013-03-01", "b.txt": "2013-05"}


def test_as_of_from_the_cli(tmp_path: Path, extractor: object) -> None:
    from typer.testing import CliRunner

    from reportgraph.cli import build_app

    db = tmp_path / "kb.sqlite"
    with KnowledgeBase(db, extractor=extractor) as kb:  # type: ignore[arg-type]
        for doc_id, reported, text in CORPUS:
            kb.ingest_document(SourceDocument(doc_id, f"{doc_id}.txt", doc_id, text, reported=reported))

    def run(*args: str) -> str:
        result = CliRunner().invoke(build_app(), ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.output

    dates = [e["date"] for e in json.loads(run("timeline", "--json", "--as-of", "2013-03-01"))]
    assert dates == ["2012"]  # d3's 2013 attack and d4's 2014 attack were not yet reported
    assert len(json.loads(run("timeline", "--json"))) == 3
    assert "Kel Adagh" in run("show", "Northern Front") and "Kel Adagh" not in run(
        "show", "Northern Front", "--as-of", "2013-03-01")
    assert json.loads(run("neighbours", "Katibat al-Nur", "--json", "--as-of", "2013-01-31"))[0]["name"] == \
        "Moussa Ag Tarek"
    run("export", "--format", "json", "--output", str(tmp_path / "past.json"), "--as-of", "2013-02-28")
    assert {d["id"] for d in json.loads((tmp_path / "past.json").read_text())["documents"]} == {"d1", "d2"}
    bad = CliRunner().invoke(build_app(), ["--db", str(db), "conflicts", "--as-of", "March"])
    assert bad.exit_code == 1 and "YYYY" in bad.output
