"""Extraction time against text size on the hostile corpus's large benign texts (issue 15): linear
or not; and the CPU time of a whole single-file ingest of the corpus's large files.

    python benchmarks/extract_scaling.py para 50000 100000 200000     # kinds: para, lines, commas
    python benchmarks/extract_scaling.py --ingest 990000 560000 200000 list-100000 spaced-quotes-100000

The first form times ``get_extractor().extract`` (CPU and wall seconds) on the text of
``tests/hostile_corpus.py`` of each size, after one warm-up document; a linear path doubles its
time when the size doubles.

``--ingest`` writes the full-scale hostile corpus (``tests/hostile_corpus.py``) to a temporary
folder and ingests each of its non-good files whose name contains one of the words, alone, into a
fresh knowledge base (``KnowledgeBase.ingest``, one process, models loaded before timing): CPU
seconds of the whole ingest (read, extract, resolve, store), of which the extraction, its parse
(spaCy) and its rules; the outcome; and the load average at the start of each file. CPU seconds, not
wall: the figure a quiet core would give as wall time, whatever the machine's load.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from reportgraph.extract import get_extractor
from reportgraph.ingest import document_id
from reportgraph.model import Extraction, SourceDocument

TEXTS = {
    "para": lambda s: ("Ansar Dine attacked Gao.\n\n" * (s // 26 + 1))[:s],
    "lines": lambda s: ("Gao\n" * (s // 4 + 1))[:s],
    "commas": lambda s: ", ".join(["Gao", "Kidal", "Ansar Dine"] * (s // 20)),
}


class _Timed:
    """The knowledge base's extractor, timing each document's parse and rules (CPU seconds)."""

    def __init__(self) -> None:
        from reportgraph.routing import LanguageRouter

        self.router = LanguageRouter("default")
        self.parse = self.rules = 0.0

    def extract(self, doc: SourceDocument) -> Extraction:
        ex = self.router.for_language((doc.language or "en").split("+")[0])
        t0 = time.process_time()
        sdoc = ex.parse(doc.text)  # type: ignore[attr-defined]  # a DomainExtractor
        t1 = time.process_time()
        out: Extraction = ex.extract_doc(sdoc)  # type: ignore[attr-defined]
        self.parse += t1 - t0
        self.rules += time.process_time() - t1
        return out

    def extract_many(self, docs):  # type: ignore[no-untyped-def]
        return (self.extract(d) for d in docs)


def ingest_files(words: list[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from hostile_corpus import generate
    from reportgraph.api import KnowledgeBase

    timed = _Timed()
    timed.extract(SourceDocument(document_id("warm-up"), "w.txt", "w", "Ansar Dine attacked Gao.", language="en"))
    with tempfile.TemporaryDirectory(prefix="rg-scaling-") as tmp:
        cases = [c for c in generate(Path(tmp) / "corpus", "full")
                 if not c.good and any(w in c.name for w in words)]
        print("file | KB | load avg | ingest CPU s | extract | parse | rules | outcome", flush=True)
        for n, case in enumerate(cases):
            path = Path(tmp) / "corpus" / case.name
            timed.parse = timed.rules = 0.0
            load = os.getloadavg()[0]
            kb = KnowledgeBase(Path(tmp) / f"kb{n}.sqlite", extractor=timed)  # type: ignore[arg-type]
            t0 = time.process_time()
            report = kb.ingest([path])
            cpu = time.process_time() - t0
            kb.close()
            r = report.results[0]
            print(f"{case.name} | {path.stat().st_size // 1000} | {load:.1f} | {cpu:.1f} | "
                  f"{timed.parse + timed.rules:.1f} | {timed.parse:.1f} | {timed.rules:.1f} | "
                  f"{r.status} {getattr(r, 'code', '') or ''}", flush=True)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--ingest"] and len(argv) > 1:
        ingest_files(argv[1:])
        return
    if len(argv) < 2 or argv[0] not in TEXTS:
        raise SystemExit(__doc__)
    kind, sizes = argv[0], [int(x) for x in argv[1:]]
    ex = get_extractor()
    ex.extract(SourceDocument(document_id("warm-up"), "w.txt", "w", "Ansar Dine attacked Gao."))
    for size in sizes:
        text = TEXTS[kind](size)
        cpu, wall = time.process_time(), time.perf_counter()
        r = ex.extract(SourceDocument(document_id(text), f"{kind}.txt", kind, text))
        print(f"{kind} {size} chars: cpu {time.process_time() - cpu:.1f} s, wall {time.perf_counter() - wall:.1f} s, "
              f"{len(r.entities)} entities, {len(r.events)} events", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
