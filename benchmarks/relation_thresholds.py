"""The sentence relation classifier's F1 at each common threshold, on a corpus's dev split and on the guard
documents, as its trainer sees them (``reportgraph.train.relations``: ``GRID``, ``_grid_f1``), with the guard's
floor (which thresholds the guard would refuse, COMMON_ON "vetoed") and the F1 of dev and guard pooled (what the
trainer judges the common threshold by, COMMON_ON "pooled").

    python benchmarks/relation_thresholds.py [--model src/reportgraph/data/models/relations.json]
                                             [--corpus corpus/en] [--guard benchmarks/heldout]

Dev is scored at each threshold with the model's own per-label thresholds kept (``OPERATES_IN>`` 0.25 ...), so its
1.01 line still holds those labels' relations; the guard as the trainer judges the common threshold, without them,
against its floor (``guard_floor``: its F1 at 1.01, the rules alone, less 0.01), and the pooled column as the
trainer judges the common threshold, without them too. Only the dev split and the guard folder are read, never
``test``. Written for the forty-fourth round (docs/BENCHMARKS.md, "Forty-fourth round merged"), whose retraining's
guard refused 0.5; the pooled column for the forty-fifth ("Forty-fifth round (branch guard45)").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_relations import RelationModel
from reportgraph.train import relations as trainer
from reportgraph.train.corpus import corpus_language, docs_of_split, iter_docs

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=ROOT / "src/reportgraph/data/models/relations.json")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus/en")
    ap.add_argument("--guard", type=Path, default=ROOT / "benchmarks/heldout")
    args = ap.parse_args()
    model = RelationModel.from_json(json.loads(args.model.read_text(encoding="utf-8")))
    language = corpus_language(args.corpus)
    with extraction_language(language):
        nlp = trainer.load_nlp(None, language)
        dev = trainer._scored(model, [trainer.prepare(nlp, d) for d in docs_of_split(args.corpus, "dev")])
        guard = trainer._scored(model, [trainer.prepare(nlp, d) for d in iter_docs(args.guard)]) \
            if args.guard.is_dir() else []
    floor = trainer.guard_floor(model, guard) if guard else None
    print(f"model threshold {model.threshold}, per label {model.thresholds or 'none'}; "
          f"guard floor {'-' if floor is None else round(floor, 4)}")
    print("threshold  dev combined  dev learned only  guard combined  pooled combined")
    for t in trainer.GRID:
        combined, learned = trainer._grid_f1(model, dev, t, model.thresholds)
        g = trainer._grid_f1(model, guard, t)[0] if guard else None
        pooled = trainer._grid_f1(model, dev + guard, t)[0]
        refused = floor is not None and g is not None and g < floor
        print(f"{t:9}  {combined:12.4f}  {learned:16.4f}  {'-' if g is None else f'{g:14.4f}'}  {pooled:15.4f}"
              f"{'  refused' if refused else ''}")


if __name__ == "__main__":
    main()
