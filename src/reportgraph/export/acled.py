"""ACLED-style events CSV: one row per event, in the columns of ACLED's data export.

ACLED's own codebook (2023) defines the event types, sub-event types and the time and geo
precision codes used here; ontology.yaml's ``event_behaviour`` maps our 15 event types onto them
(its ``acled`` field; docs/exports.md).
Coordinates come from a ``Locator`` (GeoNames by default). Our ids close each row so a row can be
traced back to its event, entities and documents.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any, TextIO

from ..dates import edtf_days
from ..ontology import default_ontology
from ..resolve.geonames import Locator, Place
from ..store import Store
from .json_export import iter_events
from .lookup import Lookup

STRATEGIC = "Strategic developments"
VIOLENCE = "Violence against civilians"
def event_types() -> dict[str, tuple[str, str]]:
    """Our event type -> (ACLED event_type, sub_event_type), from ontology.yaml's event_behaviour."""
    return {name: et.acled for name, et in default_ontology().event_types.items()}


def _fatal(event_type: str) -> bool:
    """Whether the event's count is people killed (GOLD_FORMAT.md), i.e. ACLED's fatalities."""
    et = default_ontology().event_types.get(event_type)
    return et is not None and et.fatal


# An attack on an armed organisation is a battle in ACLED's terms, not violence against civilians.
ATTACK_ON_ARMED = ("Battles", "Armed clash")
# ACLED: 1 the town itself, 2 near it/part of a region, 3 larger
GEO_PRECISION = {"city": 1, "town": 1, "point": 1, "region": 2, "country": 3}

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "rg_event_id",
    "rg_event_type",
    "rg_date",
    "rg_count",
    "rg_actor1_id",
    "rg_actor2_id",
    "rg_location_id",
    "rg_documents",
    "rg_confidence",
]


def time_precision(first: str, last: str) -> int:
    """ACLED time precision of a day range: 1 one day, 2 up to a month (a week, a month), 3 longer."""
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    return 1 if days == 1 else 2 if days <= 31 else 3


def acled_type(v: dict[str, Any], lookup: Lookup) -> tuple[str, str]:
    if v["type"] == "ATTACK":
        targets = [lookup.entity(p["entity"]) for p in v["participants"] if p["role"] == "patient"]
        if targets and all(t is not None and t.type == "ORGANIZATION" for t in targets):
            return ATTACK_ON_ARMED
    et = default_ontology().event_types.get(v["type"])
    return et.acled if et is not None else (STRATEGIC, "Other")


def _names(refs: list[str], lookup: Lookup) -> str:
    return "; ".join(lookup.name(r) for r in refs)


def row(v: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    """The CSV row of one exported event."""
    first, last = edtf_days(v["date"])
    agents = [p["entity"] for p in v["participants"] if p["role"] == "agent"]
    others = [p["entity"] for p in v["participants"] if p["role"] != "agent"]
    # ACLED's actor2 is the other side: a patient first, else a second agent (clashes, mediations).
    side2 = [p["entity"] for p in v["participants"] if p["role"] == "patient"] or agents[1:2] or others[:1]
    side1 = agents[:1] if agents else [r for r in others if r not in side2][:1]
    assoc1 = [r for r in agents if r not in side1 + side2]
    assoc2 = [r for r in others if r not in side1 + side2]
    place: Place | None = lookup.place(v["location"]) if v["location"] else None
    event_type, sub_type = acled_type(v, lookup)
    documents = list(dict.fromkeys(x["document"] for x in v["evidence"])) or [v.get("document", "")]
    return {
        "event_id_cnty": v["id"],
        "event_date": first or "",
        "year": first[:4] if first else "",
        "time_precision": time_precision(first, last) if first and last else "",
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": _names(side1, lookup),
        "assoc_actor_1": _names(assoc1, lookup),
        "actor2": _names(side2, lookup),
        "assoc_actor_2": _names(assoc2, lookup),
        "country": place.country if place else "",
        "location": lookup.name(v["location"]),
        "latitude": place.latitude if place else "",
        "longitude": place.longitude if place else "",
        "geo_precision": GEO_PRECISION[place.precision] if place else "",
        "source": "; ".join(lookup.source(d) for d in documents if d),
        "notes": " ".join(dict.fromkeys(x["text"].strip() for x in v["evidence"])),
        "fatalities": v["count"] if _fatal(v["type"]) and v["count"] is not None else 0,
        "rg_event_id": v["id"],
        "rg_event_type": v["type"],
        "rg_date": v["date"] or "",
        "rg_count": "" if v["count"] is None else v["count"],
        "rg_actor1_id": ";".join(side1),
        "rg_actor2_id": ";".join(side2),
        "rg_location_id": v["location"] or "",
        "rg_documents": ";".join(documents),
        "rg_confidence": v["confidence"],
    }


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write every event as one CSV row (RFC 4180, header first)."""
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = located = 0
    with Lookup(store, locator) as lookup:
        for v in iter_events(store):
            r = row(v, lookup)
            writer.writerow(r)
            n += 1
            located += r["latitude"] != ""
    return {"events": n, "located": located}
