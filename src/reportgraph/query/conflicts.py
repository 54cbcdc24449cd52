"""Conflicting claims, side by side: nothing is overwritten, the analyst decides.

Two kinds (see query/corroboration.py): an exclusive relation (e.g. SUBUNIT_OF) asserted with
different objects for one subject, and one happening (same event type, same participants) given
dates that cannot overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy import Connection, select

from ..ontology import default_ontology
from ..store import Store
from ..store import schema as t
from .corroboration import Claim, EventFact, load_events, rate_claims, rate_events
from .graph import _relation_links, _rows_to_links, entity_names


@dataclass
class Version:
    """One side of a conflict: what is claimed, how credible it is, and who says it."""

    value: str  # the object's name, or the date
    value_id: int | None  # the object entity (relations)
    credibility: int
    fact_ids: list[int]
    documents: list[str]
    sources: list[str]
    grades: list[str]


@dataclass
class Conflict:
    kind: str  # "relation" or "event"
    label: str  # the predicate or event type
    subject: str  # who it is about: a name, or the participants' names
    entity_ids: list[int]
    versions: list[Version] = field(default_factory=list)  # most credible first


def conflicts(store: Store, entity: int | None = None) -> list[Conflict]:
    """Every conflict in the knowledge base (or those involving one entity), most credible side first."""
    out = _relation_conflicts(store) + _event_conflicts(store)
    if entity is not None:
        out = [c for c in out if entity in c.entity_ids]
    return out


def _relation_conflicts(store: Store) -> list[Conflict]:
    exclusive = sorted(n for n, p in default_ontology().predicates.items() if p.exclusive)
    if not exclusive:
        return []
    q = _relation_links(None).where(t.relations.c.predicate.in_(exclusive))
    with store.connect() as conn:
        claims = rate_claims(_rows_to_links(conn.execute(q)))
        groups: dict[tuple[int, str], list[Claim]] = defaultdict(list)
        for c in claims.values():
            if c.rivals:
                groups[(c.key[0], c.key[1])].append(c)
        names = entity_names(conn, {k[0] for k in groups} | {c.key[2] for g in groups.values() for c in g})
        docs = _doc_grades(conn, {s.document for g in groups.values() for c in g for s in c.supports})
    out = []
    for (subj, pred), group in sorted(groups.items()):
        versions = [Version(names.get(c.key[2], ("?", ""))[0], c.key[2], c.credibility,
                            sorted(c.relation_ids),
                            *_sources({s.document for s in c.supports}, docs)) for c in group]
        out.append(Conflict("relation", pred, names.get(subj, ("?", ""))[0],
                            [subj, *(c.key[2] for c in group)], _ordered(versions)))
    return out


def _event_conflicts(store: Store) -> list[Conflict]:
    with store.connect() as conn:
        rated = rate_events(load_events(conn))
        groups: dict[tuple[str, frozenset[int]], list[EventFact]] = defaultdict(list)
        for ev in rated.values():
            if ev.rivals:
                groups[(ev.type, ev.participants)].append(ev)
        names = entity_names(conn, {n for k in groups for n in k[1]})
        docs = _doc_grades(conn, {ev.support.document for g in groups.values() for ev in g})
    out = []
    for (etype, members), group in sorted(groups.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        # Versions: events telling the same happening (overlapping dates) are one version.
        g = nx.Graph()
        g.add_nodes_from(ev.id for ev in group)
        g.add_edges_from((ev.id, o) for ev in group for o in ev.corroborated_by if o in g)
        by_id = {ev.id: ev for ev in group}
        versions = []
        for comp in nx.connected_components(g):
            evs = sorted((by_id[i] for i in comp), key=lambda e: e.id)
            dates = sorted({e.date or "undated" for e in evs})
            versions.append(Version(" / ".join(dates), None, min(e.credibility for e in evs),
                                    [e.id for e in evs], *_sources({e.support.document for e in evs}, docs)))
        subject = ", ".join(sorted(names.get(n, ("?", ""))[0] for n in members))
        out.append(Conflict("event", etype, subject, sorted(members), _ordered(versions)))
    return out


def _ordered(versions: list[Version]) -> list[Version]:
    return sorted(versions, key=lambda v: (v.credibility, -len(v.documents), v.value))


def _doc_grades(conn: Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    d = t.documents.c
    if not ids:
        return {}
    return {r.id: (r.source, r.grade) for r in conn.execute(select(d.id, d.source, d.grade)
                                                            .where(d.id.in_(sorted(ids))))}


def _sources(ids: set[str], docs: dict[str, tuple[str, str]]) -> tuple[list[str], list[str], list[str]]:
    doc_ids = sorted(ids)
    return doc_ids, [docs[i][0] for i in doc_ids], [docs[i][1] for i in doc_ids]
