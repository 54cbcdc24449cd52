"""The link chart's saved layouts: per chart (its filters), the positions of the nodes an analyst
pinned, stored in the knowledge base so a colleague, another browser or a later visit sees the same
chart (schema v10, ``chart_layouts``)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy import delete, insert, select, update

from ..errors import ReportGraphError
from . import schema as t
from .store import Store

MAX_KEY = 500
MAX_PINS = 5000  # the chart draws at most a few hundred nodes; this bounds a hostile request
MAX_COORD = 1e7


def chart_layout(store: Store, key: str) -> dict[str, Any] | None:
    """The saved layout of a chart: {"positions": {entity id: [x, y]}, "saved_by", "saved_at"}."""
    c = t.chart_layouts.c
    with store.connect() as conn:
        row = conn.execute(select(c.positions, c.saved_by, c.saved_at).where(c.key == key)).first()
    if row is None:
        return None
    return {"positions": {int(k): [float(x), float(y)] for k, (x, y) in row.positions.items()},
            "saved_by": row.saved_by, "saved_at": row.saved_at}


def check_positions(raw: Any) -> dict[int, list[float]]:
    """{entity id: [x, y]} from what a client sent, or ReportGraphError saying what is wrong."""
    if not isinstance(raw, dict):
        raise ReportGraphError("positions must be an object {entity id: [x, y]}")
    if len(raw) > MAX_PINS:
        raise ReportGraphError(f"at most {MAX_PINS} pinned nodes per chart")
    out: dict[int, list[float]] = {}
    for k, v in raw.items():
        if not str(k).isdigit() or int(k) > 2**63 - 1:
            raise ReportGraphError(f"not an entity id: {str(k)[:40]!r}")
        if not (isinstance(v, list) and len(v) == 2 and all(
                isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) and abs(x) <= MAX_COORD
                for x in v)):
            raise ReportGraphError(f"entity {k}: a position is [x, y], two finite numbers")
        out[int(k)] = [round(float(v[0]), 1), round(float(v[1]), 1)]
    return out


def save_chart_layout(store: Store, key: str, positions: dict[int, list[float]], actor: str) -> dict[str, Any]:
    """Save (or, with no positions, forget) a chart's layout; returns what is now saved."""
    if not key or len(key) > MAX_KEY:
        raise ReportGraphError(f"a chart key is 1 to {MAX_KEY} characters")
    c = t.chart_layouts.c
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    data = {str(k): v for k, v in sorted(positions.items())}
    with store.engine.begin() as conn:
        if not positions:
            conn.execute(delete(t.chart_layouts).where(c.key == key))
            return {"positions": {}, "saved_by": actor, "saved_at": now}
        if conn.execute(select(c.key).where(c.key == key)).first() is None:
            conn.execute(insert(t.chart_layouts).values(key=key, positions=data, saved_by=actor[:120], saved_at=now))
        else:
            conn.execute(update(t.chart_layouts).where(c.key == key).values(positions=data, saved_by=actor[:120],
                                                                              saved_at=now))
    return {"positions": positions, "saved_by": actor, "saved_at": now}
