"""The JSON export carries every field of the evaluation contract, with provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.errors import ReportGraphError


def test_contract_fields(kb: KnowledgeBase, reports: Path, tmp_path: Path) -> None:
    kb.ingest([reports])
    out = tmp_path / "kb.json"
    counts = kb.export("json", out)
    data = json.loads(out.read_text())
    assert counts == {k: len(data[k]) for k in ("documents", "entities", "relations", "events",
                                                 "negated_relations", "negated_events")}
    docs = {d["id"]: d for d in data["documents"]}
    assert {Path(d["source"]).name for d in docs.values()} == {"a.txt", "b.md"}
    ents = {e["id"]: e for e in data["entities"]}
    tarek = next(e for e in ents.values() if e["name"] == "Moussa Ag Tarek")
    assert tarek["type"] == "PERSON"
    assert len(tarek["mentions"]) == 2 and {m["document"] for m in tarek["mentions"]} == set(docs)
    for e in ents.values():
        for m in e["mentions"]:
            assert docs[m["document"]] and m["end"] - m["start"] == len(m["text"])
    (rel,) = data["relations"]
    assert ents[rel["subject"]]["name"] == "Moussa Ag Tarek" and rel["predicate"] == "LEADER_OF"
    assert ents[rel["object"]]["name"] == "Katibat al-Nur"
    assert rel["evidence"][0]["text"].startswith("Moussa Ag Tarek leads") and rel["evidence"][0]["document"] in docs
    (ev,) = data["events"]
    assert ev["type"] == "ATTACK" and ev["date"] == "2012" and ents[ev["location"]]["name"] == "Tessalit"
    assert {(ents[p["entity"]]["name"], p["role"]) for p in ev["participants"]} == {
        ("Katibat al-Nur", "agent"), ("Northern Front", "patient")}


def test_unknown_format_and_no_partial_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    with pytest.raises(ReportGraphError, match="unknown export format"):
        kb.export("xml", tmp_path / "x.xml")
    assert not (tmp_path / "x.xml").exists()


def test_export_creates_folders_and_reports_unwritable_target(kb: KnowledgeBase, tmp_path: Path) -> None:
    kb.export("json", tmp_path / "new" / "dir" / "kb.json")
    assert json.loads((tmp_path / "new" / "dir" / "kb.json").read_text())["documents"] == []
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReportGraphError, match="cannot write"):
        kb.export("json", tmp_path / "file" / "kb.json")
