"""A timeline of one parallel ingest: the process pool's or a Dask LocalCluster's (issue 12).

    python benchmarks/parallel_timeline.py --reports 100 --workers 2            # the process pool
    python benchmarks/parallel_timeline.py --reports 100 --workers 2 --dask     # a Dask LocalCluster

Writes ``--reports`` reports as ``parallel_speed.py`` does (the train and dev texts of corpus/en,
never the sealed test split) into ``--folder`` (kept, so that runs of two checkouts read the same
files), then runs ``reportgraph ingest`` in a fresh process and knowledge base, with this module
imported into it to time its steps (wall seconds from the start of the run; each process appends
its events to a folder of its own):

- the ingesting process: the ingest's start, Dask's import and the cluster's start (``connect``),
  each document the writer stores (so its waits for answers between two), the cluster's close or
  the pool's shutdown, the end of the ingest and of its exit handlers;
- each worker: the arrival of its first task, its models loaded (what a first document builds: the
  English pipeline), and each task it runs (start, end, its process's and its own thread's CPU), so
  its idle time between two tasks.

Meanwhile it samples every process of the run from /proc every 50 ms: each one's CPU seconds (the
main thread apart from the others: the writer against Dask's event loop in the ingesting process,
the extraction thread against Dask's event loop in a worker) and when it was last seen. It prints
the timeline as JSON and the knowledge base's export digest. On a loaded machine the wall seconds
stretch with the load; compare the CPU seconds, and the order and gaps of the steps, of runs made
back to back. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# ------------------------------------------------------------------ inside the ingest's processes
_lines: list[str] = []
_first = [True]


def _log(event: str, **kw: Any) -> None:
    _lines.append(json.dumps({"t": time.time(), "pid": os.getpid(), "ev": event, **kw}))


def _flush() -> None:
    if _lines and "TIMELINE_OUT" in os.environ:
        with open(os.path.join(os.environ["TIMELINE_OUT"], f"{os.getpid()}.jsonl"), "a", encoding="utf-8") as f:
            f.write("\n".join(_lines) + "\n")
        _lines.clear()


def traced(jobs: Any) -> Any:
    """A worker's task: ``prepare_many``, timed (sent by reference: the workers import this module)."""
    from reportgraph.ingest import parallel

    if _first[0]:
        _first[0] = False
        atexit.register(_flush)
        _log("first_task_arrives")
        with parallel._lock:  # what the first document builds: the English pipeline
            extractor = parallel._extractor()
            if hasattr(extractor, "for_language"):
                extractor.for_language("en")
        _log("models_loaded")
    t, cpu, own = time.time(), time.process_time(), time.thread_time()
    out = parallel.prepare_many(jobs)
    _log("task", first=jobs[0].index, n=len(jobs), start=t, end=time.time(), cpu=time.process_time() - cpu,
         thread_cpu=time.thread_time() - own)
    _flush()  # a worker may end without its exit handlers
    return out


def install() -> None:
    """Hook the ingesting process (before the CLI runs)."""
    from reportgraph import api
    from reportgraph.ingest import parallel

    atexit.register(_flush)
    atexit.register(lambda: _log("exit_handlers_last"))
    parallel.prepare_many = traced  # the pool sends the module's global
    store, prepare, ingest = api.KnowledgeBase._store_prepared, api.KnowledgeBase._prepare, api.KnowledgeBase.ingest

    def timed_store(self: Any, prepared: Any) -> Any:
        t = time.time()
        try:
            return store(self, prepared)
        finally:
            _log("store", i=prepared.index, start=t, end=time.time())

    def timed_prepare(self: Any, files: Any, reported: Any, workers: int, dask: Any, language: Any = None) -> Any:
        _log("stage_start")
        if dask:
            from reportgraph.ingest import cluster

            _log("dask_imported")
            cluster.prepare_many = traced
            connect, close = cluster.connect, cluster._close

            def timed_connect(*a: Any, **k: Any) -> Any:
                try:
                    return connect(*a, **k)
                finally:
                    _log("cluster_up")

            def timed_close(*a: Any, **k: Any) -> Any:
                _log("close_start")
                try:
                    return close(*a, **k)
                finally:
                    _log("close_end")

            cluster.connect, cluster._close = timed_connect, timed_close
        else:
            from concurrent.futures import process

            shutdown = process.ProcessPoolExecutor.shutdown

            def timed_shutdown(pool: Any, *a: Any, **k: Any) -> Any:
                _log("close_start")
                try:
                    return shutdown(pool, *a, **k)
                finally:
                    _log("close_end")

            process.ProcessPoolExecutor.shutdown = timed_shutdown  # type: ignore[method-assign,assignment]
        return prepare(self, files, reported, workers, dask, language)

    def timed_ingest(self: Any, *a: Any, **k: Any) -> Any:
        _log("ingest_start")
        try:
            return ingest(self, *a, **k)
        finally:
            _log("ingest_end")
            atexit.register(lambda: _log("exit_handlers_first"))

    api.KnowledgeBase._store_prepared = timed_store  # type: ignore[method-assign]
    api.KnowledgeBase._prepare = timed_prepare  # type: ignore[method-assign]
    api.KnowledgeBase.ingest = timed_ingest  # type: ignore[method-assign]


