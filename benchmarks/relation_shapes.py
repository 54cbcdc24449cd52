"""Where the two names of a relation missed across sentences sit: the misses of ``relation_errors.py --examples``
counted by shape and predicate.

    python benchmarks/relation_errors.py --corpus corpus/fr --split train --examples out/rel-train.txt
    python benchmarks/relation_shapes.py out/rel-train.txt --corpus corpus/fr [--list out/shapes.txt]

Reads the misses of the three causes "cross-sentence adjacent", "cross-sentence far" and "one referred to" of an
examples file, and for each finds the gold names of its two entities verbatim in the document's lines, cut into
sentences at a closing mark before a capital (a scratch reading, not the pipeline's parse). The nearest two
sentences holding one name each give the shape:

- ``far``: no two neighbouring sentences hold them;
- ``layout``: one of the two is a list item, a table row or a short label line;
- ``opening <words>``: neighbouring prose sentences, the second opening on a stand-in ("Il", "Le groupe",
  "Ses", "Cette dernière" ...; English "He", "It", "The group" ...);
- ``prose, no stand-in opening``: neighbouring prose sentences, the second opening otherwise;
- ``no name found``: a gold name is not in the text verbatim (or both are in one sentence only).

Only documents of the train and dev splits are read (``splits.json``; a ``test`` document is refused).
Written for the thirty-second round (docs/BENCHMARKS.md, "Thirty-second round (branch frrel38)").
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAUSES = ("cross-sentence adjacent", "cross-sentence far", "one referred to")
# the openings of a second sentence that stand for an actor named before (French and English)
OPENING = re.compile(
    r"^(Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ce dernier|Cette dernière|Son |Sa |Ses |Leur |Leurs |Ce groupe|"
    r"Cette organisation|Ce mouvement|Le groupe|L['’]organisation|Le mouvement|La milice|La katiba|La coalition|"
    r"L['’]alliance|La formation|La faction|Le réseau|Le front|La brigade|La secte|Les \w+|He |She |It |They |"
    r"His |Her |Its |Their |The group|The movement|The organi[sz]ation|The \w+)",
    re.IGNORECASE,
)
CLOSING = (".", "!", "?", "»", ":", '"', "”")


def is_layout(line: str) -> bool:
    """A list item, a table row, a tab-separated line or a short line with no closing mark."""
    s = line.strip()
    return (
        s.startswith(("-", "*", "•", "#"))
        or "|" in s
        or "\t" in s
        or (len(s) < 80 and not s.endswith(CLOSING))
    )


def sentences(text: str) -> list[tuple[str, bool]]:
    """(sentence, whether it is a layout line) of a text, in order."""
    out: list[tuple[str, bool]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if is_layout(line):
            out.append((line.strip(), True))
            continue
        out += [(s, False) for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", line.strip())]
    return out


def misses(examples: Path) -> list[tuple[str, str, str, str, str]]:
    """(cause, document, predicate, subject, object) of each miss of the three causes."""
    out: list[tuple[str, str, str, str, str]] = []
    cause: str | None = None
    for line in examples.read_text("utf-8").splitlines():
        if line.startswith("=="):
            cause = next((c for c in CAUSES if c in line), None)
            continue
        words = line.split()
        if cause and len(words) >= 5 and words[3] == "->":
            out.append((cause, words[0], words[1], words[2], words[4].rstrip(":")))
    return out


def shape_of(sents: list[tuple[str, bool]], names_a: list[str], names_b: list[str]) -> tuple[str, str, str]:
    """The shape of one miss, and the two sentences it was read from."""

    def where(names: list[str]) -> list[int]:
        pats = [re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)") for n in names]
        return [i for i, (s, _) in enumerate(sents) if any(p.search(s) for p in pats)]

    pairs = [(i, j) for i in where(names_a) for j in where(names_b) if i != j]
    if not pairs:
        return "no name found", "", ""
    near = min(pairs, key=lambda p: abs(p[0] - p[1]))
    i, j = min(near), max(near)
    (first, first_layout), (second, second_layout) = sents[i], sents[j]
    if j - i > 1:
        return "far", first, second
    if first_layout or second_layout:
        return "layout", first, second
    m = OPENING.match(second)
    return ("opening " + m.group(1).strip().lower() if m else "prose, no stand-in opening"), first, second


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("examples", type=Path, help="an examples file of relation_errors.py")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "en")
    ap.add_argument("--list", type=Path, default=None, help="write each miss, its shape and its two sentences here")
    ap.add_argument("--causes", nargs="+", choices=CAUSES, default=list(CAUSES), help="the causes read (default: all)")
    a = ap.parse_args()
    splits = json.loads((a.corpus / "splits.json").read_text("utf-8"))
    shapes: Counter[str] = Counter()
    by_predicate: Counter[tuple[str, str]] = Counter()
    rows: list[str] = []
    docs: dict[str, tuple[dict[str, list[str]], list[tuple[str, bool]]]] = {}
    for cause, doc, pred, subj, obj in misses(a.examples):
        if cause not in a.causes:
            continue
        if splits.get(doc) not in ("train", "dev"):
            raise SystemExit(f"{doc}: not a train or dev document; refused")
        if doc not in docs:
            gold = json.loads((a.corpus / "docs" / f"{doc}.gold.json").read_text("utf-8"))
            text = (a.corpus / "docs" / f"{doc}.txt").read_text("utf-8")
            docs[doc] = ({e["id"]: e["names"] for e in gold["entities"]}, sentences(text))
        names, sents = docs[doc]
        shape, first, second = shape_of(sents, names.get(subj, []), names.get(obj, []))
        shapes[shape] += 1
        by_predicate[(shape, pred)] += 1
        rows.append(f"[{shape}] {cause} | {doc} {pred} {subj} -> {obj}\n   1: {first[:300]}\n   2: {second[:300]}")
    for shape, n in shapes.most_common():
        preds = ", ".join(f"{p} {m}" for (s, p), m in by_predicate.most_common() if s == shape)
        print(f"{n:5}  {shape}: {preds}")
    if a.list is not None:
        a.list.write_text("\n".join(sorted(rows)) + "\n", "utf-8")


if __name__ == "__main__":
    main()
