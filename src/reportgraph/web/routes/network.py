"""The link chart: an entity's ego network, expandable node by node, filtered by type, predicate,
date range and source grade. The page draws it with Cytoscape from its own JSON twin, which carries
the chart's saved layout (the pinned nodes, shared by the team: ``POST /network/layout``)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request

from ...api import KnowledgeBase
from ...dates import extent
from ...model import ENTITY_TYPES
from ...query.linkchart import ChartFilter, ego_network
from ...store.layouts import MAX_KEY, chart_layout, check_positions, save_chart_layout
from ..pages import page
from ..params import OptionalId
from ..security import require_writer

router = APIRouter(tags=["network"])


def _day(value: str, end: bool) -> dt.date | None:
    """'2019', '2019-05' or '2019-05-14' as the first (or last) day it names."""
    if not value:
        return None
    b = extent(value)
    if b is None:
        raise HTTPException(422, f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return b.end if end else b.start


@page(router, "/network", "network.html")
def network(
    request: Request,
    entity: int | None = OptionalId("the centre entity (default: the most mentioned)"),
    depth: int = Query(1, ge=1, le=3),
    type: list[str] = Query([], description="keep only these entity types"),  # noqa: A002
    predicate: list[str] = Query([], description="keep only these predicates / event types"),
    grade: str = Query("ABCDEF", pattern="^[A-F]*$", description="source grades to keep"),
    date_from: str = Query("", max_length=10),
    date_to: str = Query("", max_length=10),
    undated: bool = Query(True, description="keep facts without a date when a range is set"),
    max_edges: int = Query(400, ge=1, le=5000),
    expand: list[int] = Query([], description="nodes whose own links are added (the chart's expanded nodes)"),
) -> dict[str, Any]:
    """The ego network of an entity (nodes and aggregated edges), for the link chart."""
    kb: KnowledgeBase = request.app.state.kb
    if entity is None:
        top = kb.entities(limit=1)
        if not top:
            return {"graph": None, "filter": {}, "types": ENTITY_TYPES}
        entity = top[0].id
    flt = ChartFilter(
        {x.upper() for x in type if x},
        {x for x in predicate if x},
        grade or "ABCDEF",
        _day(date_from, False),
        _day(date_to, True),
        undated,
    )
    graph = ego_network(kb.store, entity, depth, flt, max_edges, expand=expand)
    # one saved layout per chart: its centre and filters (expanding a node keeps the chart's layout)
    key = "&".join(f"{k}={v}" for k, v in (
        ("entity", entity), ("depth", depth), ("type", ",".join(sorted(flt.types))),
        ("predicate", ",".join(sorted(flt.predicates))), ("grade", "".join(sorted(set(flt.grades)))),
        ("from", date_from), ("to", date_to), ("undated", int(undated)), ("max_edges", max_edges)))[:MAX_KEY]
    return {
        "graph": graph,
        "layout": {"key": key, **(chart_layout(kb.store, key) or {"positions": {}})},
        "types": ENTITY_TYPES,
        "filter": {
            "entity": entity,
            "depth": depth,
            "type": sorted(flt.types),
            "predicate": sorted(flt.predicates),
            "grade": flt.grades,
            "date_from": date_from,
            "date_to": date_to,
            "undated": undated,
            "expand": graph.expanded,
        },
    }


@router.post("/network/layout", summary="Save a link chart's layout (the pinned nodes' positions)")
def save_layout(
    request: Request,
    key: Annotated[str, Body(min_length=1, max_length=MAX_KEY, description="layout.key of /network.json")],
    positions: Annotated[dict[str, Any], Body(description='{"entity id": [x, y]}; empty forgets the layout')],
    actor: str = Depends(require_writer),
) -> dict[str, Any]:
    kb: KnowledgeBase = request.app.state.kb
    pins = check_positions(positions)
    return {"key": key, **request.app.state.writer.call(save_chart_layout, kb.store, key, pins, actor)}
