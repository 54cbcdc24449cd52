"""Lay out the timeline as SVG geometry (the template draws it; no JavaScript needed).

Each event is a bar from the first to the last day its date can mean: a day is a dot, a month or
a year a bar, an interval a bar with end caps. Approximate dates (``~``) get fuzzy ends that fade
out over half their extent on each side; uncertain ones (``?``) are dashed; open ends run to the edge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..query.timeline import TimelineEntry

WIDTH, LEFT, RIGHT, ROW, TOP = 1200, 130, 20, 22, 34


@dataclass
class Mark:
    id: int
    x1: float
    x2: float
    y: float
    fuzz: float  # px of fade on each side (approximate dates)
    point: bool
    uncertain: bool
    interval: bool
    open_start: bool
    open_end: bool
    label: str
    title: str
    href: str


@dataclass
class Lane:
    name: str
    y: float
    height: float


@dataclass
class Chart:
    width: int
    height: int
    ticks: list[tuple[float, str]] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    undated: list[int] = field(default_factory=list)


def layout(events: list[TimelineEntry]) -> Chart:
    dated = [e for e in events if e.start or e.end]
    chart = Chart(WIDTH, TOP + 20)
    chart.undated = [e.id for e in events if not (e.start or e.end)]
    if not dated:
        return chart
    lo = min(d for e in dated for d in (e.start, e.end) if d)
    hi = max(d for e in dated for d in (e.start, e.end) if d)
    lo, hi = dt.date(lo.year, 1, 1), dt.date(hi.year, 12, 31)
    span = max((hi - lo).days, 1)

    def x(day: dt.date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - lo).days / span

    step = max(1, (hi.year - lo.year + 1) // 12)
    chart.ticks = [(x(dt.date(y, 1, 1)), str(y)) for y in range(lo.year, hi.year + 1, step)]
    y = TOP
    by_type: dict[str, list[TimelineEntry]] = {}
    for e in dated:
        by_type.setdefault(e.type, []).append(e)
    for etype in sorted(by_type):
        rows: list[float] = []  # right edge of the last mark in each row
        lane_top = y
        for e in by_type[etype]:
            x1 = x(e.start) if e.start else LEFT
            x2 = x(e.end + dt.timedelta(days=1)) if e.end else WIDTH - RIGHT
            fuzz = max((x2 - x1) * 0.5, 6.0) if e.approximate else 0.0
            row = next((i for i, right in enumerate(rows) if right + 4 < x1 - fuzz), None)
            if row is None:
                rows.append(0.0)
                row = len(rows) - 1
            rows[row] = x2 + fuzz + 4
            label = f"{e.type}: {', '.join(p.name for p in e.participants) or e.trigger}"
            where = f" at {e.place}" if e.place else ""
            href = (
                f"/document/{e.document}?span={e.span_start}-{e.span_end}#mark"
                if e.span_start is not None
                else f"/document/{e.document}"
            )
            chart.marks.append(
                Mark(
                    e.id,
                    x1,
                    x2,
                    lane_top + row * ROW + ROW / 2,
                    fuzz,
                    x2 - x1 < 4,
                    e.uncertain,
                    e.interval,
                    e.start is None,
                    e.end is None,
                    label,
                    f"{e.when} (EDTF {e.date}): {label}{where} [grade {e.grade}]",
                    href,
                )
            )
        height = max(1, len(rows)) * ROW
        chart.lanes.append(Lane(etype, lane_top, height))
        y = lane_top + height + 8
    chart.height = int(y + 10)
    return chart
