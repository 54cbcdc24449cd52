"""``train.common.fit_softmax``: the one softmax fit the entity, French name, trigger and argument trainers share."""

from __future__ import annotations

import math

from reportgraph.extract.linear import SoftmaxModel
from reportgraph.train.common import fit_softmax

X = [["verb=kill", "obj"], ["verb=kill"], ["verb=say"], ["verb=say", "obj"], ["verb=kill", "obj"], ["verb=say"]]


def test_two_classes_are_one_softmax_with_the_first_at_zero() -> None:
    y = ["KILLING", "KILLING", "none", "none", "KILLING", "none"]
    weights, intercepts = fit_softmax(X, y, c=1.0, min_count=1)
    assert set(intercepts) == {"KILLING", "none"}
    assert intercepts["KILLING"] == 0.0
    assert all("KILLING" not in row for row in weights.values())
    model = SoftmaxModel(weights, intercepts, 0.5, {})
    p = model.probs(["verb=say"])
    assert math.isclose(sum(p.values()), 1.0)
    assert p["none"] > 0.5 > model.probs(["verb=kill"])["none"]


def test_rare_features_and_small_weights_are_left_out_and_unseen_labels_get_zero() -> None:
    y = ["KILLING", "KILLING", "none", "ARREST", "KILLING", "none"]
    weights, intercepts = fit_softmax(X, y, c=1.0, min_count=2, labels=("KILLING", "ARREST", "none", "ATTACK"))
    assert intercepts["ATTACK"] == 0.0 and set(intercepts) == {"KILLING", "ARREST", "none", "ATTACK"}
    assert set(weights) <= {"verb=kill", "verb=say", "obj"}
    assert all(abs(w) >= 0.01 and round(w, 4) == w for row in weights.values() for w in row.values())
    assert weights["verb=kill"]["KILLING"] > 0 > weights["verb=say"]["KILLING"]
