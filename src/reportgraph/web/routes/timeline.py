"""The timeline: events in date order, drawn so EDTF stays honest (fuzzy, spans, uncertain), in
lanes per actor (or per event type or place), zoomed and panned by links, filtered by type, place
and source grade; every setting is in the URL."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy import select

from ...api import KnowledgeBase
from ...dates import extent
from ...ontology import default_ontology
from ...store import schema as t
from ..pages import page
from ..params import OptionalId
from ..timeline_svg import LANE_KINDS, layout, window

router = APIRouter(tags=["timeline"])


def _day(value: str, end: bool) -> dt.date | None:
    if not value:
        return None
    b = extent(value)
    if b is None or (b.end if end else b.start) is None:
        raise HTTPException(422, f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return b.end if end else b.start


@page(router, "/timeline", "timeline.html")
def timeline(
    request: Request,
    entity: int | None = OptionalId("only this entity's events (as actor or place)"),
    grade: str = Query("ABCDEF", pattern="^[A-F]*$"),
    type: str = Query("", max_length=40, description="only events of this type (ATTACK ...)"),  # noqa: A002
    place: int | None = OptionalId("only events at this place (an entity id)"),
    modality: str = Query("", pattern="^(asserted|uncertain|attributed)?$",
                          description="only events stated so (asserted, uncertain, attributed)"),
    lanes: str = Query("actor", pattern="^(actor|type|place)$", description="one lane per actor, type or place"),
    start: str = Query("", max_length=10, description="zoom: the first day shown (YYYY[-MM[-DD]])"),
    end: str = Query("", max_length=10, description="zoom: the last day shown"),
    limit: int = Query(500, ge=1, le=20_000, description="at most this many events"),
) -> dict[str, Any]:
    """Events with the first and last day each date can mean and its qualifiers, laid out in lanes."""
    kb: KnowledgeBase = request.app.state.kb
    types = sorted(default_ontology().event_types)
    events = kb.timeline(entity=entity, grades=grade or "ABCDEF", limit=limit, type=type or None, place=place,
                         modality=modality or None)
    chart = layout(events, lanes, _day(start, False), _day(end, True))
    names: dict[int, str] = {}
    wanted = [x for x in (entity, place) if x is not None]
    if wanted:
        with kb.store.connect() as conn:
            rows = conn.execute(select(t.entities.c.id, t.entities.c.name).where(t.entities.c.id.in_(wanted)))
            names = {int(i): str(n) for i, n in rows}
    kept = {k: v for k, v in {"entity": entity, "grade": grade if grade != "ABCDEF" else "", "type": type,
                               "place": place, "modality": modality,
                               "lanes": lanes if lanes != "actor" else ""}.items() if v}
    nav = {}
    for action in ("left", "in", "out", "right", "all"):
        lo, hi = window(chart, action)
        nav[action] = "/timeline?" + urlencode({**kept, **({"start": lo, "end": hi} if action != "all" else {})})
    places = sorted({(e.place_id, e.place) for e in events if e.place_id is not None}, key=lambda p: p[1] or "")
    return {"entity": entity, "entity_name": names.get(entity) if entity else None, "events": events,
            "chart": chart, "nav": nav, "filter": {"grade": grade, "type": type.upper(), "place": place,
                                                    "modality": modality,
                                                    "place_name": names.get(place) if place else None,
                                                    "lanes": lanes, "start": start, "end": end},
            "types": types, "places": [{"id": i, "name": n} for i, n in places], "lane_kinds": LANE_KINDS,
            "ungraded": sum(1 for e in events if not e.graded)}
