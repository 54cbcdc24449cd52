"""Places for the map: LOCATION entities with their events, placed by a gazetteer lookup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ..dates import describe, sort_key
from ..store import Store
from ..store import schema as t

# (lat, lon, source) or None; lat/lon None with a source: placed elsewhere (a country, by its outline).
Geocoder = Callable[[str], tuple[float | None, float | None, str] | None]


@dataclass
class Place:
    id: int
    name: str
    mentions: int
    lat: float | None = None
    lon: float | None = None
    placed_by: str | None = None  # which gazetteer gave the coordinates; None: not placed
    events: list[dict[str, object]] = field(default_factory=list)


def places(store: Store, geocode: Geocoder, entity_id: int | None = None, limit: int = 2000) -> list[Place]:
    """LOCATION entities (those linked to ``entity_id``'s events if given), with their events."""
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
    for place in out.values():
        place.events.sort(key=lambda x: sort_key(x["date"]))  # type: ignore[arg-type]
        found = geocode(place.name)
        if found:
            place.lat, place.lon, place.placed_by = found
    return list(out.values())
