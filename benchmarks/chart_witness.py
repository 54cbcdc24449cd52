"""What a table of the link chart's edges by entity would give a hub's chart on PostgreSQL (issue 12).

A prototype for a schema change, not one: the knowledge base is not changed. In one session's
temporary tables it lays out, from the facts, one row per edge of each fact (a relation's subject
entity -> object entity; an event's agent -> each other participant, and -> the event's place as
``TYPE at``, by the chart's agent rule) for each entity that sees the edge on its chart (a
relation's two ends; every participant of an event: its "witnesses"), with the edge's fact id,
confidence and date, indexed by witness with the rest as INCLUDE columns. It then measures, for one
entity (the one named in most documents, unless ``--entity``), the server and client CPU of the
chart's current statement (``chartedges.strongest_links``, unfiltered, depth 1, 401 edges) against
one index range over the witness table, grouped, ranked and cut as the chart does, with the facts
of the kept edges as arrays; and checks that both give the same edges, counts, confidences, facts
and total.

    PG_TEST_STATE=/tmp/pg-x.state PG_TEST_DB=benchhub URL="$(scripts/pg-test-server)"
    .venv/bin/python benchmarks/query_scale.py --db "$URL" --hub-docs 10000 --hubs-only  # once
    .venv/bin/python benchmarks/chart_witness.py --db "$URL"

PostgreSQL only (arrays, INCLUDE, the "C" collation). What it does not cover: triggers to keep such a
table (their cost per document), filters, depth 2 and expansions, SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import query_scale as qs  # noqa: E402  (the server CPU counters, beside this script)

from reportgraph.query import chartedges as ce  # noqa: E402
from reportgraph.query.linkchart import ChartFilter  # noqa: E402
from reportgraph.store import Store  # noqa: E402
from reportgraph.store import schema as t  # noqa: E402

# Facts as the chart reads them: not rejected, not negated (schema.is_fact).
_FACT = "({v}.status IS NULL OR {v}.status <> 'rejected') AND {v}.modality <> 'negated'"

# Every edge of every fact, one row each (a participant named twice in an event: two rows, as the
# chart counts it); an event with no participant of role agent has its first participant (lowest
# local entity id) as its agent.
EDGE_FACTS = f"""
CREATE TEMP TABLE proto_edge_facts AS
WITH ev AS (
  SELECT v.id, v.type, v.confidence, v.date, lp.entity_id AS place FROM events v
  LEFT JOIN local_entities lp ON lp.id = v.location_id WHERE {_FACT.format(v="v")}),
ag AS (
  SELECT ev.*, la.entity_id AS ent FROM ev
  JOIN event_participants p ON p.event_id = ev.id AND p.role = 'agent'
  JOIN local_entities la ON la.id = p.local_entity_id
  UNION ALL
  SELECT ev.*, (SELECT l.entity_id FROM local_entities l WHERE l.id =
                (SELECT min(q.local_entity_id) FROM event_participants q WHERE q.event_id = ev.id))
  FROM ev WHERE NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.role = 'agent'))
SELECT 'r'::text AS kind, ls.entity_id AS src, r.predicate::text AS pred, lo.entity_id AS dst, r.id,
       r.confidence AS conf, NULL::text AS date
  FROM relations r JOIN local_entities ls ON ls.id = r.subject_id JOIN local_entities lo ON lo.id = r.object_id
  WHERE {_FACT.format(v="r")} AND ls.entity_id IS NOT NULL AND lo.entity_id IS NOT NULL
UNION ALL
SELECT 'e', ag.ent, ag.type, lm.entity_id, ag.id, ag.confidence, ag.date
  FROM ag JOIN event_participants m ON m.event_id = ag.id JOIN local_entities lm ON lm.id = m.local_entity_id
  WHERE lm.entity_id <> ag.ent
UNION ALL
SELECT 'e', ent, type || ' at', place, id, confidence, date FROM ag WHERE ent IS NOT NULL AND place IS NOT NULL
"""

# Each edge row once per entity whose chart shows it: a relation's two ends, an event's participants.
WITNESS = """
CREATE TEMP TABLE proto_witness AS
WITH w AS (SELECT DISTINCT p.event_id, l.entity_id AS witness FROM event_participants p
           JOIN local_entities l ON l.id = p.local_entity_id WHERE l.entity_id IS NOT NULL)
