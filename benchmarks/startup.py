"""The CPU cost of `reportgraph ingest one-file.txt` in a fresh process, and how much of it is loading
the spaCy model (issue 12).

    python benchmarks/startup.py --file examples/reports/01-gspc-to-aqim.md
    python benchmarks/startup.py --file FILE --src /path/to/another/checkout/src   # another version

Each run is a new process on a new knowledge base; its CPU (user + system, from the OS) is read
after it exits. "model" is a process that only imports reportgraph's pipeline loader and loads the
model; "beyond the model" is the ingest's CPU less that. With the cache of compiled gazetteers
(compiled.py), the first run builds it ("first use") and the later ones load it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child_cpu(args: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=ROOT / "examples" / "reports" / "01-gspc-to-aqim.md")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the reportgraph sources to time")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", type=Path, help="the compiled-table cache [default: a new temporary one]")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="startup-"))
    env = {**os.environ, "PYTHONPATH": str(a.src), "REPORTGRAPH_CACHE": str(a.cache or tmp / "cache")}
    model = [child_cpu([sys.executable, "-c", "from reportgraph.extract.nlp import load_nlp; load_nlp()"], env)
             for _ in range(a.repeat)]
    ingests = []
    for i in range(a.repeat + 1):
        ingests.append(child_cpu([sys.executable, "-c", "from reportgraph.cli import app; app()",
                                  "--db", str(tmp / f"kb{i}.sqlite"), "ingest", str(a.file)], env))
    words = len(a.file.read_text("utf-8").split())
    m, first, rest = statistics.median(model), ingests[0], statistics.median(ingests[1:])
    print(f"sources: {a.src}\nfile: {a.file.name} ({words} words)")
    print(f"load the model alone:      {m:6.2f} s CPU")
    print(f"ingest, first use:         {first:6.2f} s CPU ({first - m:.2f} beyond the model)")
    print(f"ingest, later runs:        {rest:6.2f} s CPU ({rest - m:.2f} beyond the model)")


if __name__ == "__main__":
    main()
