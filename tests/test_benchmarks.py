"""The query benchmark still runs (on a tiny knowledge base), so it cannot rot between measurements."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "query_scale.py"


def test_query_scale_smoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("query_scale", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--db", str(tmp_path / "b.sqlite"), "--facts", "2500", "--entities", "300",
                        "--samples", "25"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["facts"] == 2500
    assert report["paths_max4"]["n"] == report["dossier"]["n"] == 25


def test_ingest_scale_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/ingest_scale.py on 30 documents with 5 decisions: it runs and writes its table."""
    monkeypatch.syspath_prepend(str(SCRIPT.parent))  # it imports synth_names from its folder
    spec = importlib.util.spec_from_file_location("ingest_scale", SCRIPT.parent / "ingest_scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(["--docs", "30", "--decisions", "5", "--step", "10", "--db", str(tmp_path / "kb.sqlite"),
                 "--out", str(tmp_path / "out.json")])
    report = json.loads((tmp_path / "out.json").read_text())
    assert [r["to"] for r in report["rows"]] == [10, 20, 30]
    assert report["counts"]["documents"] == 30


def test_chart_witness_matches_the_chart(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """benchmarks/chart_witness.py's prototype gives the hub's chart edges exactly (PostgreSQL; SQLite refused)."""
    spec = importlib.util.spec_from_file_location("chart_witness", SCRIPT.parent / "chart_witness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from reportgraph.store import Store, schema

    store = Store(db_url)
    try:
        module.qs.generate(store, 3000, 300, 10, 7, lambda _: None, hub_docs=60)
        with store.engine.begin() as conn:  # a third of the events without an agent: the first participant's
            p = schema.event_participants
            conn.execute(p.update().where(p.c.event_id % 3 == 0).values(role="patient"))
    finally:
        store.close()
    if not db_url.startswith("postgresql"):
        with pytest.raises(SystemExit):
            module.main(["--db", db_url])
        return
    out = module.main(["--db", db_url, "--runs", "1"])
    assert out["same_edges_counts_confidences_facts"] and out["same_order"]
    assert out["edges_total"][0] == out["edges_total"][1] > 0
    assert out["witness_rows"] > 0


def test_parallel_speed_runs_compare_across_folders(tmp_path: Path) -> None:
    """benchmarks/parallel_speed.py writes the same reports in any folder (the same input every run), and
    its export digest leaves out the folder, the one thing that differs between two runs' exports."""
    spec = importlib.util.spec_from_file_location("parallel_speed", SCRIPT.parent / "parallel_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = SCRIPT.parents[1] / "corpus" / "en"
    a, b = tmp_path / "a" / "reports", tmp_path / "b" / "reports"
    texts_a, texts_b = module.write_reports(a, 4, corpus), module.write_reports(b, 4, corpus)
    assert module.reports_digest(texts_a) == module.reports_digest(texts_b)
    assert module.reports_digest(texts_a) != module.reports_digest(texts_a[::-1])

    def export(folder: Path, at: str) -> bytes:
        return json.dumps({"documents": [{"source": str(folder / "r00000.txt"), "ingested_at": at}]}).encode()

    same = "2023-11-14T22:13:20+00:00"
    assert module.export_digest(export(a, same), a) == module.export_digest(export(b, same), b)
    assert module.export_digest(export(a, same), a) != module.export_digest(export(b, "2026-12-05"), b)


def test_date_reading_compares_two_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("date_reading", SCRIPT.parent / "date_reading.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def row(event: int, system: str | None, cause: str) -> dict:
        return {"doc": "d", "event": event, "type": "KILLING", "trigger": "killed", "gold": "2025-05-31",
                "system": system, "cause": cause, "sentence": "19 people were killed; ..."}

    before = {("d", j): r for j, r in enumerate(
        [row(0, "2025-08-02", "the sentence's date misread"), row(1, "2025-05", "date right"),
         row(2, "2024", "another date of the sentence"), row(3, "2025-05-31", "date right")])}
    after = [row(0, "2025-05-31", "date right"), row(1, "2024", "the sentence's date misread"),
             row(2, "2023", "another date of the sentence"), row(3, "2025-05-31", "date right")]
    gained, lost, changed = module.compare(before, after)
    assert gained.startswith("gained (1)") and "2025-08-02 -> 2025-05-31" in gained
    assert lost.startswith("lost (1)") and "2025-05 -> 2024" in lost
    assert changed.startswith("changed (1)") and "2024 -> 2023" in changed
