"""CPU of spaCy's attribute ruler and rule lemmatizer against the equivalents the extraction runs
(``extract/pipes.py``), on the corpus's train and dev reports, and a check that every token comes
out the same (tag, POS, morphology, lemma, dependency) (issue 12).

    python benchmarks/pipes_speed.py --language en --reports 160
    python benchmarks/pipes_speed.py --language fr

Each batch of 16 reports runs through the components before the attribute ruler once; then a copy
goes through spaCy's two components and another through the equivalents (CPU seconds of this
process, ``time.process_time``). The equivalents start empty, so what they learn on the way (each
token's values, each (form, POS, morphology)) is counted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy  # noqa: E402
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG  # noqa: E402

from reportgraph.extract.nlp import load_nlp  # noqa: E402
from reportgraph.extract.pipes import pipeline  # noqa: E402
from reportgraph.train.corpus import docs_of_split  # noqa: E402

ATTRS = [TAG, POS, MORPH, LEMMA, DEP]
TIMED = ("attribute_ruler", "lemmatizer")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--language", default="en", choices=["en", "fr"])
    ap.add_argument("--reports", type=int, default=0, help="the first N reports (default: all)")
    a = ap.parse_args()
    texts = [d.text for split in ("train", "dev") for d in docs_of_split(ROOT / "corpus" / a.language, split)]
    texts = texts[:a.reports] if a.reports else texts
    nlp = load_nlp(language=a.language)
    fast = dict(pipeline(nlp))
    stock = dict.fromkeys(TIMED, 0.0)
    ours = dict.fromkeys(TIMED, 0.0)
    differing = 0
    for b in range(0, len(texts), 16):
        docs = [nlp.make_doc(t) for t in texts[b:b + 16]]
        for name, proc in nlp.pipeline:
            if name == TIMED[0]:
                break
            docs = list(proc.pipe(docs, batch_size=16))  # type: ignore[attr-defined]  # spaCy types pipes as callables
        left, right = [d.copy() for d in docs], [d.copy() for d in docs]
        for name in TIMED:
            t = time.process_time()
            left = [nlp.get_pipe(name)(d) for d in left]
            stock[name] += time.process_time() - t
            t = time.process_time()
            right = [fast[name](d) for d in right]
            ours[name] += time.process_time() - t
        for x, y in zip(left, right, strict=True):
            same = numpy.array_equal(x.to_array(ATTRS), y.to_array(ATTRS)) and \
                [(t.lemma_, str(t.morph)) for t in x] == [(t.lemma_, str(t.morph)) for t in y]
            differing += not same
    print(f"{len(texts)} {a.language} reports; documents with any token differing: {differing}")
    for name in TIMED:
        print(f"  {name:16} spaCy {stock[name]:6.2f} s   equivalent {ours[name]:6.2f} s")


if __name__ == "__main__":
    main()
