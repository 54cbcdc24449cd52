"""Real-browser tests of trust: a team server's roles, a merge preview with its confirmation, and a
revert from the audit log (Playwright driving Debian's /usr/bin/chromium against a live server)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reportgraph import accounts
from reportgraph.api import KnowledgeBase

from .factory import make_kb
from .live import serve
from .test_browser import browser, page, pytestmark  # noqa: F401 - the shared browser fixtures and marks

TOKEN = "browser-token-456"


@pytest.fixture(scope="module")
def team_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, KnowledgeBase]]:
    kb: KnowledgeBase = make_kb(tmp_path_factory.mktemp("kb") / "kb.sqlite")
    accounts.add_user(kb.store, "rita", "reader", "reader-password")
    accounts.add_user(kb.store, "anna", "analyst", "analyst-password")
    with serve(kb, TOKEN) as url:
        yield url, kb
    kb.close()


def _login(tab: Any, site: str, name: str, password: str, next_: str = "/") -> None:
    tab.goto(f"{site}/login?next={next_}")
    tab.fill("input[name=name]", name)
    tab.fill("input[name=password]", password)
    tab.click("main button[type=submit]")


def test_a_reader_reads_but_cannot_decide(page: Any, team_site: tuple[str, KnowledgeBase]) -> None:  # noqa: F811
    site, kb = team_site
    page.goto(site + "/documents")
    assert "/login" in page.url  # nothing is open on a team server
    _login(page, site, "rita", "reader-password", "/documents")
    assert page.url.endswith("/documents") and "rita (reader)" in page.inner_text("#who")
    doc = kb.store.document_ids("Market note.txt")[0]
    page.goto(f"{site}/document/{doc}")
    assert page.locator("#grade-form").count() == 0
    status = page.evaluate(f"""async () => (await fetch('/document/{doc}/grade', {{method: 'POST',
        headers: {{'Content-Type': 'application/x-www-form-urlencoded',
                   'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content}},
        body: 'grade=B'}})).status""")
    assert status == 403


def test_an_analyst_merges_after_the_preview_and_reverts(page: Any,  # noqa: F811
                                                        team_site: tuple[str, KnowledgeBase]) -> None:
    site, kb = team_site
    _login(page, site, "anna", "analyst-password")
    marlow = kb.entity_id("Kofi Marlow")
    page.goto(f"{site}/review/entity/{marlow}")
    page.fill("#merge-form input[name=other]", "Gao")
    page.click("#merge-form button")
    assert page.locator("#merge-preview .side").count() == 2 and "LOCATION" in page.inner_text("#risks")
    page.fill("#merge-confirm input[name=reason]", "a nickname in the north")
    page.click("#merge-confirm button")  # refused by the browser: the force box is required
    assert "/review/merge" in page.url
    page.check("#merge-confirm input[name=force]")
    page.click("#merge-confirm button")
    page.goto(site + "/decisions")
    first = page.locator("#decisions tbody tr").first
    assert "anna" in first.inner_text() and "a nickname in the north" in first.inner_text()
    first.locator("input[name=reason]").fill("wrong after all")
    first.locator("button").click()
    rows = page.locator("#decisions tbody tr")
    assert "revert" in rows.first.inner_text() and "wrong after all" in rows.first.inner_text()
    assert "reverted" in rows.nth(1).inner_text()
    assert kb.entity_id("Gao") != marlow  # Gao is its own entity again
