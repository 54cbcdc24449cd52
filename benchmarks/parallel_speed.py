"""Ingest speed-up on several cores and on a Dask LocalCluster, with identical exports (issue 12).

    python benchmarks/parallel_speed.py --reports 500 --workers 2 --out out/parallel-speed.json

Writes ``--reports`` reports (the train and dev texts of corpus/en, never its sealed test split,
used in turn, each made a distinct document by its first line), then ingests them with the CLI in
a fresh process and knowledge base each time:
  1. ``--workers 1`` (one process: extraction, resolution and storing in turn),
  2. ``--workers N`` (N extraction processes and the writer),
  3. ``--dask --workers N`` (a Dask LocalCluster of N worker processes and the writer),
and times their wall clock, then exports each knowledge base as JSON (SOURCE_DATE_EPOCH fixed) and
checks the three files are byte-identical. It also times the bare spaCy model (``nlp.pipe``) on the
same texts in one process, for the two throughput ratios it prints for each run:

- **per core (wall)**: the ingest's words per wall second divided by the cores it used (1 for one
  process, N for N workers: the writer shares those cores), against raw ``nlp.pipe``'s words per
  CPU second on one core. Issue 12's target is >= 0.5. Needs idle cores.
- **per CPU second**: the ingest's words per CPU second (all its processes, start-up included)
  against raw spaCy's, i.e. raw CPU / ingest CPU: the same ratio measured by CPU, which a loaded
  machine does not distort (it is the per-core ratio the cores would give if nothing waited).

Wall-clock speed-ups need idle cores: run it on a machine doing nothing else (about 5 minutes for
500 reports on two cores).

What makes runs comparable (docs/BENCHMARKS.md, issue 12's thirteenth-round section):

- **The same input every run.** The reports are the corpus's train and dev texts in name order, so a
  run writes the same bytes each time (``reports_sha256``, printed); only their folder, a fresh
  temporary one, changes. An export names each document's source path, so its bytes differ from run
  to run by that folder alone: the digest printed (``export_sha256``) is taken with the folder written
  as ``REPORTS``, and compares across runs and checkouts as well as within a run.
- **The compiled tables built before the clock starts.** The place tables, the resolver's gazetteer
  and the language identifier are built once per version of their sources and then loaded from the
  cache (``reportgraph/compiled.py``); the first ingest after a change to their folders (every merge)
  built them, some 4-6 s of CPU charged to the one process, the first one timed. A one-file ingest
  builds or loads them first, untimed, and its CPU is printed (``tables_cpu_s``), as raw spaCy's
  model is loaded before its clock starts.
- **The CPU of each run in user and system seconds and page faults**, for the spread between runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def write_reports(folder: Path, n: int, corpus: Path) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from reportgraph.train.corpus import docs_of_split

    texts = [d.text for split in ("train", "dev") for d in docs_of_split(corpus, split)]
    folder.mkdir(parents=True)
    out = []
    for i in range(n):
        text = f"Report {i:05}\n\n{texts[i % len(texts)]}"
        (folder / f"r{i:05}.txt").write_text(text, encoding="utf-8")
        out.append(text)
    return out


def reports_folder(folder: Path | None, name: str, n: int, corpus: Path) -> Path:
    """The reports a benchmark was given (``--folder``), else a temporary folder named after it and
    the count; written with ``write_reports`` when it does not exist yet, reused when it does."""
    folder = folder or Path(tempfile.gettempdir()) / f"{name}-{n}"
    if not folder.exists():
        write_reports(folder, n, corpus)
    return folder


def reports_digest(texts: list[str]) -> str:
    """The input's digest: the same texts in the same order give the same digest in any folder."""
    h = hashlib.sha256()
    for text in texts:
        h.update(hashlib.sha256(text.encode("utf-8")).digest())
    return h.hexdigest()


def export_digest(export: bytes, reports: Path) -> str:
    """An export's digest with the reports' folder written as ``REPORTS``: the one thing in it that
    changes between runs on the same reports (each document's source path)."""
    return hashlib.sha256(export.replace(str(reports).encode("utf-8"), b"REPORTS")).hexdigest()


def _cli(tmp: Path, name: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(ROOT / "src")}
    return [sys.executable, "-c", "from reportgraph.cli import app; app()", "--db", str(tmp / f"{name}.sqlite")], env


