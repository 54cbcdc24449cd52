"""Where a one-process ingest's CPU goes, phase by phase, against raw spaCy (issue 12).

    python benchmarks/ingest_phases.py --reports 100

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split), then ingests them in this process with the steps of
``KnowledgeBase.ingest`` timed apart (CPU seconds of this process, ``time.process_time``):
imports, reading and normalising, language identification (its model's loading counted apart),
the reported date, extraction (spaCy's pipeline, the rules and the learned parts; ``EXTRACT_BATCH``
documents at a time, as the ingest does; building the pipeline counted apart), the writer
(resolution and store; its first document, which loads the gazetteer, apart). Then the bare
model's ``nlp.pipe`` over the same texts. The CLI's progress lines are not included (about 2 ms a
report in a profile). CPU figures hold on a loaded machine; run ``parallel_speed.py`` for the wall
clock.
"""

from __future__ import annotations

import time

T0 = time.process_time()

import argparse  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parallel_speed import write_reports  # noqa: E402

from reportgraph import KnowledgeBase  # noqa: E402
from reportgraph.api import EXTRACT_BATCH, _with_reported, freeze_startup  # noqa: E402
from reportgraph.ingest.heap import collector, keep_heap  # noqa: E402
from reportgraph.ingest.language import load_identifier  # noqa: E402
from reportgraph.ingest.readers import read_path  # noqa: E402
from reportgraph.routing import with_language  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ingest-phases-"))
    texts = write_reports(tmp / "reports", a.reports, a.corpus)
    words = sum(len(t.split()) for t in texts)
    files = sorted((tmp / "reports").glob("*.txt"))
    ph = dict.fromkeys(["read", "language model", "language", "reported date", "extraction: building the pipeline",
                        "extraction", "writer: first document", "writer"], 0.0)
    ph["imports"] = time.process_time() - T0
    start = time.process_time()
    keep_heap()  # the process settings of KnowledgeBase.ingest (ingest/heap.py)
    with collector(), KnowledgeBase(tmp / "kb.sqlite") as kb:
        t = time.process_time()
        load_identifier()
        ph["language model"] = time.process_time() - t
        t = time.process_time()
        kb.extractor.for_language("en")  # type: ignore[attr-defined]  # the default LanguageRouter: English built
        ph["extraction: building the pipeline"] = time.process_time() - t
        stored = 0
        for b in range(0, len(files), EXTRACT_BATCH):  # as KnowledgeBase.ingest: a batch read, then extracted
            docs = []
            for f in files[b:b + EXTRACT_BATCH]:
                t0 = time.process_time()
                doc = read_path(f)
                t1 = time.process_time()
                doc = with_language(doc)
                t2 = time.process_time()
                docs.append(_with_reported(doc, None))
                t3 = time.process_time()
                ph["read"] += t1 - t0
                ph["language"] += t2 - t1
                ph["reported date"] += t3 - t2
            t3 = time.process_time()
            extractions = list(kb.extractor.extract_many(docs))
            ph["extraction"] += time.process_time() - t3
            for doc, extraction in zip(docs, extractions, strict=True):
                t4 = time.process_time()
                kb._store(doc, extraction)
                ph["writer: first document" if stored == 0 else "writer"] += time.process_time() - t4
                stored += 1
            freeze_startup()  # as KnowledgeBase.ingest does after a batch
    total = ph["imports"] + time.process_time() - start
    texts_read = [read_path(f).text for f in files]
    shutil.rmtree(tmp, ignore_errors=True)

    import spacy

    from reportgraph.extract.nlp import model_name

    nlp = spacy.load(model_name())
    t = time.process_time()
    for _ in nlp.pipe(texts_read, batch_size=16):
        pass
    raw = time.process_time() - t
    n = len(files)
    print(f"{n} reports, {words} words; CPU s (ms a report; the writer's first document apart)")
    per_doc = {"read", "language", "reported date", "extraction", "writer"}
    for k, v in ph.items():
        each = f"{v / (n - 1 if k == 'writer' else n) * 1000:7.1f} ms" if k in per_doc else ""
        print(f"  {k:28} {v:7.2f} s {each}")
    print(f"  {'total (this process)':28} {total:7.2f} s {total / n * 1000:7.1f} ms")
    print(f"raw spaCy nlp.pipe: {raw:.2f} s ({raw / n * 1000:.1f} ms a report)")
    print(f"extraction alone {raw / ph['extraction']:.2f}x raw spaCy; the whole ingest "
          f"{raw / total:.2f}x raw spaCy per CPU second (start-up included)")


if __name__ == "__main__":
    main()
