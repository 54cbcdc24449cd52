"""FollowTheMoney (FtM) entities as JSON lines, for Aleph / OpenAleph and the ``ftm`` tools.

Documents become ``Document`` entities; entities become ``Person``, ``Organization`` (communities
too, with the keyword ``community``) or ``Address`` (places, with gazetteer coordinates); relations
become the FtM interval schema their predicate means (table ``PREDICATES``, docs/exports.md), with
the source sentences in ``description``, the source files in ``publisher`` and the documents in
``proof``; events become ``Event``. Entities are made with followthemoney's own model, so every
value is cleaned and checked by it; ids are ``make_entity_id("reportgraph", <export id>)``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, NamedTuple, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ..dates import edtf_iso
from ..resolve.geonames import Locator
from ..store import Store
from .json_export import iter_documents, iter_entities, iter_events, iter_relations
from .lookup import Lookup, place_of_entity

ENTITY_SCHEMA = {
    "PERSON": "Person",
    "ORGANIZATION": "Organization",
    "COMMUNITY": "Organization",
    "LOCATION": "Address",
}


class Edge(NamedTuple):
    """How a predicate becomes an FtM interval: schema, subject and object properties, role."""

    schema: str
    source: str
    target: str
    role: str | None


FALLBACK = ("UnknownLink", "subject", "object")
# predicate -> the FtM schema it means. The schema is used only when both ends have the entity
# types its properties accept (e.g. Associate: Person-Person); otherwise UnknownLink with that role.
PREDICATES: dict[str, Edge] = {
    "MEMBER_OF": Edge("Membership", "member", "organization", "member"),
    "LEADER_OF": Edge("Directorship", "director", "organization", "leader"),
    "FOUNDED": Edge("UnknownLink", "subject", "object", "founder of"),
    "SUBUNIT_OF": Edge("Membership", "member", "organization", "sub-unit"),
    "SUCCESSOR_OF": Edge("Succession", "successor", "predecessor", None),
    "ALLY_OF": Edge("Associate", "person", "associate", "ally"),
    "HOSTILE_TO": Edge("UnknownLink", "subject", "object", "hostile to"),
    "KIN_OF": Edge("Family", "person", "relative", "kin"),
    "AFFILIATED_WITH": Edge("Membership", "member", "organization", "affiliated with"),
    "OPERATES_IN": Edge("UnknownLink", "subject", "object", "operates in"),
    "LOCATED_IN": Edge("UnknownLink", "subject", "object", "located in"),
    "CITIZEN_OF": Edge("UnknownLink", "subject", "object", "citizen of"),
}
ROLE_PROPERTY = {
    "Membership": "role",
    "Directorship": "role",
    "UnknownLink": "role",
    "Associate": "relationship",
    "Family": "relationship",
    "Succession": "role",
}


@lru_cache(maxsize=50_000)  # entities and documents are referred to again and again: hashing shows
def ftm_id(ref: str) -> str:
    """The FtM id of an exported item (``d:<doc>``, ``e12``, ``r3``, ``v7``)."""
    return str(make_entity_id("reportgraph", ref))


def doc_id(document: str) -> str:
    return ftm_id(f"d:{document}")


def _accepts(schema_name: str, prop: str, entity_type: str | None) -> bool:
    rng = model.get(schema_name).properties[prop].range  # type: ignore[union-attr]
    target = model.get(ENTITY_SCHEMA.get(entity_type or "", "Thing"))
    return rng is not None and target is not None and target.is_a(rng)


def edge_for(predicate: str, subject_type: str | None, object_type: str | None) -> Edge:
    """The FtM edge of a relation, falling back to UnknownLink when the ends do not fit the schema."""
    edge = PREDICATES.get(predicate, Edge(*FALLBACK, predicate.lower().replace("_", " ")))
    if _accepts(edge.schema, edge.source, subject_type) and _accepts(edge.schema, edge.target, object_type):
        return edge
    return Edge(*FALLBACK, edge.role or predicate.lower().replace("_", " "))


def _provenance(proxy: EntityProxy, evidence: list[dict[str, Any]], lookup: Lookup) -> None:
    for ev in evidence:
        proxy.add("description", ev["text"].strip())
        proxy.add("proof", doc_id(ev["document"]))
        proxy.add("publisher", lookup.source(ev["document"]))


def _dates(proxy: EntityProxy, edtf: str | None) -> None:
    first, last = edtf_iso(edtf)
    if first and first == last:
        proxy.add("date", first)
    else:
        proxy.add("startDate", first)
        proxy.add("endDate", last)


def document_proxy(d: dict[str, Any]) -> EntityProxy:
    p = model.make_entity("Document")
    p.id = doc_id(d["id"])
    p.add("title", d["title"])
    p.add("fileName", d["source"].replace("\\", "/").rsplit("/", 1)[-1])
    p.add("mimeType", d["media_type"])
    p.add("processedAt", d["ingested_at"][:19])
    p.add("summary", f"reportgraph document {d['id']}; source reliability grade {d['grade']}")
    return p


def entity_proxy(e: dict[str, Any], lookup: Lookup) -> EntityProxy:
    p = model.make_entity(ENTITY_SCHEMA.get(e["type"], "LegalEntity"))
    p.id = ftm_id(e["id"])
    p.add("name", e["name"])
    p.add("alias", [a for a in e["aliases"] if a != e["name"]])
    p.add("proof", sorted({doc_id(m["document"]) for m in e["mentions"]}))
    if e["type"] == "COMMUNITY":
        p.add("keywords", "community")
    if e["type"] == "LOCATION":
        p.add("full", e["name"])
        place = place_of_entity([e["name"], *e["aliases"]], e["type"], lookup.locator)
        if place:
            p.add("latitude", str(place.latitude))
            p.add("longitude", str(place.longitude))
            p.add("country", place.country)
    return p


def relation_proxy(r: dict[str, Any], lookup: Lookup) -> EntityProxy:
    s, o = lookup.entity(r["subject"]), lookup.entity(r["object"])
    edge = edge_for(r["predicate"], s.type if s else None, o.type if o else None)
    p = model.make_entity(edge.schema)
    p.id = ftm_id(r["id"])
    p.add(edge.source, ftm_id(r["subject"]))
    p.add(edge.target, ftm_id(r["object"]))
    if edge.role:
        p.add(ROLE_PROPERTY[edge.schema], edge.role)
    p.add("summary", f"{r['predicate']} (reportgraph {r['id']}, confidence {r['confidence']})")
    _provenance(p, r["evidence"], lookup)
    return p


def event_proxy(v: dict[str, Any], lookup: Lookup) -> EntityProxy:
    p = model.make_entity("Event")
    p.id = ftm_id(v["id"])
    p.add("name", f"{v['type'].replace('_', ' ').lower()}: {v['trigger']}")
    p.add("keywords", v["type"])
    _dates(p, v["date"])
    roles = []
    for part in v["participants"]:
        info = lookup.entity(part["entity"])
        roles.append(f"{part['role']}: {info.name if info else part['entity']}")
        if info and info.type in ("PERSON", "ORGANIZATION", "COMMUNITY"):  # LegalEntity ranges
            p.add("involved", ftm_id(part["entity"]))
            if part["role"] == "agent":
                p.add("organizer", ftm_id(part["entity"]))
    if v["location"]:
        p.add("addressEntity", ftm_id(v["location"]))
        p.add("location", lookup.name(v["location"]))
        place = lookup.place(v["location"])
        if place:
            p.add("country", place.country)
    notes = "; ".join(roles) + (f"; count: {v['count']}" if v["count"] is not None else "")
    p.add("notes", notes)
    p.add("summary", f"{v['type']} (reportgraph {v['id']}, date {v['date'] or 'unknown'})")
    _provenance(p, v["evidence"], lookup)
    return p


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write FtM entities as JSON lines: documents, entities, relations, events."""
    counts = {"documents": 0, "entities": 0, "relations": 0, "events": 0}

    def emit(proxy: EntityProxy, kind: str) -> None:
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        counts[kind] += 1

    with Lookup(store, locator) as lookup:
        for d in iter_documents(store):
            emit(document_proxy(d), "documents")
        for e in iter_entities(store):
            emit(entity_proxy(e, lookup), "entities")
        for r in iter_relations(store):
            emit(relation_proxy(r, lookup), "relations")
        for v in iter_events(store):
            emit(event_proxy(v, lookup), "events")
    return counts
