"""Entity listings and the dossier: everything the knowledge base says about one entity, with sources."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from sqlalchemy import Text, and_, cast, func, select
from sqlalchemy.orm import aliased

from ..dates import sort_key
from ..errors import NotFoundError, QueryError
from ..model import ENTITY_TYPES
from ..store import Store
from ..store import schema as t
from .documents import language_counts
from .graph import ids_in, local_ids_in
from .lookup import find_entity
from .timeline import events_by_date, first_by_date

__all__ = ["Dossier", "EntitySummary", "Fact", "NameSeen", "dossier", "entity_type_name", "find_entity",
           "list_entities"]


@dataclass
class EntitySummary:
    id: int
    type: str
    name: str
    documents: int
    mentions: int


@dataclass
class NameSeen:
    name: str
    documents: list[str]
    count: int


@dataclass
class Fact:
    """A relation or event seen from the dossier's entity, with the sentence that states it."""

    kind: str
    label: str
    other: str | None
    other_id: int | None
    date: str | None
    confidence: float
    document: str
    source: str
    grade: str
    sentence: str
    start: int | None
    end: int | None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Dossier:
    id: int
    type: str
    name: str
    names: list[NameSeen]
    roles: list[str]
    relations: list[Fact]
    events: list[Fact]
    # How many there are in all; more than listed when the dossier was asked for at most max_facts.
    relations_total: int = 0
    events_total: int = 0
    # the languages of the documents naming it, each with how many ("fr": 2): a French report's names
    # beside an English one's (issue 11)
    languages: dict[str, int] = field(default_factory=dict)


