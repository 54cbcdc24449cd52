"""Ceiling of the relation/event layer: run it on the dev set with ORACLE entities.

Entities come from the gold files (every gold name found in the text by exact search), so the
score measures relations, events and dates alone. Writes one export per document and scores it:

    PYTHONPATH=src python benchmarks/dev_events_oracle.py [--out DIR] [--show]

``--show`` prints, per document, the missed and spurious relations and events.
``--entities spacy`` replaces the oracle with the stock spaCy NER clusters (a floor, not a ceiling).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from reportgraph.extract.facts import extract_facts
from reportgraph.extract.nlp import load_nlp
from reportgraph.extract.paragraphs import parse
from reportgraph.model import Event, LocalEntity, Mention, Relation

EVAL = Path("/work/shared/eval")
QUOTES = "'\u2019\u2018`"


def _variants(name: str) -> set[str]:
    out = {name}
    for q in QUOTES:
        out.add(re.sub(f"[{QUOTES}]", q, name))
    return out


def oracle_entities(text: str, gold: dict) -> list[LocalEntity]:
    """Gold entities with every exact occurrence of their names; longer names win overlaps."""
    found: list[tuple[int, int, str]] = []
    for e in gold["entities"]:
        for name in e["names"]:
            for v in _variants(name):
                for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                    found.append((m.start(), m.end(), e["id"]))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken: list[tuple[int, int]] = []
    ents = {e["id"]: LocalEntity(key=e["id"], type=e["type"], name=e["names"][0]) for e in gold["entities"]}
    for s, t, gid in found:
        if any(s < b and a < t for a, b in taken):
            continue
        taken.append((s, t))
        ents[gid].mentions.append(Mention(s, t, text[s:t], method="oracle"))
    for e in ents.values():
        e.mentions.sort(key=lambda m: m.start)
    return list(ents.values())


def export(doc_name: str, ents: list[LocalEntity], rels: list[Relation], evs: list[Event]) -> dict:
    def ev_spans(spans: list) -> list[dict]:
        return [{"document": "d1", "start": s.start, "end": s.end, "text": s.text} for s in spans]

    return {
        "documents": [{"id": "d1", "source": doc_name}],
        "entities": [
            {
                "id": e.key,
                "type": e.type,
                "name": e.name,
                "aliases": [],
                "mentions": [
                    {"document": "d1", "start": m.start, "end": m.end, "text": m.text} for m in e.mentions
                ],
            }
            for e in ents
        ],
        "relations": [
            {
                "subject": r.subject,
                "predicate": r.predicate,
                "object": r.object,
                "confidence": r.confidence,
                "evidence": ev_spans(r.evidence),
            }
            for r in rels
        ],
        "events": [
            {
                "type": v.type,
                "trigger": v.trigger,
                "confidence": v.confidence,
                "participants": [{"entity": p.entity, "role": p.role} for p in v.participants],
                "location": v.location,
                "date": v.date,
                "count": v.count,
                "evidence": ev_spans(v.evidence),
            }
            for v in evs
        ],
    }


def show(gold: dict, out: dict) -> None:
    sym = {"ALLY_OF", "HOSTILE_TO", "KIN_OF"}

    def key(s: str, p: str, o: str) -> tuple[str, ...]:
        return (p, *sorted((s, o))) if p in sym else (p, s, o)

    g = {key(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
    s = {key(r["subject"], r["predicate"], r["object"]) for r in out["relations"]}
    for k in sorted(g - s):
        print("   missed  rel", *k)
    for k in sorted(s - g):
        print("   spurious rel", *k)
    used: set[int] = set()
    for ge in gold["events"]:
        gp = {p["entity"] for p in ge["participants"]}
        hit = None
        for i, se in enumerate(out["events"]):
            sp = {p["entity"] for p in se["participants"]}
            if (
                i not in used
                and se["type"] == ge["type"]
                and (sp & gp or (not gp and se["location"] == ge.get("location")))
            ):
                hit = i
                break
        if hit is None:
            print(
                "   missed  ev",
                ge["type"],
                ge["trigger"],
                [(p["entity"], p["role"]) for p in ge["participants"]],
            )
        else:
            used.add(hit)
            se = out["events"][hit]
            diffs = [
                f"{k}: {se.get(k)} vs gold {ge.get(k)}"
                for k in ("date", "location", "count")
                if ge.get(k) is not None and se.get(k) != ge.get(k)
            ]
            ga = {(p["entity"], p["role"]) for p in ge["participants"]}
            sa = {(p["entity"], p["role"]) for p in se["participants"]}
            if ga != sa:
                diffs.append(f"args {sorted(sa)} vs gold {sorted(ga)}")
            if diffs:
                print("   ~ev", ge["type"], ge["trigger"], "|", "; ".join(diffs))
    for i, se in enumerate(out["events"]):
        if i not in used:
            print(
                "   spurious ev",
                se["type"],
                se["trigger"],
                [(p["entity"], p["role"]) for p in se["participants"]],
                se["location"],
                se["date"],
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("/tmp/rg_oracle"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--gold", type=Path, default=EVAL / "dev")
    ap.add_argument("--entities", choices=["oracle", "spacy"], default="oracle")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    nlp = load_nlp()
    for txt in sorted(a.gold.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".gold.json").read_text())
        text = txt.read_text()
        doc = parse(nlp, text)
        if a.entities == "oracle":
            ents = oracle_entities(text, gold)
        else:
            from reportgraph.extract.spacy_ner import SpacyNerExtractor

            ents = SpacyNerExtractor()._from_doc(doc).entities
        rels, evs = extract_facts(doc, ents)
        out = export(txt.name, ents, rels, evs)
        (a.out / f"{txt.stem}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
        if a.show:
            print("==", txt.name)
            show(gold, out)
    subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(a.gold), "--system", str(a.out)], check=True
    )


if __name__ == "__main__":
    main()
