"""The timeline of the example reports in Chromium: at its default zoom no label overlaps another
(measured from the rendered text boxes) and none runs off the chart; zooming keeps it so."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportgraph import KnowledgeBase

from ..web.live import CHROMIUM, CHROMIUM_ARGS, serve

pytestmark = [
    pytest.mark.model,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"),
]

BOXES = """() => {
  const svg = document.querySelector('#timeline-svg').getBoundingClientRect();
  const items = [...document.querySelectorAll('#timeline-svg text.ev-label, #timeline-svg text.lane-name,'
                                             + ' #timeline-svg a.badge rect')];
  return {svg: [svg.left, svg.right], boxes: items.map(e => {
    const r = e.getBoundingClientRect(); return [e.textContent || 'badge', r.left, r.top, r.right, r.bottom]; })};
}"""


@pytest.fixture(scope="module")
def site(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("tl") / "kb.sqlite"
    shutil.copy(examples_db, db)
    with KnowledgeBase(db) as kb, serve(kb, "timeline-token") as url:
        yield url


@pytest.fixture(scope="module")
def page(site: str) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b.new_page(viewport={"width": 1400, "height": 900})
        b.close()


def _overlaps(boxes: list[list[Any]]) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5]


@pytest.mark.parametrize("query", ["", "?lanes=type", "?lanes=place", "?start=2012&end=2014"])
def test_no_timeline_label_overlaps_or_runs_off(page: Any, site: str, query: str) -> None:
    page.goto(f"{site}/timeline{query}")
    found = page.evaluate(BOXES)
    boxes = found["boxes"]
    assert len(boxes) > 10
    assert _overlaps(boxes) == []
    left, right = found["svg"]
    assert all(left - 0.5 <= b[1] and b[3] <= right + 0.5 for b in boxes), "a label runs off the chart"


def test_ungraded_sources_are_shown_as_ungraded(page: Any, site: str) -> None:
    page.goto(f"{site}/timeline")
    assert page.locator("#timeline-events .grade-ungraded").count() > 0
    assert "credibility 6" not in page.content()
    page.click("#zoom-in")
    assert "start=" in page.url
    assert _overlaps(page.evaluate(BOXES)["boxes"]) == []
