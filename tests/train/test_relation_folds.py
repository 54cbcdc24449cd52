"""The relation trainer's choice on out-of-fold scores of the train split (train/relations.choose)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reportgraph.train import common, relations
from reportgraph.train.relations import Prepared


def test_a_documents_fold_is_fixed_by_its_name_and_the_seed() -> None:
    names = [f"wire_{i:03d}" for i in range(200)]
    folds = [common.fold_of(n, 5) for n in names]
    assert folds == [common.fold_of(n, 5) for n in names]  # reproducible
    assert set(folds) == set(range(5)) and min(folds.count(f) for f in range(5)) >= 25
    assert [common.fold_of(n, 5, seed=1) for n in names] != folds


def _doc(i: int, allies: int = 2, others: int = 2) -> Prepared:
    """A made-up document: pairs of two groups, ``allies`` of them said to be allies (gold), ``others``
    of them fighting (no gold relation); ``doc=`` marks which document each pair comes from."""
    X, Y, ends, ids, gold = [], [], [], {}, set()
    for j in range(allies + others):
        a, b = f"a{j}", f"b{j}"
        ids.update({a: f"d{i}a{j}", b: f"d{i}b{j}"})
        ally = j < allies
        X.append(["types=ORGANIZATION|ORGANIZATION", "w:allied" if ally else "w:fought", f"doc={i}"])
        Y.append({"ALLY_OF="} if ally else set())
        ends.append((a, "ORGANIZATION", b, "ORGANIZATION"))
        if ally:
            gold.add((min(ids[a], ids[b]), "ALLY_OF", max(ids[a], ids[b])))
    return Prepared(f"doc{i}", X, Y, ends, ids, gold, set())


def test_every_training_document_is_scored_once_by_a_model_that_did_not_see_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[set[str]] = []
    real_fit = relations.fit

    def fit(X: list[list[str]], Y: list[set[str]], c: float = 1.0, min_count: int = 2) -> Any:
        model = real_fit(X, Y, c, min_count)
        model.meta["saw"] = {f for fs in X for f in fs if f.startswith("doc=")}
        seen.append(model.meta["saw"])
        return model

    scored: list[str] = []

    def scored_doc(model: Any, prep: Prepared) -> Any:
        assert f"doc={prep.name[3:]}" not in model.meta["saw"]
        scored.append(prep.name)
        return [], prep.gold, prep.ruled

    monkeypatch.setattr(relations, "fit", fit)
    monkeypatch.setattr(relations, "_scored_doc", scored_doc)
    train = [_doc(i) for i in range(30)]
    relations.out_of_fold(train, 0.25, k=5)
    assert sorted(scored) == sorted(p.name for p in train)
    assert len(seen) == 5 and all(len(s) < 30 for s in seen)


def test_the_fold_choice_reads_no_dev_document() -> None:
    pytest.importorskip("sklearn")
    train = [_doc(i, allies=1 + i % 3, others=1 + i % 2) for i in range(30)]
    dev = [_doc(100 + i) for i in range(6)]
    # the dev documents' gold emptied: the choice on the folds stays, the untuned dev figure falls
    no_gold = [Prepared(p.name, p.X, [set() for _ in p.Y], p.ends, p.ids, set(), set()) for p in dev]
    on_folds = relations.choose(train, dev, [], "folds")
    again = relations.choose(train, no_gold, [], "folds")
    assert (on_folds.meta["C"], on_folds.threshold, on_folds.thresholds) == (again.meta["C"], again.threshold,
                                                                              again.thresholds)
    assert on_folds.meta["folds_f1_combined"] == again.meta["folds_f1_combined"] == 1.0
    assert on_folds.meta["dev_f1_combined"] == 1.0 and again.meta["dev_f1_combined"] == 0.0  # dev scored, untuned
    assert "folds_f1_combined" not in relations.choose(train, dev, [], "dev").meta  # the choice before


def test_the_trainer_command_passes_its_own_option(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    got: dict[str, Any] = {}
    monkeypatch.setattr(relations, "train", lambda *a, **kw: got.update(kw))
    relations.main(["--corpus", str(tmp_path), "--choose-on", "folds", "--out", str(tmp_path / "m.json")])
    assert got["choose_on"] == "folds"
    relations.main(["--corpus", str(tmp_path), "--out", str(tmp_path / "m.json")])
    assert got["choose_on"] == relations.CHOOSE_ON
