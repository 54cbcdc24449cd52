"""Score the extractor on the invented paragraphs of tests/extract/data/fresh_reports.json.

PYTHONPATH=src python benchmarks/fresh_check.py [--diff]
Entity names are matched after the scorer's normalisation; a gold entity counts as found when a
system entity of the same type holds one of its names.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reportgraph.extract import get_extractor
from reportgraph.model import SourceDocument

DATA = Path(__file__).resolve().parents[1] / "tests" / "extract" / "data" / "fresh_reports.json"
sys.path.insert(0, "/work/shared/eval")


def main() -> None:
    from score import norm

    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    ex = get_extractor("default")
    tp = n_sys = n_gold = 0
    a_tp = a_sys = a_gold = 0
    for doc in json.loads(DATA.read_text())["docs"]:
        out = ex.extract(SourceDocument(id=doc["id"], source=doc["id"], title=doc["id"], text=doc["text"]))
        gold = {e["id"]: (e["type"], {norm(n) for n in e["names"]}) for e in doc["entities"]}
        system = [(e.type, {norm(n) for n in e.names()}) for e in out.entities]
        n_gold += len(gold)
        n_sys += len(system)
        for gid, (gt, gn) in gold.items():
            hits = [s for s in system if s[0] == gt and s[1] & gn]
            if hits:
                tp += 1
                a_gold += len(gn) - 1
                a_tp += sum(len(s[1] & gn) for s in hits[:1]) - 1
            else:
                a_gold += len(gn) - 1
                if args.diff:
                    print(f"{doc['id']}: missed {gt} {sorted(gn)}")
        for st, sn in system:
            a_sys += len(sn) - 1
            owners = [gid for gid, (gt, gn) in gold.items() if sn & gn]
            if len(owners) > 1 and args.diff:
                print(f"{doc['id']}: merged {sorted(sn)} ({', '.join(owners)})")
            if not any(gold[g][0] == st for g in owners) and args.diff:
                print(f"{doc['id']}: spurious {st} {sorted(sn)}")
            if len(owners) == 1 and gold[owners[0]][0] == st:
                pass
    def f1(t: int, s: int, g: int) -> str:
        p, r = (t / s if s else 0.0), (t / g if g else 0.0)
        return f"P {p:.3f} R {r:.3f} F1 {(2 * p * r / (p + r) if p + r else 0.0):.3f}"
    print(f"entities {f1(tp, n_sys, n_gold)}; aliases {f1(a_tp, a_sys, a_gold)}")


if __name__ == "__main__":
    main()
