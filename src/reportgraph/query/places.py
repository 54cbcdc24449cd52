"""Places for the map: LOCATION entities with their events, placed as the exports place them
(``query/geocode.py``: an analyst's coordinates first, then the gazetteers, then where a report says
a place the gazetteers cannot know lies, at that anchor's precision)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ..dates import describe, sort_key
from ..resolve.geonames import Place as Located
from ..store import Store
from ..store import schema as t
from .geocode import analyst_places, locate, text_places

# name -> coordinates and precision, or None (query/geocode.py: locate)
Geocoder = Callable[[str], Located | None]

# How each precision reads on the map and in its table.
PRECISION_LABELS = {"point": "set by an analyst", "town": "town", "city": "town", "region": "region",
                    "country": "country (at its capital)"}


@dataclass
class Place:
    id: int
    name: str
    mentions: int
    lat: float | None = None
    lon: float | None = None
    placed_by: str | None = None  # who gave the coordinates (gazetteer, analyst); None: not placed
    events: list[dict[str, object]] = field(default_factory=list)
    precision: str | None = None  # point (an analyst's), town, region, country; None: not placed
    country: str | None = None  # ISO 3166 alpha-2
    decision: int | None = None  # the analyst's decision that placed it


def places(store: Store, geocode: Geocoder = locate, entity_id: int | None = None, limit: int = 2000) -> list[Place]:
    """LOCATION entities (those linked to ``entity_id``'s events if given), with their events and
    coordinates: an analyst's placement (a logged decision) wins over the gazetteer."""
    e, le, m, v, p = t.entities.c, t.local_entities.c, t.mentions.c, t.events.c, t.event_participants.c
    with store.connect() as conn:
        q = (
            select(e.id, e.name, func.count(m.id))
            .select_from(
                t.entities.join(t.local_entities, le.entity_id == e.id).outerjoin(
                    t.mentions, m.local_entity_id == le.id
                )
            )
            .where(e.type == "LOCATION")
            .group_by(e.id, e.name)
            .order_by(func.count(m.id).desc())
            .limit(limit)
        )
        event_filter = t.is_fact(t.events)
        if entity_id is not None:
            mine = (
                select(p.event_id)
                .select_from(t.event_participants.join(t.local_entities))
                .where(le.entity_id == entity_id)
            )
            located = (
                select(le.entity_id)
                .select_from(t.events.join(t.local_entities, le.id == v.location_id))
                .where(v.id.in_(mine))
            )
            q = q.where(or_(e.id.in_(located), e.id == entity_id))
        out = {row[0]: Place(row[0], row[1], row[2]) for row in conn.execute(q)}
        if out:
            for pid, eid, etype, date, doc in conn.execute(
                select(le.entity_id, v.id, v.type, v.date, v.document_id)
                .select_from(t.events.join(t.local_entities, le.id == v.location_id))
                .where(le.entity_id.in_(list(out)))
                .where(event_filter)
            ):
                out[pid].events.append(
                    {"id": eid, "type": etype, "date": date, "reading": describe(date), "document": doc}
                )
    manual = analyst_places(store)
    for place in out.values():
        place.events.sort(key=lambda x: sort_key(x["date"]))  # type: ignore[arg-type]
        found = geocode(place.name)
        if place.id in manual:
            place.lat, place.lon, place.decision = manual[place.id]
            place.precision, place.placed_by = "point", f"an analyst (decision {place.decision})"
            place.country = found.country if found else None
        elif found:
            place.lat, place.lon = found.latitude, found.longitude
            place.precision, place.country = found.precision, found.country
            place.placed_by = "GeoNames (capital)" if found.precision == "country" else "gazetteer (GeoNames)"
    if geocode is locate:  # the gazetteer does not know it: where a report says it lies
        unplaced = [p.id for p in out.values() if p.lat is None]
        for pid, (at, note, doc) in text_places(store, unplaced).items():
            place = out[pid]
            place.lat, place.lon, place.precision, place.country = at.latitude, at.longitude, at.precision, at.country
            place.placed_by = f"the report: {note} (document {doc[:8]})"
    return list(out.values())
