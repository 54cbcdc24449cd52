"""benchmarks/relation_shapes.py: the cross-sentence misses of relation_errors.py by where their two names sit
(thirty-second round, branch frrel38)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "relation_shapes.py"

TEXT = (
    "Le Front de libération du Kessa est né en 2014 dans le nord.\n"
    "Le groupe opère depuis dans la région de Bilma. Moussa Kandago a quitté Dirkou en 2019.\n"
    "- Dirkou : une ville du Kawar\n"
)
GOLD = {"entities": [
    {"id": "flk", "type": "ORGANIZATION", "names": ["Front de libération du Kessa"]},
    {"id": "bilma", "type": "LOCATION", "names": ["Bilma"]},
    {"id": "kandago", "type": "PERSON", "names": ["Moussa Kandago"]},
    {"id": "dirkou", "type": "LOCATION", "names": ["Dirkou"]},
]}
EXAMPLES = (
    "== not a candidate: cross-sentence adjacent (1)\n"
    "rapport OPERATES_IN flk -> bilma\n"
    "== not a candidate: cross-sentence far (1)\n"
    "rapport OPERATES_IN flk -> dirkou\n"
    "== not a candidate: one referred to (a pronoun, 'the group') where the other is named (1)\n"
    "rapport OPERATES_IN kandago -> bilma: Moussa Kandago a quitté Dirkou en 2019.\n"
    "== candidate rejected (1)\n"
    "rapport LEADER_OF kandago -> flk\n"
)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("relation_shapes", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _corpus(tmp_path: Path, split: str) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "rapport.txt").write_text(TEXT, "utf-8")
    (tmp_path / "docs" / "rapport.gold.json").write_text(json.dumps(GOLD), "utf-8")
    (tmp_path / "splits.json").write_text(json.dumps({"rapport": split}), "utf-8")
    (tmp_path / "ex.txt").write_text(EXAMPLES, "utf-8")
    return tmp_path


def test_each_cross_sentence_miss_gets_its_shape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path, "train")
    mod = _load()
    monkeypatch.setattr(sys, "argv", ["relation_shapes.py", str(corpus / "ex.txt"), "--corpus", str(corpus)])
    mod.main()
    out = capsys.readouterr().out
    assert "1  opening le groupe: OPERATES_IN 1" in out  # the second sentence opens on a stand-in
    assert "1  far: OPERATES_IN 1" in out  # the group and Dirkou two sentences apart
    # the referred-to miss's object ends in ":" (its evidence follows) and is still read; a rejected candidate is not
    assert "1  prose, no stand-in opening: OPERATES_IN 1" in out
    assert "layout" not in out
    assert "LEADER_OF" not in out


def test_a_test_document_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path, "test")
    mod = _load()
    monkeypatch.setattr(sys, "argv", ["relation_shapes.py", str(corpus / "ex.txt"), "--corpus", str(corpus)])
    with pytest.raises(SystemExit, match="refused"):
        mod.main()
