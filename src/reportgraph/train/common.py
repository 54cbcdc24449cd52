"""What the trainers share: their command line and how a model file is written."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..extract.language import LANGUAGES, extraction_language
from .corpus import corpus_language


def write_model(out: Path, payload: dict[str, Any], what: str, n_features: int, log: TextIO) -> None:
    """Write a model as compact, key-sorted JSON (the same data always gives the same bytes)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{what}: wrote {out} ({out.stat().st_size // 1024} KB, {n_features} features)", file=log)


def run_cli(argv: list[str] | None, doc: str | None, default_out: Path, guard_help: str,
            train: Callable[..., Any], options: dict[str, dict[str, Any]] | None = None) -> None:
    """``python -m reportgraph.train.X``: parse the trainer's arguments and run it. ``options``: a
    trainer's own flags (``add_argument``'s keywords by flag), passed to ``train`` by name."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus/en"))
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more gold folders to train on")
    ap.add_argument("--extra-dev", type=Path, action="append", default=[], help=guard_help)
    ap.add_argument("--out", type=Path, default=None, help=f"default: {default_out}, or models/<language>/ beside it")
    ap.add_argument("--language", choices=LANGUAGES, default=None,
                    help="the corpus's language (default: the corpus folder's name when it is one, else en)")
    own = {flag: ap.add_argument(flag, **kw).dest for flag, kw in (options or {}).items()}
    a = ap.parse_args(argv)
    language = a.language or corpus_language(a.corpus)
    out = a.out or (default_out if language == "en" else default_out.parent / language / default_out.name)
    with extraction_language(language):
        train(a.corpus, a.extra, out, extra_dev=tuple(a.extra_dev), language=language,
              **{dest: getattr(a, dest) for dest in own.values()})


def binary_matrix(X: list[list[str]], min_count: int) -> tuple[Any, list[str]]:
    """The examples' features as a sparse 0/1 matrix (scikit-learn's DictVectorizer: columns in
    sorted feature order), leaving out the features seen in fewer than ``min_count`` examples; with
    the column names."""
    from sklearn.feature_extraction import DictVectorizer

    counts: dict[str, int] = {}
    for fs in X:
        for x in set(fs):
            counts[x] = counts.get(x, 0) + 1
    vec = DictVectorizer()
    matrix = vec.fit_transform([{x: 1 for x in fs if counts[x] >= min_count} for fs in X])
    return matrix, [str(n) for n in vec.get_feature_names_out()]


def fit_softmax(X: list[list[str]], y: list[str], c: float, min_count: int,
                labels: tuple[str, ...] = ()) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """One multinomial L2-regularised logistic regression (scikit-learn) over binary features: the weights by
    feature and label (those under 0.01 left out, the rest rounded to 4 places) and the intercepts by label,
    with 0 for each of ``labels`` the examples never show. Two classes give one logit in scikit-learn, of the
    second class against the first: written as the same softmax with the first class at zero. The entity
    check, the French name finder and the event trigger and argument models are fitted so."""
    from sklearn.linear_model import LogisticRegression

    M, names = binary_matrix(X, min_count)
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(M, y)
    classes = [str(k) for k in clf.classes_]
    coef, bias = list(clf.coef_), list(clf.intercept_)
    if len(classes) == 2:
        coef, bias = [0 * clf.coef_[0], clf.coef_[0]], [0.0, clf.intercept_[0]]
    weights: dict[str, dict[str, float]] = {}
    for lab, row in zip(classes, coef, strict=True):
        for name, w in zip(names, row, strict=True):
            if abs(w) >= 0.01:
                weights.setdefault(name, {})[lab] = round(float(w), 4)
    intercepts = dict.fromkeys(labels, 0.0)
    intercepts.update({lab: round(float(b), 4) for lab, b in zip(classes, bias, strict=True)})
    return weights, intercepts


def fold_of(name: str, k: int, seed: int = 0) -> int:
    """The fold (0 to ``k`` - 1) a training document falls in: a hash of its name and ``seed``, stable
    across machines and Python versions, and apart from the hash that gave it its split (corpus.split_of)."""
    return int(hashlib.sha256(f"fold {seed}: {name}".encode()).hexdigest()[:8], 16) % k
