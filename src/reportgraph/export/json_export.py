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

from sqlalchemy import select
from sqlalchemy.orm import aliased

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
    cols = [d.id, d.source, d.title, d.media_type, d.ingested_at, d.grade, d.extractor, d.n_chars]
    q = select(*cols, *([d.text] if with_text else [])).order_by(d.id)
    for r in store.iter_rows(q):
        item = {"id": r.id, "source": r.source, "title": r.title, "media_type": r.media_type,
                "ingested_at": r.ingested_at, "grade": r.grade, "extractor": r.extractor,
                "n_chars": r.n_chars}
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


def iter_relations(store: Store) -> Iterator[dict[str, Any]]:
    r, ev = t.relations.c, t.evidence.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    q = (select(r.id, ls.c.entity_id.label("s"), r.predicate, lo.c.entity_id.label("o"), r.confidence,
                r.method, r.status, r.document_id, r.subject_id, r.object_id,
                ev.document_id.label("evdoc"), ev.start, ev.end, ev.text)
         .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id)
                      .outerjoin(t.evidence, ev.relation_id == r.id))
         .order_by(ls.c.entity_id, r.predicate, lo.c.entity_id, r.id, ev.start))
    for (s, pred, o), rows in itertools.groupby(store.iter_rows(q), key=lambda x: (x.s, x.predicate, x.o)):
        if s == o:
            continue  # both ends resolved to one entity: no longer a relation between two things
        rows_l = list(rows)
        conf = {x.id: x.confidence for x in rows_l}
        evidence = [{"document": x.evdoc, "start": x.start, "end": x.end, "text": x.text, "fact": f"r{x.id}"}
                    for x in rows_l if x.start is not None]
        facts: dict[int, dict[str, Any]] = {}
        for x in rows_l:
            facts.setdefault(x.id, {"id": f"r{x.id}", "document": x.document_id,
                                    "subject": local_ref(x.subject_id), "object": local_ref(x.object_id),
                                    "confidence": x.confidence, "method": x.method, "status": x.status})
        yield {"id": f"r{rows_l[0].id}", "subject": entity_ref(s), "predicate": pred, "object": entity_ref(o),
               "confidence": _noisy_or(conf.values()), "methods": sorted({x.method for x in rows_l}),
               "documents": sorted({x.document_id for x in rows_l}), "evidence": evidence,
               "facts": list(facts.values())}


def iter_events(store: Store) -> Iterator[dict[str, Any]]:
    v, p, ev, le = t.events.c, t.event_participants.c, t.evidence.c, t.local_entities.c
    loc = aliased(t.local_entities)
    events_q = (select(v.id, v.document_id, v.type, v.trigger, v.trigger_start, v.trigger_end, v.date,
                       v.count, v.confidence, v.method, v.status, v.location_id, loc.c.entity_id.label("loc"))
                .select_from(t.events.outerjoin(loc, loc.c.id == v.location_id)).order_by(v.id))
    parts_q = (select(p.event_id, p.local_entity_id, le.entity_id, p.role)
               .select_from(t.event_participants.join(t.local_entities, le.id == p.local_entity_id))
               .order_by(p.event_id))
    ev_q = (select(ev.event_id, ev.document_id, ev.start, ev.end, ev.text)
            .where(ev.event_id.is_not(None)).order_by(ev.event_id, ev.start))
    parts = _by_key(store.iter_rows(parts_q), "event_id")
    evid = _by_key(store.iter_rows(ev_q), "event_id")
    for row in store.iter_rows(events_q):
        participants, seen = [], set()
        rows_p = parts(row.id)
        for x in rows_p:
            if (x.entity_id, x.role) not in seen:
                seen.add((x.entity_id, x.role))
                participants.append({"entity": entity_ref(x.entity_id), "role": x.role})
        yield {"id": f"v{row.id}", "type": row.type, "trigger": row.trigger,
               "trigger_span": ({"document": row.document_id, "start": row.trigger_start,
                                 "end": row.trigger_end} if row.trigger_start is not None else None),
               "participants": participants,
               "location": entity_ref(row.loc) if row.loc is not None else None,
               "date": row.date, "count": row.count, "confidence": row.confidence, "method": row.method,
               "evidence": [{"document": x.document_id, "start": x.start, "end": x.end, "text": x.text}
                            for x in evid(row.id)],
               "document": row.document_id, "status": row.status,
               "local": {"location": local_ref(row.location_id) if row.location_id is not None else None,
                         "participants": [{"entity": local_ref(x.local_entity_id), "role": x.role}
                                          for x in rows_p]}}


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
                        ("events", iter_events(store))):
        out.write(f',\n"{name}": [')
        n = 0
        for item in items:
            out.write(("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
            n += 1
        out.write("\n]")
        counts[name] = n
    out.write("}\n")
    return counts
