"""The JSON export (the contract of ../shared/eval/EXPORT_CONTRACT.md, plus provenance fields).

Written as a stream: each list is read from the database in id order and written item by item,
so a large knowledge base is never held in memory whole.

Besides the contract fields, the export carries the per-document rows the global view is made of
(document texts, local clusters ``l<id>``, relation rows ``r<id>``, local event arguments), so that
``reportgraph import`` can rebuild the store exactly, without re-extracting (docs/exports.md).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from ..ontology import default_ontology
from ..query.corroboration import ClaimKey, claim_key, load_events, rate_events
from ..query.credibility import Support, demote, rate
from ..resolve.geonames import Locator
from ..store import Store
from ..store import schema as t

# 2: documents carry their text, and entities/relations/events their per-document rows (for import).
FORMAT_VERSION = 2


def entity_ref(entity_id: int) -> str:
    return f"e{entity_id}"


def local_ref(local_id: int) -> str:
    return f"l{local_id}"


def _noisy_or(values: Iterable[float]) -> float:
    p = 1.0
    for v in values:
        p *= 1.0 - max(0.0, min(1.0, v))
    return round(1.0 - p, 4)


def iter_documents(store: Store, with_text: bool = False) -> Iterator[dict[str, Any]]:
    """Documents in id order; ``with_text`` adds each document's full text (for re-import)."""
    d = t.documents.c
    cols = [d.id, d.source, d.title, d.media_type, d.ingested_at, d.grade, d.extractor, d.n_chars, d.reported,
            d.language]
    q = select(*cols, *([d.text] if with_text else [])).order_by(d.id)
    for r in store.iter_rows(q):
        item = {"id": r.id, "source": r.source, "title": r.title, "media_type": r.media_type,
                "ingested_at": r.ingested_at, "grade": r.grade, "extractor": r.extractor,
                "n_chars": r.n_chars, "reported": r.reported, "language": r.language}
        if with_text:
            item["text"] = r.text
        yield item


def iter_entities(store: Store) -> Iterator[dict[str, Any]]:
    e, le, m = t.entities.c, t.local_entities.c, t.mentions.c
    q = (select(e.id, e.type, e.name, le.id.label("lid"), le.document_id.label("ldoc"), le.key,
                le.name.label("lname"), le.aliases, le.roles, le.confidence.label("lconf"),
                m.document_id, m.start, m.end, m.text, m.method, m.confidence)
         .select_from(t.entities.join(t.local_entities, le.entity_id == e.id)
                      .outerjoin(t.mentions, m.local_entity_id == le.id))
         .order_by(e.id, le.id, m.start))
    for eid, rows in itertools.groupby(store.iter_rows(q), key=lambda r: r.id):
        first = None
        names: dict[str, None] = {}
        roles: dict[str, None] = {}
        mentions = []
        clusters: list[dict[str, Any]] = []
        for r in rows:
            first = first or r
            if not clusters or clusters[-1]["id"] != local_ref(r.lid):
                clusters.append({"id": local_ref(r.lid), "document": r.ldoc, "key": r.key, "name": r.lname,
                                 "aliases": list(r.aliases or []), "roles": list(r.roles or []),
                                 "confidence": r.lconf})
            names.setdefault(r.lname, None)
            for a in r.aliases or []:
                names.setdefault(a, None)
            for ro in r.roles or []:
                roles.setdefault(ro, None)
            if r.document_id is not None:
                names.setdefault(r.text, None)
                mentions.append({"document": r.document_id, "start": r.start, "end": r.end, "text": r.text,
                                 "local": local_ref(r.lid), "method": r.method, "confidence": r.confidence})
        assert first is not None
        yield {"id": entity_ref(eid), "type": first.type, "name": first.name,
               "aliases": [n for n in names if n != first.name], "roles": list(roles), "mentions": mentions,
               "clusters": clusters}


