"""Cross-document resolution alone, rerun on cached extractions, with its errors listed by cluster.

Extraction is the slow part of a knowledge base's build and resolution changes do not touch it: each
document's extraction is pickled once under ``--cache`` (keyed by its text, its language and a digest
of the extraction code and data: ``extract/``, ``data/`` less ``data/resolve/``, ``routing.py``,
``model.py``), and every later run only stores and resolves (the knowledge base's own ingest, the
store's default resolver: the same code path as ``quality.py`` and ``fr_crossdoc.py``).

    python benchmarks/xdoc_errors.py --gold /tmp/x/abl-dev/gold-dev --out /tmp/x/xd-en     # = quality.py
    python benchmarks/xdoc_errors.py --split train --out /tmp/x/xd-train    # corpus/en's train (or dev) split
    python benchmarks/xdoc_errors.py --fr-split dev --out /tmp/x/xd-fr                     # = fr_crossdoc.py

The first run extracts (minutes); the next ones take seconds per hundred documents. It prints the
scorer's summary line, then score.py's pairwise measure taken apart: the false-merge pairs of each
system entity holding occurrences of several gold entities (with the gold ids and names it holds)
and the missed pairs of each gold entity spread over several system entities or not found, worst
first, after the missed pairs counted by cause: an occurrence no entity holds, two entities of one
document, two entities typed differently (the extraction's share), or two entities of one type from
two documents (the resolver's). ``--why GOLD_ID`` lists one gold entity's occurrences and the
entities holding them. ``--split`` offers train and dev only: the sealed test split is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reportgraph import KnowledgeBase
from reportgraph.extract import get_extractor
from reportgraph.model import SourceDocument
from reportgraph.routing import LanguageRouter
from reportgraph.train.evaluate import load_scorer

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "reportgraph"


def code_digest() -> str:
    """A digest of everything an extraction depends on (not resolution's code or data)."""
    h = hashlib.sha256()
    files = [*sorted((PKG / "extract").rglob("*.py")), PKG / "routing.py", PKG / "model.py",
             *sorted(p for p in (PKG / "data").rglob("*") if p.is_file() and "resolve" not in p.parts
                     and "__pycache__" not in p.parts)]
    for p in files:
        h.update(str(p.relative_to(PKG)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


class CachedExtractor:
    """An extractor that reads a document's extraction from the cache when it has it."""

    def __init__(self, inner: Any, cache: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache = cache / code_digest()
        self.cache.mkdir(parents=True, exist_ok=True)
        self.hits = self.misses = 0

    def _path(self, doc: SourceDocument) -> Path:
        key = hashlib.sha256(f"{self.name}\0{doc.language}\0{doc.text}".encode()).hexdigest()[:24]
        return self.cache / f"{key}.pickle"

    def extract(self, doc: SourceDocument) -> Any:
        return next(self.extract_many([doc]))

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Any]:
        docs = list(docs)
        got: dict[int, Any] = {}
        todo = []
        for i, d in enumerate(docs):
            p = self._path(d)
            if p.exists():
                got[i] = pickle.loads(p.read_bytes())
                self.hits += 1
            else:
                todo.append(i)
        if todo:
            for i, ex in zip(todo, self.inner.extract_many([docs[i] for i in todo]), strict=True):
                self._path(docs[i]).write_bytes(pickle.dumps(ex))
                got[i] = ex
                self.misses += 1
        for i in range(len(docs)):
            yield got[i]


def missed_by_cause(by_gid: dict[str, list[tuple[str, str]]], occ_sys: dict[tuple[str, str], set[str]],
                    etype: dict[str, Any]) -> dict[str, int]:
    """Each missed pair of occurrences (document, name) of one gold entity, by what kept them apart."""
    out = dict.fromkeys(("unfound", "one document", "typed differently", "resolution"), 0)
    for ks in by_gid.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                sa, sb = occ_sys.get(a, set()), occ_sys.get(b, set())
                if sa & sb:
                    continue
                if not sa or not sb:
                    out["unfound"] += 1
                elif a[0] == b[0]:
                    out["one document"] += 1
                elif not {etype[x] for x in sa} & {etype[y] for y in sb}:
                    out["typed differently"] += 1
                else:
                    out["resolution"] += 1
    return out


def errors(S: Any, gold_dir: Path, export: Path, top: int, why: list[str]) -> None:
    """score.py's cross-document pairs taken apart: false merges by system entity, misses by gold entity."""
    gold = S.load_gold(gold_dir)
    sysj = json.loads(export.read_text())
    doc_of = {d["id"]: Path(str(d.get("source") or d.get("id"))).name for d in sysj["documents"]}
    occ_gold = {(doc, S.norm(n)): e["id"] for doc, g in gold.items() for e in g["entities"] for n in e["names"]}
    occ_sys: dict[tuple[str, str], set[str]] = defaultdict(set)
    ename, etype = {}, {}
    for e in sysj["entities"]:
        ename[e["id"]], etype[e["id"]] = e["name"], e.get("type")
        if e.get("type") not in S.TYPES:
            continue
        for m in e.get("mentions") or []:
            k = (doc_of.get(m["document"], m["document"]), S.norm(m.get("text", "")))
            if k in occ_gold:
                occ_sys[k].add(e["id"])
    by_gid: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k, gid in occ_gold.items():
        by_gid[gid].append(k)
    lost: Counter[str] = Counter()
    for gid, ks in by_gid.items():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                lost[gid] += not (occ_sys.get(a, set()) & occ_sys.get(b, set()))
    by_sys: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k, ss in occ_sys.items():
        for s in ss:
            by_sys[s].append(k)
    false: Counter[str] = Counter()
    for s, ks in by_sys.items():
        c = Counter(occ_gold[k] for k in ks)
        n = sum(c.values())
        false[s] = n * (n - 1) // 2 - sum(v * (v - 1) // 2 for v in c.values())
    print(f"missed pairs {sum(lost.values())}, false-merge pairs {sum(false.values())}")
    causes = missed_by_cause(by_gid, occ_sys, etype)
    print("missed pairs by cause: " + ", ".join(f"{k} {v}" for k, v in causes.items()))
    print("false merges (system entity, type: pairs; gold ids held, with a name each)")
    for s, v in false.most_common(top):
        if v == 0:
            break
        held = Counter(occ_gold[k] for k in by_sys[s])
        names = {occ_gold[k]: k[1] for k in by_sys[s]}
        print(f"  {ename[s][:34]:34} {etype[s][:4]} {v:5}  " +
              "; ".join(f"{g} x{n} '{names[g]}'" for g, n in held.most_common(4)))
    print("missed merges (gold id: pairs lost of all; occurrences unfound; system entities holding them)")
    for gid, v in lost.most_common(top):
        if v == 0:
            break
        ks = by_gid[gid]
        held = Counter(f"{ename[s]}/{etype[s][:3]}/{s}" for k in ks for s in occ_sys.get(k, ()))
        unfound = sorted({k[1] for k in ks if k not in occ_sys})
        print(f"  {gid[:34]:34} {v:5}/{len(ks) * (len(ks) - 1) // 2:<5} unfound {unfound[:3]} "
              f"in {held.most_common(5)}")
    for gid in why:
        print(f"== {gid}")
        for k in sorted(by_gid.get(gid, [])):
            print(f"   {k[0][:50]:50} {k[1]!r:36} {[f'{ename[s]}/{etype[s]}' for s in occ_sys.get(k, ())]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, help="a gold folder (English: the default English extractor, "
                                              "as quality.py reads it)")
    ap.add_argument("--split", choices=["train", "dev"],
                    help="a split of corpus/en, read by the default English extractor (a gold folder of "
                         "links is made under --out)")
    ap.add_argument("--fr-split", help="fr_crossdoc.py's French + English folder of this split (each "
                                       "document read by its language's pipeline)")
    ap.add_argument("--out", type=Path, default=Path("out/xdoc"))
    ap.add_argument("--cache", type=Path, default=Path("out/xdoc-cache"))
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--why", nargs="*", default=[])
    a = ap.parse_args()
    if not a.scorer.exists():
        sys.exit(f"no scorer at {a.scorer} (pass --scorer ../shared/eval/score.py)")
    if sum(x is not None for x in (a.gold, a.split, a.fr_split)) != 1:
        sys.exit("give one of --gold, --split or --fr-split")
    a.out.mkdir(parents=True, exist_ok=True)
    if a.split is not None:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from ablation import split_folder

        a.gold = split_folder(ROOT / "corpus" / "en", a.split, a.out)
    if a.gold is not None:
        gold, inner = a.gold, get_extractor("default")
    else:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from fr_crossdoc import gold_folder

        gold = a.out / "gold"
        gold_folder([ROOT / "corpus" / "fr", ROOT / "corpus" / "en"], set(a.fr_split.split("+")), gold)
        inner = LanguageRouter("default", lambda name, lang: get_extractor(name, language=lang))
    cached = CachedExtractor(inner, a.cache)
    db, export = a.out / "kb.sqlite", a.out / "kb.json"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.process_time()
    with KnowledgeBase(db, extractor=cached) as kb:  # type: ignore[arg-type]
        report = kb.ingest(sorted(gold.glob("*.txt")))
        cpu = time.process_time() - t0
        kb.export("json", export)
    print(f"{len(report.results)} documents ({len(report.failed)} failed), extractions cached {cached.hits}, "
          f"extracted {cached.misses}; ingest {cpu:.1f} s CPU")
    res = subprocess.run([sys.executable, str(a.scorer), "--gold", str(gold), "--system", str(export)],
                         capture_output=True, text=True, check=True)
    print((res.stdout + res.stderr).strip().splitlines()[-1])
    errors(load_scorer(a.scorer), gold, export, a.top, a.why)


if __name__ == "__main__":
    main()
