"""End to end through the command line, with the real default extractor on small hand-written reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportgraph.cli import app

pytestmark = pytest.mark.model

REPORT = """The Katiba of the Dunes in Gao

In March 2014 the Katiba of the Dunes attacked a convoy near Gao, in Mali. The group operates in Niger as well.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(REPORT, encoding="utf-8")
    (d / "empty.txt").write_text("")
    (d / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    return d


def run(*args: str, db: Path) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["--db", str(db), *args])
    return res.exit_code, res.output


def test_ingest_reports_bad_files_and_keeps_good_ones(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    code, output = run("ingest", str(corpus), str(tmp_path / "missing.txt"), db=db)
    assert code == 1
    for name, reason in (("empty.txt", "empty file"), ("bin.txt", "binary content"),
                         ("broken.pdf", "malformed PDF"), ("missing.txt", "no such file")):
        line = next(ln for ln in output.splitlines() if name in ln)
        assert line.startswith("failed") and reason in line
    assert "1 added, 0 unchanged, 4 failed" in output
    code, output = run("ingest", str(corpus / "good.txt"), db=db)
    assert code == 0 and "0 added, 1 unchanged, 0 failed" in output


def test_export_show_entities_stats(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    run("ingest", str(corpus / "good.txt"), db=db)
    out = tmp_path / "kb.json"
    code, _ = run("export", "--format", "json", "--output", str(out), db=db)
    assert code == 0
    data = json.loads(out.read_text())
    assert [Path(d["source"]).name for d in data["documents"]] == ["good.txt"]
    names = {(e["type"], e["name"]) for e in data["entities"]}
    assert {("LOCATION", "Gao"), ("LOCATION", "Mali"), ("LOCATION", "Niger")} <= names
    assert ("ORGANIZATION", "Katiba of the Dunes") in names
    (attack,) = [e for e in data["events"] if e["type"] == "ATTACK"]
    ents = {e["id"]: e["name"] for e in data["entities"]}
    assert attack["date"] == "2014-03" and ents[attack["location"]] == "Gao"
    assert [ents[p["entity"]] for p in attack["participants"] if p["role"] == "agent"] == ["Katiba of the Dunes"]
    assert "attacked a convoy" in attack["evidence"][0]["text"]
    code, output = run("entities", "--type", "location", db=db)
    assert code == 0 and "Gao" in output and "Mali" in output
    code, output = run("show", "Gao", db=db)
    assert code == 0 and "LOCATION" in output and "good.txt" in output
    # each document is numbered on the fact lines and its path listed once, at the end
    assert output.count("good.txt") == 1 and "doc 1 [" in output
    assert output.rstrip().splitlines()[-1].split() == ["1", str(corpus / "good.txt")]
    code, output = run("stats", db=db)
    assert code == 0 and "documents" in output
    code, output = run("show", "Nobody At All", db=db)
    assert code == 1 and "no entity named" in output


def test_db_from_environment(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("REPORTGRAPH_DB", str(db))
    res = CliRunner().invoke(app, ["ingest", str(corpus / "good.txt")])
    assert res.exit_code == 0 and db.exists()


def test_unwritable_database_is_one_clear_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["--db", str(tmp_path / "no" / "such" / "dir" / "kb.sqlite"), "--create", "stats"])
    code, output = res.exit_code, res.output
    assert code == 2 and output.startswith("error:") and "cannot open knowledge base" in output


@pytest.mark.parametrize("command", [["stats"], ["entities"], ["show", "Gao"], ["search", "Gao"],
                                     ["export", "-o", "x.json"]])
def test_a_read_command_refuses_a_knowledge_base_that_does_not_exist(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "kb-typo.sqlite"
    code, output = run(*command, db=db)
    assert code == 2 and "no knowledge base at" in output and "--create" in output
    assert not db.exists()  # nothing created by mistake
    res = CliRunner().invoke(app, ["--db", str(db), "--create", "stats"])
    assert res.exit_code == 0 and db.exists()


def test_unknown_entity_type_is_an_error(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    run("ingest", str(corpus / "good.txt"), db=db)
    code, output = run("entities", "--type", "PERSN", db=db)
    assert code == 1 and "unknown entity type 'PERSN'" in output and "PERSON" in output
    assert run("entities", "--type", "organization", db=db)[0] == 0  # any case


@pytest.mark.parametrize(("fmt", "name"), [("gexf", "export.gexf"), ("GEXF", "export.gexf"),
                                           ("GraphML", "export.graphml"), ("acled", "export.csv"),
                                           ("STIX", "export.stix.json"), ("GeoJSON", "export.geojson")])
def test_export_format_in_any_case_named_after_the_format(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          fmt: str, name: str) -> None:
    db = tmp_path / "kb.sqlite"
    run("ingest", str(corpus / "good.txt"), db=db)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    code, output = run("export", "-f", fmt, db=db)
    assert code == 0, output
    assert [p.name for p in out.iterdir()] == [name]
    assert run("export", "-f", "gexff", db=db)[0] == 2
