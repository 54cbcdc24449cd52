"""Score an extractor on the dev set, each file alone, and print the missed / spurious names.

PYTHONPATH=src python benchmarks/dev_extract.py [--extractor default] [--out /tmp/dev-out] [--diff]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from reportgraph.extract import get_extractor
from reportgraph.model import Extraction, SourceDocument

EVAL = Path("/work/shared/eval")


def export(ex: Extraction, source: str) -> dict:
    """The export contract for one document (entity id = local key, document id = file name)."""
    ents = [
        {
            "id": e.key,
            "type": e.type,
            "name": e.name,
            "aliases": e.aliases,
            "roles": e.roles,
            "mentions": [
                {"document": source, "start": m.start, "end": m.end, "text": m.text} for m in e.mentions
            ],
        }
        for e in ex.entities
    ]
    rels = [
        {
            "subject": r.subject,
            "predicate": r.predicate,
            "object": r.object,
            "evidence": [
                {"document": source, "start": s.start, "end": s.end, "text": s.text} for s in r.evidence
            ],
        }
        for r in ex.relations
    ]
    evs = [
        {
            "type": v.type,
            "trigger": v.trigger,
            "location": v.location,
            "date": v.date,
            "count": v.count,
            "participants": [{"entity": p.entity, "role": p.role} for p in v.participants],
            "evidence": [
                {"document": source, "start": s.start, "end": s.end, "text": s.text} for s in v.evidence
            ],
        }
        for v in ex.events
    ]
    return {
        "documents": [{"id": source, "source": source}],
        "entities": ents,
        "relations": rels,
        "events": evs,
    }


def diff(gold: dict, system: dict) -> list[str]:
    """Gold names no system entity of the same type holds, and system entities matching no gold one."""
    sys.path.insert(0, str(EVAL))
    from score import norm  # the scorer's own normalisation

    lines = []
    g_by_type = {(e["type"], norm(n)): e["id"] for e in gold["entities"] for n in e["names"]}
    s_by_type = {
        (e["type"], norm(n)): e["id"] for e in system["entities"] for n in [e["name"], *e["aliases"]]
    }
    for (t, n), gid in sorted(g_by_type.items()):
        if (t, n) not in s_by_type:
            other = [tt for (tt, nn) in s_by_type if nn == n]
            lines.append(f"  MISSED  {t:12} {n!r} ({gid})" + (f" typed {other}" if other else ""))
    for e in system["entities"]:
        names = {norm(n) for n in [e["name"], *e["aliases"]]}
        gids = {g_by_type[(e["type"], n)] for n in names if (e["type"], n) in g_by_type}
        if not gids:
            lines.append(f"  SPURIOUS {e['type']:12} {sorted(names)}")
        elif len(gids) > 1:
            lines.append(f"  MERGED  {e['type']:12} {sorted(names)} -> {sorted(gids)}")
    gold_split: dict[str, list[str]] = {}
    for e in system["entities"]:
        for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
            gid = g_by_type.get((e["type"], n))
            if gid:
                gold_split.setdefault(gid, []).append(e["id"])
    for gid, sids in gold_split.items():
        if len(set(sids)) > 1:
            lines.append(f"  SPLIT   {gid} over {sorted(set(sids))}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--extractor", default="default")
    ap.add_argument("--out", type=Path, default=Path("/tmp/reportgraph-dev-entities"))
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--gold", type=Path, default=EVAL / "dev", help="a folder of NAME.txt + NAME.gold.json")
    a = ap.parse_args()
    extractor = get_extractor(a.extractor)
    a.out.mkdir(parents=True, exist_ok=True)
    n_words, elapsed = 0, 0.0
    for path in sorted(a.gold.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        t0 = time.process_time()  # CPU time of this process: one core, whatever else the machine runs
        ex = extractor.extract(SourceDocument(id=path.name, source=path.name, title=path.stem, text=text))
        elapsed += time.process_time() - t0
        n_words += len(text.split())
        out = export(ex, path.name)
        (a.out / f"{path.stem}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
        if a.diff:
            gold = json.loads((a.gold / f"{path.stem}.gold.json").read_text())
            print(f"== {path.name}")
            print("\n".join(diff(gold, out)))
    print(f"{n_words} words in {elapsed:.2f}s CPU: {n_words / elapsed:.0f} words/s per core")
    subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(a.gold), "--system", str(a.out)],
        check=True,
    )


if __name__ == "__main__":
    main()