# ------------------------------------------------------------------ the runner
def _stat(path: str) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of /proc/<path>/stat."""
    try:
        with open(f"/proc/{path}/stat", encoding="utf-8") as f:
            s = f.read()
    except OSError:
        return None
    rest = s[s.rindex(")") + 2:].split()
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / HZ


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (st := _stat(name)):
            children.setdefault(st[0], []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def run(folder: Path, args: list[str], out: Path) -> dict[str, Any]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "TIMELINE_OUT": str(out),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "benchmarks")])}
    db = out / "kb.sqlite"
    cli = [sys.executable, "-c", "import parallel_timeline as t; t.install(); from reportgraph.cli import app; app()",
           "--db", str(db), "ingest", *args, str(folder)]
    load = os.getloadavg()[0]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with open(out / "stderr", "w", encoding="utf-8") as err:
        proc = subprocess.Popen(cli, env=env, stdout=subprocess.DEVNULL, stderr=err)
    seen: dict[int, list[float]] = {}  # pid -> [first seen, last seen, CPU]
    threads: dict[tuple[int, int], float] = {}
    while proc.poll() is None:
        now = time.time() - t0
        for pid in _tree(proc.pid):
            if st := _stat(str(pid)):
                seen.setdefault(pid, [now, now, 0.0])[1:] = [now, st[1]]
            try:
                for tid in os.listdir(f"/proc/{pid}/task"):
                    if st := _stat(f"{pid}/task/{tid}"):
                        threads[(pid, int(tid))] = st[1]
            except OSError:
                pass
        time.sleep(0.05)
    wall = time.time() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(f"the ingest failed ({proc.returncode}): {(out / 'stderr').read_text('utf-8')[-2000:]}")
    events = sorted((json.loads(line) for f in out.glob("*.jsonl") for line in f.read_text("utf-8").splitlines()),
                    key=lambda e: e["t"])
    export = out / "kb.json"
    subprocess.run([sys.executable, "-c", "from reportgraph.cli import app; app()", "--db", str(db), "export",
                    "--format", "json", "--output", str(export)], env=env, check=True, capture_output=True)

    def at(t: float) -> float:
        return round(t - t0, 2)

    marks: dict[str, float] = {}
    for e in events:
        if e["ev"] not in ("task", "store"):
            marks.setdefault(e["ev"] + ("" if e["pid"] == proc.pid else f"@{e['pid']}"), at(e["t"]))
    own_cpu: dict[int, dict[str, float]] = {}
    for (pid, thread), cpu in threads.items():
        d = own_cpu.setdefault(pid, {"main_thread": 0.0, "other_threads": 0.0})
        d["main_thread" if pid == thread else "other_threads"] += cpu
    tasks: dict[int, list[dict[str, Any]]] = {}
    for e in events:
        if e["ev"] == "task":
            tasks.setdefault(e["pid"], []).append(e)
    workers = {}
    for pid, ts in tasks.items():
        gaps = [b["start"] - a["end"] for a, b in zip(ts, ts[1:], strict=False)]
        workers[str(pid)] = {
            "started": round(seen[pid][0], 2) if pid in seen else None,
            "first_task": at(ts[0]["start"]), "last_task_end": at(ts[-1]["end"]),
            "gone": round(seen[pid][1], 2) if pid in seen else None,
            "tasks": len(ts), "files": sum(t["n"] for t in ts),
            "idle_between_tasks_s": round(sum(gaps), 2), "longest_wait_s": round(max(gaps, default=0.0), 2),
            "tasks_cpu_s": round(sum(t["cpu"] for t in ts), 2),
            "tasks_own_thread_cpu_s": round(sum(t["thread_cpu"] for t in ts), 2),
            "cpu_s": round(seen[pid][2], 2) if pid in seen else None,
            **{k: round(v, 2) for k, v in own_cpu.get(pid, {}).items()},
            "last_tasks": [(t["n"], at(t["start"]), at(t["end"])) for t in ts[-3:]],
        }
    stores = [e for e in events if e["ev"] == "store"]
    waits = [b["start"] - a["end"] for a, b in zip(stores, stores[1:], strict=False)]
    main = seen.get(proc.pid, [0.0, 0.0, 0.0])
    return {
        "args": args, "reports": len(stores), "load_average_before": round(load, 2),
        "load_average_after": round(os.getloadavg()[0], 2), "wall_s": round(wall, 2),
        "cpu_s_all_processes": round((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), 2),
        "marks": marks,
        "writer": {"first_store": at(stores[0]["start"]) if stores else None,
                   "last_store_end": at(stores[-1]["end"]) if stores else None,
                   "storing_s": round(sum(s["end"] - s["start"] for s in stores), 2),
                   "waiting_after_first_s": round(sum(waits), 2), "longest_wait_s": round(max(waits, default=0.0), 2)},
        "ingesting_process": {"cpu_s": round(main[2], 2),
                              **{k: round(v, 2) for k, v in own_cpu.get(proc.pid, {}).items()}},
        "workers": workers,
        "other_processes": {str(p): {"seen": round(v[0], 2), "gone": round(v[1], 2), "cpu_s": round(v[2], 2)}
                            for p, v in seen.items() if p != proc.pid and p not in tasks},
        "export_sha256": hashlib.sha256(export.read_bytes()).hexdigest()[:12],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dask", action="store_true", help="a Dask LocalCluster of --workers processes")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--folder", type=Path, help="the reports (written there when it does not exist)")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from parallel_speed import reports_folder

    folder = reports_folder(a.folder, "parallel-timeline", a.reports, a.corpus)
    out = Path(tempfile.mkdtemp(prefix="parallel-timeline-"))
    args = [*(["--dask"] if a.dask else []), "--workers", str(a.workers)]
    print(json.dumps(run(folder, args, out), indent=1), flush=True)


if __name__ == "__main__":
    main()
