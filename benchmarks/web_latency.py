"""p50/p95 latency of the dossier page and its JSON twin, over HTTP against a live server.

    PYTHONPATH=src python benchmarks/web_latency.py --db /tmp/dev.sqlite          # an existing KB
    PYTHONPATH=src python benchmarks/web_latency.py --synthetic 150000            # a generated KB

The synthetic KB is written with bulk inserts: documents, entities with a heavy-tailed number of
documents each (a few hubs are named everywhere, as armed groups are), local entities, mentions,
relations with evidence, and events with participants. Entities are sampled by rank so hubs
are measured as well as the long tail.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.live import serve  # noqa: E402

from reportgraph.api import KnowledgeBase  # noqa: E402
from reportgraph.query.geocode import warm  # noqa: E402
from reportgraph.store import Store  # noqa: E402

TYPES = ["PERSON", "ORGANIZATION", "COMMUNITY", "LOCATION"]
PREDICATES = ["member_of", "leader_of", "allied_with", "rival_of", "located_in", "founder_of"]
EVENTS = ["attack", "kidnapping", "defection", "negotiation", "arrest"]


def synthesize(path: Path, n_relations: int, seed: int = 7) -> None:
    """A KB with about ``n_relations`` relations (and as many evidence rows), by bulk inserts."""
    Store(path).close()  # the schema
    rnd = random.Random(seed)
    n_docs = max(50, n_relations // 60)
    n_ent = max(200, n_relations // 8)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    text = ("Report body. " * 40).strip()
    con.executemany(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                f"d{i:07d}",
                f"synthetic/{i}.txt",
                f"Report {i}",
                "text/plain",
                text,
                len(text),
                "2026-01-01T00:00:00+00:00",
                "ABCDEF"[i % 6],
                "synthetic",
            )
            for i in range(n_docs)
        ],
    )
    con.executemany(
        "INSERT INTO entities (id, type, name) VALUES (?,?,?)",
        [(i, TYPES[i % 4], f"Entity {i}") for i in range(1, n_ent + 1)],
    )
    con.executemany(
        "INSERT INTO entity_keys (entity_id, key) VALUES (?,?)",
        [(i, f"{TYPES[i % 4]}:entity {i}") for i in range(1, n_ent + 1)],
    )

    def pick() -> int:  # heavy tail: entity 1 is named far more often than entity 1000
        return min(n_ent, int(rnd.paretovariate(1.1)))

    locals_, mentions, by_doc = [], [], []
    lid = 0
    for d in range(n_docs):
        ents = {pick() for _ in range(12)} | {rnd.randint(1, n_ent) for _ in range(10)}
        ids = []
        for e in ents:
            lid += 1
            locals_.append((lid, f"d{d:07d}", f"L{lid}", TYPES[e % 4], f"Entity {e}", "[]", "[]", 0.9, e))
            mentions.append((lid, f"d{d:07d}", 0, 6, f"Entity {e}", "ner", 0.9))
            ids.append(lid)
        by_doc.append(ids)
    con.executemany("INSERT INTO local_entities VALUES (?,?,?,?,?,?,?,?,?)", locals_)
    con.executemany(
        "INSERT INTO mentions (local_entity_id, document_id, start, end, text, method, confidence) "
        "VALUES (?,?,?,?,?,?,?)",
        mentions,
    )
    rels: list[tuple[object, ...]] = []
    # evidence rows: (relation id, event id, document, start, end, sentence); one of the two ids is None
    evid: list[tuple[int | None, int | None, str, int, int, str]] = []
    for rid in range(1, n_relations + 1):
        d = rnd.randrange(n_docs)
        s, o = rnd.sample(by_doc[d], 2)
        rels.append((rid, f"d{d:07d}", s, rnd.choice(PREDICATES), o, round(rnd.random(), 2), "rule", None))
        evid.append((rid, None, f"d{d:07d}", 0, 12, "Report body."))
    con.executemany("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?)", rels)
    n_events = n_relations // 5
    events, parts = [], []
    for vid in range(1, n_events + 1):
        d = rnd.randrange(n_docs)
        a, b, loc = rnd.sample(by_doc[d], 3)
        y = rnd.randint(2005, 2024)
        date = rnd.choice([f"{y}", f"{y}~", f"{y}-{rnd.randint(1, 12):02d}", f"{y}-03/{y}-06", None])
        events.append(
            (
                vid,
                f"d{d:07d}",
                rnd.choice(EVENTS),
                "attacked",
                0,
                8,
                loc,
                date,
                None,
                round(rnd.random(), 2),
                "rule",
                None,
            )
        )
        parts += [(vid, a, "agent"), (vid, b, "patient")]
        evid.append((None, vid, f"d{d:07d}", 0, 12, "Report body."))
    con.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)
    con.executemany("INSERT INTO event_participants VALUES (?,?,?)", parts)
    con.executemany(
        "INSERT INTO evidence (relation_id, event_id, document_id, start, end, text) VALUES (?,?,?,?,?,?)",
        evid,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(db: Path, sample: int, repeat: int) -> dict[str, object]:
    kb = KnowledgeBase(db)
    ranked = kb.entities(limit=10**9)
    # every rank band: the hubs, the middle, the tail
    step = max(1, len(ranked) // sample)
    chosen = [e.id for e in ranked[::step][:sample]]
    out: dict[str, object] = {
        "db": str(db),
        "counts": kb.store.counts(),
        "entities_sampled": len(chosen),
        "requests_per_url": repeat,
    }
    warm()  # the server builds the gazetteer index in a thread at start-up; keep it out of the timings
    with serve(kb, "bench") as site, httpx.Client(base_url=site) as http:
        for face, suffix, headers in (("html", "", {"accept": "text/html"}), ("json", ".json", {})):
            times: list[float] = []
            biggest = 0
            for eid in chosen:
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    r = http.get(f"/entity/{eid}{suffix}", headers=headers)
                    times.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
                    biggest = max(biggest, len(r.content))
            out[face] = {
                "n": len(times),
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "max_ms": round(max(times), 1),
                "largest_bytes": biggest,
            }
        hub = ranked[0].id
        t0 = time.perf_counter()
        http.get(f"/entity/{hub}", headers={"accept": "text/html"}).raise_for_status()
        out["top_hub_html_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    kb.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an existing knowledge base")
    ap.add_argument(
        "--synthetic", type=int, metavar="N_RELATIONS", help="generate a KB with this many relations"
    )
    ap.add_argument("--keep", help="where to write the synthetic KB (default: a temporary file)")
    ap.add_argument("--sample", type=int, default=60, help="entities to request")
    ap.add_argument("--repeat", type=int, default=5, help="requests per entity and face")
    args = ap.parse_args()
    if args.synthetic:
        db = Path(args.keep or tempfile.mkdtemp()) / "synthetic.sqlite" if not args.keep else Path(args.keep)
        t0 = time.perf_counter()
        db.unlink(missing_ok=True)  # bulk inserts use fixed ids: always start from an empty file
        synthesize(db, args.synthetic)
        gen = round(time.perf_counter() - t0, 1)
    elif args.db:
        db, gen = Path(args.db), None
    else:
        ap.error("give --db or --synthetic")
    result = measure(db, args.sample, args.repeat)
    if gen is not None:
        result["generated_in_s"] = gen
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
