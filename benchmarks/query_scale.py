"""Query latency on a knowledge base of one million facts (relations + events + mentions).

    PYTHONPATH=src python benchmarks/query_scale.py --db /tmp/bench.sqlite
    PYTHONPATH=src python benchmarks/query_scale.py --db "$(scripts/pg-test-server)"

Generates a synthetic knowledge base (unless --reuse finds one already there), written in bulk
(executemany, one transaction per few thousand documents, ids assigned here), then times the
dossier, neighbours (depth 1) and two-entity paths (at most 4 hops) of random entities and prints
p50/p95/max in milliseconds, as JSON on stdout. Entities are drawn with a skewed (Zipf-like)
popularity, as in real reporting: a few groups and places are named everywhere, most rarely.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from reportgraph.model import ENTITY_TYPES
from reportgraph.ontology import default_ontology
from reportgraph.query.dossier import dossier
from reportgraph.query.network import neighbours
from reportgraph.query.paths import paths
from reportgraph.store import Store, adjacency, fts, witness
from reportgraph.store import schema as t

TABLES = ("documents", "local_entities", "mentions", "relations", "events", "event_participants", "evidence")
WORDS = ["convoy", "ambush", "border", "camp", "desert", "column", "patrol", "hostages", "ransom",
         "smuggling", "route", "attack", "negotiation", "council", "brigade", "emirate", "katiba",
         "commander", "faction", "militia", "alliance"]


def _weights(n: int, skew: float) -> list[float]:
    return [1.0 / (i + 10) ** skew for i in range(n)]


def generate(store: Store, facts: int, entities: int, per_doc: int, seed: int,
             log: Callable[[str], None], hub_docs: int = 0) -> None:
    """Write documents of ``per_doc`` entities (one mention each), ``per_doc`` relations and
    ``per_doc / 2`` two-participant events each, until ``facts`` facts are written.

    ``hub_docs``: the most popular entity is named in that many documents, spread evenly over the
    corpus (issue 12's entity named in 10,000 documents; without it the biggest hub is in ~960)."""
    rng = random.Random(seed)
    onto = default_ontology()
    predicates = sorted(onto.predicates)
    event_types = sorted(onto.event_types)
    # Per document: per_doc local entities (one mention each), per_doc relations, per_doc/2 events.
    per_doc_facts = per_doc + per_doc + per_doc // 2
    n_docs = facts // per_doc_facts
    types = [ENTITY_TYPES[i % len(ENTITY_TYPES)] for i in range(entities)]
    with store.engine.begin() as conn:
        # bulk rows: the entity adjacency and the chart's rows by entity are built once at the end, not
        # by their triggers row by row (the chart's triggers made the generation about 60% slower)
        adjacency.drop_triggers(conn)
        witness.drop_triggers(conn)
        conn.execute(t.entities.insert(), [{"id": i + 1, "type": types[i], "name": f"Entity {i + 1}"}
                                           for i in range(entities)])
        conn.execute(t.entity_keys.insert(), [{"entity_id": i + 1, "key": f"{types[i]}:entity {i + 1}"}
                                              for i in range(entities)])
    ranks = list(range(1, entities + 1))
    rng.shuffle(ranks)  # popularity is unrelated to id
    hub = ranks[0]
    hub_every = n_docs / hub_docs if hub_docs else 0.0
    hub_next = 0.0
    weights = _weights(entities, 0.7)
    cum = list(_accumulate(weights))
    le_id = rel_id = ev_id = evid_id = m_id = 0
    batch_docs = 2000
    started = time.perf_counter()
    for b0 in range(0, n_docs, batch_docs):
        rows: dict[str, list[dict[str, Any]]] = {k: [] for k in TABLES}
        fts_docs, fts_names = [], []
        for di in range(b0, min(n_docs, b0 + batch_docs)):
            doc_id = f"doc{di:07d}"
            chosen: dict[int, None] = {}
            if hub_docs and di >= hub_next:  # the hub first, in every (n_docs / hub_docs)th document
                chosen[hub] = None
                hub_next += hub_every
            while len(chosen) < per_doc:
                chosen[ranks[_pick(cum, rng.random() * cum[-1])] ] = None
            body = " ".join(rng.choice(WORDS) for _ in range(60))
            sentences = []
            locals_: list[int] = []
            for eid in chosen:
                le_id += 1
                m_id += 1
                name = f"Entity {eid}"
                locals_.append(le_id)
                rows["local_entities"].append({
                    "id": le_id, "document_id": doc_id, "key": f"L{len(locals_)}", "type": types[eid - 1],
                    "name": name, "aliases": [], "roles": [], "confidence": 0.9, "entity_id": eid})
                rows["mentions"].append({
                    "id": m_id, "local_entity_id": le_id, "document_id": doc_id, "start": 0, "end": len(name),
                    "text": name, "method": "ner", "confidence": 0.9})
                fts_names.append((le_id, [name]))
            for _ in range(per_doc):
                s, o = rng.sample(locals_, 2)
                rel_id += 1
                evid_id += 1
                words = " ".join(rng.choice(WORDS) for _ in range(8))
                sentence = f"Entity {s} and entity {o}: {words}."
                sentences.append(sentence)
                rows["relations"].append({"id": rel_id, "document_id": doc_id, "subject_id": s,
                                          "predicate": rng.choice(predicates), "object_id": o,
                                          "confidence": 0.5, "method": "bench", "status": None})
                rows["evidence"].append({"id": evid_id, "relation_id": rel_id, "event_id": None,
                                         "document_id": doc_id, "start": 0, "end": len(sentence),
                                         "text": sentence})
            for _ in range(per_doc // 2):
                a, p = rng.sample(locals_, 2)
                ev_id += 1
                evid_id += 1
                year = rng.randint(1995, 2020)
                date = str(year) if rng.random() < 0.5 else f"{year}-{rng.randint(1, 12):02d}"
                rows["events"].append({"id": ev_id, "document_id": doc_id, "type": rng.choice(event_types),
                                       "trigger": "attacked", "trigger_start": None, "trigger_end": None,
                                       "location_id": rng.choice(locals_) if rng.random() < 0.3 else None,
                                       "date": date, "count": None, "confidence": 0.5, "method": "bench",
                                       "status": None})
                rows["event_participants"] += [{"event_id": ev_id, "local_entity_id": a, "role": "agent"},
                                               {"event_id": ev_id, "local_entity_id": p, "role": "patient"}]
                rows["evidence"].append({"id": evid_id, "relation_id": None, "event_id": ev_id,
                                         "document_id": doc_id, "start": 0, "end": 40,
                                         "text": f"In {date} entity {a} attacked entity {p}."})
            text_ = body + " " + " ".join(sentences)
            rows["documents"].append({"id": doc_id, "source": f"bench/{doc_id}.txt", "title": doc_id,
                                      "media_type": "text/plain", "text": text_, "n_chars": len(text_),
                                      "ingested_at": "2026-01-01T00:00:00", "grade": rng.choice("ABCDEFFF"),
                                      "extractor": "bench"})
            fts_docs.append((doc_id, doc_id, text_))
        with store.engine.begin() as conn:  # one transaction per batch of documents
            for name in TABLES:
                conn.execute(t.metadata.tables[name].insert(), rows[name])
            if conn.dialect.name == "sqlite":
                conn.execute(text("INSERT INTO fts_documents (doc_id, title, text) VALUES (:i, :t, :x)"),
                             [{"i": i, "t": ti, "x": x} for i, ti, x in fts_docs])
                fts.index_names(conn, fts_names)
        done = min(n_docs, b0 + batch_docs)
        log(f"{done}/{n_docs} documents, {time.perf_counter() - started:.0f}s")
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # ids were given here: move the sequences past them
            for name in ("entities", "local_entities", "mentions", "relations", "events", "evidence"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
        adjacency.rebuild(conn)
        adjacency.create_triggers(conn)
        witness.rebuild(conn)
        witness.create_triggers(conn)
    _analyze(store)


def _accumulate(ws: list[float]) -> list[float]:
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


def _pick(cum: list[float], x: float) -> int:
    import bisect

    return min(bisect.bisect_left(cum, x), len(cum) - 1)


def _analyze(store: Store) -> None:
    """Planner statistics: without them SQLite and PostgreSQL may not choose the indexes."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    else:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def prewarm(store: Store) -> None:
    """Load the database files into the operating system's cache, as on a server in use; without
    it the first queries of each region of the files wait for the disk (see --cold)."""
    if store.engine.dialect.name == "sqlite":
        path = store.url.removeprefix("sqlite:///")
        with open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
        return
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_prewarm"))
        rels = conn.execute(text(
            "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i', 't')")).scalars()
        for rel in list(rels):
            conn.execute(text("SELECT pg_prewarm(CAST(:r AS regclass), 'read')"), {"r": rel})


SERVER: list[int] = []  # the PostgreSQL server's main process, when it runs on this machine


def _find_server(store: Store) -> None:
    """Note the local PostgreSQL server's main process (the parent of this connection's backend), so
    that its processes' CPU can be counted with each query's (``_server_cpu``)."""
    SERVER.clear()
    if store.engine.dialect.name != "postgresql":
        return
    with store.connect() as conn:
        backend = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
    with contextlib.suppress(OSError, IndexError, ValueError):  # a server elsewhere: not counted
        SERVER.append(int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1]))


def _server_cpu() -> float:
    """CPU milliseconds used so far by the local PostgreSQL server's backends (0 without one)."""
    if not SERVER:
        return 0.0
    total = 0
    try:
        children = Path(f"/proc/{SERVER[0]}/task/{SERVER[0]}/children").read_text().split()
    except OSError:
        return 0.0
    for pid in children:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall time and this process's CPU time (ms): on a shared machine the first includes waiting
    for a core; for SQLite (in-process) the second is the query's own cost."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000, result


def _timed_all(fn: Callable[[Any], Any], args: list[Any]) -> tuple[list[tuple[float, float, Any]], float]:
    """``_timed`` for each argument, and the local PostgreSQL server's CPU per call (ms, the mean:
    the kernel counts it in 10 ms ticks): with this process's CPU, a query's whole cost, which the
    load of a shared machine does not change as it changes the wall time."""
    s0 = _server_cpu()
    timings = [_timed(functools.partial(fn, a)) for a in args]
    return timings, round((_server_cpu() - s0) / max(1, len(args)), 2)


def _p(ms: list[float], q: float) -> float:
    return round(ms[min(len(ms) - 1, max(0, int(round(q * len(ms))) - 1))], 2)


def _summary(timings: list[tuple[float, float, Any]]) -> dict[str, float]:
    ms = sorted(w for w, _, _ in timings)
    cpu = sorted(c for _, c, _ in timings)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2), "p95_ms": _p(ms, 0.95),
            "max_ms": round(ms[-1], 2), "mean_ms": round(statistics.fmean(ms), 2),
            "cpu_p50_ms": round(statistics.median(cpu), 2), "cpu_p95_ms": _p(cpu, 0.95)}


