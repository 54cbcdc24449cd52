"""Extraction time against text size on the hostile corpus's large benign texts (issue 15): linear
or not.

    python benchmarks/extract_scaling.py para 50000 100000 200000     # kinds: para, lines, commas

Times ``get_extractor().extract`` (CPU and wall seconds) on the text of ``tests/hostile_corpus.py``
of each size, after one warm-up document; a linear path doubles its time when the size doubles.
"""

from __future__ import annotations

import sys
import time

from reportgraph.extract import get_extractor
from reportgraph.ingest import document_id
from reportgraph.model import SourceDocument

TEXTS = {
    "para": lambda s: ("Ansar Dine attacked Gao.\n\n" * (s // 26 + 1))[:s],
    "lines": lambda s: ("Gao\n" * (s // 4 + 1))[:s],
    "commas": lambda s: ", ".join(["Gao", "Kidal", "Ansar Dine"] * (s // 20)),
}


def main(argv: list[str]) -> None:
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
