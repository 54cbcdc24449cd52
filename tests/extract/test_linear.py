"""The learned models' compiled scoring (linear.Table) gives exactly the sums of ``linear.logits``."""

from __future__ import annotations

import random

import pytest

from reportgraph.extract.learned_entities import default_model as entity_model
from reportgraph.extract.learned_events import default_model as event_model
from reportgraph.extract.learned_relations import default_model as relation_model
from reportgraph.extract.linear import Table, logits, sigmoids, softmax

WEIGHTS = {
    "a": {"X": 0.1, "Y": -2.5},
    "b": {"Y": 1e-16},  # under half the precision of 1.0: nine added one by one are lost, together not
    "c": {},
    "d": {"X": 3.0, "Y": 0.7, "Z": -0.3},
}
INTERCEPTS = {"Z": 0.2, "X": -1.0, "Y": 1.0}


@pytest.mark.parametrize("feats", [[], ["a"], ["a", "a", "b"], ["zzz", "d", "c", "b", "a"], ["b"] * 9 + ["d"]])
def test_the_table_adds_in_the_order_of_the_features(feats: list[str]) -> None:
    table = Table(WEIGHTS, INTERCEPTS)
    assert table.logits(feats) == logits(WEIGHTS, INTERCEPTS, feats)
    assert list(table.logits(feats)) == list(INTERCEPTS)  # the labels in the intercepts' order
    assert table.softmax(feats) == softmax(WEIGHTS, INTERCEPTS, feats)
    assert table.sigmoids(feats) == sigmoids(WEIGHTS, INTERCEPTS, feats)


@pytest.mark.parametrize("load", [entity_model, event_model, relation_model])
def test_the_shipped_models_score_as_before(load) -> None:
    model = load()
    if model is None:
        pytest.skip("no shipped model")
    rng = random.Random(12)
    known = list(model.weights)
    for _ in range(200):
        feats = rng.sample(known, rng.randint(0, 80)) + ["never-a-feature"]
        assert model.table.logits(feats) == logits(model.weights, model.intercepts, feats)


def test_many_lists_scored_at_once_match_one_at_a_time() -> None:
    table = Table(WEIGHTS, INTERCEPTS)
    lists = [[], ["a"], ["a", "a", "d"], ["zzz", "d", "c", "b", "a"]]
    many = table.sigmoids_many(lists)
    assert len(many) == len(lists) and table.sigmoids_many([]) == []
    for feats, got in zip(lists, many, strict=True):
        want = sigmoids(WEIGHTS, INTERCEPTS, feats)
        assert list(got) == list(want) and got == pytest.approx(want, abs=1e-12)