def measure(store: Store, samples: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed + 1)
    with store.connect() as conn:
        n_entities = int(conn.execute(select(func.max(t.entities.c.id))).scalar_one())
    ents = [rng.randint(1, n_entities) for _ in range(samples)]
    pairs = [(rng.randint(1, n_entities), rng.randint(1, n_entities)) for _ in range(samples)]
    for e in ents[:20]:  # warm the caches and the connection pool
        dossier(store, e)
        neighbours(store, e)
    out: dict[str, Any] = {"loadavg_before": os.getloadavg()}
    timings, server = _timed_all(lambda e: dossier(store, e), ents)
    out["dossier"] = _summary(timings) | {"server_cpu_mean_ms": server}
    out["dossier"]["mean_facts"] = round(statistics.fmean(len(d.relations) + len(d.events)
                                                          for _, _, d in timings), 1)
    timings, server = _timed_all(lambda e: neighbours(store, e), ents)
    out["neighbours_depth1"] = _summary(timings) | {"server_cpu_mean_ms": server}
    out["neighbours_depth1"]["mean_neighbours"] = round(statistics.fmean(len(n) for _, _, n in timings), 1)
    timings, server = _timed_all(lambda ab: paths(store, ab[0], ab[1], max_len=4), pairs)
    out["paths_max4"] = _summary(timings) | {"server_cpu_mean_ms": server}
    out["paths_max4"]["found"] = sum(1 for _, _, p in timings if p)
    out["loadavg_after"] = os.getloadavg()
    return out


