"""CPU cost of the document-level relation component, in one process.

    python benchmarks/doc_relations_cost.py [--corpus corpus/en] [--split dev] [--rounds 5]

Each document of the split is parsed and its entities found once (the default extractor's entity
layer), and the relation layer's inputs built once (``facts.layers``: references, events, the rules'
and the sentence classifier's relations). Then, best of ``--rounds``, CPU seconds of this process:
the component alone over every document (``DocView``, its pairs' features and scores, joining its
relations to the others), and the whole relation and event layer (``facts.extract_facts``, the
default's combined mode) with the component on and off (``document_model`` answering None, as for
a language without a model), in alternating rounds. Per document, with a full extraction's time for
scale.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reportgraph.extract import facts, get_extractor
from reportgraph.extract.doc_relations import DocView, classify, sentence_features
from reportgraph.extract.domain import DomainExtractor
from reportgraph.ontology import default_ontology
from reportgraph.train.corpus import docs_of_split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus/en"))
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--rounds", type=int, default=5)
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
    onto = default_ontology()
    lays = [facts.layers(sdoc, ents, onto) for sdoc, ents in parsed]
    model_on = facts.document_model

    def component() -> float:
        t = time.process_time()
        for lay in lays:
            view = DocView(lay.index, lay.refs, lay.events)
            found = classify(view, onto, sentence_features(lay.featured))
            facts._union(lay.rules + lay.learned, found, onto)
        return (time.process_time() - t) / len(docs)

    def layer() -> float:
        t = time.process_time()
        for sdoc, ents in parsed:
            facts.extract_facts(sdoc, ents)
        return (time.process_time() - t) / len(docs)

    alone, on, off = float("inf"), float("inf"), float("inf")
    for _ in range(a.rounds):
        alone = min(alone, component())
        facts.document_model = model_on  # type: ignore[assignment]
        on = min(on, layer())
        facts.document_model = lambda: None  # type: ignore[assignment]
        off = min(off, layer())
    facts.document_model = model_on  # type: ignore[assignment]
    print(f"{len(docs)} documents ({a.corpus} {a.split}); CPU seconds per document, best of {a.rounds}:")
    print(f"  the component alone: {alone:.4f} ({100 * alone / full:.1f}% of a full extraction, "
          f"{full:.4f} s per document with the parse, first pass)")
    print(f"  relations and events, the component on / off: {on:.4f} / {off:.4f} (difference {on - off:.4f})")


if __name__ == "__main__":
    main()
