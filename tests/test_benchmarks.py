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
