"""How many place names the map places (issue 14), on the example reports and the shared dev set.

    python benchmarks/map_coverage.py [--shared ../shared] [--out out/bench-map]

Ingests examples/reports and ../shared/eval/dev (when present) into fresh knowledge bases with the
default extractor and reports, per corpus, the LOCATION entities the map shows, how many are placed
and by what (gazetteer, a report's own words, an analyst), and the names left unplaced.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from reportgraph import KnowledgeBase
from reportgraph.query.places import places

ROOT = Path(__file__).resolve().parents[1]


def measure(name: str, files: list[Path], db: Path) -> dict[str, object]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with KnowledgeBase(db) as kb:
        assert not kb.ingest(files).failed
        found = places(kb.store)
    placed = [p for p in found if p.lat is not None]
    by = Counter(("report" if (p.placed_by or "").startswith("the report") else
                  "analyst" if p.precision == "point" else "gazetteer") for p in placed)
    return {"corpus": name, "places": len(found), "placed": len(placed),
            "share": round(len(placed) / len(found), 3) if found else None, "placed_by": dict(by),
            "precision": dict(Counter(p.precision for p in placed)),
            "unplaced": sorted(p.name for p in found if p.lat is None),
            "from_the_text": sorted(f"{p.name}: {p.placed_by}" for p in placed
                                    if (p.placed_by or "").startswith("the report"))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench-map")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [measure("examples", sorted((ROOT / "examples" / "reports").glob("*.md")), args.out / "examples.sqlite")]
    dev = args.shared / "eval" / "dev"
    if dev.is_dir():
        rows.append(measure("dev", sorted(dev.glob("*.txt")), args.out / "dev.sqlite"))
    (args.out / "results.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    print(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
