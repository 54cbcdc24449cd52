"""The annotated corpus in the repository: every document checks, every document has its split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgraph.train.corpus import SPLITS, GoldDoc, iter_docs, load_splits, split_of, validate

ROOT = Path(__file__).resolve().parents[2] / "corpus"
FOLDERS = sorted(p for p in ROOT.iterdir() if (p / "docs").is_dir())


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_document_checks(folder: Path) -> None:
    problems = [f"{d.name}: {p}" for d in iter_docs(folder) for p in validate(d)]
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_document_has_the_split_its_name_hashes_to(folder: Path) -> None:
    splits = load_splits(folder)
    names = [d.name for d in iter_docs(folder)]
    assert names and set(names) == set(splits)
    assert all(splits[n] == split_of(n) for n in names)
    assert {splits[n] for n in names} == set(SPLITS)


def test_english_corpus_is_large_enough() -> None:
    assert len(list(iter_docs(ROOT / "en"))) >= 120


def _doc(text: str, gold: dict) -> GoldDoc:
    return GoldDoc("x", text, {"doc": "x.txt", **gold}, Path("x.gold.json"))


@pytest.mark.parametrize("gold, problem", [
    ({"entities": [{"id": "a", "type": "PERSON", "names": ["Ali Musa"]}]}, "not in the text"),
    ({"entities": [{"id": "a", "type": "TRIBE", "names": ["Ali"]}]}, "unknown type"),
    ({"entities": [{"id": "a", "type": "PERSON", "names": ["Ali"]}],
      "relations": [{"subject": "a", "predicate": "LEADS", "object": "a"}]}, "unknown predicate"),
    ({"entities": [{"id": "a", "type": "PERSON", "names": ["Ali"]}],
      "relations": [{"subject": "a", "predicate": "MEMBER_OF", "object": "b"}]}, "is not an entity"),
    ({"entities": [{"id": "a", "type": "PERSON", "names": ["Ali"]}],
      "events": [{"id": "e", "type": "KILLING", "trigger": "killed", "participants": [], "date": "May 2010"}]},
     "not EDTF"),
    ({"entities": [{"id": "a", "type": "PERSON", "names": ["Ali"]}],
      "negated": [{"subject": "a", "predicate": "MEMBER_OF", "object": "z"}]}, "'z' is not an entity"),
])
def test_validator_names_each_problem(gold: dict, problem: str) -> None:
    found = validate(_doc("Ali was killed in Gao.", gold))
    assert any(problem in p for p in found), found


def test_validator_accepts_a_correct_document() -> None:
    gold = json.loads(json.dumps({
        "entities": [{"id": "a", "type": "PERSON", "names": ["Ali"]},
                     {"id": "g", "type": "LOCATION", "names": ["Gao"]}],
        "relations": [], "events": [{"id": "e", "type": "KILLING", "trigger": "killed", "location": "g",
                                     "participants": [{"entity": "a", "role": "patient"}], "date": "2010-05"}]}))
    assert validate(_doc("Ali was killed in Gao.", gold)) == []


def test_load_scorer_says_plainly_when_the_shared_scorer_is_absent(tmp_path: Path) -> None:
    from reportgraph.train.evaluate import load_scorer

    with pytest.raises(SystemExit, match="no scorer at"):
        load_scorer(tmp_path / "eval" / "score.py")
    (tmp_path / "score.py").write_text("def date_ok(a, b):\n    return a == b\n", encoding="utf-8")
    assert load_scorer(tmp_path / "score.py").date_ok("2013", "2013")