HUB_PAGE = 200  # facts per page of a hub's dossier and timeline (the web's and `show --limit`'s bound)


def measure_hubs(store: Store, n: int = 5, rounds: int = 5) -> dict[str, Any]:
    """The paged dossier, link chart and timeline of the ``n`` entities named in most documents
    (issue 12: an entity named in thousands of documents): best and worst of ``rounds`` each."""
    from reportgraph.query.linkchart import ego_network
    from reportgraph.query.timeline import timeline

    le = t.local_entities.c
    with store.connect() as conn:
        hubs = conn.execute(select(le.entity_id, func.count(func.distinct(le.document_id)))
                            .group_by(le.entity_id).order_by(func.count(func.distinct(le.document_id)).desc())
                            .limit(n)).all()
    queries: dict[str, Callable[[int], Any]] = {
        "dossier": lambda e: dossier(store, e, max_facts=HUB_PAGE),
        "show": lambda e: _show(store.url, e),
        "link_chart": lambda e: ego_network(store, e),
        "timeline": lambda e: timeline(store, entity=e, limit=HUB_PAGE),
    }
    out: dict[str, Any] = {"hubs": [{"entity": int(e), "documents": int(d)} for e, d in hubs]}
    for name, fn in queries.items():
        ms, cpu, server = [], [], []
        for e, _ in hubs:
            fn(int(e))  # warm
            timings, server_ms = _timed_all(fn, [int(e)] * rounds)
            ms += [w for w, _, _ in timings]
            cpu += [c for _, c, _ in timings]
            server.append(server_ms)
        # the biggest hub on its own too (the first rounds): with --hub-docs, the 10,000-document one
        out[name] = {"p50": round(statistics.median(ms), 1), "max": round(max(ms), 1),
                     "cpu_p50": round(statistics.median(cpu), 1), "cpu_max": round(max(cpu), 1),
                     "biggest_p50": round(statistics.median(ms[:rounds]), 1),
                     "biggest_cpu_p50": round(statistics.median(cpu[:rounds]), 1),
                     "biggest_server_cpu_mean": server[0], "server_cpu_mean": round(statistics.fmean(server), 1)}
    return out


