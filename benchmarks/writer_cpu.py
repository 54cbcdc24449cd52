"""The writer's CPU (resolution and storing) and its statements per document, apart from extraction
(issue 12).

    python benchmarks/writer_cpu.py --reports 100 --rounds 2
    python benchmarks/writer_cpu.py --reports 100 --src /path/to/another/checkout/src   # another version

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split) into ``--folder`` and extracts them once, as a worker does
(``parallel.prepare_many``), into a pickle kept there; then a fresh process (this checkout's
``src``, or ``--src``) stores the same documents and extractions into a new knowledge base
``--rounds`` times (``KnowledgeBase.store_extracted``, the writer's step of a parallel ingest), and
prints each round's CPU seconds (``time.process_time``: the first document apart, which loads the
place gazetteer; the first round also warms the names' caches and freezes the start-up after it),
the SQL statements a document sends (one more round, counted by an engine event), and the export's
digest (SOURCE_DATE_EPOCH fixed), which must not depend on the version when only speed changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def extract(folder: Path, n: int, corpus: Path) -> Path:
    """The reports' documents and extractions, pickled once (``folder``/extracted-N.pkl)."""
    out = folder / f"extracted-{n}.pkl"
    if out.exists():
        return out
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parallel_speed import write_reports

    reports = folder / "reports"
    if not reports.exists():
        write_reports(reports, n, corpus)
    from reportgraph.ingest.parallel import Job, prepare_many
    from reportgraph.limits import Limits

    files = sorted(reports.iterdir())
    pairs = []
    for i in range(0, len(files), 16):
        for p in prepare_many([Job(i + j, str(f), None, Limits()) for j, f in enumerate(files[i:i + 16])]):
            assert p.doc is not None and p.extraction is not None, p.reason
            pairs.append((p.doc, p.extraction))
    out.write_bytes(pickle.dumps(pairs))
    return out


def store_rounds(pickled: Path, rounds: int) -> dict[str, Any]:
    """In this process: store the pickled documents ``rounds`` times, then once more counting statements."""
    from sqlalchemy import event

    from reportgraph import KnowledgeBase, api

    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    pairs = pickle.loads(pickled.read_bytes())
    out: dict[str, Any] = {"documents": len(pairs), "rounds": []}
    statements = [0]

    def count(*_: Any) -> None:
        statements[0] += 1

    for r in range(rounds + 1):
        db = Path(tempfile.mkdtemp(prefix="writer-cpu-")) / "kb.sqlite"
        kb = KnowledgeBase(db)
        if r == rounds:  # the counting round
            event.listen(kb.store.engine, "before_cursor_execute", count)
        t0 = time.process_time()
        kb.store_extracted(*pairs[0])
        t1 = time.process_time()
        statements[0] = 0
        for doc, extraction in pairs[1:]:
            kb.store_extracted(doc, extraction)
        t2 = time.process_time()
        api.freeze_startup()  # as an ingest does after its first batch
        kb.export("json", db.with_suffix(".json"))
        kb.close()
        digest = hashlib.sha256(db.with_suffix(".json").read_bytes()).hexdigest()[:12]
        if r == rounds:
            out["statements_per_document"] = round(statements[0] / (len(pairs) - 1), 1)
            out["export_sha256"] = digest
        else:
            out["rounds"].append({"first_document_cpu_s": round(t1 - t0, 2),
                                  "ms_per_document": round((t2 - t1) * 1000 / (len(pairs) - 1), 1),
                                  "export_sha256": digest})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--folder", type=Path, help="the reports and their extractions (kept; written when missing)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the checkout's src whose writer is measured")
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)  # the child: a pickle to store
    a = ap.parse_args()
    if a.store:
        print(json.dumps(store_rounds(a.store, a.rounds)), flush=True)
        return
    folder = a.folder or Path(tempfile.gettempdir()) / f"writer-cpu-{a.reports}"
    folder.mkdir(parents=True, exist_ok=True)
    pickled = extract(folder, a.reports, a.corpus)
    env = {**os.environ, "PYTHONPATH": str(a.src)}
    run = subprocess.run([sys.executable, __file__, "--store", str(pickled), "--rounds", str(a.rounds)],
                         env=env, check=True, capture_output=True, text=True)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result.update(src=str(a.src), load_average=round(os.getloadavg()[0], 2))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
