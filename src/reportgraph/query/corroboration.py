"""Which stored facts tell the same thing, and which contradict each other.

Relations: rows with the same (subject, predicate, object) of global entities are one claim
(either direction for symmetric predicates). Two claims of an exclusive predicate with the same
subject and different objects are rivals. Events: events of the same type with the same set of
participating entities are about the same happening when their dates overlap (an undated one
overlaps anything) and their places agree; with dates that cannot overlap they are rivals.
Everything here is pure: the loaders that read the store live at the bottom.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, cast, func, select
from sqlalchemy.orm import aliased

from ..dates import overlaps
from ..ontology import default_ontology
from ..store import schema as t
from .credibility import Support, demote, rate
from .graph import Link, _not_rejected, ids_in, links_of

ClaimKey = tuple[int, str, int]


def claim_key(subject: int, predicate: str, obj: int) -> ClaimKey:
    """The claim a relation row belongs to (symmetric predicates: the smaller id first)."""
    p = default_ontology().predicates.get(predicate)
    if p is not None and p.symmetric and obj < subject:
        subject, obj = obj, subject
    return (subject, predicate, obj)


@dataclass
class Claim:
    key: ClaimKey
    supports: list[Support] = field(default_factory=list)
    relation_ids: list[int] = field(default_factory=list)
    base: int = 6
    credibility: int = 6
    rivals: list[ClaimKey] = field(default_factory=list)


def rate_claims(links: Iterable[Link]) -> dict[ClaimKey, Claim]:
    """Claims from relation links, each with its credibility (rivals considered)."""
    claims: dict[ClaimKey, Claim] = {}
    for x in links:
        if x.kind != "relation" or x.a == x.b:
            continue
        c = claims.setdefault(claim_key(x.a, x.label, x.b), Claim(claim_key(x.a, x.label, x.b)))
        if x.fact_id not in c.relation_ids:
            c.relation_ids.append(x.fact_id)
            c.supports.append(Support(x.document, x.source, x.grade))
    exclusive = {n for n, p in default_ontology().predicates.items() if p.exclusive}
    by_subject: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for c in claims.values():
        c.base = c.credibility = rate(c.supports)
        if c.key[1] in exclusive:
            by_subject[c.key[:2]].append(c)
    for group in by_subject.values():
        for c in group:
            c.rivals = [o.key for o in group if o is not c]
            c.credibility = demote(c.base, (o.base for o in group if o is not c))
    return claims


@dataclass
class EventFact:
    id: int
    type: str
    participants: frozenset[int]
    place: int | None
    date: str | None
    support: Support
    corroborated_by: list[int] = field(default_factory=list)
    rivals: list[int] = field(default_factory=list)
    base: int = 6
    credibility: int = 6

    def same_happening(self, other: EventFact) -> bool:
        places_agree = self.place is None or other.place is None or self.place == other.place
        return places_agree and overlaps(self.date, other.date)


def rate_events(events: Iterable[EventFact]) -> dict[int, EventFact]:
    """Events with corroborators, rivals and credibility filled in."""
    groups: dict[tuple[str, frozenset[int]], list[EventFact]] = defaultdict(list)
    for ev in events:
        groups[(ev.type, ev.participants)].append(ev)
    out: dict[int, EventFact] = {}
    for group in groups.values():
        for ev in group:
            ev.corroborated_by = [o.id for o in group if o is not ev and ev.same_happening(o)]
            ev.rivals = [o.id for o in group if o is not ev and not overlaps(ev.date, o.date)]
            mates = [o for o in group if o.id in ev.corroborated_by]
            ev.base = ev.credibility = rate([ev.support, *(o.support for o in mates)])
            out[ev.id] = ev
        for ev in group:
            ev.credibility = demote(ev.base, (out[r].base for r in ev.rivals))
    return out


# ---------------------------------------------------------------------- loaders
def claims_about(conn: Connection, keys: Iterable[ClaimKey]) -> dict[ClaimKey, Claim]:
    """The rated claims with these keys, read with their whole support and their rivals."""
    keys = set(keys)
    ents = {k[0] for k in keys} | {k[2] for k in keys}
    claims = rate_claims(links_of(conn, ents))
    return {k: c for k, c in claims.items() if k in keys}


def load_events(conn: Connection, event_ids: Iterable[int] | None = None) -> list[EventFact]:
    """Events (not rejected) with their participants as global entities; all of them when ids is None."""
    v, p, le, d = t.events.c, t.event_participants.c, t.local_entities.c, t.documents.c
    loc = aliased(t.local_entities)
    head = (select(v.id, v.type, v.date, loc.c.entity_id.label("place"), v.document_id, d.source, d.grade)
            .select_from(t.events.join(t.documents, d.id == v.document_id)
                         .outerjoin(loc, loc.c.id == v.location_id))
            .where(_not_rejected(v.status)))
    parts = select(p.event_id, le.entity_id).select_from(t.event_participants.join(t.local_entities))
    ids = sorted(set(event_ids)) if event_ids is not None else None
    batches = [None] if ids is None else [ids[i:i + 5000] for i in range(0, len(ids), 5000)]
    rows: list[Any] = []
    members: dict[int, set[int]] = defaultdict(set)
    pg = conn.dialect.name == "postgresql"
    for chunk in batches:
        hq = head.where(ids_in(v.id, chunk, pg)) if chunk is not None else head
        pq = parts.where(ids_in(p.event_id, chunk, pg)) if chunk is not None else parts
        rows += list(conn.execute(hq))
        for eid, ent in conn.execute(pq):
            if ent is not None:
                members[eid].add(ent)
    return [EventFact(r.id, r.type, frozenset(members[r.id]), r.place, r.date,
                      Support(r.document_id, r.source, r.grade)) for r in rows]


def events_about(conn: Connection, event_ids: Iterable[int]) -> dict[int, EventFact]:
    """These events rated against every event that could tell the same happening or contradict it."""
    wanted = load_events(conn, event_ids)
    if not wanted:
        return {}
    le = t.local_entities.c
    ents = sorted({e for ev in wanted for e in ev.participants})
    # An event is rated within its group: the events of its type with the very same participants
    # (rate_events). Each of those has the event's least busy participant among its own, so that
    # entity's events are all the candidates needed: not the events of an entity named in thousands
    # of reports that happens to take part too (issue 12: a hub's timeline read them all).
    # how busy: the documents naming each (any participant finds the whole group: the count only
    # chooses the cheapest), counted in the local entities' index alone
    pg = conn.dialect.name == "postgresql"
    busy: dict[int, int] = {}
    for i in range(0, len(ents), 5000):
        busy.update(conn.execute(select(le.entity_id, func.count()).where(ids_in(le.entity_id, ents[i:i + 5000], pg))
                                 .group_by(le.entity_id)).all())
    quiet: dict[str, set[int]] = defaultdict(set)  # event type -> the least busy participants
    for ev in wanted:
        if ev.participants:
            quiet[ev.type].add(min(ev.participants, key=lambda e: (busy.get(e, 0), e)))
    # the candidates of every type in one statement (one round trip, not one per type): the events of
    # the quiet entities, kept where the pair (entity, the event's type) was asked for. They are read
    # from the entities' link chart type rows (``chart_witness`` kind "t", schema v13: one per event
    # and entity among its participants, the event's type beside it), an index range each, where
    # through the participants each local entity, its participants and their events were looked up.
    pairs = sorted((e, etype) for etype, who in quiet.items() for e in who)
    w = t.chart_witness.c
    pair = cast(w.witness, String) + ":" + w.pred
    kin: set[int] = set()
    for i in range(0, len(pairs), 5000):
        chunk = pairs[i:i + 5000]
        kin.update(conn.execute(
            select(w.fact).where(ids_in(w.witness, sorted({e for e, _ in chunk}), pg), w.kind == "t",
                                 ids_in(pair, [f"{e}:{etype}" for e, etype in chunk], pg, String))).scalars())
    rated = rate_events(load_events(conn, kin | {ev.id for ev in wanted}))
    return {ev.id: rated[ev.id] for ev in wanted if ev.id in rated}