def iter_relations(store: Store, negated: bool = False) -> Iterator[dict[str, Any]]:
    """Relations grouped by (subject, predicate, object), each with its credibility (query/credibility.py)
    and the grade of each document stating it; rejected rows are left out."""
    r, ev, d = t.relations.c, t.evidence.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(r.id, ls.c.entity_id.label("s"), r.predicate, lo.c.entity_id.label("o"), r.confidence,
                r.method, r.status, r.modality, r.document_id, r.subject_id, r.object_id, d.source, d.grade,
                ev.document_id.label("evdoc"), ev.start, ev.end, ev.text)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(t.documents, d.id == r.document_id)
                      .outerjoin(t.evidence, ev.relation_id == r.id))
         .where(_claims(t.relations, negated))
         .order_by(ls.c.entity_id, r.predicate, lo.c.entity_id, r.id, ev.start))
    symmetric = _symmetric_supports(store)

    def items() -> Iterator[tuple[dict[str, Any], list[Support]]]:
        for (s, pred, o), rows in itertools.groupby(store.iter_rows(q), key=lambda x: (x.s, x.predicate, x.o)):
            if s == o:
                continue  # both ends resolved to one entity: no longer a relation between two things
            rows_l = list(rows)
            conf = {x.id: x.confidence for x in rows_l}
            docs = {x.document_id: (x.source, x.grade) for x in rows_l}
            evidence = [{"document": x.evdoc, "start": x.start, "end": x.end, "text": x.text, "fact": f"r{x.id}"}
                        for x in rows_l if x.start is not None]
            facts: dict[int, dict[str, Any]] = {}
            for x in rows_l:
                facts.setdefault(x.id, {"id": f"r{x.id}", "document": x.document_id,
                                        "subject": local_ref(x.subject_id), "object": local_ref(x.object_id),
                                        "confidence": x.confidence, "method": x.method, "status": x.status,
                                        "modality": x.modality})
            doc_ids = sorted(docs)
            supports = symmetric.get(claim_key(s, pred, o)) or [Support(i, *docs[i]) for i in doc_ids]
            yield ({"id": f"r{rows_l[0].id}", "subject": entity_ref(s), "predicate": pred,
                    "object": entity_ref(o), "confidence": _noisy_or(conf.values()),
                    "modality": strongest(x.modality for x in rows_l),
                    "methods": sorted({x.method for x in rows_l}), "documents": doc_ids,
                    "grades": [docs[i][1] for i in doc_ids], "credibility": 6, "evidence": evidence,
                    "facts": list(facts.values())}, supports)

    yield from _rated(items())


def strongest(modalities: Iterable[str]) -> str:
    """A claim stated by several sentences is as firm as the firmest of them."""
    return min(modalities, key=lambda m: MODALITY_ORDER.index(m) if m in MODALITY_ORDER else len(MODALITY_ORDER))


MODALITY_ORDER = ("asserted", "attributed", "uncertain", "negated")


def _claims(table: Any, negated: bool) -> Any:
    """The facts of a table, or (``negated``) the unrejected claims their sentences deny."""
    if not negated:
        return t.is_fact(table)
    return and_(t.not_rejected(table), table.c.modality == t.NEGATED)


def _not_rejected(status: Any) -> Any:
    """The row of ``status``'s table is a fact: not rejected, not negated by its sentence (schema.is_fact)."""
    return t.is_fact(status.table)


def _symmetric_supports(store: Store) -> dict[ClaimKey, list[Support]]:
    """Supports of symmetric claims, read in both directions (a side pass: only these predicates)."""
    sym = sorted(n for n, p in default_ontology().predicates.items() if p.symmetric)
    r, d = t.relations.c, t.documents.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(ls.c.entity_id.label("s"), r.predicate, lo.c.entity_id.label("o"), r.document_id, d.source,
                d.grade)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .join(t.documents, d.id == r.document_id))
         .where(r.predicate.in_(sym), _not_rejected(r.status)))
    out: dict[ClaimKey, dict[str, Support]] = {}
    for x in store.iter_rows(q):
        out.setdefault(claim_key(x.s, x.predicate, x.o), {})[x.document_id] = Support(x.document_id, x.source,
                                                                                    x.grade)
    return {k: list(v.values()) for k, v in out.items()}


def _rated(items: Iterator[tuple[dict[str, Any], list[Support]]]) -> Iterator[dict[str, Any]]:
    """Fill in credibility; claims of an exclusive predicate wait for their subject's other claims
    (they come next, the stream being ordered by subject and predicate) to be weighed against them."""
    exclusive = {n for n, p in default_ontology().predicates.items() if p.exclusive}
    window: list[dict[str, Any]] = []

    def flush() -> Iterator[dict[str, Any]]:
        for item in window:
            item["credibility"] = demote(item["credibility"], (o["credibility"] for o in window if o is not item))
        yield from window
        window.clear()

    for item, supports in items:
        item["credibility"] = rate(supports)
        if window and (window[0]["subject"], window[0]["predicate"]) != (item["subject"], item["predicate"]):
            yield from flush()
        if item["predicate"] in exclusive:
            window.append(item)
        else:
            yield item
    yield from flush()


