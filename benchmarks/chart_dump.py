"""The link charts of 23 entities under 11 filter sets (247 charts) as one JSON file, to compare two
versions of the chart's code byte for byte (issue 12).

    PYTHONPATH=OLD/src python benchmarks/chart_dump.py --db KB --out before.json
    PYTHONPATH=src python benchmarks/chart_dump.py --db KB2 --out after.json
    cmp before.json after.json

The entities: the three named in most documents and ``range(1, 50000, 2500)`` (a knowledge base of
``query_scale.py``). The charts: plain; filtered by grade and confidence, by type, by date range
with and without the undated, by predicate, by grade alone; at depth 2 (not for the three hubs),
with a type and grade filter at depth 2; cut at 10 edges; with three of its nodes expanded.
Prints the client CPU of each hub's plain chart.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from reportgraph.query.linkchart import ChartFilter, ego_network
from reportgraph.store import Store
from reportgraph.store import schema as t

FILTERS: list[tuple[str, ChartFilter | None, int, str | None]] = [
    ("plain", None, 1, None),
    ("filtered", ChartFilter(grades="ABC", min_confidence=0.5), 1, None),
    ("depth2", None, 2, None),
    ("types", ChartFilter(types={"PERSON", "ORGANIZATION"}), 1, None),
    ("dates", ChartFilter(date_from=dt.date(2020, 1, 1), date_to=dt.date(2021, 6, 30)), 1, None),
    ("dates-nodated", ChartFilter(date_from=dt.date(2020, 1, 1), include_undated=False), 1, None),
    ("preds", ChartFilter(predicates={"ATTACK", "AFFILIATED_WITH", "ALLY_OF", "ARREST"}), 1, None),
    ("grades", ChartFilter(grades="AB"), 1, None),
    ("types-grades-d2", ChartFilter(types={"LOCATION", "COMMUNITY"}, grades="BCD"), 2, None),
    ("small", None, 1, "small"),
    ("expand", None, 1, "expand"),
]


def dump(store: Store) -> dict[str, Any]:
    le = t.local_entities.c
    with store.connect() as conn:
        hubs = [int(r[0]) for r in conn.execute(
            select(le.entity_id).group_by(le.entity_id)
            .order_by(func.count(func.distinct(le.document_id)).desc(), le.entity_id).limit(3))]
    out: dict[str, Any] = {}
    for e in hubs + list(range(1, 50000, 2500)):
        for name, flt, depth, extra in FILTERS:
            if depth == 2 and e in hubs:
                continue
            start = time.process_time()
            chart = ego_network(store, e, depth=depth, flt=flt, max_edges=10 if extra == "small" else 400)
            if extra == "expand":
                nodes = [n["id"] for n in chart.nodes if not n["center"]][:3]
                chart = ego_network(store, e, depth=depth, flt=flt, expand=nodes)
            out[f"{e}:{name}"] = dataclasses.asdict(chart)
            if e in hubs and name == "plain":
                print(e, "client CPU ms", round((time.process_time() - start) * 1000), file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--db", required=True, help="SQLite path or postgresql+psycopg:// URL")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    store = Store(args.db)
    try:
        charts = dump(store)
    finally:
        store.close()
    args.out.write_text(json.dumps(charts, sort_keys=True, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
