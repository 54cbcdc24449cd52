"""Export benchmark: a synthetic knowledge base of N facts, exported to every format.

Each export runs in its own process, timed there; its peak resident memory is measured by
``/usr/bin/time`` (``resource.getrusage`` in the child when that is missing), so one format's
memory does not hide another's. Run at two sizes to see
that streaming keeps peak memory flat as the knowledge base grows:

    PYTHONPATH=src python benchmarks/export_scale.py --facts 100000 --facts 1000000

The generator writes rows with bulk inserts (``executemany``), bypassing extraction and resolution;
the rows have the shapes real ingestion writes (documents, local clusters with mentions linked to
global entities, relations and events with evidence), with real place names so gazetteer lookups hit.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reportgraph.export import FORMATS, export  # noqa: E402
from reportgraph.export.json_import import import_json  # noqa: E402
from reportgraph.ontology import default_ontology  # noqa: E402
from reportgraph.resolve.keys import name_key  # noqa: E402
from reportgraph.store import Store  # noqa: E402
from reportgraph.store import schema as t  # noqa: E402

PLACES = [
    "Gao",
    "Kidal",
    "Timbuktu",
    "Mali",
    "Algeria",
    "Niger",
    "Niamey",
    "Bamako",
    "Mopti",
    "Agadez",
    "Tamanrasset",
    "Ouargla",
    "Libya",
    "Chad",
    "Mauritania",
    "Nouakchott",
    "Burkina Faso",
    "Tessalit",
    "Adrar des Ifoghas",
    "In Amenas",
]
TYPES = ["PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "COMMUNITY", "LOCATION"]
SENTENCE = "In {y} the group of {a} clashed with {b} near {p}, according to several witnesses interviewed. "


def generate(db: Path, facts: int, seed: int = 7) -> dict[str, int]:
    """A knowledge base with ``facts`` relations and events (60 % / 40 %), 100 facts per document."""
    rng = random.Random(seed)
    onto = default_ontology()
    predicates, event_types = list(onto.predicates), list(onto.event_types)
    n_docs = max(1, facts // 100)
    n_entities = max(20, facts // 10)
    n_rel, n_ev = facts * 6 // 10, facts - facts * 6 // 10
    per_doc_locals = 30
    store = Store(db)
    ents = []
    for i in range(1, n_entities + 1):
        typ = TYPES[i % len(TYPES)]
        name = (
            PLACES[i % len(PLACES)]
            if typ == "LOCATION" and i < 5 * len(PLACES) * len(TYPES)
            else f"{typ.title()} {i}"
        )
        ents.append((i, typ, name))
    with store.engine.begin() as conn:
        conn.execute(t.entities.insert(), [{"id": i, "type": typ, "name": n} for i, typ, n in ents])
        conn.execute(
            t.entity_keys.insert(), [{"entity_id": i, "key": name_key(typ, n)} for i, typ, n in ents]
        )
    rel_id = ev_id = local_id = 0
    batch: dict[Any, list[dict[str, Any]]] = {}

    def add(table: Any, row: dict[str, Any]) -> None:
        batch.setdefault(table, []).append(row)

    def flush() -> None:
        with store.engine.begin() as conn:
            for table in (
                t.documents,
                t.local_entities,
                t.mentions,
                t.relations,
                t.events,
                t.event_participants,
                t.evidence,
            ):
                if batch.get(table):
                    conn.execute(table.insert(), batch[table])
        batch.clear()

    for d in range(n_docs):
        doc_id = f"{d:040x}"[-20:]
        sentences, text_len = [], 0
        locals_: list[tuple[int, int, str, str, int]] = []  # local id, entity id, type, name, offset
        for _ in range(per_doc_locals):
            eid, typ, name = ents[rng.randrange(n_entities)]
            local_id += 1
            s = SENTENCE.format(y=1990 + rng.randrange(30), a=name, b="the others", p="the wells")
            locals_.append((local_id, eid, typ, name, text_len + s.index(name)))
            sentences.append(s)
            text_len += len(s)
        text = "".join(sentences)
        add(
            t.documents,
            {
                "id": doc_id,
                "source": f"synthetic/report-{d}.txt",
                "title": f"Report {d}",
                "media_type": "text/plain",
                "text": text,
                "n_chars": len(text),
                "ingested_at": "2026-01-01T00:00:00+00:00",
                "grade": "C",
                "extractor": "synthetic",
            },
        )
        for lid, eid, typ, name, off in locals_:
            add(
                t.local_entities,
                {
                    "id": lid,
                    "document_id": doc_id,
                    "key": f"L{lid}",
                    "type": typ,
                    "name": name,
                    "aliases": [],
                    "roles": [],
                    "confidence": 0.9,
                    "entity_id": eid,
                },
            )
            add(
                t.mentions,
                {
                    "local_entity_id": lid,
                    "document_id": doc_id,
                    "start": off,
                    "end": off + len(name),
                    "text": name,
                    "method": "synthetic",
                    "confidence": 0.9,
                },
            )
        share = n_rel // n_docs + (1 if d < n_rel % n_docs else 0)
        for _ in range(share):
            a, b = rng.sample(locals_, 2)
            rel_id += 1
            add(
                t.relations,
                {
                    "id": rel_id,
                    "document_id": doc_id,
                    "subject_id": a[0],
                    "predicate": rng.choice(predicates),
                    "object_id": b[0],
                    "confidence": 0.6,
                    "method": "synthetic",
                    "status": None,
                },
            )
            i = locals_.index(a)
            start = sum(len(s) for s in sentences[:i])
            add(
                t.evidence,
                {
                    "relation_id": rel_id,
                    "event_id": None,
                    "document_id": doc_id,
                    "start": start,
                    "end": start + len(sentences[i]),
                    "text": sentences[i],
                },
            )
        share = n_ev // n_docs + (1 if d < n_ev % n_docs else 0)
        for _ in range(share):
            a, b, c = rng.sample(locals_, 3)
            ev_id += 1
            y = 1990 + rng.randrange(30)
            date = rng.choice(
                [
                    f"{y}",
                    f"{y}-{rng.randrange(1, 13):02d}",
                    f"{y}-03-{rng.randrange(1, 29):02d}",
                    f"{y}-09/{y}-12",
                    None,
                ]
            )
            loc = next((x[0] for x in locals_ if x[2] == "LOCATION"), None)
            add(
                t.events,
                {
                    "id": ev_id,
                    "document_id": doc_id,
                    "type": rng.choice(event_types),
                    "trigger": "clashed",
                    "trigger_start": None,
                    "trigger_end": None,
                    "location_id": loc,
                    "date": date,
                    "count": rng.choice([None, rng.randrange(1, 50)]),
                    "confidence": 0.5,
                    "method": "synthetic",
                    "status": None,
                },
            )
            add(t.event_participants, {"event_id": ev_id, "local_entity_id": a[0], "role": "agent"})
            add(t.event_participants, {"event_id": ev_id, "local_entity_id": b[0], "role": "patient"})
            i = locals_.index(c)
            start = sum(len(s) for s in sentences[:i])
            add(
                t.evidence,
                {
                    "relation_id": None,
                    "event_id": ev_id,
                    "document_id": doc_id,
                    "start": start,
                    "end": start + len(sentences[i]),
                    "text": sentences[i],
                },
            )
        if sum(len(v) for v in batch.values()) > 50_000:
            flush()
    flush()
    counts = store.counts()
    store.close()
    return counts


def child(db: str, fmt: str, out: str) -> None:
    """Run one export (or 'import') in this process and print its time and peak memory as JSON."""
    start = time.perf_counter()
    if fmt == "import":
        store = Store(out)
        counts = import_json(store, Path(db))
    else:
        store = Store(db)
        counts = export(store, fmt, Path(out))
    store.close()
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps({"format": fmt, "seconds": round(seconds, 1), "peak_mb": round(peak_mb), "counts": counts})
    )


def run(facts: int, workdir: Path, formats: list[str]) -> Iterator[dict[str, Any]]:
    """Generate the knowledge base, then export it to each format; yields one result at a time."""
    db = workdir / f"kb-{facts}.sqlite"
    t0 = time.perf_counter()
    counts = generate(db, facts)
    yield {
        "format": "generate",
        "seconds": round(time.perf_counter() - t0, 1),
        "counts": counts,
        "db_mb": round(db.stat().st_size / 2**20),
    }
    for fmt in formats:
        out = workdir / f"kb-{facts}.{fmt}"
        args = (
            [str(db), fmt, str(out)]
            if fmt != "import"
            else [str(workdir / f"kb-{facts}.json"), fmt, str(workdir / f"kb-{facts}-imported.sqlite")]
        )
        # Peak RSS comes from /usr/bin/time: on Linux a child's own ru_maxrss starts at its parent's
        # (inherited through fork and kept across exec), and this parent has just generated the data.
        timer = ["/usr/bin/time", "-f", "maxrss_kb=%M"] if Path("/usr/bin/time").exists() else []
        proc = subprocess.run(
            [*timer, sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
        )
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        if timer:
            line = next(x for x in reversed(proc.stderr.splitlines()) if x.startswith("maxrss_kb="))
            res["peak_mb"] = round(int(line.split("=")[1]) / 1024)
        if fmt != "import":
            res["file_mb"] = round(out.stat().st_size / 2**20, 1)
            if fmt != "json":  # the JSON export stays for the import run
                out.unlink()  # keep the disk small
        yield res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", type=int, action="append", help="facts (relations + events); repeatable")
    ap.add_argument("--formats", default=",".join(FORMATS) + ",import")
    ap.add_argument("--child", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    asked = args.formats.split(",")
    if "import" in asked and "json" not in asked:
        ap.error("'import' reads the JSON export: list 'json' too")
    # JSON first and import last: the import reads the JSON export, kept until then.
    order = sorted(asked, key=lambda f: (f != "json", f == "import"))
    for facts in args.facts or [100_000]:
        with tempfile.TemporaryDirectory() as tmp:
            for r in run(facts, Path(tmp), order):
                sys.stdout.write(json.dumps({"facts": facts, **r}) + "\n")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
