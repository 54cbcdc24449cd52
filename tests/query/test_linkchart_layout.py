"""The link chart's layout of a large ego network (a hub's): rings around the centre, in linear time."""

from __future__ import annotations

import math

from reportgraph.query.linkchart import FORCE_LAYOUT_MAX, Edge, layout


def _edge(a: int, b: int, pred: str, count: int = 1) -> Edge:
    return Edge(f"r:{a}:{pred}:{b}", a, b, pred, "relation", count)


def test_a_hub_chart_is_laid_out_in_rings_grouped_by_link() -> None:
    hub = 1
    first = list(range(2, 2 + 2 * FORCE_LAYOUT_MAX))  # 200 direct neighbours
    edges = [_edge(hub, n, "MEMBER_OF" if n % 2 else "ALLY_OF", count=1 + n % 5) for n in first]
    edges += [_edge(n, 1000 + n, "LEADER_OF") for n in first[:10]]  # ten reach one more entity each
    ids = sorted({hub, *first, *(1000 + n for n in first[:10])})
    pos = layout(ids, edges, hub)
    assert pos == layout(ids, list(reversed(edges)), hub)  # the same chart, the same layout
    assert pos[hub] == (0.0, 0.0) and set(pos) == set(ids)
    assert len(set(pos.values())) == len(ids)  # no two nodes on one spot

    def reach(n: int) -> float:  # distance from the centre, as a share of the chart's half-size
        return max(abs(pos[n][0]) / max(abs(x) for x, _ in pos.values()),
                   abs(pos[n][1]) / max(abs(y) for _, y in pos.values()))

    assert max(reach(n) for n in first) < min(reach(1000 + n) for n in first[:10])  # second ring outside
    # neighbours linked the same way sit in one arc: sorted by angle, the link changes twice at most
    around = sorted(first, key=lambda n: math.atan2(pos[n][1], pos[n][0]))
    changes = sum(1 for a, b in zip(around, around[1:], strict=False) if (a % 2) != (b % 2))
    assert changes <= 2


def test_small_charts_keep_the_force_layout() -> None:
    edges = [_edge(1, n, "MEMBER_OF") for n in range(2, 12)]
    pos = layout(list(range(1, 12)), edges, 1)
    assert pos[1] == (0.0, 0.0) and len(set(pos.values())) == 11