def explain(store: Store, seed: int) -> list[str]:
    """PostgreSQL's plan (EXPLAIN (ANALYZE, BUFFERS)) of one hop of a path search (the adjacency
    statement for 300 random entities) and of the biggest hub's relation ids (the dossier's): a
    sequential scan of relations, or index-only scans with no heap fetches."""
    from sqlalchemy import union

    from reportgraph.query.graph import _adjacency, local_ids_in

    rng = random.Random(seed + 2)
    r, le = t.relations.c, t.local_entities.c
    out: list[str] = []
    with store.connect() as conn:
        n = int(conn.execute(select(func.max(t.entities.c.id))).scalar_one())
        hub = conn.execute(select(le.entity_id).group_by(le.entity_id)
                           .order_by(func.count(func.distinct(le.document_id)).desc()).limit(1)).scalar_one()
        mine = select(le.id).where(le.entity_id == hub)
        sides = [select(r.id, r.predicate).where(local_ids_in(col, mine, True)).where(t.is_fact(t.relations))
                 for col in (r.subject_id, r.object_id)]
        u = union(*sides).subquery()
        for title, stmt, params in (
                ("adjacency of 300 random entities", _adjacency(False, False, True),
                 {"ids": sorted({rng.randint(1, n) for _ in range(300)})}),
                (f"relation ids of the biggest hub (e{hub})", select(u.c.id).order_by(u.c.predicate, u.c.id), {})):
            compiled = stmt.compile(dialect=conn.dialect)
            bound = {k: v for k, v in compiled.params.items() if v is not None} | params
            out.append(f"=== {title}")
            out += [row[0] for row in conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {compiled}", bound)]
    return out


def _show(url: str, entity: int) -> str:
    """``reportgraph show e<id>`` run in this process (opening the knowledge base, finding the entity,
    its dossier at the command's default page of 50, printed): what a user waits for, less start-up."""
    from typer.testing import CliRunner

    from reportgraph.cli import app

    result = CliRunner().invoke(app, ["--db", url, "show", f"e{entity}"])
    if result.exit_code != 0:
        raise RuntimeError(result.output)
    return result.output


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite path or postgresql+psycopg:// URL")
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=50_000)
    ap.add_argument("--per-doc", type=int, default=20, help="local entities (and relations) per document")
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reuse", action="store_true", help="measure an already generated knowledge base")
    ap.add_argument("--cold", action="store_true", help="do not load the database into the OS cache first")
    ap.add_argument("--hub-docs", type=int, default=0,
                    help="generate the most popular entity in this many documents (issue 12: 10000)")
    ap.add_argument("--hubs-only", action="store_true", help="measure the hub queries only")
    ap.add_argument("--explain", action="store_true",
                    help="PostgreSQL: print the plans of a path hop and a hub's relations; measure nothing")
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    store = Store(args.db)
    report: dict[str, Any] = {"backend": store.engine.dialect.name}
    if not (args.reuse and store.counts()["relations"]):
        t0 = time.perf_counter()
        generate(store, args.facts, args.entities, args.per_doc, args.seed, log, args.hub_docs)
        report["generate_s"] = round(time.perf_counter() - t0, 1)
    counts = store.counts()
    report["counts"] = counts
    report["facts"] = counts["relations"] + counts["events"] + counts["mentions"]
    report["prewarmed"] = not args.cold
    if not args.cold:
        prewarm(store)
    if args.explain:
        if store.engine.dialect.name != "postgresql":
            ap.error("--explain needs a PostgreSQL database")
        print("\n".join(explain(store, args.seed)))
        store.close()
        return 0
    _find_server(store)
    report["server_cpu_counted"] = bool(SERVER)
    if not args.hubs_only:
        report.update(measure(store, args.samples, args.seed))
    report["hubs"] = measure_hubs(store)
    store.close()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