SELECT src AS witness, kind, src, pred, dst, id, conf, date FROM proto_edge_facts WHERE kind = 'r'
UNION ALL SELECT dst, kind, src, pred, dst, id, conf, date FROM proto_edge_facts WHERE kind = 'r' AND dst <> src
UNION ALL SELECT w.witness, e.kind, e.src, e.pred, e.dst, e.id, e.conf, e.date
  FROM proto_edge_facts e JOIN w ON w.event_id = e.id WHERE e.kind = 'e'
"""

# The chart's rank: most facts, best confidence, the edge's id as text ("C" collation); the
# edges counted per kind and predicate.
READ = text("""
WITH g AS MATERIALIZED (
  SELECT kind, src, pred, dst, count(*) AS cnt, max(conf) AS conf, array_agg(id) AS ids, array_agg(date) AS dates
  FROM proto_witness WHERE witness = ANY(:f) GROUP BY kind, src, pred, dst)
SELECT 'top', kind, src, pred, dst, cnt, conf, ids FROM (
  SELECT * FROM g ORDER BY cnt DESC, conf DESC,
    (kind || ':' || src::text || ':' || pred || ':' || dst::text) COLLATE "C" LIMIT :limit) top
UNION ALL SELECT 'sum', kind, NULL, pred, NULL, count(*), NULL, NULL FROM g GROUP BY kind, pred
""")


def _biggest(store: Store) -> int:
    le = t.local_entities.c
    with store.connect() as conn:
        return int(conn.execute(select(le.entity_id).where(le.entity_id.is_not(None)).group_by(le.entity_id)
                                .order_by(func.count(func.distinct(le.document_id)).desc()).limit(1)).scalar_one())


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--db", required=True, help="a PostgreSQL knowledge base (query_scale.py's)")
    ap.add_argument("--entity", type=int, help="the chart's entity (default: the one named in most documents)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    store = Store(args.db)
    try:
        if store.engine.dialect.name != "postgresql":
            ap.error("PostgreSQL only")
        return _measure(store, args.entity, args.runs)
    finally:
        store.close()


def _measure(store: Store, entity: int | None, n_runs: int) -> dict[str, Any]:
    qs._find_server(store)
    hub = entity or _biggest(store)
    out: dict[str, Any] = {"entity": hub, "loadavg_before": list(os.getloadavg())}
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        print("laying out the edges (temporary tables) ...", file=sys.stderr)
        start = time.perf_counter()
        conn.exec_driver_sql(EDGE_FACTS)
        conn.exec_driver_sql(WITNESS)
        conn.exec_driver_sql("CREATE INDEX ON proto_witness (witness) INCLUDE (kind, src, pred, dst, id, conf, date)")
        conn.exec_driver_sql("VACUUM ANALYZE proto_witness")  # (index-only scans need the visibility map)
        out["layout_s"] = round(time.perf_counter() - start, 1)
        out["witness_rows"] = conn.exec_driver_sql("SELECT count(*) FROM proto_witness").scalar_one()
        out["witness_mb"] = round(conn.exec_driver_sql(
            "SELECT pg_total_relation_size('proto_witness')").scalar_one() / 2**20, 1)

        def current(_: Any) -> ce.Links:
            return ce.strongest_links(conn, {hub}, ChartFilter(), hub, 401)

        def witness(_: Any) -> list[Any]:
            return list(conn.execute(READ, {"f": [hub], "limit": 401}).all())

        links, rows = current(0), witness(0)
        ref = {(r.kind[0], r.source, r.predicate, r.target): (
            r.count, r.confidence,
            sorted(int(x) for x in r.facts.split(",")) if r.kind == "relation" else ce.event_facts(r.facts)[0])
            for r in links.rows}
        got = {(k, s, p, d): (c, cf, sorted(ids)) for tag, k, s, p, d, c, cf, ids in rows if tag == "top"}
        order_ref = [(r.kind[0], r.source, r.predicate, r.target) for r in links.rows]
        order_got = [(k, s, p, d) for tag, k, s, p, d, *_ in rows if tag == "top"]
        out["same_edges_counts_confidences_facts"] = ref == got
        out["same_order"] = order_ref == order_got
        out["edges_total"] = [links.total, sum(int(r[5]) for r in rows if r[0] == "sum")]
        for _round in range(2):  # in turn, twice: the load moves
            for name, fn in (("current", current), ("witness", witness)):
                runs, server = qs._timed_all(fn, [0] * n_runs)
                client = round(statistics.median(c for _, c, _ in runs), 1)
                out.setdefault(name, []).append({"client_cpu_p50_ms": client, "server_cpu_mean_ms": server})
    out["loadavg_after"] = list(os.getloadavg())
    print(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
