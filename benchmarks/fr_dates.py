"""French dates against the corpus gold: the date parser alone, on the events whose trigger is found.

For each gold event of the French corpus's train and dev documents (never the sealed test split)
that has a date and whose trigger words occur in the text, the parser's date is the temporal
expression of the trigger's sentence nearest to it, else the running date before the trigger, as
the extraction's timeline does without a parse. Scored exactly and with the shared scorer's
``date_ok`` (overlapping and not much vaguer) when ../shared is there.

    python benchmarks/fr_dates.py [--corpus corpus/fr] [--language fr] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from reportgraph.extract.dates import TimeExpr, find_dates
from reportgraph.train.evaluate import load_scorer

_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"-])|\n+")


def _sentence(text: str, i: int) -> tuple[int, int]:
    start = 0
    for m in _SENT_END.finditer(text):
        if m.end() <= i:
            start = m.end()
        elif m.start() >= i:
            return start, m.start()
    return start, len(text)


def predict(text: str, exprs: list[TimeExpr], at: int) -> str | None:
    """The date the parser gives a trigger at character ``at``."""
    s, e = _sentence(text, at)
    here = [x for x in exprs if x.edtf and s <= x.start < e and (x.anchors or x.relative)]
    if here:
        return min(here, key=lambda x: abs(x.start - at)).edtf
    before = [x for x in exprs if x.edtf and x.end <= at and x.anchors]
    return before[-1].edtf if before else None


def _date_ok(shared: Path) -> Callable[[str | None, str | None], bool] | None:
    path = shared / "eval" / "score.py"
    if not path.exists():
        return None
    return load_scorer(path).date_ok  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus/fr"))
    ap.add_argument("--language", default="fr", help="the date patterns to read with (en: the English ones)")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args(argv)
    splits = json.loads((a.corpus / "splits.json").read_text("utf-8"))
    ok_fn = _date_ok(a.shared)
    n = exact = near = 0
    for name, split in sorted(splits.items()):
        if split == "test":  # sealed
            continue
        text = (a.corpus / "docs" / f"{name}.txt").read_text("utf-8")
        gold = json.loads((a.corpus / "docs" / f"{name}.gold.json").read_text("utf-8"))
        exprs = find_dates(text, language=a.language)
        for ev in gold["events"]:
            at = text.find(ev["trigger"])
            if not ev.get("date") or at < 0:
                continue
            got = predict(text, exprs, at)
            n += 1
            exact += got == ev["date"]
            good = ok_fn(got, ev["date"]) if ok_fn else got == ev["date"]
            near += good
            if a.show_misses and not good:
                s, e = _sentence(text, at)
                print(f"{name}: gold {ev['date']} got {got} | {text[s:e][:160]!r}")
    print(f"French event dates ({a.language} patterns), train+dev events with a date and a found trigger: {n}")
    print(f"exact {exact / max(n, 1):.3f}" + (f"  date_ok (shared scorer) {near / max(n, 1):.3f}" if ok_fn else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
