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
