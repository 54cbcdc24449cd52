"""Hostile inputs through `ingest` (issue 15): crashes, hangs, peak memory, lost good files.

    python benchmarks/hostile.py --out out/bench-hostile [--scale full|small] [--cap 120] [--budget 60]
                                 [--budget-per-mib 600]

Generates the corpus of tests/hostile_corpus.py (at ``--scale full``: 300+ hostile files of the
audit's kinds, good files among them) and ingests it one file at a time, in order, into one
knowledge base with the default extractor, in a worker process the parent watches:

* a **crash** is a file whose failure is not a coded error (an exception reportgraph did not turn
  into one) or a worker that died;
* a **hang** is a file with no answer within ``--cap`` seconds, or within its own time budget and 30 s
  when that is longer (the worker is killed and a new one takes the next file); files refused at the
  per-document time budget (``--budget`` plus ``--budget-per-mib`` per MiB of the file, E101) are
  counted apart: they answered, in bounded time; files answered after more than 60 s are listed;
* **peak memory** is the largest resident set of any worker;
* each file's wall seconds and the worker's CPU seconds on it (``cpu_s``: what a quiet core would
  take, whatever else loads the machine);
* a **lost** good file is one that is not in the knowledge base at the end.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile_corpus import generate  # noqa: E402
from reportgraph import KnowledgeBase  # noqa: E402
from reportgraph.limits import Limits  # noqa: E402


def worker(conn: Connection, db: str, limits: Limits) -> None:
    kb = KnowledgeBase(db, limits=limits)
    kb.extractor  # noqa: B018 - load the model before the first file's clock starts
    conn.send("ready")
    while True:
        path = conn.recv()
        if path is None:
            break
        started, cpu = time.monotonic(), time.process_time()
        r = kb.ingest([path]).results[0]
        conn.send({"status": r.status, "code": r.code, "reason": r.reason, "document_id": r.document_id,
                   "seconds": round(time.monotonic() - started, 2), "cpu_s": round(time.process_time() - cpu, 2),
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024})
    kb.close()


class Pool:
    def __init__(self, db: str, limits: Limits) -> None:
        self.db, self.limits = db, limits
        self.proc: Any = None
        self.conn: Connection | None = None

    def start(self) -> None:
        parent, child = mp.Pipe()
        self.proc = mp.get_context("fork").Process(target=worker, args=(child, self.db, self.limits), daemon=True)
        self.proc.start()
        self.conn = parent
        if not parent.poll(600) or parent.recv() != "ready":
            raise SystemExit("worker did not start")

    def run(self, path: str, cap: float) -> dict[str, Any]:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        assert self.conn is not None
        started = time.monotonic()
        self.conn.send(path)
        try:
            if self.conn.poll(cap):
                return dict(self.conn.recv())
        except EOFError:
            pass
        alive = self.proc.is_alive()
        self.proc.kill()
        self.proc.join()
        exitcode = self.proc.exitcode
        self.proc = None
        return {"status": "hang" if alive else "died", "seconds": round(time.monotonic() - started, 1),
                "exitcode": None if alive else exitcode}

    def close(self) -> None:
        if self.proc is not None and self.conn is not None:
            self.conn.send(None)
            self.proc.join(60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("out/bench-hostile"))
    ap.add_argument("--scale", choices=["small", "full"], default="full")
    ap.add_argument("--cap", type=float, default=120.0, help="seconds without an answer that make a hang")
    ap.add_argument("--budget", type=float, default=60.0, help="per-document time budget (REPORTGRAPH_TIME_S)")
    ap.add_argument("--budget-per-mib", type=float, default=600.0,
                    help="seconds added to the budget per MiB of the file (REPORTGRAPH_TIME_S_PER_MIB)")
    ap.add_argument("--only", default="", help="only the files whose name contains this")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    cases = generate(args.out / "inputs", args.scale)
    if args.only:
        cases = [c for c in cases if args.only in c.name or c.good]
    db = args.out / "hostile.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    limits = Limits.from_env(time_s=args.budget, time_s_per_mib=args.budget_per_mib)
    pool = Pool(str(db), limits)
    rows = []
    for i, case in enumerate(cases, 1):
        path = args.out / "inputs" / case.name
        r = pool.run(str(path), max(args.cap, limits.seconds_for(path.stat().st_size) + 30))
        r.update(name=case.name, kind=case.kind, good=case.good)
        rows.append(r)
        print(f"{i:4d}/{len(cases)} {r['status']:9s} {r.get('seconds', 0):7.2f}s {r.get('cpu_s', '-'):>7} CPU s "
              f"{r.get('rss_mb', '-'):>6} MB "
              f"{case.name} {r.get('code') or ''} {(r.get('reason') or '')[:90]}", flush=True)
    pool.close()
    with KnowledgeBase(db) as kb:
        stored = {d for d in (r.get("document_id") for r in rows if r.get("good")) if d and kb.store.has_document(d)}
    crashes = [r for r in rows if r["status"] == "died" or (r["status"] == "failed" and (
        not r.get("code") or (r.get("reason") or "").startswith("unexpected")))]
    hangs = [r for r in rows if r["status"] == "hang"]
    over_budget = [r for r in rows if r["status"] == "failed" and "time budget" in (r.get("reason") or "")]
    lost = [r for r in rows if r["good"] and (r["status"] not in ("added", "unchanged")
                                              or r.get("document_id") not in stored)]
    summary = {
        "files": len(rows), "hostile": sum(1 for r in rows if not r["good"]), "good": sum(1 for r in rows if r["good"]),
        "crashes": len(crashes), "hangs": len(hangs), "over_budget": len(over_budget), "lost_good": len(lost),
        "peak_rss_mb": max((r.get("rss_mb") or 0) for r in rows),
        "slowest_s": max(r.get("seconds", 0) for r in rows),
        "slowest_cpu_s": max(r.get("cpu_s", 0) for r in rows),
        "over_60s": sum(1 for r in rows if r.get("seconds", 0) > 60),
        "over_60s_files": [(r["name"], r["status"], r.get("seconds")) for r in rows if r.get("seconds", 0) > 60],
        "statuses": dict(Counter(r["status"] for r in rows)),
        "codes": dict(Counter(r.get("code") or "-" for r in rows if r["status"] == "failed")),
        "cap_s": args.cap, "budget_s": args.budget, "budget_per_mib_s": args.budget_per_mib, "scale": args.scale,
        "problems": [{k: r.get(k) for k in ("name", "status", "code", "reason", "seconds")}
                     for r in crashes + hangs + lost],
    }
    (args.out / "results.json").write_text(json.dumps({"summary": summary, "files": rows}, indent=1))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
