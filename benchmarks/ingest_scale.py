"""Per-document store + resolution cost as the knowledge base grows (issue 12).

    PYTHONPATH=src python benchmarks/ingest_scale.py --docs 10000 --decisions 200 --out out/ingest-scale.json
    PYTHONPATH=src python benchmarks/ingest_scale.py --docs 10000 --db postgresql+psycopg://...

A synthetic corpus of ~400-word documents: the people and groups of synth_names.py (spelling
variants, typos, networks that meet again and again) and, in most documents, a few countries and
towns of the Sahel, so that some entities are hubs named in thousands of documents. Each document's
extraction is made by hand (entities with their mentions, two relations, an event) and stored with
``KnowledgeBase._store``, the writer's step of an ingest: one transaction writing the document,
resolving its entities against the knowledge base and applying the analysts' decisions. Extraction
is not run or timed. After the first 100 documents, ``--decisions`` analyst decisions are logged
(relations rejected, events corrected), as a team reviewing while it ingests would.

Timed: the CPU seconds of this process per document (SQLite runs in it; with PostgreSQL the
server's CPU is in the wall time). Printed: per thousand documents, mean and p95 per document,
and the ratio of the last thousand's mean to the first's.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from synth_names import generate

from reportgraph import KnowledgeBase
from reportgraph.ingest import document_id
from reportgraph.model import Event, Extraction, LocalEntity, Mention, Participant, Relation, SourceDocument, Span

# Hubs: places named in most documents (a country in nearly every one, as Mali is in a Sahel corpus)
COUNTRIES = ["Mali", "Niger", "Burkina Faso", "Mauritania", "Chad", "Nigeria", "Algeria", "Libya"]
TOWNS = ["Gao", "Timbuktu", "Kidal", "Menaka", "Mopti", "Tessalit", "Agadez", "Tillaberi", "Diffa", "Djibo",
         "Dori", "Segou", "Ansongo", "Bourem", "Douentza", "Tahoua", "Maiduguri", "Nema", "Abeche", "Sebha"]
FILLER = ["the", "report", "said", "that", "fighters", "moved", "across", "the", "border", "during", "the",
          "dry", "season", "while", "local", "officials", "described", "the", "situation", "as", "fragile",
          "and", "several", "villages", "were", "reported", "empty"]


def documents(n_docs: int, seed: int) -> Iterator[tuple[SourceDocument, Extraction]]:
    """``n_docs`` synthetic documents with their extraction."""
    rng = random.Random(seed)
    by_doc: dict[str, list[dict]] = {}
    for r in generate(n_docs * 30, seed):  # about 30 mentions a document: enough documents
        by_doc.setdefault(r["document_id"], []).append(r)
        if len(by_doc) > n_docs:
            break
    for i, records in enumerate(list(by_doc.values())[:n_docs]):
        cast = [(r["type"], r["names"], r["mentions"]) for r in records]
        places = [rng.choice(COUNTRIES)] if rng.random() < 0.9 else []
        places += rng.sample(TOWNS, rng.randint(0, 3))
        cast += [("LOCATION", [p], rng.randint(1, 3)) for p in places]
        words: list[str] = [f"Report {i}."]
        entities: list[LocalEntity] = []
        pos = len(words[0]) + 1
        for k, (etype, names, n_mentions) in enumerate(cast):
            le = LocalEntity(f"L{k}", etype, names[0], aliases=names[1:])
            for j in range(n_mentions):
                name = names[j % len(names)]
                filler = " ".join(rng.choices(FILLER, k=rng.randint(4, 12)))
                words.append(filler)
                pos += len(filler) + 1
                le.mentions.append(Mention(pos, pos + len(name), name))
                words.append(name + ".")
                pos += len(name) + 2
            entities.append(le)
        text = " ".join(words)
        actors = [e for e in entities if e.type in ("PERSON", "ORGANIZATION")]
        relations, events = [], []
        if len(actors) >= 2:
            for a, b in ((actors[0], actors[1]), (actors[-1], actors[0])):
                m = a.mentions[0]
                relations.append(Relation(a.key, "MEMBER_OF", b.key, [Span(m.start, m.end, m.text)], 0.8))
            where = next((e.key for e in entities if e.type == "LOCATION"), None)
            m = actors[0].mentions[0]
            events.append(Event("ATTACK", "attacked", [Participant(actors[0].key, "agent")], location=where,
                                date=f"{2012 + i % 10}-0{1 + i % 9}", evidence=[Span(m.start, m.end, m.text)]))
        doc = SourceDocument(document_id(text), f"synthetic/{i:05}.txt", f"Report {i}", text)
        yield doc, Extraction(entities=entities, relations=relations, events=events, extractor="synthetic")


def log_decisions(kb: KnowledgeBase, n: int, seed: int) -> None:
    """``n`` analysts' decisions on the facts stored so far: relations rejected, event dates corrected."""
    from sqlalchemy import select

    from reportgraph.store import schema as t

    rng = random.Random(seed)
    with kb.store.engine.connect() as conn:
        rel_ids = [r for (r,) in conn.execute(select(t.relations.c.id))]
        ev_ids = [e for (e,) in conn.execute(select(t.events.c.id))]
    for k in range(n):
        if k % 2 and ev_ids:
            kb.review_fact("event", rng.choice(ev_ids), "correct", "bench", date="2015")
        elif rel_ids:
            kb.review_fact("relation", rng.choice(rel_ids), "reject", "bench")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--decisions", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", help="a fresh SQLite path or PostgreSQL URL [default: a temporary SQLite file]")
    ap.add_argument("--step", type=int, default=1000, help="documents per row of the table")
    ap.add_argument("--out", type=Path, help="write the per-document timings here (JSON)")
    a = ap.parse_args(argv)
    tmp = None if a.db else tempfile.TemporaryDirectory(prefix="ingest-scale-")
    db = a.db or str(Path(tmp.name) / "kb.sqlite")  # type: ignore[union-attr]
    kb = KnowledgeBase(db)
    from reportgraph.resolve.places import default_gazetteer

    default_gazetteer()  # built once per process, before any document: not a document's cost
    cpu: list[float] = []
    wall: list[float] = []
    started = time.perf_counter()
    for i, (doc, extraction) in enumerate(documents(a.docs, a.seed)):
        if i == 100 and a.decisions:
            log_decisions(kb, a.decisions, a.seed)
        c0, t0 = time.process_time(), time.perf_counter()
        kb._store(doc, extraction)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
        if (i + 1) % a.step == 0:
            print(f"  {i + 1} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    counts = kb.store.counts()
    kb.close()
    if tmp is not None:
        tmp.cleanup()
    rows = []
    print(f"{'documents':>13} {'CPU ms/doc':>11} {'p95':>7} {'wall ms/doc':>12}")
    for lo in range(0, len(cpu), a.step):
        part, wpart = cpu[lo:lo + a.step], wall[lo:lo + a.step]
        row = {"from": lo + 1, "to": lo + len(part), "cpu_ms": 1000 * statistics.fmean(part),
               "p95_ms": 1000 * sorted(part)[int(0.95 * (len(part) - 1))], "wall_ms": 1000 * statistics.fmean(wpart)}
        rows.append(row)
        print(f"{row['from']:>6}-{row['to']:<6} {row['cpu_ms']:>11.1f} {row['p95_ms']:>7.1f} {row['wall_ms']:>12.1f}")
    ratio = rows[-1]["cpu_ms"] / rows[0]["cpu_ms"]
    print(f"last/first: {ratio:.2f} (CPU); knowledge base: {counts}")
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps({"args": {k: str(v) for k, v in vars(a).items()}, "rows": rows, "ratio": ratio,
                                     "counts": counts, "cpu_s": cpu}, indent=1))


if __name__ == "__main__":
    main()
