"""The learned components' ablation: rules only, learned only, combined, side by side.

    python benchmarks/ablation.py --split test [--shared ../shared] [--out out/bench-ablation]
    python benchmarks/ablation.py --corpus corpus/fr --split dev     # the French pipeline on corpus/fr

For each extractor (``rules``: no learned component; ``learned``: the learned entity check, the
learned relation classifier in place of the rules' relations and the learned trigger model in place
of the ontology's trigger words; ``default``: both, combined), each
document of the chosen corpus split (corpus/en/splits.json) is extracted alone and written straight
in the export's contract form (reportgraph.train.evaluate: no knowledge base, so no cross-document
figure), then scored by ../shared/eval/score.py. With ../shared present, the shared dev set and
re3d's development part are scored the same way. The ``test`` split is sealed: run it only to report.

``--language`` (default: the corpus folder's name when it is a language, else ``en``) picks the
pipeline; ``--extractors english`` adds the English pipeline run on the same documents (the "before"
of a new language). The shared dev set and re3d are English: they are scored only for ``en``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from reportgraph.extract import LANGUAGES, get_extractor
from reportgraph.train.corpus import corpus_language, load_splits
from reportgraph.train.evaluate import export_each

ROOT = Path(__file__).resolve().parents[1]


def split_folder(corpus: Path, split: str, out: Path) -> Path:
    """A folder of links to one split's documents, as score.py reads a gold folder."""
    target = out / f"gold-{split}"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name, s in load_splits(corpus).items():
        if s == split:
            for suffix in (".txt", ".gold.json"):
                (target / f"{name}{suffix}").symlink_to((corpus / "docs" / f"{name}{suffix}").resolve())
    return target


def last_line(cmd: list[str]) -> str:
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return (res.stdout + res.stderr).strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("out/bench-ablation"))
    ap.add_argument("--language", choices=LANGUAGES, default=None)
    ap.add_argument("--extractors", nargs="+", default=["rules", "learned", "default"],
                    help="rules, learned, default, and 'english' (the English default pipeline on these documents)")
    a = ap.parse_args()
    language = a.language or corpus_language(a.corpus)
    scorer = a.shared / "eval" / "score.py"
    if not scorer.exists():
        sys.exit(f"no scorer at {scorer}: the benchmark needs ../shared/eval")
    sets = {f"corpus-{a.split}": split_folder(a.corpus, a.split, a.out)}
    if language == "en":
        sets["shared-dev"] = a.shared / "eval" / "dev"
    re3d = a.shared / "eval" / "re3d"
    report: dict[str, dict[str, str]] = {}
    for name in a.extractors:
        ex = get_extractor("default", "en") if name == "english" else get_extractor(name, language)
        report[name] = {}
        for label, gold in sets.items():
            sysdir = a.out / name / label
            t0 = time.process_time()
            export_each(ex, sorted(gold.glob("*.txt")), sysdir)
            cpu = time.process_time() - t0
            report[name][label] = last_line([sys.executable, str(scorer), "--gold", str(gold), "--system", str(sysdir)])
            print(f"{name:8} {label:12} {report[name][label]}  ({cpu:.1f} s CPU)", flush=True)
        if language == "en" and (re3d / "score_re3d.py").exists():
            sysdir = a.out / name / "re3d"
            export_each(ex, sorted((re3d / "docs").glob("*.txt")), sysdir)
            report[name]["re3d"] = last_line([sys.executable, str(re3d / "score_re3d.py"), "--gold",
                                              str(re3d / "docs"), "--system", str(sysdir)])
            print(f"{name:8} {'re3d':12} {report[name]['re3d']}", flush=True)
    (a.out / "report.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
