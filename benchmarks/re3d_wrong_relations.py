"""re3d's judged-wrong relations with their sentences: what ``score_re3d.py`` counts against relation precision.

    python benchmarks/re3d_wrong_relations.py --system out/bench-ablation/default/re3d [--shared ../shared] [--all]

A system relation of MEMBER_OF, LEADER_OF, HOSTILE_TO or ALLY_OF is judged when both its arguments hold a name
of a gold entity of the document (as ``score_re3d.py`` judges it); it is wrong when no gold relation of that
predicate joins those entities (either way for the symmetric ones). Each is printed with its evidence sentences
and modality; ``--all`` prints the judged-right ones too (``OK``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_re3d", shared / "eval" / "re3d" / "score_re3d.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def judged(scorer: Any, gold: dict[str, Any], system: dict[str, Any]) -> list[tuple[bool, dict[str, Any]]]:
    """Each judged system relation of the document with whether the gold holds it."""
    g_names = {e["id"]: {scorer.norm(n) for n in e["names"]} for e in gold["entities"]}
    s_names = {e["id"]: {scorer.norm(m.get("text", "")) for m in e["mentions"]} - {""} for e in system["entities"]}
    out = []
    for r in system["relations"]:
        pred = r["predicate"]
        if pred not in scorer.PREDICATES:
            continue
        subs = [g for g in g_names if s_names[r["subject"]] & g_names[g]]
        objs = [g for g in g_names if s_names[r["object"]] & g_names[g]]
        if not subs or not objs:
            continue
        keys = set()
        for gr in gold["relations"]:
            if gr["predicate"] == pred:
                keys.add((gr["subject"], gr["object"]))
                if pred in scorer.SYMMETRIC:
                    keys.add((gr["object"], gr["subject"]))
        out.append((any((a, b) in keys for a in subs for b in objs), r))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--system", required=True, type=Path, help="a folder of per-document exports (NAME.json)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--all", action="store_true", help="print the judged-right relations too")
    a = ap.parse_args()
    scorer = _scorer(a.shared)
    docs = a.shared / "eval" / "re3d" / "docs"
    for gp in sorted(docs.glob("*.re3d.json")):
        gold = json.loads(gp.read_text("utf-8"))
        sp = a.system / (gold["doc"].removesuffix(".txt") + ".json")
        if not sp.exists():
            continue
        system = json.loads(sp.read_text("utf-8"))
        names = {e["id"]: e["name"] for e in system["entities"]}
        for ok, r in judged(scorer, gold, system):
            if ok and not a.all:
                continue
            print("OK" if ok else "XX", gold["doc"], "|", names[r["subject"]], r["predicate"], names[r["object"]],
                  "|", r.get("modality"))
            for ev in r["evidence"]:
                print("    >", " ".join(ev["text"].split())[:400])


if __name__ == "__main__":
    main()
