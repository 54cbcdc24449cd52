"""Where a parallel ingest's CPU goes: the workers, the transfer, the writer; and its critical path (issue 12).

    python benchmarks/parallel_phases.py --reports 200 --workers 2            # the process pool
    python benchmarks/parallel_phases.py --reports 200 --workers 2 --dask     # a Dask LocalCluster
    python benchmarks/parallel_phases.py --reports 200 --workers 1            # one process

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split) into ``--folder`` (kept, so that runs of two checkouts read the same
files and their exports compare), then ingests them in this process on a fresh knowledge base and
prints CPU seconds, which a loaded machine inflates little, where wall seconds mean nothing:

- **writer**: the main thread's CPU inside storing (resolution and the store's statements);
- **main thread, other**: the rest of the main thread (imports, start-up, waiting, the ingest's loop);
- **main process, other threads**: the pool's result thread, which receives and unpickles the
  workers' answers (the transfer), or Dask's scheduler and client loops;
- **children**: every worker process (and Dask's nannies), start-up and model loading included (and
  their system CPU apart: the C allocator mapping and unmapping a batch's arrays shows there);
- the wall time when the first answer reached the writer and when the last did, the load average.

On idle cores the wall clock of the run is about (all the CPU) / (cores) plus the time the cores
are not all busy: the main process's start before the workers exist, and the writer's work after
the last answer. ``parallel_speed.py`` measures the wall clock itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dask", action="store_true", help="a Dask LocalCluster of --workers processes")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--folder", type=Path, help="the reports (written there when it does not exist)")
    a = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parallel_speed import reports_folder

    folder = reports_folder(a.folder, "parallel-phases", a.reports, a.corpus)
    load = os.getloadavg()[0]
    w0, t0, p0 = time.perf_counter(), time.thread_time(), time.process_time()

    from reportgraph import KnowledgeBase, api

    db = Path(tempfile.mkdtemp(prefix="parallel-phases-")) / "kb.sqlite"
    kb = KnowledgeBase(db)
    writer = [0.0]
    arrived: list[float] = []

    def timed(method: Any) -> Any:
        def run(*args: Any) -> Any:
            start = time.thread_time()
            try:
                return method(*args)
            finally:
                writer[0] += time.thread_time() - start
        return run

    # the writer's step: ``_store`` for one process, ``_store_prepared`` (around ``_store``) for workers
    if a.workers > 1 or a.dask:
        kb._store_prepared = timed(kb._store_prepared)  # type: ignore[method-assign]
    else:
        kb._store = timed(kb._store)  # type: ignore[method-assign]
    files = sorted(folder.iterdir())
    report = kb.ingest(files, workers=a.workers, dask="local" if a.dask else None,
                       on_file=lambda _r: arrived.append(time.perf_counter() - w0))
    wall, main_thread, process = time.perf_counter() - w0, time.thread_time() - t0, time.process_time() - p0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    kb.export("json", db.with_suffix(".json"))
    kb.close()
    out = {
        "run": ("dask " if a.dask else "") + f"{a.workers} worker(s)", "reports": len(files),
        "batch": api.EXTRACT_BATCH, "load_average_before": round(load, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "writer_cpu_s": round(writer[0], 2), "main_thread_other_cpu_s": round(main_thread - writer[0], 2),
        "main_process_other_threads_cpu_s": round(process - main_thread, 2),
        "children_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "children_system_cpu_s": round(children.ru_stime, 2),
        "total_cpu_s": round(process + children.ru_utime + children.ru_stime, 2),
        "first_answer_s": round(arrived[0], 2) if arrived else None,
        "last_answer_s": round(arrived[-1], 2) if arrived else None, "wall_s": round(wall, 2),
        "failed": sum(r.status == "failed" for r in report.results),
        "export_sha256": hashlib.sha256(db.with_suffix(".json").read_bytes()).hexdigest()[:12],
    }
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
