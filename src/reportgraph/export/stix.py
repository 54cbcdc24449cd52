"""STIX 2.1 bundle (OpenCTI, MISP, any TAXII consumer).

Armed groups become ``threat-actor``; persons, governments, armies, companies and communities
``identity``; places the gazetteer locates ``location``; relations ``relationship`` objects with one
external reference per source sentence (``source_name`` = the document's source file,
``description`` = the sentence); violent events ``incident`` objects linked to their actors, targets
and places; each document a ``report`` naming the objects it supports. Ids are uuid5 of our export
ids, so re-exporting the same knowledge base gives the same STIX ids.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ..ontology import default_ontology
from ..resolve.geonames import Locator
from ..store import Store
from ..store import schema as t
from .json_export import entity_ref, iter_documents, iter_entities, iter_events, iter_relations
from .lookup import Lookup, place_of_entity

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/reportgraph/reportgraph/stix")
PRODUCER = f"identity--{uuid.uuid5(NAMESPACE, 'reportgraph')}"

# Organisation names with these words are states' institutions or companies, not armed groups.
# A stopgap until entity roles say what kind of organisation an entity is.
STATE_WORDS = (
    "government",
    "ministry",
    "army",
    "armed forces",
    "forces armées",
    "military",
    "police",
    "gendarmerie",
    "presidency",
    "intelligence",
    "navy",
    "air force",
    "national guard",
    "embassy",
    "united nations",
    "minusma",
    "african union",
    "ecowas",
    "court",
    "parliament",
)
COMPANY_WORDS = ("company", "corporation", " ltd", " inc", " plc", " s.a.", " sarl", "oil", "mining")

# predicate -> STIX relationship type; "located-at", "targets" and "derived-from" are STIX's own.
RELATIONSHIP_TYPES = {
    "MEMBER_OF": "member-of",
    "LEADER_OF": "leader-of",
    "FOUNDED": "founded",
    "SUBUNIT_OF": "subunit-of",
    "SUCCESSOR_OF": "derived-from",
    "ALLY_OF": "ally-of",
    "HOSTILE_TO": "targets",
    "KIN_OF": "kin-of",
    "AFFILIATED_WITH": "affiliated-with",
    "OPERATES_IN": "located-at",
    "LOCATED_IN": "located-at",
    "CITIZEN_OF": "citizen-of",
}
IDENTITY_CLASS = {"PERSON": "individual", "COMMUNITY": "group", "ORGANIZATION": "organization"}


@lru_cache(maxsize=1)
def _incident_types() -> frozenset[str]:
    """Event types that are STIX incidents (ontology.yaml, event_behaviour ``incident``), read once:
    asked of every event of an export."""
    return default_ontology().event_types_where("incident")


INCIDENT_ROLES = {"agent": "attributed-to", "patient": "targets"}
PRECISION_METRES = {"point": 1_000.0, "town": 10_000.0, "city": 10_000.0, "region": 150_000.0, "country": 500_000.0}


def stix_id(kind: str, ref: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, ref)}"


def timestamp(iso: str) -> str:
    """A STIX timestamp (UTC, milliseconds, Z) from an ISO 8601 one."""
    when = dt.datetime.fromisoformat(iso)
    when = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def org_kind(names: list[str] | tuple[str, ...]) -> str:
    """'state', 'company' or 'armed-group' for an organisation, from its names."""
    text = " " + " | ".join(names).casefold()
    if any(w in text for w in STATE_WORDS):
        return "state"
    if any(w in text for w in COMPANY_WORDS):
        return "company"
    return "armed-group"


class Mapper:
    """Decides which STIX object an entity is (or none), the same way for objects and references."""

    def __init__(self, lookup: Lookup, created: str) -> None:
        self.lookup = lookup
        self.common = {
            "spec_version": "2.1",
            "created": created,
            "modified": created,
            "created_by_ref": PRODUCER,
        }

    def sdo_type(self, etype: str, names: list[str] | tuple[str, ...]) -> str | None:
        if etype == "LOCATION":
            return "location" if place_of_entity(names, etype, self.lookup.locator) else None
        if etype == "ORGANIZATION" and org_kind(names) == "armed-group":
            return "threat-actor"
        return "identity"

    def ref(self, eref: str) -> str | None:
        """The STIX id of an exported entity, or None when it has no STIX object (an unlocated place)."""
        info = self.lookup.entity(eref)
        kind = self.sdo_type(info.type, info.names) if info else None
        return stix_id(kind, eref) if kind else None

    def entity(self, e: dict[str, Any]) -> dict[str, Any] | None:
        names = [e["name"], *e["aliases"]]
        kind = self.sdo_type(e["type"], names)
        if kind is None:
            return None
        obj: dict[str, Any] = {"type": kind, "id": stix_id(kind, e["id"]), **self.common, "name": e["name"]}
        sources = dict.fromkeys(self.lookup.source(m["document"]) for m in e["mentions"])
        place = place_of_entity(names, e["type"], self.lookup.locator)
        if kind == "threat-actor":
            obj.update(threat_actor_types=["unknown"])
            if e["aliases"]:
                obj["aliases"] = e["aliases"]
        elif kind == "identity":
            obj["identity_class"] = IDENTITY_CLASS.get(e["type"], "unknown")
            if e["type"] == "ORGANIZATION" and org_kind(names) == "state":
                obj["sectors"] = ["government-national"]
            if e["aliases"]:  # STIX identities have no aliases property
                obj["description"] = "Also named: " + "; ".join(e["aliases"])
        elif place is not None:
            obj.update(
                latitude=place.latitude,
                longitude=place.longitude,
                precision=PRECISION_METRES[place.precision],
                country=place.country,
            )
        obj["external_references"] = [{"source_name": s, "external_id": e["id"]} for s in sources] or [
            {"source_name": "reportgraph", "external_id": e["id"]}
        ]
        return obj

    def references(self, evidence: list[dict[str, Any]], ref: str) -> list[dict[str, Any]]:
        refs = [
            {
                "source_name": self.lookup.source(x["document"]),
                "description": x["text"].strip(),
                "external_id": f"{x['document']}:{x['start']}-{x['end']}",
            }
            for x in evidence
        ]
        return refs or [{"source_name": "reportgraph", "external_id": ref}]

    def relationship(self, r: dict[str, Any]) -> dict[str, Any] | None:
        source, target = self.ref(r["subject"]), self.ref(r["object"])
        if source is None or target is None:
            return None
        rtype = RELATIONSHIP_TYPES.get(r["predicate"], r["predicate"].lower().replace("_", "-"))
        if rtype == "derived-from" and source.split("--")[0] != target.split("--")[0]:
            rtype = "successor-of"  # STIX: derived-from links objects of one type only
        if rtype == "targets" and not source.startswith("threat-actor--"):
            rtype = "hostile-to"  # STIX: targets is said of threat actors (and attack patterns, malware...)
        return {
            "type": "relationship",
            "id": relationship_id(r["subject"], r["predicate"], r["object"]),
            **self.common,
            "relationship_type": rtype,
            "source_ref": source,
            "target_ref": target,
            "description": f"{r['predicate']} (reportgraph {r['id']})",
            "confidence": max(0, min(100, round(r["confidence"] * 100))),
            "external_references": self.references(r["evidence"], r["id"]),
        }

    def incident(self, v: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if v["type"] not in _incident_types():
            return
        iid = stix_id("incident", v["id"])
        text = " ".join(dict.fromkeys(x["text"].strip() for x in v["evidence"]))
        desc = (
            f"{v['type']} ({v['trigger']}), date {v['date'] or 'unknown'}"
            + (f", count {v['count']}" if v["count"] is not None else "")
            + (f": {text}" if text else "")
        )
        yield {
            "type": "incident",
            "id": iid,
            **self.common,
            "name": f"{v['type'].lower()}: {v['trigger']}",
            "description": desc,
            "labels": [v["type"].lower().replace("_", "-")],
            "confidence": max(0, min(100, round(v["confidence"] * 100))),
            "external_references": self.references(v["evidence"], v["id"]),
        }
        links = [
            (INCIDENT_ROLES.get(p["role"], "related-to"), p["entity"], f"{v['id']}.{i}")
            for i, p in enumerate(v["participants"])
        ]
        if v["location"]:
            links.append(("located-at", v["location"], f"{v['id']}.at"))
        for rtype, eref, key in links:
            target = self.ref(eref)
            if target:
                yield {
                    "type": "relationship",
                    "id": stix_id("relationship", key),
                    **self.common,
                    "relationship_type": rtype,
                    "source_ref": iid,
                    "target_ref": target,
                }


def relationship_id(subject: str, predicate: str, obj: str) -> str:
    return stix_id("relationship", f"{subject}|{predicate}|{obj}")


def _report_refs(mapper: Mapper, conn: Any, doc_id: str) -> list[str]:
    """The STIX ids of what one document supports: its entities, relations and incidents."""
    le = t.local_entities.c
    refs: dict[str, None] = {}
    for (eid,) in conn.execute(
        select(le.entity_id)
        .where(le.document_id == doc_id, le.entity_id.is_not(None))
        .distinct()
        .order_by(le.entity_id)
    ):
        ref = mapper.ref(entity_ref(eid))
        if ref:
            refs[ref] = None
    r = t.relations.c
    ls, lo = aliased(t.local_entities), aliased(t.local_entities)
    q = (
        select(ls.c.entity_id, r.predicate, lo.c.entity_id)
        .distinct()
        .select_from(t.relations.join(ls, ls.c.id == r.subject_id).join(lo, lo.c.id == r.object_id))
        .where(r.document_id == doc_id)
    )
    for s, pred, o in conn.execute(q):
        if s != o and mapper.ref(entity_ref(s)) and mapper.ref(entity_ref(o)):
            refs[relationship_id(entity_ref(s), pred, entity_ref(o))] = None
    v = t.events.c
    for (vid,) in conn.execute(
        select(v.id).where(v.document_id == doc_id, v.type.in_(_incident_types())).order_by(v.id)
    ):
        refs[stix_id("incident", f"v{vid}")] = None
    return list(refs) or [PRODUCER]


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write one STIX 2.1 bundle; returns how many objects of each STIX type."""
    with store.connect() as conn:
        latest = conn.execute(select(func.max(t.documents.c.ingested_at))).scalar()
    created = timestamp(latest or "1970-01-01T00:00:00+00:00")  # as of the newest document: deterministic
    counts: dict[str, int] = {}
    out.write(json.dumps({"type": "bundle", "id": stix_id("bundle", created)})[:-1] + ', "objects": [')
    first = True

    def emit(obj: dict[str, Any] | None) -> None:
        nonlocal first
        if obj is None:
            counts["skipped"] = counts.get("skipped", 0) + 1
            return
        out.write(("\n" if first else ",\n") + json.dumps(obj, ensure_ascii=False))
        first = False
        counts[obj["type"]] = counts.get(obj["type"], 0) + 1

    with Lookup(store, locator) as lookup:
        mapper = Mapper(lookup, created)
        emit(
            {
                "type": "identity",
                "id": PRODUCER,
                "spec_version": "2.1",
                "created": created,
                "modified": created,
                "name": "reportgraph",
                "identity_class": "system",
                "description": "Knowledge graph extracted from analytic reports, with provenance",
            }
        )
        for e in iter_entities(store):
            emit(mapper.entity(e))
        for r in iter_relations(store):
            emit(mapper.relationship(r))
        for v in iter_events(store):
            for obj in mapper.incident(v):
                emit(obj)
        for d in iter_documents(store):
            emit(
                {
                    "type": "report",
                    "id": stix_id("report", f"d:{d['id']}"),
                    **mapper.common,
                    "name": d["title"],
                    "description": f"Source reliability grade {d['grade']} (Admiralty scale)",
                    "report_types": ["threat-report"],
                    "published": timestamp(d["ingested_at"]),
                    "object_refs": _report_refs(mapper, lookup.conn, d["id"]),
                    "external_references": [{"source_name": d["source"], "external_id": d["id"]}],
                }
            )
    out.write("\n]}\n")
    return counts
