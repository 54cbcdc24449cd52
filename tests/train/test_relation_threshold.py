"""The relation trainer's threshold choice (train/relations.choose_threshold) on made-up dev curves."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from reportgraph.train import relations

# threshold -> (combined F1, learned-only F1) on a made-up dev split: 0.25 is the combined figure's best by
# 0.001, 0.2 the classifier's own best
CURVE = {0.15: (0.430, 0.300), 0.2: (0.440, 0.340), 0.25: (0.441, 0.330), 0.3: (0.420, 0.320)}


@pytest.fixture
def curve(monkeypatch: pytest.MonkeyPatch) -> None:
    def grid_f1(model: Any, scored: list[Any], t: float,
                per_label: dict[str, float] | None = None) -> tuple[float, float]:
        if scored == ["guard"]:
            return (0.5, 0.0)  # the guard's floor always kept
        return CURVE.get(t, (0.0, 0.0)) if not per_label else (0.0, 0.0)

    monkeypatch.setattr(relations, "_scored", lambda model, docs: list(docs))
    monkeypatch.setattr(relations, "_grid_f1", grid_f1)


def _model() -> Any:
    return SimpleNamespace(intercepts={}, meta={}, thresholds={})


def test_without_a_guard_set_a_combined_f1_within_noise_goes_to_the_better_classifier(curve: None) -> None:
    model = _model()
    assert relations.choose_threshold(model, ["dev"], []) == 0.2
    assert model.meta["dev_f1_combined"] == 0.44 and model.meta["dev_f1_learned_only"] == 0.34


def test_with_a_guard_set_the_best_combined_f1_is_kept(curve: None) -> None:
    # the English trainer (a guard set given): the choice it made before
    assert relations.choose_threshold(_model(), ["dev"], ["guard"]) == 0.25


def test_a_threshold_the_guard_refuses_ends_the_search_downwards(monkeypatch: pytest.MonkeyPatch) -> None:
    # a label's own threshold judged on dev alone (LABEL_STEPS_ON "dev", the choice before the thirty-first
    # round; "pooled" gives the guard no veto: tests/extract/test_relclf_thirtyfirst.py): dev F1 rises as it
    # falls; the guard refuses 0.3 but passes 0.2 again (one relation on a few documents), which the search
    # must not take: 0.2 keeps every relation 0.3 adds
    monkeypatch.setattr(relations, "LABEL_STEPS_ON", "dev")
    dev_curve = {0.4: 0.41, 0.3: 0.43, 0.25: 0.44, 0.2: 0.45, 0.15: 0.45}

    def grid_f1(model: Any, scored: list[Any], t: float,
                per_label: dict[str, float] | None = None) -> tuple[float, float]:
        own = (per_label or {}).get("HOSTILE_TO=")
        if scored == ["guard"]:
            return (0.40 if own in (0.3, 0.25) else 0.5, 0.0)  # the floor: 0.5 (1.01's) - 0.01
        if own is None:
            return (0.40 if t == 0.5 else 0.30, 0.0)
        return (dev_curve.get(own, 0.30), 0.0)

    monkeypatch.setattr(relations, "_scored", lambda model, docs: list(docs))
    monkeypatch.setattr(relations, "_grid_f1", grid_f1)
    model = SimpleNamespace(intercepts={"HOSTILE_TO=": 0.0}, meta={"label_counts": {"HOSTILE_TO=": 9}}, thresholds={})
    assert relations.choose_threshold(model, ["dev"], ["guard"]) == 0.5
    assert model.thresholds == {"HOSTILE_TO=": 0.4}
    # without a guard set (the French trainer) nothing is refused: the search goes on down
    model = SimpleNamespace(intercepts={"HOSTILE_TO=": 0.0}, meta={"label_counts": {"HOSTILE_TO=": 9}}, thresholds={})
    relations.choose_threshold(model, ["dev"], [])
    assert model.thresholds == {"HOSTILE_TO=": 0.2}


def test_grid_f1_counts_each_document_with_per_label_thresholds() -> None:
    gold = {("g1", "HOSTILE_TO", "g2"), ("g1", "OPERATES_IN", "p")}
    ruled = {("g1", "OPERATES_IN", "p")}
    cands = [("HOSTILE_TO=", 0.35, ("g1", "HOSTILE_TO", "g2")),
             ("HOSTILE_TO=", 0.2, ("g1", "HOSTILE_TO", "g3")),  # wrong, kept only at 0.2
             ("ALLY_OF=", 0.6, ("g1", "ALLY_OF", "g2"))]  # wrong
    scored = [(cands, gold, ruled)]
    # common threshold 0.5: learned finds ALLY_OF only; combined = the rules' one right + ALLY_OF
    assert relations._doc_counts(scored, 0.5) == [(1, 2, 2, 0, 1)]
    assert relations._doc_counts(scored, 0.5, {"HOSTILE_TO=": 0.3}) == [(2, 3, 2, 1, 2)]
    assert relations._doc_counts(scored, 0.5, {"HOSTILE_TO=": 0.2}) == [(2, 4, 2, 1, 3)]
    combined, learned = relations._grid_f1(None, scored * 2, 0.5, {"HOSTILE_TO=": 0.3})  # type: ignore[arg-type]
    assert combined == pytest.approx(2 * 4 / (6 + 4)) and learned == pytest.approx(2 * 2 / (4 + 4))
