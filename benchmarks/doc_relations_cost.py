"""CPU cost of the document-level relation component, A/B in one process.

    python benchmarks/doc_relations_cost.py [--corpus corpus/en] [--split dev] [--rounds 3]

Each document of the split is parsed and its entities found once (the default extractor's entity
layer); then the relation and event layer (``facts.extract_facts``, the default's combined mode) runs
over every document with the document-level model on (A) and off (B: ``document_model`` answering
None, as for a language without a model), in alternating rounds; CPU seconds of this process, best
of ``--rounds`` for each side. Prints both per document and the full extraction's own time per
document (parse included) for scale.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reportgraph.extract import facts, get_extractor
from reportgraph.extract.domain import DomainExtractor
from reportgraph.train.corpus import docs_of_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus/en"))
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    docs = docs_of_split(a.corpus, a.split)
    ex = get_extractor("default")
    assert isinstance(ex, DomainExtractor)
    if facts.document_model() is None:
        raise SystemExit("no document-level model in the package: run `make train` first")
    t0 = time.process_time()
    parsed = []
    for d in docs:
        sdoc = ex.parse(d.text)
        parsed.append((sdoc, ex.extract_doc(sdoc).entities))
    full = (time.process_time() - t0) / len(docs)
    model_on = facts.document_model

    def run() -> float:
        t = time.process_time()
        for sdoc, ents in parsed:
            facts.extract_facts(sdoc, ents)
        return (time.process_time() - t) / len(docs)

    on, off = float("inf"), float("inf")
    for _ in range(a.rounds):
        facts.document_model = model_on  # type: ignore[assignment]
        on = min(on, run())
        facts.document_model = lambda: None  # type: ignore[assignment]
        off = min(off, run())
    facts.document_model = model_on  # type: ignore[assignment]
    print(f"{len(docs)} documents ({a.corpus} {a.split}); CPU seconds per document, best of {a.rounds}:")
    print(f"  relations and events, document-level model on:  {on:.4f}")
    print(f"  relations and events, document-level model off: {off:.4f}")
    print(f"  the component: {on - off:.4f} s per document, {100 * (on - off) / full:.1f}% of a full "
          f"extraction ({full:.4f} s per document, parse included, first pass)")


if __name__ == "__main__":
    main()
