"""The time a worker spends in Python's cyclic collector, after its first batch (issue 12).

    PYTHONPATH=src python benchmarks/worker_collector.py --reports 100
    PYTHONPATH=/path/to/another/checkout/src python benchmarks/worker_collector.py --reports 100

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split) into ``--folder``, then runs a worker's tasks on them in this process
(``parallel.prepare_many``, batches of 16 consecutive files, the models loaded by the first) and
prints, for the reports after the first batch, the CPU seconds of the tasks and those spent inside
the collector by generation (``gc.callbacks``, this thread's CPU), and how many objects are frozen
out of its passes (``gc.get_freeze_count``; a worker freezes its start-up after its first batch).
It takes a pool worker's process settings first (``heap.for_worker``: the C heap kept, the collector's
pace), as its initializer does, unless ``--defaults`` (glibc's and Python's own, as a worker had them
before), and prints the whole process's user and system CPU and minor page faults as well.

    PYTHONPATH=src python benchmarks/worker_collector.py --reports 100 --defaults    # against the same without
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--folder", type=Path, help="the reports (written there when it does not exist)")
    ap.add_argument("--defaults", action="store_true", help="leave glibc's and the collector's settings as they are")
    a = ap.parse_args()
    if not a.defaults:
        from reportgraph.ingest import heap

        heap.for_worker()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parallel_speed import reports_folder

    folder = reports_folder(a.folder, "worker-collector", a.reports, a.corpus)
    from reportgraph.ingest.parallel import BATCH, Job, prepare_many
    from reportgraph.limits import Limits

    spent, passes, start = [0.0, 0.0, 0.0], [0, 0, 0], [0.0]

    def timed(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            start[0] = time.thread_time()
        else:
            spent[info["generation"]] += time.thread_time() - start[0]
            passes[info["generation"]] += 1

    files = sorted(folder.iterdir())

    def task(i: int) -> None:
        prepare_many([Job(i + j, str(f), None, Limits()) for j, f in enumerate(files[i:i + BATCH])])

    task(0)  # the models loaded, the start-up frozen (where the checkout does it)
    gc.callbacks.append(timed)
    t0 = time.process_time()
    for i in range(BATCH, len(files), BATCH):
        task(i)
    cpu = time.process_time() - t0
    gc.callbacks.remove(timed)
    used = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"settings": "defaults" if a.defaults else "worker", "process_user_s": round(used.ru_utime, 2),
                      "process_system_s": round(used.ru_stime, 2), "minor_faults": used.ru_minflt,
                      "reports_after_first_batch": max(0, len(files) - BATCH), "tasks_cpu_s": round(cpu, 2),
                      "collector_cpu_s": round(sum(spent), 3),
                      "by_generation": {g: {"passes": passes[g], "cpu_s": round(spent[g], 3)} for g in range(3)},
                      "frozen_objects": gc.get_freeze_count()}))


if __name__ == "__main__":
    main()
