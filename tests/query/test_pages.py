"""The pages of a dossier and of a timeline (issue 12: an entity named in thousands of documents is
paged) are the first facts of the whole listing, in its order, with the right totals, and a
timeline's events are rated as against every event of the knowledge base: checked
against the rules computed in Python from every row of random knowledge bases (rejected and negated
facts, events naming an entity twice, dates that tie in order: "2020-03" and "2020-03/..", undated,
empty and unreadable ones), on every backend."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from query.test_linkchart import random_kb
from reportgraph.dates import sort_key
from reportgraph.query.corroboration import load_events, rate_events
from reportgraph.query.dossier import dossier
from reportgraph.query.timeline import _in_period, timeline
from reportgraph.store import Store
from reportgraph.store import schema as t


def _is_fact(row: Any) -> bool:
    return row.status != "rejected" and row.modality != "negated"


def reference(store: Store, entity: int) -> dict[str, Any]:
    """The entity's relations in the dossier's order (predicate, id) and its events with their dates,
    those it takes part in and those placed at it, in date order (then id)."""
    with store.connect() as conn:
        owner = dict(conn.execute(select(t.local_entities.c.id, t.local_entities.c.entity_id)).all())
        rels = conn.execute(select(t.relations)).all()
        events = {v.id: v for v in conn.execute(select(t.events)).all()}
        parts = conn.execute(select(t.event_participants)).all()
    relations = sorted((r.predicate, r.id) for r in rels if _is_fact(r)
                       and None not in (owner[r.subject_id], owner[r.object_id])
                       and entity in (owner[r.subject_id], owner[r.object_id]))
    acts = {p.event_id for p in parts if owner[p.local_entity_id] == entity and _is_fact(events[p.event_id])}
    placed = {v.id for v in events.values() if v.location_id and owner[v.location_id] == entity and _is_fact(v)}

    def ordered(ids: set[int]) -> list[tuple[Any, ...]]:
        return sorted((sort_key(events[i].date), i, events[i].date) for i in ids)

    return {"relations": relations, "acts": ordered(acts), "about": ordered(acts | placed),
            "types": {i: v.type for i, v in events.items()}}


def test_pages_are_the_first_facts_in_order(store: Store) -> None:
    random_kb(store, 5)
    with store.connect() as conn:  # every event rated against every other (the rule, not the page's search)
        rated = rate_events(load_events(conn))
    busy = 0
    for entity in range(1, 31):
        ref = reference(store, entity)
        whole = dossier(store, entity)
        assert [f.detail["relation_id"] for f in whole.relations] == [i for _, i in ref["relations"]]
        assert [f.detail["event_id"] for f in whole.events] == [i for _, i, _ in ref["acts"]]
        assert (whole.relations_total, whole.events_total) == (len(ref["relations"]), len(ref["acts"]))
        busy = max(busy, len(ref["acts"]))
        for limit in (0, 1, 2, 5):  # (a page of 1 or 2 of an entity of 10-30 events reads only its first dates)
            page = dossier(store, entity, max_facts=limit)
            assert page.relations == whole.relations[:limit] and page.events == whole.events[:limit]
            assert (page.relations_total, page.events_total) == (whole.relations_total, whole.events_total)
            assert page.names == whole.names
            if limit in (1, 5):
                assert [x.id for x in timeline(store, entity=entity, limit=limit)] == \
                    [i for _, i, _ in ref["about"][:limit]]
                assert [x.id for x in timeline(store, entity=entity, grades="FEDCBA", limit=limit)] == \
                    [i for _, i, _ in ref["about"][:limit]]  # every grade: no filter (the workbench's default)
                assert [x.id for x in timeline(store, actor=entity, limit=limit)] == \
                    [i for _, i, _ in ref["acts"][:limit]]
                attacks = [i for _, i, _ in ref["about"] if ref["types"][i] == "ATTACK"]
                assert [x.id for x in timeline(store, entity=entity, type="attack", limit=limit)] == attacks[:limit]
                in_2020 = [i for _, i, date in ref["about"] if _in_period(date, "2020", "2021")]
                assert [x.id for x in timeline(store, entity=entity, start="2020", end="2021", limit=limit)] == \
                    in_2020[:limit]
        listed = timeline(store, entity=entity)
        assert [x.id for x in listed] == [i for _, i, _ in ref["about"]]
        assert [x.credibility for x in listed] == [rated[x.id].credibility for x in listed]
        assert [x.id for x in timeline(store, entity=entity, limit=0)] == [i for _, i, _ in ref["about"]]
    assert busy > 4 * 2  # the busiest entity's first pages were read by their dates only
