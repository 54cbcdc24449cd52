"""A worker's CPU for the same reports, one file per task against batches of consecutive files (issue 12).

    python benchmarks/worker_batches.py --reports 100 --rounds 3

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split), loads the models once in this process as a worker does
(``parallel.init_worker``), then runs the worker's own stage on them (``parallel.prepare_many``:
reading, language, spaCy, rules, learned parts, inside spaCy's memory zone) with tasks of 1, 8 and
16 files, the three in turn and in alternating order, ``--rounds`` times, and prints the CPU seconds
of each (``time.process_time``) with the load average. The extractions must be the same whatever the
batch. Alternating in one process keeps a loaded machine's drift out of the comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1, 8, 16)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parallel_speed import write_reports

    from reportgraph.ingest.parallel import Job, init_worker, prepare_many
    from reportgraph.limits import Limits

    folder = Path(tempfile.mkdtemp(prefix="worker-batches-")) / "reports"
    write_reports(folder, a.reports, a.corpus)
    limits = Limits()
    jobs = [Job(i, str(f), None, limits) for i, f in enumerate(sorted(folder.iterdir()))]
    t = time.process_time()
    init_worker()
    prepare_many(jobs[:1])
    print(f"models loaded and a first file read: {time.process_time() - t:.2f} s CPU", flush=True)
    cpu: dict[int, list[float]] = {size: [] for size in SIZES}
    seen: dict[int, list[str]] = {}
    for r in range(a.rounds):
        for size in SIZES if r % 2 == 0 else SIZES[::-1]:
            t = time.process_time()
            out = [p for s in range(0, len(jobs), size) for p in prepare_many(jobs[s:s + size])]
            cpu[size].append(time.process_time() - t)
            seen[size] = [repr(p.extraction) for p in out]
            print(f"round {r + 1}, {size:2} file(s) a task: {cpu[size][-1]:6.2f} s CPU "
                  f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    assert all(p.extraction is not None for p in out), "a report failed"
    assert seen[1] == seen[8] == seen[16], "an extraction depends on its batch"
    means = {size: statistics.mean(v) for size, v in cpu.items()}
    for size in SIZES:
        print(f"{size:2} file(s) a task: mean {means[size]:.2f} s CPU, {1000 * means[size] / len(jobs):.1f} ms a "
              f"report, {100 * (means[size] / means[1] - 1):+.1f}% against one file a task")
    print(json.dumps({"reports": len(jobs), "rounds": a.rounds, "cpu_s": cpu}))


if __name__ == "__main__":
    main()
