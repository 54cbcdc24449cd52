"""The relation trainer's choice of C (train/relations.choose): the strongest regularisation, unless a
weaker one's F1 passes the kept one's by more than LABEL_STEP."""

from __future__ import annotations

from typing import Any

import pytest

from reportgraph.extract.learned_relations import RelationModel
from reportgraph.train import relations


def _chosen(monkeypatch: pytest.MonkeyPatch, f1: dict[float, float], on: str = "dev") -> float:
    """The C ``choose`` keeps where the model fit at each C of the grid scores ``f1[C]`` on ``on``."""

    def fit(X: list[list[str]], Y: list[set[str]], c: float = 1.0, min_count: int = 2) -> RelationModel:
        return RelationModel(weights={}, intercepts={}, threshold=0.5, meta={"C": c})

    def choose_on_scored(model: RelationModel, dev_s: Any, guard_s: Any, slack: float = 0.01,
                         on: str = "dev") -> float:
        model.meta.update({f"{on}_f1_combined": f1[model.meta["C"]], f"{on}_f1_learned_only": 0.0,
                           f"{on}_f1_rules": 0.0})
        return 0.4

    monkeypatch.setattr(relations, "fit", fit)
    monkeypatch.setattr(relations, "choose_on_scored", choose_on_scored)
    monkeypatch.setattr(relations, "out_of_fold", lambda *a, **kw: [])
    monkeypatch.setattr(relations, "_grid_f1", lambda *a, **kw: (0.0, 0.0))
    monkeypatch.setattr(relations, "C_GRID", tuple(sorted(f1)))
    return float(relations.choose([], [], [], on).meta["C"])


def test_a_weaker_c_that_passes_the_stronger_by_less_than_a_step_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # the best F1 at the weakest C, but within LABEL_STEP (0.005) of the strongest's: a tie, the strongest kept
    assert _chosen(monkeypatch, {0.15: 0.4367, 0.25: 0.4403, 0.5: 0.4413}) == 0.15
    assert _chosen(monkeypatch, {0.15: 0.4367, 0.25: 0.4403, 0.5: 0.4413}, "folds") == 0.15


def test_each_weaker_c_is_weighed_against_the_last_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0.25 passes 0.15 by a step and is kept; 0.5 passes 0.15 by more than a step but 0.25 by less
    assert _chosen(monkeypatch, {0.15: 0.40, 0.25: 0.41, 0.5: 0.413}) == 0.25


def test_a_weaker_c_that_passes_by_more_than_a_step_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _chosen(monkeypatch, {0.15: 0.40, 0.25: 0.41, 0.5: 0.42}) == 0.5
    assert _chosen(monkeypatch, {0.15: 0.42, 0.25: 0.41, 0.5: 0.40}) == 0.15
