"""The link chart in Chromium on a 100-node neighbourhood: legible labels that never overlap (measured
from the rendered label boxes), the same layout on every load, grouped parallel links, a link's
sentences on a click, expand/collapse kept in the URL, PNG and SVG export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb import Doc
from reportgraph.api import KnowledgeBase
from reportgraph.query.lookup import find_entity
from reportgraph.web.app import vendor_dir

from .live import CHROMIUM, CHROMIUM_ARGS, serve

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"),
    pytest.mark.skipif(not (vendor_dir() / "cytoscape").is_dir(), reason="front-end libraries not installed"),
    pytest.mark.browser,
]

TOKEN = "chart-token"
HUB = "Katibat al-Markaz"
FIRST = ["Abdoulaye", "Moussa", "Hamadou", "Ibrahim", "Oumar", "Aghaly", "Sidi", "Mahmoud", "Alhousseini", "Bilal"]
LAST = ["Ould Cheikh", "Ag Intalla", "Maiga", "Ag Acherif", "Ould Hamaha", "Dicko", "Ag Bibi", "Ould Sidati",
        "Cisse", "Ag Alla"]
SENTENCE = "Moussa Ould Cheikh commands the Katibat al-Markaz from the wells north of the valley."


def _people() -> list[str]:
    return [f"{f} {ln}" for ln in LAST for f in FIRST][:99]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    kb = KnowledgeBase(tmp_path_factory.mktemp("chart") / "kb.sqlite")
    people = _people()
    for i in range(0, 99, 11):  # nine reports, eleven members each
        d = Doc(f"reports/r{i:02d}.txt")
        for name in people[i:i + 11]:
            sentence = SENTENCE if name == "Moussa Ould Cheikh" else None
            d.rel(name, "MEMBER_OF", HUB, sentence, ("PERSON", "ORGANIZATION"))
        d.save(kb.store, grade="BC"[i % 2])
    # a second, different link between the same two entities: drawn as one line with a count
    Doc("reports/extra.txt").rel("Moussa Ould Cheikh", "LEADER_OF", HUB, "Moussa Ould Cheikh leads the "
                                 "Katibat al-Markaz.", ("PERSON", "ORGANIZATION")).save(kb.store)
    hub = find_entity(kb.store, HUB)
    with serve(kb, TOKEN) as url:
        yield url, hub
    kb.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors
    yield pg
    context.close()
    assert not errors, errors


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#chart[data-ready]", timeout=20000)


LABEL_BOXES = """() => window.reportgraphChart.nodes().map(n => {
  const b = n.renderedBoundingBox({includeNodes: false, includeLabels: true, includeOverlays: false});
  return [n.data('name'), b.x1, b.y1, b.x2, b.y2];
})"""


def test_a_100_node_chart_has_legible_labels_that_never_overlap(page: Any, site: tuple[str, int]) -> None:
    url, hub = site
    _open(page, f"{url}/network?entity={hub}")
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) == 100
    overlaps = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert overlaps == []
    assert page.evaluate("() => 13 * window.reportgraphChart.zoom()") >= 11.5  # rendered font size, px
    assert page.locator("#chart-legend li").count() >= 7


def test_the_layout_is_the_same_on_every_load(page: Any, site: tuple[str, int]) -> None:
    url, hub = site
    where = ("() => window.reportgraphChart.nodes()"
             ".map(n => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))])")
    _open(page, f"{url}/network?entity={hub}")
    first = page.evaluate(where)
    page.reload()
    page.wait_for_selector("#chart[data-ready]", timeout=20000)
    assert page.evaluate(where) == first


def test_a_click_on_a_link_shows_every_sentence_with_source_and_grade(page: Any, site: tuple[str, int]) -> None:
    url, hub = site
    _open(page, f"{url}/network?entity={hub}")
    mid = page.evaluate("""() => {
      const cy = window.reportgraphChart;
      const e = cy.edges().filter(x => x.data('members').length === 2)[0];
      cy.zoom(1.2); cy.center(e);
      return [e.renderedMidpoint().x, e.renderedMidpoint().y, e.data('label')];
    }""")
    assert mid[2] == "2 links ×2"  # MEMBER_OF and LEADER_OF, one line
    chart = page.locator("#chart").bounding_box()
    page.mouse.click(chart["x"] + mid[0], chart["y"] + mid[1])
    page.wait_for_selector("#inspector ol.evidence li")
    shown = page.locator("#inspector").inner_text()
    assert SENTENCE in shown and "leads the Katibat al-Markaz" in shown
    assert "r00.txt" in shown and "extra.txt" in shown and "MEMBER_OF" in shown and "LEADER_OF" in shown
    assert page.locator("#inspector .grade").count() == 2


def test_expand_and_collapse_are_kept_in_the_url(page: Any, site: tuple[str, int]) -> None:
    url, hub = site
    _open(page, f"{url}/network?entity={hub}&predicate=LEADER_OF")
    assert page.evaluate("() => window.reportgraphChart.nodes().length") == 2
    other = page.evaluate("() => window.reportgraphChart.nodes().filter(n => !n.data('center'))[0].data('eid')")
    page.evaluate(f"() => window.reportgraphChartExpand({other})")
    page.wait_for_function("() => window.location.search.includes('expand=')")
    page.reload()
    page.wait_for_selector("#chart[data-ready]", timeout=20000)
    assert f"expand={other}" in page.url
    # (a block body: returning the element would make Playwright serialise the whole chart)
    page.evaluate(f"() => {{ window.reportgraphChart.getElementById('n{other}').emit('tap'); }}")
    page.click("#toggle-node")
    page.wait_for_function("() => !window.location.search.includes('expand=')")


def test_png_and_svg_export(page: Any, site: tuple[str, int], tmp_path: Path) -> None:
    url, hub = site
    _open(page, f"{url}/network?entity={hub}&predicate=LEADER_OF")
    with page.expect_download() as png:
        page.click("#export-png")
    saved = tmp_path / "chart.png"
    png.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as svg:
        page.click("#export-svg")
    saved = tmp_path / "chart.svg"
    svg.value.save_as(saved)
    body = saved.read_text("utf-8")
    assert "<svg" in body and "Katibat al-Markaz" in body


def test_a_pin_is_saved_with_the_chart_for_everyone(browser: Any, site: tuple[str, int]) -> None:
    """An analyst drags a node; a fresh browser (no cookie, no storage), not logged in, opens the same
    chart and finds the node where it was pinned: the layout is the knowledge base's, not the tab's."""
    url, hub = site
    chart = f"{url}/network?entity={hub}&predicate=MEMBER_OF&depth=1"
    analyst = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = analyst.new_page()
    tab.goto(f"{url}/login?token={TOKEN}&name=chart-analyst&next=/")
    _open(tab, chart)
    eid = tab.evaluate("() => window.reportgraphChart.nodes().filter(n => !n.data('center'))[0].data('eid')")
    tab.evaluate(f"""() => {{ const n = window.reportgraphChart.getElementById('n{eid}');
                              n.position({{x: 4321, y: -1234}}); n.emit('dragfree'); }}""")
    tab.wait_for_selector("#chart[data-layout-saved]", timeout=10000)
    assert "saved by chart-analyst" in tab.locator("#layout-status").inner_text()
    analyst.close()

    reader = browser.new_context(viewport={"width": 1400, "height": 1000})
    fresh = reader.new_page()
    _open(fresh, chart)
    at = fresh.evaluate(f"() => window.reportgraphChart.getElementById('n{eid}').position()")
    assert (round(at["x"]), round(at["y"])) == (4321, -1234)
    assert fresh.evaluate(f"() => window.reportgraphChart.getElementById('n{eid}').hasClass('pinned')")
    assert "chart-analyst" in fresh.locator("#layout-status").inner_text()
    # a reader may move nodes for the visit; nothing is written
    fresh.evaluate(f"""() => {{ const n = window.reportgraphChart.getElementById('n{eid}');
                                n.position({{x: 10, y: 10}}); n.emit('dragfree'); }}""")
    assert "log in" in fresh.locator("#layout-status").inner_text()
    reader.close()
    again = browser.new_context().new_page()
    _open(again, chart)
    at = again.evaluate(f"() => window.reportgraphChart.getElementById('n{eid}').position()")
    assert (round(at["x"]), round(at["y"])) == (4321, -1234)
    again.context.close()
