"""Why entities and aliases are wrong: each error of a corpus split's per-document exports, by cause.

    python benchmarks/entity_errors.py --gold out/abl/gold-dev --system out/abl/default/corpus-dev
    python benchmarks/entity_errors.py --split train [--limit 80]     # exports the split itself first
    python benchmarks/entity_errors.py --corpus corpus/fr --split train   # with the French pipeline
    python benchmarks/entity_errors.py ... --examples out/entity-errors.txt   # every error, by class

``--gold``/``--system``: a folder of ``*.gold.json`` and one of system exports with the same stems
(what ``benchmarks/ablation.py`` leaves under ``OUT/gold-SPLIT`` and ``OUT/default/corpus-SPLIT``).
``--split`` exports the split with the default extractor first (``test`` is sealed and refused).
Entities are matched one to one as ../shared/eval/score.py matches them (shared names, same type,
most shared first); every unmatched entity and alias pair gets the first cause that holds:

- spurious system entity: ``type`` (a name of a gold entity of another type), ``duplicate`` (a name
  of a gold entity of its type that another system entity took), ``boundary`` (a word shared with a
  gold name: titles, "the", demonyms or a generic noun in or out), ``no gold name``;
- missed gold entity: ``type``, ``merged`` (a system entity of its type holds a name of it but was
  matched to another gold entity), ``boundary``, ``not found``;
- missed gold alias pair: ``split`` (both names found, in two system entities; ``split, typed
  apart`` when of two types), ``name not found`` (with the name that no system entity holds);
- false alias pair: two names of two gold entities in one system entity.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from reportgraph.extract import get_extractor
from reportgraph.train.corpus import corpus_language, load_splits
from reportgraph.train.evaluate import export_each, load_scorer

ROOT = Path(__file__).resolve().parents[1]


def _words(names: set[str]) -> set[str]:
    return {w for n in names for w in re.split(r"\W+", n) if len(w) > 2}


def classify(score: Any, gold: dict[str, Any], system: dict[str, Any]) -> list[tuple[str, str]]:
    """(class, description) for each error of one document."""
    g_ents = {e["id"]: e for e in gold["entities"]}
    g_names = {gid: {score.norm(n) for n in e["names"]} for gid, e in g_ents.items()}
    s_ents = [e for e in system.get("entities", []) if e.get("type") in score.TYPES]
    s_names = {e["id"]: score.system_names(e) for e in s_ents}
    s_type = {e["id"]: e["type"] for e in s_ents}
    cand = sorted(((len(s_names[s] & gn), s, gid) for s in s_names for gid, gn in g_names.items()
                   if s_names[s] & gn and s_type[s] == g_ents[gid]["type"]), reverse=True)
    match: dict[str, str] = {}
    taken: set[str] = set()
    for _, sid, gid in cand:
        if sid not in match and gid not in taken:
            match[sid] = gid
            taken.add(gid)
    out: list[tuple[str, str]] = []

    def show_s(sid: str) -> str:
        return f"{s_type[sid][:3]} {sorted(s_names[sid])}"

    def show_g(gid: str) -> str:
        return f"{g_ents[gid]['type'][:3]} {sorted(g_names[gid])}"

    for sid in s_names:
        if sid in match:
            continue
        sn = s_names[sid]
        other = [g for g in g_names if sn & g_names[g] and g_ents[g]["type"] != s_type[sid]]
        same = [g for g in g_names if sn & g_names[g] and g_ents[g]["type"] == s_type[sid]]
        near = [g for g in g_names if _words(sn) & _words(g_names[g])]
        if other:
            out.append(("spurious: type", f"{show_s(sid)}  gold {show_g(other[0])}"))
        elif same:
            out.append(("spurious: duplicate", f"{show_s(sid)}  gold {show_g(same[0])}"))
        elif near:
            out.append(("spurious: boundary", f"{show_s(sid)}  gold {show_g(near[0])}"))
        else:
            out.append(("spurious: no gold name", show_s(sid)))
    for gid, gn in g_names.items():
        if gid in taken:
            continue
        other = [s for s in s_names if s_names[s] & gn and s_type[s] != g_ents[gid]["type"]]
        same = [s for s in s_names if s_names[s] & gn]
        near = [s for s in s_names if _words(s_names[s]) & _words(gn)]
        if other:
            out.append(("missed: type", f"{show_g(gid)}  system {show_s(other[0])}"))
        elif same:
            out.append(("missed: merged", f"{show_g(gid)}  system {show_s(same[0])}"))
        elif near:
            out.append(("missed: boundary", f"{show_g(gid)}  system {show_s(near[0])}"))
        else:
            out.append(("missed: not found", show_g(gid)))
    owner = {n: gid for gid, ns in g_names.items() for n in ns}
    holder: dict[str, set[str]] = defaultdict(set)
    for sid, ns in s_names.items():
        for n in ns:
            holder[n].add(sid)
    sys_pairs: set[tuple[str, str]] = set()
    for ns in s_names.values():
        kept = sorted(n for n in ns if n in owner)
        sys_pairs.update((a, b) for i, a in enumerate(kept) for b in kept[i + 1:])
    for gn in g_names.values():
        for a in sorted(gn):
            for b in sorted(gn):
                if a >= b or (a, b) in sys_pairs:
                    continue
                lost = [n for n in (a, b) if not holder[n]]
                if lost:
                    out.append(("alias missed: name not found", f"{lost[0]!r} (with {(b if lost[0] == a else a)!r})"))
                elif {s_type[s] for s in holder[a]} & {s_type[s] for s in holder[b]}:
                    out.append(("alias missed: split", f"{a!r} / {b!r}"))
                else:
                    out.append(("alias missed: split, typed apart", f"{a!r} / {b!r}"))
    for a, b in sorted(sys_pairs):
        if owner[a] != owner[b]:
            out.append(("alias false: two gold entities", f"{a!r} ({owner[a]}) / {b!r} ({owner[b]})"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, help="a folder of *.gold.json")
    ap.add_argument("--system", type=Path, help="a folder of per-document exports, same stems")
    ap.add_argument("--split", choices=["train", "dev"], help="export this corpus split first")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--limit", type=int, default=0, help="with --split: the first N documents only")
    ap.add_argument("--out", type=Path, default=Path("out/entity-errors"), help="with --split: exports here")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", type=Path, default=None, help="write every error here, by class")
    a = ap.parse_args()
    score = load_scorer(a.shared / "eval" / "score.py")
    if a.split:
        names = [n for n, s in sorted(load_splits(a.corpus).items()) if s == a.split]
        names = names[: a.limit] if a.limit else names
        a.gold = a.corpus / "docs"
        a.system = a.out / a.split
        # the pipeline of the corpus's language ("corpus/fr" is read by the French one)
        language = corpus_language(a.corpus)
        export_each(get_extractor("default", language), [a.gold / f"{n}.txt" for n in names], a.system)
    if not a.gold or not a.system:
        ap.error("give --gold and --system, or --split")
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for sysfile in sorted(a.system.glob("*.json")):
        goldfile = a.gold / f"{sysfile.stem}.gold.json"
        if not goldfile.exists():
            continue
        for cls, what in classify(score, json.loads(goldfile.read_text("utf-8")),
                                  json.loads(sysfile.read_text("utf-8"))):
            counts[cls] += 1
            examples[cls].append(f"{sysfile.stem}: {what}")
    for cls in sorted(counts):
        print(f"{counts[cls]:5}  {cls}")
    if a.examples:
        a.examples.parent.mkdir(parents=True, exist_ok=True)
        a.examples.write_text("".join(f"## {cls} ({len(v)})\n" + "".join(f"  {x}\n" for x in v) + "\n"
                                      for cls, v in sorted(examples.items())), "utf-8")


if __name__ == "__main__":
    main()