def entity_type_name(typed: str) -> str:
    """An entity type's name from what was typed (any case); an unknown type is an error, not an
    empty list (``--type PERSN`` used to print an empty table)."""
    name = typed.strip().upper()
    if name not in ENTITY_TYPES:
        close = get_close_matches(name, ENTITY_TYPES, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise QueryError(f"unknown entity type '{typed}' (known: {', '.join(ENTITY_TYPES)}){hint}")
    return name


def list_entities(store: Store, entity_type: str | None = None, limit: int = 1000) -> list[EntitySummary]:
    """Entities by number of mentions, most mentioned first."""
    e, le, m = t.entities.c, t.local_entities.c, t.mentions.c
    q = (select(e.id, e.type, e.name, func.count(func.distinct(le.document_id)), func.count(m.id))
         .select_from(t.entities.join(t.local_entities, le.entity_id == e.id)
                      .outerjoin(t.mentions, m.local_entity_id == le.id))
         .group_by(e.id, e.type, e.name).order_by(func.count(m.id).desc(), e.id).limit(limit))
    if entity_type:
        q = q.where(e.type == entity_type_name(entity_type))
    with store.connect() as conn:
        return [EntitySummary(*row) for row in conn.execute(q)]


def dossier(store: Store, entity_id: int, max_facts: int | None = None) -> Dossier:
    """Names (with where each was seen), relations and events of one entity, each fact with its sentence.

    ``max_facts`` bounds the relations and the events listed (the earliest events are kept), so the
    dossier of a group named in thousands of reports stays quick to show; the totals say how many.
    """
    e, le, m, d = t.entities.c, t.local_entities.c, t.mentions.c, t.documents.c
    with store.connect() as conn:
        head = conn.execute(select(e.id, e.type, e.name).where(e.id == entity_id)).first()
        if head is None:
            raise NotFoundError(f"no entity e{entity_id}")
        seen: dict[str, set[str]] = {}
        counts: Counter[str] = Counter()
        roles: dict[str, None] = {}
        # aliases and roles read as their JSON text and decoded once per distinct value: a hub's
        # ten thousand document entities mostly share a few ("[]")
        decoded: dict[str | None, list[str]] = {None: []}

        def decode(json_text: str | None) -> list[str]:
            if json_text not in decoded:
                decoded[json_text] = json.loads(json_text) or []  # type: ignore[arg-type]
            return decoded[json_text]

        pg = conn.dialect.name == "postgresql"
        mine = select(le.id).where(le.entity_id == entity_id)
        # the documents' languages from the same rows (documents.entity_languages' answer)
        languages: dict[str | None, set[str]] = {}
        # the mentions' side also as graph.local_ids_in says: joined on the local entity alone,
        # PostgreSQL scanned all mentions into a hash join for a hub's ten thousand
        spoken = and_(m.local_entity_id == le.id, local_ids_in(m.local_entity_id, mine, pg))
        cols = (le.name, cast(le.aliases, Text), cast(le.roles, Text), m.text, d.language)
        names_q = (select(*cols).select_from(t.local_entities.join(t.documents, d.id == le.document_id)
                                              .outerjoin(t.mentions, spoken))
                   .where(le.entity_id == entity_id))
        if pg:
            # grouped in the server: a hub's ten thousand rows mostly share one name and one mention
            # text; each group brings its sources and documents as two arrays (one row each, not one
            # per document: the client's loop over the rows cost more than the statement). In the
            # order of their first local entity, as the rows came: the roles keep their order.
            rows = sorted(conn.execute(
                names_q.with_only_columns(*cols, func.count(), func.array_agg(d.source),
                                          func.array_agg(d.id), func.min(le.id))
                .group_by(*cols)).all(), key=lambda r: r[-1])
            for name, aliases_json, roles_json, text_, language, n, sources, docs, _first in rows:
                languages.setdefault(language, set()).update(docs)
                for x in [name, *decode(aliases_json)]:
                    seen.setdefault(x, set()).update(sources)
                if text_:
                    seen.setdefault(text_, set()).update(sources)
                    counts[text_] += n
                for ro in decode(roles_json):
                    roles.setdefault(ro, None)
        else:  # SQLite: one row per mention (its loop is the cheaper there)
            for name, aliases_json, roles_json, text_, language, source, doc in conn.execute(
                    names_q.with_only_columns(*cols, d.source, d.id)):
                languages.setdefault(language, set()).add(doc)
                aliases = decoded.get(aliases_json)
                if aliases is None:
                    aliases = decoded[aliases_json] = json.loads(aliases_json) or []
                for x in [name, *aliases]:
                    seen.setdefault(x, set()).add(source)
                if text_:
                    seen.setdefault(text_, set()).add(source)
                    counts[text_] += 1
                role_list = decoded.get(roles_json)
                if role_list is None:
                    role_list = decoded[roles_json] = json.loads(roles_json) or []
                for ro in role_list:
                    roles.setdefault(ro, None)
        names = sorted((NameSeen(n, sorted(docs), counts[n]) for n, docs in seen.items()),
                       key=lambda x: (-x.count, x.name))
        relations, n_rel = _relations(conn, entity_id, max_facts)
        events, n_ev = _events(conn, entity_id, max_facts)
        out = Dossier(head.id, head.type, head.name, names, list(roles), relations, events, n_rel, n_ev)
    out.languages = language_counts({lang: len(docs) for lang, docs in languages.items()})
    return out


# Ids passed as bound parameters (SQLite allows 32,766 per statement); beyond, a subquery.
MAX_BOUND_IDS = 5000


def _relations(conn: Any, entity_id: int, limit: int | None) -> tuple[list[Fact], int]:
    r, ev, d = t.relations.c, t.evidence.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    es, eo = aliased(t.entities), aliased(t.entities)
    q = (select(r.id, r.predicate, r.confidence, r.status, r.modality, es.c.id.label("sid"), es.c.name.label("sname"),
                eo.c.id.label("oid"), eo.c.name.label("oname"), d.id.label("doc"), d.source, d.grade,
                ev.start, ev.end, ev.text)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(es, es.c.id == ls.c.entity_id).join(eo, eo.c.id == lo.c.entity_id)
                      .join(t.documents, d.id == r.document_id)
                      .outerjoin(t.evidence, ev.relation_id == r.id))
         .order_by(r.predicate, r.id))
    # Which relations: chosen before the joins, as bare (id, predicate) rows of the entity's link
    # chart edges (``chart_witness``, schema v13: one row per relation whose subject or object is
    # the entity, both ends resolved, a fact), one index range: through the relations, a hub's ten
    # thousand local entities were each looked up in both relation indexes (21,000 relations: about
    # 50 ms of PostgreSQL's CPU, issue 12). The ends are joined below anyway: a relation with an
    # unresolved end, which the range leaves out, was counted but never listed.
    w = t.chart_witness.c
    u = (select(w.fact.label("id"), w.pred.label("predicate"))
         .where(w.witness == entity_id, w.kind == "r").subquery())
    pg = conn.dialect.name == "postgresql"
    if limit is None:
        chosen = [row[0] for row in conn.execute(select(u.c.id).order_by(u.c.predicate, u.c.id))]
        total = len(chosen)
    else:  # the first page and the total in one statement: a hub's tens of thousands of ids stay in the database
        rows = conn.execute(select(u.c.id, func.count().over()).order_by(u.c.predicate, u.c.id)
                            .limit(max(1, limit))).all()
        total = int(rows[0][1]) if rows else 0
        chosen = [row[0] for row in rows][:limit]
    if len(chosen) <= MAX_BOUND_IDS:
        q = q.where(ids_in(r.id, chosen, pg))
    else:  # a hub: a subquery rather than more bound parameters than the database takes
        q = q.where(r.id.in_(select(u.c.id).scalar_subquery()))
    out = []
    for x in conn.execute(q):
        outgoing = x.sid == entity_id
        label = x.predicate if outgoing else f"{x.predicate} (of)"
        out.append(Fact("relation", label, x.oname if outgoing else x.sname, x.oid if outgoing else x.sid, None,
                        x.confidence, x.doc, x.source, x.grade, x.text or "", x.start, x.end,
                        {"predicate": x.predicate, "direction": "out" if outgoing else "in",
                         "relation_id": x.id, "status": x.status, "modality": x.modality}))
    return out, total


