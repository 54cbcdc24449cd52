"""Cross-document resolution on the dev set with oracle (gold) entities per document.

Each gold entity of each document becomes one record (its gold names; context = the names of the
entities mentioned in the same sentences); the engine resolves all six documents together; the
result is written as one export (EXPORT_CONTRACT.md) whose mentions are found by exact search in
the text. Score it with:

    PYTHONPATH=src python benchmarks/dev_resolve_oracle.py --out /tmp/kb.json
    python /work/shared/eval/score.py --gold /work/shared/eval/dev --system /tmp/kb.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from reportgraph.resolve import EntityRecord, ResolutionEngine

DEV = Path("/work/shared/eval/dev")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"(])|\n+")


def find_mentions(text: str, name: str) -> list[tuple[int, int, str]]:
    """Exact occurrences of a name (word-bounded), falling back to a case-insensitive search."""
    out = []
    for flags in (0, re.IGNORECASE):
        pat = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])", flags)
        out = [(m.start(), m.end(), m.group(0)) for m in pat.finditer(text)]
        if out:
            break
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def build_records(folder: Path) -> tuple[list[EntityRecord], dict[str, dict[str, list]]]:
    records: list[EntityRecord] = []
    mentions: dict[str, dict[str, list]] = {}
    for gold_file in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text())
        doc = gold["doc"]
        text = (folder / doc).read_text()
        sents = sentences(text)
        found: dict[str, list] = {}
        in_sent: dict[int, set[str]] = defaultdict(set)
        for e in gold["entities"]:
            ms = []
            for n in e["names"]:
                ms += find_mentions(text, n)
            found[e["id"]] = ms
            for s, _, _ in ms:
                for i, (a, b) in enumerate(sents):
                    if a <= s < b:
                        in_sent[i].add(e["id"])
        names_of = {e["id"]: e["names"] for e in gold["entities"]}
        for e in gold["entities"]:
            ctx: set[str] = set()
            for ids in in_sent.values():
                if e["id"] in ids:
                    for other in ids - {e["id"]}:
                        ctx.update(names_of[other])
            rid = f"{doc}#{e['id']}"
            records.append(EntityRecord(rid, doc, e["type"], list(e["names"]), ctx))
            mentions[rid] = {"doc": doc, "mentions": found[e["id"]], "names": e["names"]}
    return records, mentions


def export(engine: ResolutionEngine, records: list[EntityRecord], mentions: dict) -> dict:
    docs = sorted({r.document_id for r in records})
    entities = []
    for c in engine.clusters():
        ms = []
        for rid in c.records:
            info = mentions[rid]
            ms += [{"document": info["doc"], "start": s, "end": e, "text": t} for s, e, t in info["mentions"]]
        names = c.top_names(len(c.names))
        entities.append({"id": c.id, "type": c.type, "name": names[0], "aliases": names[1:],
                         "mentions": ms, "records": c.records})
    return {"documents": [{"id": d, "source": d} for d in docs], "entities": entities,
            "relations": [], "events": []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kb_resolve.json"))
    ap.add_argument("--decisions", action="store_true", help="print every merge with its evidence")
    ap.add_argument("--no-context", action="store_true", help="names only: drop co-mentions")
    ap.add_argument("--reverse", action="store_true", help="resolve the documents in reverse order")
    a = ap.parse_args()
    records, mentions = build_records(a.dev)
    if a.no_context:
        for r in records:
            r.context = set()
    if a.reverse:
        records.reverse()
    engine = ResolutionEngine()
    decisions = engine.add_many(records)
    a.out.write_text(json.dumps(export(engine, records, mentions), indent=1, ensure_ascii=False))
    merged = [d for d in decisions if not d.created]
    print(f"{len(records)} records -> {len(engine.clusters())} entities ({len(merged)} merges)")
    if a.decisions:
        for d in merged:
            print(f"  {d.record_id} -> {d.cluster_id} {d.score:.2f}",
                  "; ".join(f"{e.kind} {e.weight:+.2f} {e.detail}" for e in d.evidence))
    missing = [(m["doc"], n) for m in mentions.values() for n in m["names"]
               if not any(t.lower() == n.lower() for _, _, t in m["mentions"])]
    if missing:
        print(f"{len(missing)} gold names not found verbatim in their text: {missing[:8]}", file=sys.stderr)


if __name__ == "__main__":
    main()