def iter_events(store: Store, negated: bool = False) -> Iterator[dict[str, Any]]:
    v, p, ev, le = t.events.c, t.event_participants.c, t.evidence.c, t.local_entities.c
    loc = aliased(t.local_entities)
    d = t.documents.c
    events_q = (select(v.id, v.document_id, v.type, v.trigger, v.trigger_start, v.trigger_end, v.date,
                       v.count, v.confidence, v.method, v.status, v.modality, v.location_id,
                       loc.c.entity_id.label("loc"), d.source, d.grade)
                .select_from(t.events.join(t.documents, d.id == v.document_id)
                             .outerjoin(loc, loc.c.id == v.location_id))
                .where(_claims(t.events, negated)).order_by(v.id))
    parts_q = (select(p.event_id, p.local_entity_id, le.entity_id, p.role)
               .select_from(t.event_participants.join(t.local_entities, le.id == p.local_entity_id))
               .order_by(p.event_id))
    ev_q = (select(ev.event_id, ev.document_id, ev.start, ev.end, ev.text)
            .where(ev.event_id.is_not(None)).order_by(ev.event_id, ev.start))
    ratings = _event_ratings(store)
    parts = _by_key(store.iter_rows(parts_q), "event_id")
    evid = _by_key(store.iter_rows(ev_q), "event_id")
    for row in store.iter_rows(events_q):
        participants, seen = [], set()
        rows_p = parts(row.id)
        for x in rows_p:
            if (x.entity_id, x.role) not in seen:
                seen.add((x.entity_id, x.role))
                participants.append({"entity": entity_ref(x.entity_id), "role": x.role})
        credibility, documents, grades, mates = ratings.get(row.id) or _alone(row.document_id, row.source, row.grade)
        yield {"id": f"v{row.id}", "type": row.type, "trigger": row.trigger,
               "trigger_span": ({"document": row.document_id, "start": row.trigger_start,
                                 "end": row.trigger_end} if row.trigger_start is not None else None),
               "participants": participants,
               "location": entity_ref(row.loc) if row.loc is not None else None,
               "date": row.date, "count": row.count, "confidence": row.confidence, "method": row.method,
               "modality": row.modality,
               "credibility": credibility, "documents": documents, "grades": grades,
               "corroborated_by": [f"v{i}" for i in mates],
               "evidence": [{"document": x.document_id, "start": x.start, "end": x.end, "text": x.text}
                            for x in evid(row.id)],
               "document": row.document_id, "status": row.status,
               "local": {"location": local_ref(row.location_id) if row.location_id is not None else None,
                         "participants": [{"entity": local_ref(x.local_entity_id), "role": x.role}
                                          for x in rows_p]}}


EventRating = tuple[int, list[str], list[str], list[int]]


def _event_ratings(store: Store) -> dict[int, EventRating]:
    """Credibility of the events that share their type and participants with another event, with
    the documents telling the same happening and their grades; every other event is rated alone as
    it streams (``_alone``).

    Corroboration weighs together the events of one type and one set of participants, and most
    events share that with no other. So this side pass first counts the (type, participants)
    signatures, holding one hash per signature, then loads and rates only the events whose
    signature recurs (hash collisions only add events to rate; grouping them is exact)."""
    v, p, le = t.events.c, t.event_participants.c, t.local_entities.c
    heads = select(v.id, v.type).where(_not_rejected(v.status)).order_by(v.id)
    members = (select(p.event_id, le.entity_id)
               .select_from(t.event_participants.join(t.local_entities, le.id == p.local_entity_id))
               .order_by(p.event_id))

    def signatures() -> Iterator[tuple[int, int]]:
        parts = _by_key(store.iter_rows(members), "event_id")
        for row in store.iter_rows(heads):
            ents = frozenset(x.entity_id for x in parts(row.id) if x.entity_id is not None)
            yield row.id, hash((row.type, ents))

    counts: dict[int, int] = {}
    for _, h in signatures():
        counts[h] = counts.get(h, 0) + 1
    shared = [i for i, h in signatures() if counts[h] > 1]
    del counts
    with store.connect() as conn:
        rated = rate_events(load_events(conn, shared))
    out: dict[int, EventRating] = {}
    for ev in rated.values():
        docs = {ev.support.document: ev.support.grade}
        for i in ev.corroborated_by:
            docs.setdefault(rated[i].support.document, rated[i].support.grade)
        ids = sorted(docs)
        out[ev.id] = (ev.credibility, ids, [docs[i] for i in ids], sorted(ev.corroborated_by))
    return out


def _alone(document: str, source: str, grade: str) -> EventRating:
    """The rating of an event no other event shares its type and participants with (as rate_events
    gives it: its own support, no corroborator, no rival)."""
    return (rate([Support(document, source, grade)]), [document], [grade], [])


def _by_key(rows: Iterator[Any], attr: str) -> Any:
    """Merge-join helper: returns f(key) giving the rows with that key, for keys asked in ascending order."""
    it = iter(rows)
    pending: list[Any] = []

    def take(key: int) -> list[Any]:
        out: list[Any] = []
        while True:
            if not pending:
                nxt = next(it, None)
                if nxt is None:
                    return out
                pending.append(nxt)
            k = getattr(pending[0], attr)
            if k < key:
                pending.pop()
            elif k == key:
                out.append(pending.pop())
            else:
                return out

    return take


def write_json(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write the whole knowledge base as one JSON document; returns how many items of each kind.
    (``locator`` is accepted like every format's writer takes it; this format has no coordinates.)"""
    counts: dict[str, int] = {}
    out.write(f'{{"format": "reportgraph", "format_version": {FORMAT_VERSION}')
    for name, items in (("documents", iter_documents(store, with_text=True)),
                        ("entities", iter_entities(store)), ("relations", iter_relations(store)),
                        ("events", iter_events(store)),
                        # claims their own sentences deny: kept with their evidence, never facts
                        ("negated_relations", iter_relations(store, negated=True)),
                        ("negated_events", iter_events(store, negated=True))):
        out.write(f',\n"{name}": [')
        n = 0
        for item in items:
            out.write(("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
            n += 1
        out.write("\n]")
        counts[name] = n
    out.write("}\n")
    return counts