def _events(conn: Any, entity_id: int, limit: int | None) -> tuple[list[Fact], int]:
    v, p, le, ev, d, e = (t.events.c, t.event_participants.c, t.local_entities.c, t.evidence.c,
                          t.documents.c, t.entities.c)
    loc = aliased(t.local_entities)
    loc_e = aliased(t.entities)
    mine = (select(p.event_id, p.local_entity_id, p.role).select_from(t.event_participants.join(t.local_entities))
            .where(le.entity_id == entity_id).subquery())
    not_rejected = t.is_fact(t.events)
    pg = conn.dialect.name == "postgresql"
    chosen: list[int] = []
    if limit is None:  # every event is read below: only counted here
        total = int(conn.execute(select(func.count()).select_from(_seen_events(entity_id).subquery())).scalar_one())
    else:  # their ids by date: only the first page's dates' are sorted, and none read twice
        groups = events_by_date(conn, _seen_events(entity_id))
        total = sum(len(ids) for _, ids in groups)
        chosen = [i for i, _ in first_by_date(groups, limit)][:limit]
    q = (select(v.id, v.type, v.trigger, v.date, v.count, v.confidence, v.status, v.modality, mine.c.role,
                d.id.label("doc"), d.source, d.grade, ev.start, ev.end, ev.text, loc_e.c.name.label("place"))
         .select_from(t.events.join(mine, mine.c.event_id == v.id).join(t.documents, d.id == v.document_id)
                      .outerjoin(t.evidence, ev.event_id == v.id)
                      .outerjoin(loc, loc.c.id == v.location_id).outerjoin(loc_e, loc_e.c.id == loc.c.entity_id))
         .where(not_rejected if limit is None else ids_in(v.id, chosen, pg))
         # an entity named twice in an event: the role of its first local entity (lowest id), then the
         # first role by name, on both backends (it was the order the rows came in: a page and the
         # whole dossier could give the event different roles on PostgreSQL)
         .order_by(v.id, mine.c.local_entity_id, mine.c.role))
    facts: dict[int, Fact] = {}
    for x in conn.execute(q):
        if x.id in facts:
            continue
        facts[x.id] = Fact("event", x.type, x.place, None, x.date, x.confidence, x.doc, x.source, x.grade,
                           x.text or "", x.start, x.end,
                           {"trigger": x.trigger, "role": x.role, "count": x.count, "event_id": x.id,
                            "status": x.status, "modality": x.modality})
    if facts:
        names = conn.execute(
            select(p.event_id, e.name, p.role)
            .select_from(t.event_participants.join(t.local_entities).join(t.entities, e.id == le.entity_id))
            .where(ids_in(p.event_id, list(facts), pg))
            # in the order the document named them (as SQLite read them; PostgreSQL, in its plan's order)
            .order_by(p.event_id, p.local_entity_id, p.role))
        for eid, name, role in names:
            facts[eid].detail.setdefault("participants", []).append(f"{name} ({role})")
    return sorted(facts.values(), key=lambda f: (sort_key(f.date), f.detail["event_id"])), total


def _seen_events(entity_id: int) -> Any:
    """The events the entity takes part in (facts: not rejected, not negated), as (id, date) rows of its
    link chart's type rows (``chart_witness`` kind "t", schema v13: one per event, seen by each entity
    among its participants), one index range: through the participants, each of a hub's ten thousand
    local entities was looked up, then each of its events (about 25 ms of PostgreSQL's CPU)."""
    w = t.chart_witness.c
    return select(w.fact.label("id"), w.date).where(w.witness == entity_id, w.kind == "t")
