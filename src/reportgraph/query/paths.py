"""How two entities are connected: the shortest paths, each hop with the fact and sentence behind it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, or_, select

from ..errors import NotFoundError
from ..store import Store
from ..store import schema as t
from .graph import GraphFilter, Link, Subgraph, adjacency, entity_info, links_among, links_of, mention_counts
from .network import credible


@dataclass
class Hop:
    """One step of a path, with the fact that makes it and the sentence stating that fact."""

    source_id: int
    source_name: str
    target_id: int
    target_name: str
    kind: str  # "relation" or "event"
    label: str
    direction: str | None  # "out" when the relation reads source -> target, "in" otherwise; None for events
    fact_id: int
    document: str
    source: str
    grade: str
    sentence: str
    other_facts: int  # how many more facts join the same two entities


@dataclass
class GraphPath:
    hops: list[Hop] = field(default_factory=list)

    @property
    def length(self) -> int:
        return len(self.hops)


def paths(store: Store, a: int, b: int, max_len: int = 4, predicates: Iterable[str] | None = None,
          min_grade: str | None = None, min_credibility: int | None = None,
          limit: int = 5) -> list[GraphPath]:
    """The shortest ways (at most ``max_len`` hops) from one entity to another, each hop with its
    evidence. A bidirectional breadth-first search reads only entity pairs, hop by hop; the facts
    (with their sentences) are read afterwards for the hops of the paths found."""
    # Round trips count as much as the queries themselves on a busy server: each step below
    # is one statement for all the entities or hops it concerns.
    flt = GraphFilter.of(predicates, min_grade, min_credibility)
    with store.connect() as conn:
        ends = mention_counts(conn, {a, b}, with_unmentioned=True)
        for n in (a, b):
            if n not in ends:
                raise NotFoundError(f"no entity e{n}")
        if a == b:
            return []
        search = _Search(conn, flt, ends)
        found = search.shortest(a, b, max_len, limit)
        if not found:
            return []
        nodes = {n for p in found for n in p}
        info = entity_info(conn, nodes)
        hops = {(u, v) for p in found for u, v in zip(p, p[1:], strict=False)}
        anchors = {min((u, v), key=lambda n: (info[n][2] if n in info else 0, n)) for u, v in hops}
        sub = Subgraph()
        sub.add(credible(conn, links_among(conn, anchors, nodes, flt), min_credibility))
        best = {pair: _best(sub.graph.edges[pair]["links"]) for pair in hops}
        sentences = _sentences(conn, best.values())
        return [_path(p, sub, info, best, sentences) for p in found]


class _Search:
    """Bidirectional breadth-first search over entity pairs read from the store as needed."""

    def __init__(self, conn: Connection, flt: GraphFilter, weight: dict[int, int]) -> None:
        self.conn, self.flt = conn, flt
        self.adj: dict[int, set[int]] = {}
        self.weight = dict(weight)  # mentions per entity, as far as read

    def read(self, nodes: Iterable[int]) -> None:
        todo = [n for n in nodes if n not in self.adj]
        if self.flt.min_credibility is None:
            self.adj.update(adjacency(self.conn, todo, self.flt))
            return
        fresh: dict[int, set[int]] = {n: set() for n in todo}
        for x in credible(self.conn, links_of(self.conn, todo, self.flt), self.flt.min_credibility):
            for u, v in ((x.a, x.b), (x.b, x.a)):
                if u in fresh and u != v:
                    fresh[u].add(v)
        self.adj.update(fresh)

    def shortest(self, a: int, b: int, max_len: int, limit: int) -> list[list[int]]:
        dist: tuple[dict[int, int], dict[int, int]] = ({a: 0}, {b: 0})
        frontier = [{a}, {b}]
        radius = [0, 0]
        while radius[0] + radius[1] < max_len:
            side = self._cheaper(frontier)
            self.read(frontier[side])
            nxt = {n for f in frontier[side] for n in self.adj[f] if n not in dist[side]}
            radius[side] += 1
            dist[side].update((n, radius[side]) for n in nxt)
            frontier[side] = nxt
            if nxt & dist[1 - side].keys():
                return self._enumerate(dist, radius, limit)
            if not nxt:
                return []
        return []

    def _cheaper(self, frontier: list[set[int]]) -> int:
        """The side whose frontier has fewer links to read: a group named in every report weighs
        more than a dozen rarely named people."""
        unknown = (frontier[0] | frontier[1]) - self.weight.keys()
        if unknown:
            self.weight.update(mention_counts(self.conn, unknown))
        cost = [sum(self.weight.get(n, 0) for n in f) for f in frontier]
        return 0 if cost[0] <= cost[1] else 1

    def _enumerate(self, dist: tuple[dict[int, int], dict[int, int]], radius: list[int],
                   limit: int) -> list[list[int]]:
        """Every shortest path crosses, at step k = L - radius_b, a node both searches reached:
        join the chains from a to such nodes with the chains from them to b."""
        da, db = dist
        length = min(da[m] + db[m] for m in da.keys() & db.keys())
        k = max(0, length - radius[1])
        middle = sorted(m for m in da.keys() & db.keys() if da[m] == k and db[m] == length - k)
        preds = (self._preds(da), self._preds(db))
        out: list[list[int]] = []
        for m in middle:
            for head in self._chains(m, preds[0]):
                for tail in self._chains(m, preds[1]):
                    out.append(head[::-1] + tail[1:])
                    if len(out) >= limit:
                        return out
        return out

    def _preds(self, dist: dict[int, int]) -> dict[int, list[int]]:
        """For each reached node, its neighbours one step closer to the search's start."""
        preds: dict[int, list[int]] = {}
        for p, d in dist.items():
            for n in self.adj.get(p, ()):
                if dist.get(n) == d + 1:
                    preds.setdefault(n, []).append(p)
        return preds

    def _chains(self, node: int, preds: dict[int, list[int]]) -> Iterator[list[int]]:
        """Chains from ``node`` back to the start (node first)."""
        if node not in preds:
            yield [node]
            return
        for p in sorted(preds[node]):
            for rest in self._chains(p, preds):
                yield [node, *rest]


