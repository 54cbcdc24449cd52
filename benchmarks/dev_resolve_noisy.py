"""Cross-document resolution of *noisy* per-document entities (a stock spaCy NER, no aliasing).

Each entity of each per-document export (made by the peer baseline, one entity per distinct
surface text) becomes one record; context = entities in the same sentences. The engine resolves
all documents together (same-document records may merge too, on strong evidence); the result is
scored like the oracle run. This shows the engine on extraction-like input rather than gold names.

    python /work/shared/eval/baseline_spacy.py --model en_core_web_sm --out /tmp/spacy_base \\
        /work/shared/eval/dev/*.txt
    PYTHONPATH=src python benchmarks/dev_resolve_noisy.py --system /tmp/spacy_base --out /tmp/kb_noisy.json
    python /work/shared/eval/score.py --gold /work/shared/eval/dev --system /tmp/kb_noisy.json
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from dev_resolve_oracle import DEV, sentences

from reportgraph.resolve import EntityRecord, ResolutionEngine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--system", type=Path, required=True, help="folder of per-document exports")
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kb_noisy.json"))
    ap.add_argument("--none", action="store_true", help="no resolution: every record its own entity")
    a = ap.parse_args()
    records, mentions = [], {}
    for f in sorted(a.system.glob("*.json")):
        exp = json.loads(f.read_text())
        doc = exp["documents"][0]["source"]
        sents = sentences((a.dev / doc).read_text())
        in_sent: dict[int, set[str]] = defaultdict(set)
        for e in exp["entities"]:
            for m in e["mentions"]:
                for i, (s, t) in enumerate(sents):
                    if s <= m["start"] < t:
                        in_sent[i].add(e["id"])
        names = {e["id"]: e["name"] for e in exp["entities"]}
        for e in exp["entities"]:
            ctx = {names[o] for ids in in_sent.values() if e["id"] in ids for o in ids - {e["id"]}}
            rid = f"{doc}#{e['id']}"
            records.append(EntityRecord(rid, doc, e["type"], [e["name"], *e.get("aliases", [])], ctx))
            mentions[rid] = [{**m, "document": doc} for m in e["mentions"]]
    engine = ResolutionEngine()
    if a.none:
        clusters = {r.id: [r.id] for r in records}
    else:
        engine.add_many(records)
        clusters = {c.id: c.records for c in engine.clusters()}
    by_id = {r.id: r for r in records}
    entities = []
    for cid, rids in clusters.items():
        forms = list(dict.fromkeys(n for rid in rids for n in by_id[rid].names))
        entities.append({"id": cid, "type": by_id[rids[0]].type, "name": forms[0], "aliases": forms[1:],
                         "mentions": [m for rid in rids for m in mentions[rid]]})
    docs = sorted({r.document_id for r in records})
    a.out.write_text(json.dumps({"documents": [{"id": d, "source": d} for d in docs], "entities": entities,
                                 "relations": [], "events": []}, ensure_ascii=False))
    print(f"{len(records)} records -> {len(entities)} entities")


if __name__ == "__main__":
    main()
