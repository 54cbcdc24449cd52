"""Train the finder of names headed by a common noun (extract/learned_phrases.py) from the annotated corpus.

    python -m reportgraph.train.phrases [--corpus corpus/fr] [--out src/reportgraph/data/models/fr/phrases.json]

Each training document is parsed as at extraction time and its candidates read (``learned_phrases.candidates``);
a candidate is labelled with the type of the gold entity one of whose names it spells (``name_key``) when that
type is ORGANIZATION or LOCATION, else "not a name". The regularisation (``C_GRID``) and the threshold
(``GRID``) are chosen on the ``dev`` split by the F1 of the names the finder gives there (``learned_phrases.chosen``,
right when the gold has the name with that type); the ``test`` split is never read. Needs scikit-learn (a dev
dependency); the extractor itself only reads the JSON it writes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..extract.domain import parse_text
from ..extract.language import current_language
from ..extract.learned_phrases import LABELS, NONE, Phrase, PhraseModel, document_features
from ..extract.names import name_key
from ..extract.nlp import load_nlp
from .common import fit_softmax, run_cli, write_model
from .corpus import GoldDoc, docs_of_split, iter_docs

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "models" / "phrases.json"
C_GRID = (0.25, 0.5, 1.0)  # strongest regularisation first: a weaker one is kept only where it adds STEP
GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
STEP = 0.005


def gold_types(gold: dict[str, Any]) -> dict[str, str]:
    """Name key -> the type of the gold entity that has the name."""
    out: dict[str, str] = {}
    for e in gold.get("entities", []):
        for n in e.get("names", []):
            out.setdefault(name_key(n), e["type"])
    return out


# one document: its candidates (with their features, their name key and label), the gold's name keys by type
Prepared = tuple[list[tuple[Phrase, list[str], str, str]], dict[str, str]]


def prepare(nlp: Any, doc: GoldDoc) -> Prepared:
    sdoc = parse_text(nlp, doc.text, current_language())
    types = gold_types(doc.gold)
    out = []
    for p, fs in document_features(sdoc):
        key = name_key(sdoc[p.start : p.end].text)
        label = types.get(key, NONE)
        out.append((p, fs, key, label if label in LABELS else NONE))
    return out, types


def fit(X: list[list[str]], y: list[str], c: float, min_count: int = 2) -> PhraseModel:
    weights, intercepts = fit_softmax(X, y, c, min_count, LABELS)
    meta = {"candidates": len(X), "labels": {lab: y.count(lab) for lab in LABELS}, "C": c}
    return PhraseModel(weights, intercepts, 1.01, meta)


def counts(model: PhraseModel, docs: list[Prepared], t: float) -> tuple[int, int, int]:
    """Right names, names given and gold names to find, of the finder at threshold ``t`` on the documents: a
    name given is right when the gold has it with the type given; the gold names to find are the distinct keys
    of the candidates the gold names (the finder cannot give others)."""
    tp = n_sys = n_gold = 0
    for cands, _types in docs:
        best: dict[int, tuple[str, str, float]] = {}
        for p, fs, key, _label in cands:
            label, prob = model.best(fs)
            if prob >= t and (p.start not in best or prob > best[p.start][2]):
                best[p.start] = (key, label, prob)
        given = {(key, label) for key, label, _ in best.values()}
        gold = {(key, label) for _, _, key, label in cands if label != NONE}
        tp += len(given & gold)
        n_sys += len(given)
        n_gold += len(gold)
    return tp, n_sys, n_gold


def f1(model: PhraseModel, docs: list[Prepared], t: float) -> float:
    tp, n_sys, n_gold = counts(model, docs, t)
    return 2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0


def train(corpus: Path, extra: list[Path], out: Path, log: Any = sys.stderr,
          extra_dev: tuple[Path, ...] = (), language: str = "fr") -> PhraseModel:
    nlp = load_nlp(None, language)
    train_docs = docs_of_split(corpus, "train") + [d for f in extra for d in iter_docs(f)]
    if not train_docs:
        raise SystemExit(f"no training documents under {corpus} (splits.json names none as train)")
    tr = [prepare(nlp, d) for d in train_docs]
    X = [fs for cands, _ in tr for _, fs, _, _ in cands]
    y = [label for cands, _ in tr for _, _, _, label in cands]
    print(f"phrases: {len(train_docs)} training documents, {len(X)} candidates "
          f"({sum(1 for v in y if v != NONE)} names)", file=log)
    dev = [prepare(nlp, d) for d in docs_of_split(corpus, "dev")]
    model: PhraseModel | None = None
    for c in C_GRID:
        trial = fit(X, y, c)
        if dev:
            curve = {t: f1(trial, dev, t) for t in GRID}
            trial.threshold = max(curve, key=lambda t: curve[t])  # the lowest of equals
            tp, n_sys, n_gold = counts(trial, dev, trial.threshold)
            trial.meta.update({"dev_f1": round(curve[trial.threshold], 4), "dev_right": tp, "dev_given": n_sys,
                               "dev_gold": n_gold})
            print(f"phrases: C {c}: threshold {trial.threshold}, {len(dev)} dev documents: F1 "
                  f"{curve[trial.threshold]:.4f} ({tp} right of {n_sys} given, {n_gold} to find)", file=log)
        else:
            trial.threshold = 0.5
        if model is None or trial.meta.get("dev_f1", 0.0) > model.meta.get("dev_f1", 0.0) + STEP:
            model = trial
    assert model is not None
    model.meta.update({"train_documents": len(train_docs), "dev_documents": len(dev)})
    write_model(out, model.to_json(), "phrases", len(model.weights), log)
    return model


def main(argv: list[str] | None = None) -> None:
    run_cli(argv, __doc__, DEFAULT_OUT, "unused: the threshold is chosen on the dev split alone", train)


if __name__ == "__main__":
    main()
