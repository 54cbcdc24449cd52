"""GeoJSON (RFC 7946): a FeatureCollection of the places the gazetteer locates and of the events
that happened at them, as points in WGS 84 longitude/latitude order. Unlocated places and events
without a located place are left out (the counts say how many)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..resolve.geonames import Locator
from ..store import Store
from .json_export import iter_entities, iter_events
from .lookup import Lookup, place_of_entity


def _point(longitude: float, latitude: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [round(longitude, 6), round(latitude, 6)]}


def place_feature(e: dict[str, Any], lookup: Lookup) -> dict[str, Any] | None:
    place = place_of_entity([e["name"], *e["aliases"]], e["type"], lookup.locator)
    if place is None:
        return None
    return {
        "type": "Feature",
        "id": e["id"],
        "geometry": _point(place.longitude, place.latitude),
        "properties": {
            "kind": "place",
            "id": e["id"],
            "name": e["name"],
            "aliases": e["aliases"],
            "country": place.country,
            "precision": place.precision,
            "mentions": len(e["mentions"]),
            "documents": sorted({m["document"] for m in e["mentions"]}),
        },
    }


def event_feature(v: dict[str, Any], lookup: Lookup) -> dict[str, Any] | None:
    place = lookup.place(v["location"]) if v["location"] else None
    if place is None:
        return None
    return {
        "type": "Feature",
        "id": v["id"],
        "geometry": _point(place.longitude, place.latitude),
        "properties": {
            "kind": "event",
            "id": v["id"],
            "type": v["type"],
            "trigger": v["trigger"],
            "date": v["date"],
            "count": v["count"],
            "confidence": v["confidence"],
            "location": v["location"],
            "place": lookup.name(v["location"]),
            "precision": place.precision,
            "participants": [
                {"entity": p["entity"], "name": lookup.name(p["entity"]), "role": p["role"]}
                for p in v["participants"]
            ],
            "evidence": [x["text"].strip() for x in v["evidence"]],
            "sources": list(dict.fromkeys(lookup.source(x["document"]) for x in v["evidence"])),
        },
    }


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write the FeatureCollection, one feature a line; returns counts of features and of items left out."""
    counts = {"places": 0, "events": 0, "unlocated_places": 0, "unlocated_events": 0}
    out.write('{"type": "FeatureCollection", "features": [')
    first = True

    def emit(feature: dict[str, Any] | None, kind: str) -> None:
        nonlocal first
        if feature is None:
            counts[f"unlocated_{kind}"] += 1
            return
        out.write(("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False))
        first = False
        counts[kind] += 1

    with Lookup(store, locator) as lookup:
        for e in iter_entities(store):
            if e["type"] == "LOCATION":
                emit(place_feature(e, lookup), "places")
        for v in iter_events(store):
            emit(event_feature(v, lookup), "events")
    out.write("\n]}\n")
    return counts
