"""Scoring with the learned components' linear models: weights by feature and label, plus intercepts
(the JSON files ``reportgraph.train`` writes)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Self

import numpy

Weights = dict[str, dict[str, float]]  # feature -> label -> weight


def logits(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """Each label's intercept plus the weights of the features present."""
    z = dict(intercepts)
    for x in feats:
        for label, w in weights.get(x, {}).items():
            z[label] += w
    return z


def _softmax(z: dict[str, float]) -> dict[str, float]:
    top = max(z.values())
    e = {k: math.exp(v - top) for k, v in z.items()}
    total = sum(e.values())
    return {k: v / total for k, v in e.items()}


def _sigmoids(z: dict[str, float]) -> dict[str, float]:
    return {label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for label, v in z.items()}


def softmax(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """One probability distribution over the labels (a multinomial model)."""
    return _softmax(logits(weights, intercepts, feats))


def sigmoids(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """Each label's own probability (one binary model per label)."""
    return _sigmoids(logits(weights, intercepts, feats))


class Table:
    """A model's weights as one array, a row per feature, for scoring many feature lists: a relation
    pair has some 60 features, each weighted for up to 21 labels, and ``logits`` adding them one by
    one was about 3% of an ingest's CPU. Built once per model; the model's weights must not change
    after it (they are read here, not referenced).

    The sums are exactly those of ``logits``: each label's intercept, then each present feature's
    weight in the features' order (``cumsum`` adds row after row; a label a feature has no weight
    for adds 0.0, which changes no sum)."""

    def __init__(self, weights: Weights, intercepts: dict[str, float]) -> None:
        self.labels = list(intercepts)
        column = {label: j for j, label in enumerate(self.labels)}
        self.rows = {feat: i for i, feat in enumerate(weights, 1)}
        self.array = numpy.zeros((len(weights) + 1, len(self.labels)), dtype=numpy.float64)
        self.array[0] = [intercepts[label] for label in self.labels]
        for i, row in enumerate(weights.values(), 1):
            for label, w in row.items():
                self.array[i, column[label]] = w

    def logits(self, feats: Iterable[str]) -> dict[str, float]:
        """``logits`` of the model's weights and intercepts."""
        get = self.rows.get
        present = [0]
        for x in feats:
            i = get(x)
            if i is not None:
                present.append(i)
        z = numpy.cumsum(self.array[present], axis=0)[-1]
        return dict(zip(self.labels, z.tolist(), strict=True))

    def sigmoids_many(self, feats_list: list[list[str]]) -> list[dict[str, float]]:
        """``sigmoids`` of each feature list, summed in one array operation for all of them (the
        document-level relation model scores a hundred pairs a document)."""
        if not feats_list:
            return []
        get = self.rows.get
        rows: list[int] = []
        starts: list[int] = []
        for feats in feats_list:
            starts.append(len(rows))
            rows.append(0)
            rows.extend(i for i in map(get, feats) if i is not None)
        z = numpy.add.reduceat(self.array[rows], starts, axis=0)
        return [_sigmoids(dict(zip(self.labels, row, strict=True))) for row in z.tolist()]

    def softmax(self, feats: Iterable[str]) -> dict[str, float]:
        return _softmax(self.logits(feats))

    def sigmoids(self, feats: Iterable[str]) -> dict[str, float]:
        return _sigmoids(self.logits(feats))


NONE = "O"  # the label of a softmax model's "nothing" (no event, no role, no name)


@dataclass
class Softmax:
    """Weights by feature and label and intercepts by label, scored as a softmax over the labels: what the learned
    entity check (``learned_entities.EntityModel``, two thresholds of its own) and ``SoftmaxModel`` share."""

    weights: Weights  # feature -> label -> weight
    intercepts: dict[str, float]

    @cached_property
    def table(self) -> Table:
        """The weights compiled for scoring (``Table``), on first use."""
        return Table(self.weights, self.intercepts)

    def probs(self, feats: Iterable[str]) -> dict[str, float]:
        return self.table.softmax(feats)


@dataclass
class SoftmaxModel(Softmax):
    """A multinomial linear model as the trainers write it, with a decision threshold and what the trainer measured
    (``meta``); the learned trigger, argument and French name models."""

    threshold: float
    meta: dict[str, Any]

    def best(self, feats: Iterable[str]) -> tuple[str, float]:
        """The most likely label other than ``NONE`` and its probability."""
        probs = self.probs(feats)
        label = max((lab for lab in probs if lab != NONE), key=lambda lab: probs[lab])
        return label, probs[label]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Self:
        return cls(weights=raw["weights"], intercepts=raw["intercepts"], threshold=float(raw["threshold"]),
                   meta=raw.get("meta", {}))
