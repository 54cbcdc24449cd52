"""Scoring with the learned components' linear models: weights by feature and label, plus intercepts
(the JSON files ``reportgraph.train`` writes), read with the standard library alone."""

from __future__ import annotations

import math
from collections.abc import Iterable

Weights = dict[str, dict[str, float]]  # feature -> label -> weight


def logits(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """Each label's intercept plus the weights of the features present."""
    z = dict(intercepts)
    for x in feats:
        for label, w in weights.get(x, {}).items():
            z[label] += w
    return z


def softmax(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """One probability distribution over the labels (a multinomial model)."""
    z = logits(weights, intercepts, feats)
    top = max(z.values())
    e = {k: math.exp(v - top) for k, v in z.items()}
    total = sum(e.values())
    return {k: v / total for k, v in e.items()}


def sigmoids(weights: Weights, intercepts: dict[str, float], feats: Iterable[str]) -> dict[str, float]:
    """Each label's own probability (one binary model per label)."""
    return {label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))
            for label, v in logits(weights, intercepts, feats).items()}
