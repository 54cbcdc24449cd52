"""Lay out the timeline as SVG geometry (the template draws it; zoom and pan are links, no script).

Each event is a bar from the first to the last day its date can mean: a day is a dot, a month or
a year a bar, an interval a bar with end caps. Approximate dates (``~``) get fuzzy ends that fade
out over half their extent on each side; uncertain ones (``?``) are dashed; open ends run to the edge.

Lanes are per actor (an event is drawn in the lane of each of its participants; the most active
actors get lanes of their own), or per event type or place. Labels never overlap: each mark and
its label take room in a row of their lane, a label that would run off the right edge is written
to the left of its mark, and an event that finds no room within ``MAX_ROWS`` rows is counted in a
"+n" badge of its lane at its place in time (badges are binned, so they never overlap either).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..query.timeline import TimelineEntry

WIDTH, LEFT, RIGHT, ROW, TOP = 1200, 170, 20, 22, 34
MAX_ROWS = 3  # rows of marks per lane before events are counted in badges
MAX_LANES = 14  # actors with lanes of their own; the others share "other actors"
CHAR_PX = 6.4  # width of one character of the 11 px label font (a generous average)
BADGE_BIN = 56  # px: one badge per bin
LANE_KINDS = ("actor", "type", "place")


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
    label_x: float = 0.0
    anchor: str = "start"  # "end": the label is written to the left of the mark
    label_width: float = 0.0
    ungraded: bool = False


@dataclass
class Badge:
    """Events that found no room in their lane, counted at their place in time."""

    x: float
    y: float
    count: int
    title: str
    href: str


@dataclass
class Lane:
    name: str
    y: float
    height: float
    href: str = ""


@dataclass
class Chart:
    width: int
    height: int
    ticks: list[tuple[float, str]] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    undated: list[int] = field(default_factory=list)
    start: str = ""  # the window shown (ISO days)
    end: str = ""
    full_start: str = ""  # the extent of the data
    full_end: str = ""


def _href(e: TimelineEntry) -> str:
    return (f"/document/{e.document}?span={e.span_start}-{e.span_end}#mark" if e.span_start is not None
            else f"/document/{e.document}")


def _lanes(dated: list[TimelineEntry], kind: str) -> list[tuple[str, str, list[TimelineEntry]]]:
    """(name, link, events) per lane, busiest first."""
    groups: dict[tuple[str, str], list[TimelineEntry]] = {}
    if kind == "type":
        for e in dated:
            groups.setdefault((e.type, f"/timeline?type={e.type}"), []).append(e)
        return [(k[0], k[1], v) for k, v in sorted(groups.items())]
    for e in dated:
        if kind == "place":
            keys = [(e.place, f"/entity/{e.place_id}")] if e.place else [("no place", "")]
        else:
            keys = [(p.name, f"/entity/{p.id}") for p in e.participants] or [("no actor named", "")]
        for k in dict.fromkeys(keys):
            groups.setdefault(k, []).append(e)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0]))
    out = [(k[0], k[1], v) for k, v in ranked[:MAX_LANES]]
    rest: dict[int, TimelineEntry] = {}
    for _, v in ranked[MAX_LANES:]:
        for e in v:
            rest[e.id] = e
    if rest:
        out.append((f"{len(ranked) - MAX_LANES} other {kind}s", "", sorted(rest.values(), key=lambda e: e.id)))
    return out


def _label(e: TimelineEntry, lane: str, kind: str) -> str:
    others = [p.name for p in e.participants if p.name != lane] if kind == "actor" else \
        [p.name for p in e.participants]
    text = e.type.lower().replace("_", " ")
    if others:
        text += ": " + ", ".join(others[:2]) + (f" +{len(others) - 2}" if len(others) > 2 else "")
    if e.place and kind != "place":
        text += f" @ {e.place}"
    return text if len(text) <= 42 else text[:41] + "…"


def layout(events: list[TimelineEntry], lanes: str = "actor", start: dt.date | None = None,
           end: dt.date | None = None) -> Chart:
    """The chart of ``events`` in lanes of ``lanes`` kind, over the window ``start``..``end``
    (default: every year the events can fall in)."""
    dated = [e for e in events if e.start or e.end]
    chart = Chart(WIDTH, TOP + 20)
    chart.undated = [e.id for e in events if not (e.start or e.end)]
    if not dated:
        return chart
    lo_data = min(d for e in dated for d in (e.start, e.end) if d)
    hi_data = max(d for e in dated for d in (e.start, e.end) if d)
    lo_data, hi_data = dt.date(lo_data.year, 1, 1), dt.date(hi_data.year, 12, 31)
    lo, hi = start or lo_data, end or hi_data
    if hi <= lo:
        hi = lo + dt.timedelta(days=1)
    chart.start, chart.end = lo.isoformat(), hi.isoformat()
    chart.full_start, chart.full_end = lo_data.isoformat(), hi_data.isoformat()
    span = max((hi - lo).days, 1)
    right_edge = WIDTH - RIGHT

    def x(day: dt.date) -> float:
        return LEFT + (right_edge - LEFT) * (day - lo).days / span

    chart.ticks = _ticks(lo, hi, x)
    visible = [e for e in dated if (e.end is None or e.end >= lo) and (e.start is None or e.start <= hi)]
    y = TOP
    for name, href, group in _lanes(visible, lanes if lanes in LANE_KINDS else "actor"):
        rows: list[list[tuple[float, float]]] = [[] for _ in range(MAX_ROWS)]  # taken intervals per row
        overflow: dict[int, list[TimelineEntry]] = {}
        lane_top = y
        for e in sorted(group, key=lambda e: (e.start or lo, e.id)):
            x1 = max(LEFT, x(e.start)) if e.start else LEFT
            x2 = min(right_edge, x(e.end + dt.timedelta(days=1))) if e.end else right_edge
            fuzz = max((x2 - x1) * 0.5, 6.0) if e.approximate else 0.0
            label = _label(e, name, lanes)
            width = len(label) * CHAR_PX
            a, b, anchor, label_x = x1 - fuzz, max(x2 + fuzz, x1 + 6) + 6 + width, "start", max(x2 + fuzz, x1 + 4) + 6
            if b > right_edge:  # would run off the right edge: the label goes left of the mark
                anchor, label_x = "end", x1 - fuzz - 6
                a, b = label_x - width, max(x2 + fuzz, x1 + 6)
            row = next((i for i, taken in enumerate(rows)
                        if a >= LEFT - 4 and all(b + 6 <= ta or a >= tb + 6 for ta, tb in taken)), None)
            if row is None:
                overflow.setdefault(int((x1 - LEFT) // BADGE_BIN), []).append(e)
                continue
            rows[row].append((a, b))
            where = f" at {e.place}" if e.place else ""
            grade = f"grade {e.grade}" if e.graded else "ungraded source"
            chart.marks.append(Mark(
                e.id, x1, x2, lane_top + row * ROW + ROW / 2, fuzz, x2 - x1 < 4, e.uncertain, e.interval,
                e.start is None, e.end is None, label,
                f"{e.when} (EDTF {e.date}): {e.type} {', '.join(p.name for p in e.participants)}{where} [{grade}]",
                _href(e), label_x, anchor, width, not e.graded))
        used = max([i + 1 for i, taken in enumerate(rows) if taken] or [1])
        if overflow:
            badge_y = lane_top + used * ROW + ROW / 2
            for b, evs in sorted(overflow.items()):
                chart.badges.append(Badge(
                    LEFT + b * BADGE_BIN + 4, badge_y, len(evs),
                    f"{len(evs)} more event(s): " + "; ".join(f"{e.when} {e.type.lower()}" for e in evs[:8]),
                    _zoom_href(evs)))
            used += 1
        height = used * ROW
        chart.lanes.append(Lane(name, lane_top, height, href))
        y = lane_top + height + 8
    chart.height = int(y + 10)
    return chart


def _zoom_href(evs: list[TimelineEntry]) -> str:
    """A link that zooms onto the events a badge counts."""
    days = [d for e in evs for d in (e.start, e.end) if d]
    lo, hi = min(days), max(days)
    pad = max(15, (hi - lo).days // 4)
    return f"start={(lo - dt.timedelta(days=pad)).isoformat()}&end={(hi + dt.timedelta(days=pad)).isoformat()}"


def _ticks(lo: dt.date, hi: dt.date, x: object) -> list[tuple[float, str]]:
    """Year ticks (months when the window is short), at most about 14, labels never colliding."""
    fx = x  # typed loosely: a closure over the window
    days = (hi - lo).days
    out: list[tuple[float, str]] = []
    if days <= 3 * 366:
        step = 1 if days <= 400 else 3
        d = dt.date(lo.year, lo.month, 1)
        while d <= hi:
            if d >= lo and (d.month - 1) % step == 0:
                out.append((fx(d), d.strftime("%b %Y") if d.month == 1 or not out else d.strftime("%b")))  # type: ignore[operator]
            d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return out
    years = hi.year - lo.year + 1
    step = max(1, -(-years // 14))
    for year in range(lo.year, hi.year + 1):
        d = dt.date(year, 1, 1)
        if d >= lo and (year - lo.year) % step == 0:
            out.append((fx(d), str(year)))  # type: ignore[operator]
    return out


def window(chart: Chart, action: str) -> tuple[str, str]:
    """The window after a zoom or pan step: "in", "out", "left", "right", or "all"."""
    if not chart.start:
        return "", ""
    lo, hi = dt.date.fromisoformat(chart.start), dt.date.fromisoformat(chart.end)
    span = (hi - lo).days
    mid = lo + dt.timedelta(days=span // 2)
    if action == "in":
        lo, hi = mid - dt.timedelta(days=max(15, span // 4)), mid + dt.timedelta(days=max(15, span // 4))
    elif action == "out":
        lo, hi = mid - dt.timedelta(days=span), mid + dt.timedelta(days=span)
    elif action in ("left", "right"):
        shift = dt.timedelta(days=max(15, span // 3)) * (-1 if action == "left" else 1)
        lo, hi = lo + shift, hi + shift
    else:
        return chart.full_start, chart.full_end
    return lo.isoformat(), hi.isoformat()
