"""Train the entity check (extract/learned_entities.py) from the annotated corpus.

    python -m reportgraph.train.entities [--corpus corpus/en] [--extra benchmarks/heldout]
                                         [--out src/reportgraph/data/models/entities.json]

Each training document is parsed and its entities found by the rules, as at extraction time; a local
entity is labelled with the type of the gold entity it shares a name with, or NONE. The two
thresholds (drop, retype) are chosen on the ``dev`` split; the ``test`` split is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..extract.domain import parse_text
from ..extract.entities import find_entities
from ..extract.language import current_language
from ..extract.learned_entities import LABELS, EntityModel, features, is_certain
from ..extract.names import name_key
from ..extract.nlp import load_nlp
from ..model import LocalEntity
from .common import fit_softmax, run_cli, write_model
from .corpus import GoldDoc, docs_of_split, iter_docs

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "models" / "entities.json"


def _gold_names(gold: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in gold.get("entities", []):
        for n in e.get("names", []):
            out.setdefault(name_key(n), e["type"])
    return out


def label_of(ent: LocalEntity, names: dict[str, str]) -> str:
    """The gold type of the first of the entity's names that the gold names, else NONE."""
    for n in ent.names():
        t = names.get(name_key(n))
        if t:
            return t
    return "NONE"


def doc_examples(nlp: Any, doc: GoldDoc) -> tuple[list[list[str]], list[str], list[LocalEntity], dict[str, str]]:
    sdoc = parse_text(nlp, doc.text, current_language())
    entities = find_entities(sdoc)
    names = _gold_names(doc.gold)
    return [features(sdoc, e) for e in entities], [label_of(e, names) for e in entities], entities, names


def fit(X: list[list[str]], y: list[str], c: float = 0.5, min_count: int = 2) -> EntityModel:
    weights, intercepts = fit_softmax(X, y, c, min_count, LABELS)
    meta = {"entities": len(X), "labels": {lab: y.count(lab) for lab in LABELS}, "C": c}
    return EntityModel(weights, intercepts, 1.01, 1.01, meta)


def _f1(model: EntityModel, dev: list[tuple[list[list[str]], list[LocalEntity], dict[str, str], GoldDoc]],
        drop: float, retype: float) -> float:
    tp = n_sys = n_gold = 0
    for X, ents, _names, doc in dev:
        gold_ids = {}
        for e in doc.gold.get("entities", []):
            for n in e.get("names", []):
                gold_ids[name_key(n)] = (e["id"], e["type"])
        found = set()
        for fs, ent in zip(X, ents, strict=True):
            etype = ent.type
            if not is_certain(ent):
                p = model.probs(fs)
                if p["NONE"] >= drop:
                    continue
                best = max((t for t in LABELS if t != "NONE"), key=lambda t: p[t])
                if best != etype and p[best] >= retype:
                    etype = best
            n_sys += 1
            hit = next((gold_ids[name_key(n)] for n in ent.names() if name_key(n) in gold_ids), None)
            if hit and hit[1] == etype and hit[0] not in found:
                found.add(hit[0])
                tp += 1
        n_gold += len(doc.gold.get("entities", []))
    return 2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0


def train(corpus: Path, extra: list[Path], out: Path, log: Any = sys.stderr,
          extra_dev: tuple[Path, ...] = (), language: str = "en") -> EntityModel:
    nlp = load_nlp(None, language)
    train_docs = docs_of_split(corpus, "train") + [d for f in extra for d in iter_docs(f)]
    if not train_docs:
        raise SystemExit(f"no training documents under {corpus} (splits.json names none as train)")
    X: list[list[str]] = []
    y: list[str] = []
    for d in train_docs:
        x, labs, _, _ = doc_examples(nlp, d)
        X += x
        y += labs
    print(f"entities: {len(train_docs)} training documents, {len(X)} local entities "
          f"({y.count('NONE')} not in the gold)", file=log)
    model = fit(X, y)
    def prepared(docs: list[GoldDoc]) -> list[Any]:
        out = []
        for d in docs:
            x, _, ents, names = doc_examples(nlp, d)
            out.append((x, ents, names, d))
        return out

    dev = prepared(docs_of_split(corpus, "dev"))
    # the register the rules were written on: the check may cost it at most 0.01 of entity F1
    guard = prepared([d for f in extra_dev for d in iter_docs(f)])
    if dev:
        # Dropping a real actor hides it from the analyst, while junk that is kept can be rejected in
        # review: a name is dropped only when "not an entity" is near certain.
        drops, retypes = (0.9, 0.95, 1.01), (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
        base = _f1(model, dev, 1.01, 1.01)
        floor = _f1(model, guard, 1.01, 1.01) - 0.005 if guard else -1.0
        # on a tie the higher drop threshold (fewer names dropped), the lower retype threshold
        best = max((round(_f1(model, dev, a, b), 6), a, -b) for a in drops for b in retypes
                   if not guard or _f1(model, guard, a, b) >= floor)
        model.drop_threshold, model.retype_threshold = best[1], -best[2]
        model.meta.update({"dev_f1_rules": round(base, 4), "dev_f1_checked": round(best[0], 4)})
        print(f"entities: drop >= {model.drop_threshold}, retype >= {model.retype_threshold} on {len(dev)} dev "
              f"documents (entity F1 {base:.3f} -> {best[0]:.3f}; {len(guard)} guard documents)", file=log)
    model.meta.update({"train_documents": len(train_docs), "dev_documents": len(dev), "guard_documents": len(guard)})
    write_model(out, {"weights": dict(sorted(model.weights.items())), "intercepts": model.intercepts,
                               "drop_threshold": model.drop_threshold, "retype_threshold": model.retype_threshold,
                               "meta": model.meta}, "entities", len(model.weights), log)
    return model


def main(argv: list[str] | None = None) -> None:
    run_cli(argv, __doc__, DEFAULT_OUT,
            "gold folders of the register the rules were written on: the thresholds may cost them at most "
            "0.005 of entity F1",
            train)


if __name__ == "__main__":
    main()
