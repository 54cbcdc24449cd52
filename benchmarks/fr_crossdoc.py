"""Cross-document F1 on one knowledge base of French and English reports about the same actors.

corpus/fr uses the English ids of the same real-world entities (corpus/README.md), so the French and
English documents of a split, ingested together, are scored as one knowledge base by the shared
scorer's whole-folder mode (its cross-document F1: each gold entity's mentions across documents
should be one entity of the export, whatever the language).

    python benchmarks/fr_crossdoc.py --split dev [--out out/fr-crossdoc]          # real extraction
    python benchmarks/fr_crossdoc.py --split dev --oracle                          # gold entities
    python benchmarks/fr_crossdoc.py --split test                                  # sealed: scored once

Real extraction reads each document with its language's pipeline (``KnowledgeBase.ingest``, which
calls ``get_extractor(language=...)``); a document whose language has no pipeline is reported as
failed and its gold entities count as missed. ``--oracle`` resolves the gold entities of each
document instead (``dev_resolve_oracle.py``): the resolver alone, across the two languages.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ids(gold: Path) -> set[str]:
    """The actors (people and organisations) a gold file names."""
    return {e["id"] for e in json.loads(gold.read_text("utf-8"))["entities"]
            if e["type"] in ("PERSON", "ORGANIZATION")}


def gold_folder(corpora: list[Path], splits: set[str], out: Path, every: bool = False) -> list[Path]:
    """A folder of links to the documents (text and gold) of ``splits`` in each corpus; after the first
    corpus, only documents naming an actor of the first's (the same actors), unless ``every``."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    texts = []
    actors: set[str] = set()
    for i, corpus in enumerate(corpora):
        for name, split in sorted(json.loads((corpus / "splits.json").read_text("utf-8")).items()):
            if split not in splits:
                continue
            ids = _ids(corpus / "docs" / f"{name}.gold.json")
            if i == 0:
                actors |= ids
            elif not every and not ids & actors:
                continue
            for ext in (".txt", ".gold.json"):
                (out / f"{name}{ext}").symlink_to((corpus / "docs" / f"{name}{ext}").resolve())
            texts.append(out / f"{name}.txt")
    return sorted(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", help="train, dev, train+dev or test (sealed: score it once)")
    ap.add_argument("--corpora", default="corpus/fr,corpus/en")
    ap.add_argument("--out", type=Path, default=Path("out/fr-crossdoc"))
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--oracle", action="store_true", help="resolve the gold entities instead of extracting")
    ap.add_argument("--every", action="store_true", help="every English document of the split, not only those "
                                                         "naming an actor of the French ones")
    a = ap.parse_args(argv)
    if not a.scorer.exists():
        print(f"no scorer at {a.scorer} (pass --scorer ../shared/eval/score.py)", file=sys.stderr)
        return 2
    corpora = [Path(c) for c in a.corpora.split(",")]
    gold = a.out / "gold"
    texts = gold_folder(corpora, set(a.split.split("+")), gold, a.every)
    export = a.out / ("kb-oracle.json" if a.oracle else "kb.json")
    t0 = time.perf_counter()
    if a.oracle:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dev_resolve_oracle.py"), "--dev", str(gold),
                        "--out", str(export)], check=True, stdout=subprocess.DEVNULL)
    else:
        from reportgraph.api import KnowledgeBase

        db = a.out / "kb.sqlite"
        db.unlink(missing_ok=True)
        with KnowledgeBase(db) as kb:
            report = kb.ingest(texts)
            kb.export("json", export)
        langs: dict[str, int] = {}
        for r in report.results:
            langs[r.language or "failed"] = langs.get(r.language or "failed", 0) + 1
        print(f"ingested {len(texts)} documents: {report.count('added')} added, {len(report.failed)} failed; "
              f"languages {langs}")
        for r in report.failed[:5]:
            print(f"  failed {Path(r.path).name}: {r.reason}")
    print(f"{len(texts)} documents ({a.split}) in {time.perf_counter() - t0:.0f} s")
    scored = subprocess.run([sys.executable, str(a.scorer), "--gold", str(gold), "--system", str(export)],
                            check=True, capture_output=True, text=True)
    print(scored.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