def warm_tables(tmp: Path, reports: Path) -> float:
    """CPU seconds of a one-file ingest (untimed by the runs): it builds the compiled tables when their
    sources changed since the cache was written, else loads them."""
    one = tmp / "warm-up"
    one.mkdir()
    shutil.copy(min(reports.glob("*.txt")), one)
    cli, env = _cli(tmp, "warm-up")
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([*cli, "ingest", "--workers", "1", str(one)], env=env, check=True, capture_output=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def ingest(tmp: Path, name: str, reports: Path, args: list[str]) -> dict[str, Any]:
    """One timed ingest in a fresh process and knowledge base: wall and CPU seconds (user, system,
    minor page faults) of its processes, and its export's digest (``export_digest``)."""
    cli, env = _cli(tmp, name)
    t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([*cli, "ingest", *args, str(reports)], env=env, check=True, capture_output=True)
    wall, r1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime  # its processes that were waited for
    load = os.getloadavg()[0]
    out = tmp / f"{name}.json"
    subprocess.run([*cli, "export", "--format", "json", "--output", str(out)], env=env, check=True,
                   capture_output=True)
    return {"wall_s": wall, "cpu_s": user + system, "user_s": user, "system_s": system,
            "minor_faults": r1.ru_minflt - r0.ru_minflt, "load_average_after": load,
            "export_sha256": export_digest(out.read_bytes(), reports)}


def raw_spacy(texts: list[str]) -> float:
    """CPU seconds of the bare model over the texts (loaded before timing)."""
    import spacy

    from reportgraph.extract.nlp import model_name

    nlp = spacy.load(model_name())
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask run")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="parallel-speed-"))
    texts = write_reports(tmp / "reports", a.reports, a.corpus)
    words = sum(len(t.split()) for t in texts)
    runs = {"one process": ["--workers", "1"], f"{a.workers} workers": ["--workers", str(a.workers)]}
    if not a.no_dask:
        runs[f"Dask LocalCluster, {a.workers} workers"] = ["--dask", "--workers", str(a.workers)]
    digest = reports_digest(texts)
    tables = warm_tables(tmp, tmp / "reports")
    print(f"reports {digest[:12]}; the compiled tables built or loaded first (one file, untimed): "
          f"{tables:.1f} s CPU", flush=True)
    load = os.getloadavg()[0]
    print(f"load average before: {load:.2f} (wall figures need idle cores)", flush=True)
    results = {}
    for name, args in runs.items():
        r = results[name] = ingest(tmp, name.split(",")[0].replace(" ", "-"), tmp / "reports", args)
        print(f"{name:32} {r['wall_s']:8.1f} s wall {r['cpu_s']:8.1f} s CPU ({r['user_s']:.1f} user + "
              f"{r['system_s']:.1f} system, {r['minor_faults']} faults)  {a.reports / r['wall_s']:6.2f} "
              f"reports/s  load after {r['load_average_after']:.2f}  export {r['export_sha256'][:12]}",
              flush=True)
    raw = raw_spacy(texts)
    base = results["one process"]["wall_s"]
    raw_wps = words / raw
    print(f"raw spaCy nlp.pipe (one core): {raw:.1f} s CPU, {raw_wps:.0f} words/s; {a.reports} reports, {words} words")
    print("ratios against raw spaCy: per core (wall) = words/s of the ingest / cores used / raw words/s;"
          " per CPU second = raw CPU s / ingest CPU s")
    for name, r in results.items():
        cores = 1 if name == "one process" else a.workers
        r["cores"] = cores
        r["speed_up"] = base / r["wall_s"]
        r["words_per_s"] = words / r["wall_s"]
        r["per_core_vs_raw_spacy"] = r["words_per_s"] / cores / raw_wps
        r["per_cpu_s_vs_raw_spacy"] = raw / r["cpu_s"]
        print(f"{name:32} speed-up {r['speed_up']:.2f}x  {r['words_per_s']:6.0f} words/s on {cores} core(s): "
              f"per core (wall) {r['per_core_vs_raw_spacy']:.2f}x raw spaCy, per CPU second "
              f"{r['per_cpu_s_vs_raw_spacy']:.2f}x")
    same = len({r["export_sha256"] for r in results.values()}) == 1
    print("exports byte-identical:", same)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps({"reports": a.reports, "words": words, "workers": a.workers, "cpus": os.cpu_count(),
                                     "reports_sha256": digest, "tables_cpu_s": tables,
                                     "load_average_before": load, "raw_spacy_cpu_s": raw,
                                     "raw_spacy_words_per_cpu_s": raw_wps, "runs": results, "identical": same},
                                    indent=1))
    shutil.rmtree(tmp, ignore_errors=True)  # the reports and the three knowledge bases
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
