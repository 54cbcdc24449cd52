"""benchmarks/xdoc_errors.py: the missed pairs by cause, and the sealed split it never reads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "xdoc_errors.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("xdoc_errors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missed_pairs_are_counted_by_cause() -> None:
    by_gid = {"g1": [("d1", "tazira front"), ("d2", "front of tazira"), ("d3", "tfl"), ("d3", "the front"),
                     ("d4", "tazira")]}
    occ_sys = {("d1", "tazira front"): {"e1"}, ("d2", "front of tazira"): {"e1"}, ("d3", "tfl"): {"e2"},
               ("d3", "the front"): {"e3"}, ("d4", "tazira"): {"e4"}}
    etype = {"e1": "ORGANIZATION", "e2": "ORGANIZATION", "e3": "ORGANIZATION", "e4": "LOCATION"}
    causes = load().missed_by_cause(by_gid, occ_sys, etype)
    # 10 pairs: d1-d2 held together; d3's two apart in one document; d4 typed otherwise (4 pairs);
    # d1/d2 against d3's two (4 pairs) the resolver's
    assert causes == {"unfound": 0, "one document": 1, "typed differently": 4, "resolution": 4}
    occ_sys.pop(("d4", "tazira"))
    assert load().missed_by_cause(by_gid, occ_sys, etype)["unfound"] == 4


def test_the_sealed_split_is_not_offered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "argv", ["xdoc_errors.py", "--split", "test", "--out", str(tmp_path)])
    with pytest.raises(SystemExit):
        load().main()
    assert not (tmp_path / "gold-test").exists()
