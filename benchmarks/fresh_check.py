"""Score the extractor on invented paragraphs with hand-written gold (tests/extract/data/fresh_reports.json).

PYTHONPATH=src python benchmarks/fresh_check.py [--diff] [--data FILE]

A gold entity is found when a system entity of the same type holds one of its names (after the
scorer's normalisation); a gold alias is found when that system entity also holds it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reportgraph.extract import get_extractor
from reportgraph.model import SourceDocument

DATA = Path(__file__).resolve().parents[1] / "tests" / "extract" / "data" / "fresh_reports.json"
EVAL = Path("/work/shared/eval")


def prf(tp: int, n_sys: int, n_gold: int) -> str:
    p, r = (tp / n_sys if n_sys else 0.0), (tp / n_gold if n_gold else 0.0)
    return f"P {p:.3f} R {r:.3f} F1 {(2 * p * r / (p + r) if p + r else 0.0):.3f}"


def main() -> None:
    sys.path.insert(0, str(EVAL))
    from score import norm  # the scorer's own normalisation

    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", action="store_true", help="print missed, spurious and merged names")
    ap.add_argument("--data", type=Path, default=DATA, help="another JSON file of the same form")
    args = ap.parse_args()
    ex = get_extractor("default")
    tp = n_sys = n_gold = a_tp = a_sys = a_gold = 0
    for doc in json.loads(args.data.read_text())["docs"]:
        src = SourceDocument(id=doc["id"], source=doc["id"], title=doc["id"], text=doc["text"])
        out = ex.extract(src)
        gold = {e["id"]: (e["type"], {norm(n) for n in e["names"]}) for e in doc["entities"]}
        system = [(e.type, {norm(n) for n in e.names()}) for e in out.entities]
        n_gold, n_sys = n_gold + len(gold), n_sys + len(system)
        a_gold += sum(len(gn) - 1 for _, gn in gold.values())
        a_sys += sum(len(sn) - 1 for _, sn in system)
        for gt, gn in gold.values():
            hit = next((sn for st, sn in system if st == gt and sn & gn), None)
            if hit is None:
                if args.diff:
                    print(f"{doc['id']}: missed {gt} {sorted(gn)}")
                continue
            tp += 1
            a_tp += len(hit & gn) - 1
            if args.diff and gn - hit:
                print(f"{doc['id']}: alias missed {sorted(gn - hit)} of {sorted(hit)}")
        for st, sn in system:
            owners = [gid for gid, (_, gn) in gold.items() if sn & gn]
            if args.diff and len(owners) > 1:
                print(f"{doc['id']}: merged {sorted(sn)} ({', '.join(owners)})")
            if args.diff and not any(gold[g][0] == st for g in owners):
                print(f"{doc['id']}: spurious {st} {sorted(sn)}")
    print(f"entities {prf(tp, n_sys, n_gold)}; aliases {prf(a_tp, a_sys, a_gold)}")


if __name__ == "__main__":
    main()