def _best(links: list[Link]) -> Link:
    """The fact a hop cites: the best graded source, relations before events, then the oldest."""
    return min(links, key=lambda x: (x.grade, x.kind != "relation", x.fact_id))


def _path(nodes: list[int], sub: Subgraph, info: dict[int, tuple[str, str, int]],
          best: dict[tuple[int, int], Link], sentences: dict[tuple[str, int], str]) -> GraphPath:
    hops = []
    for s, o in zip(nodes, nodes[1:], strict=False):
        x = best[(s, o)]
        direction = None if x.kind == "event" else ("out" if x.a == s else "in")
        hops.append(Hop(s, info.get(s, ("?", "", 0))[0], o, info.get(o, ("?", "", 0))[0], x.kind, x.label,
                        direction, x.fact_id, x.document, x.source, x.grade,
                        sentences.get((x.kind, x.fact_id), ""), len(sub.graph.edges[s, o]["links"]) - 1))
    return GraphPath(hops)


def _sentences(conn: Connection, links: Iterable[Link]) -> dict[tuple[str, int], str]:
    """The first sentence stating each of these facts: (kind, fact id) -> text."""
    ev = t.evidence.c
    rel = sorted({x.fact_id for x in links if x.kind == "relation"})
    evs = sorted({x.fact_id for x in links if x.kind == "event"})
    q = (select(ev.relation_id, ev.event_id, ev.text)
         .where(or_(ev.relation_id.in_(rel), ev.event_id.in_(evs)))
         .order_by(ev.start.desc()))
    out: dict[tuple[str, int], str] = {}
    for rid, eid, text in conn.execute(q):
        if rid in rel:
            out[("relation", rid)] = text  # ordered so that the first sentence is written last
        if eid in evs:
            out[("event", eid)] = text
    return out
