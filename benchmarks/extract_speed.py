"""Full extraction speed against the raw spaCy model, side by side in one process.

    python benchmarks/extract_speed.py [--corpus corpus/en] [--split dev] [--rounds 3]
    python benchmarks/extract_speed.py --corpus corpus/fr --split train   # French: against fr_core_news_md

The same texts go through ``nlp.pipe`` of the bare English model (tokenizer, tagger, parser, NER),
then through ``get_extractor(NAME).extract`` (our tokenizer settings, the parse, the rules, the
learned components, modality) for each of rules / learned / default; CPU seconds of this process,
best of ``--rounds``, models loaded before timing. Prints the ratio raw/extractor (>= 0.5 is the
target: extraction at least half as fast as the parse alone) and the peak RSS. With ``--language fr``
the raw model is fr_core_news_md and the extractors are ``get_extractor(NAME, language="fr")``.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

from reportgraph.extract import LANGUAGES, get_extractor
from reportgraph.extract.nlp import model_name
from reportgraph.model import SourceDocument
from reportgraph.train.corpus import corpus_language, docs_of_split


def best_of(rounds: int, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus/en"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--language", choices=LANGUAGES, default=None, help="default: the corpus folder's name")
    ap.add_argument("--extractors", default="rules,learned,default", help="comma-separated get_extractor names")
    a = ap.parse_args()
    language = a.language or corpus_language(a.corpus)
    texts = [d.text for d in docs_of_split(a.corpus, a.split)]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(model_name(language))
    t_raw = best_of(a.rounds, lambda: list(raw.pipe(texts)))
    print(f"{len(texts)} documents, {words} words; raw {model_name(language)} nlp.pipe: {t_raw:.2f} s CPU "
          f"({words / t_raw:.0f} words/s)")
    docs = [SourceDocument(id=str(i), source=f"{i}.txt", title="", text=t, language=language)
            for i, t in enumerate(texts)]
    for name in a.extractors.split(","):
        ex = get_extractor(name, language)
        ex.extract(docs[0])  # warm the lexicons and models
        t = best_of(a.rounds, lambda ex=ex: [ex.extract(d) for d in docs])
        print(f"{name:8} extraction: {t:.2f} s CPU ({words / t:.0f} words/s), {t_raw / t:.2f}x raw spaCy speed")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
