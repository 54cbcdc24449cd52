"""Real-browser tests: Playwright driving Debian's /usr/bin/chromium against a live server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportgraph.api import KnowledgeBase
from reportgraph.web.app import vendor_dir

from .factory import make_kb
from .live import CHROMIUM, CHROMIUM_ARGS, serve

TOKEN = "browser-token-123"

needs_vendor = pytest.mark.skipif(
    not (vendor_dir() / "cytoscape").is_dir() or not (vendor_dir() / "leaflet").is_dir(),
    reason="front-end libraries not installed (cd web && npm ci)",
)

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"),
    pytest.mark.browser,
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    kb: KnowledgeBase = make_kb(tmp_path_factory.mktemp("kb") / "kb.sqlite")
    with serve(kb, TOKEN) as url:
        yield url
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
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors


def test_search_to_dossier_to_sentence(page: Any, site: str) -> None:
    page.goto(site + "/")
    page.fill("header input[name=q]", "Lantern")
    page.press("header input[name=q]", "Enter")
    page.click("#entity-hits a:text('Red Lantern Brigade')")
    assert page.locator("h1").inner_text().startswith("Red Lantern Brigade")
    page.click("#relations a.sentence >> nth=0")
    page.wait_for_url("**/document/**")
    marked = page.locator("#text mark, #text a.marked")
    assert "Kofi Marlow" in " ".join(marked.all_inner_texts())
    assert page.locator("#mark").is_visible() or page.locator("#mark").count() == 1
    # the hostile text is shown as text, never run
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert not page.errors


def test_review_decision(page: Any, site: str) -> None:
    page.goto(f"{site}/login?token={TOKEN}&name=browser-analyst&next=/review")
    assert "browser-analyst" in page.locator("header .who").inner_text()
    row = page.locator("#queue tbody tr").first
    fact = row.get_attribute("id")
    row.locator("button[value=reject]").click()
    page.wait_for_url("**/review**")
    page.goto(site + "/decisions")
    first = page.locator("#decisions tbody tr").first.inner_text()
    assert "browser-analyst" in first and "reject" in first and fact.split("-")[1] in first


def test_upload_with_progress(page: Any, site: str, tmp_path: Path) -> None:
    report = tmp_path / "field-note.txt"
    report.write_text("Kofi Marlow was seen with the Ash Column near Kidal.", encoding="utf-8")
    page.goto(f"{site}/login?token={TOKEN}&next=/upload")
    page.set_input_files("input[type=file]", str(report))
    page.click("#upload-form button[type=submit]")
    page.wait_for_url("**/upload/jobs/**")
    page.wait_for_selector("#job[data-state=done]", timeout=90000)  # the first upload starts the extraction process
    assert page.locator("#job-done").inner_text() == "1"
    assert "added" in page.locator("#job-results").inner_text()


@needs_vendor
def test_link_chart_expands(page: Any, site: str) -> None:
    page.goto(site + "/search.json?q=Vardy")
    eid = page.evaluate("() => JSON.parse(document.body.innerText).entities[0].id.slice(1)")
    page.goto(f"{site}/network?entity={eid}")
    page.wait_for_selector("#chart[data-ready]")
    before = page.evaluate("() => window.reportgraphChart.nodes().length")
    page.evaluate(
        "() => { var n = window.reportgraphChart.nodes().filter(x => !x.data('center'))[0];"
        " n.emit('dbltap'); }"
    )
    page.wait_for_function(f"() => window.reportgraphChart.nodes().length > {before}", timeout=10000)
    assert not page.errors


@needs_vendor
def test_map_draws_offline(page: Any, site: str) -> None:
    page.goto(site + "/map")
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    assert int(page.get_attribute("#map", "data-ready")) >= 3
    assert page.locator("#map path.leaflet-interactive").count() > 100  # country outlines


@pytest.mark.skipif(not (vendor_dir() / "swagger-ui-dist").is_dir(),
                    reason="swagger-ui-dist not installed (cd web && npm ci)")
def test_api_docs_render_offline_under_the_csp(page: Any, site: str) -> None:
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(site) and not r.url.startswith("data:")
            else None)
    page.goto(site + "/docs")
    page.wait_for_selector("#swagger-ui .opblock", timeout=15000)  # one block per documented JSON twin
    assert page.locator("#swagger-ui .opblock").count() >= 5
    assert outside == []
    assert not page.errors
