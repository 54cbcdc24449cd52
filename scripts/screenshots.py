"""Save a screenshot of every workbench page to docs/screenshots/ (Playwright + /usr/bin/chromium).

PYTHONPATH=src python scripts/screenshots.py            # the small invented test KB
PYTHONPATH=src python scripts/screenshots.py --db KB     # an existing knowledge base (a copy is used)

docs/screenshots/ holds the example corpus (`reportgraph --db examples.sqlite ingest examples/reports`,
then `--db examples.sqlite`), so every page shows what a new user sees.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.web (the invented KB and the live server helper)
sys.path.insert(0, str(ROOT / "tests"))  # tests/upload_extractors.py, which tests.web.factory imports

from playwright.sync_api import sync_playwright  # noqa: E402
from sqlalchemy import select  # noqa: E402
from tests.web.factory import make_kb  # noqa: E402
from tests.web.live import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

from reportgraph.api import KnowledgeBase  # noqa: E402
from reportgraph.store import schema as t  # noqa: E402

TOKEN = "screenshot-token"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="a knowledge base to show (copied first; default: the invented test KB)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    if args.db:
        shutil.copy(args.db, tmp / "kb.sqlite")
        kb = KnowledgeBase(tmp / "kb.sqlite")
    else:
        kb = make_kb(tmp / "kb.sqlite")
    top = kb.entities(limit=50)
    org = next((e for e in top if e.type == "ORGANIZATION"), top[0])
    person = next((e for e in top if e.type == "PERSON"), top[0])
    with serve(kb, TOKEN) as site, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def shot(name: str, url: str, wait: str | None = None, full: bool = True) -> None:
            page.goto(site + url)
            if wait:
                page.wait_for_selector(wait, timeout=20000)
                page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"{name}.png"), full_page=full)

        shot("overview", "/")
        shot("documents", "/documents")
        shot("search", f"/search?q={org.name.split()[0]}")
        shot("dossier", f"/entity/{org.id}")
        dossier = kb.dossier(str(org.id))
        fact = next((f for f in dossier.relations + dossier.events if f.start is not None), None)
        doc_url = (
            f"/document/{fact.document}?span={fact.start}-{fact.end}#mark"
            if fact
            else f"/document/{kb.search(org.name).documents[0].id}"
        )
        shot("document", doc_url)
        page.goto(f"{site}/network?entity={org.id}&depth=2")
        page.wait_for_selector("#chart[data-ready]", timeout=20000)
        # an analyst's first click: a link, with every sentence behind it in the inspector
        page.evaluate("() => { const cy = window.reportgraphChart;"
                      " const e = cy.edges().sort((a, b) => b.data('count') - a.data('count'))[0];"
                      " if (e) { e.select(); e.emit('tap'); } }")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "network.png"), full_page=True)
        shot("timeline", "/timeline")
        shot("map", "/map", wait="#map[data-ready]", full=False)
        shot("api-docs", "/docs", wait="#swagger-ui .opblock", full=False)
        page.goto(f"{site}/login?token={TOKEN}&name=analyst")
        shot("review", "/review")
        shot("merge-split", f"/review/entity/{person.id}")
        page.goto(f"{site}/review/entity/{person.id}")
        why_link = page.locator("#locals a[href*='/why?local=']")
        if why_link.count():
            shot("why", why_link.first.get_attribute("href") or "")
        # a few real decisions, so the audit log has something to show
        page.goto(site + "/review")
        if page.locator("#queue button[value=reject]").count():
            page.locator("#queue button[value=reject]").first.click()
            page.wait_for_load_state()
        dated = page.locator("#queue form:has(button[value=correct])")
        if dated.count():
            dated.first.locator("input[name=date]").fill("2019-04~")
            dated.first.locator("button[value=correct]").click()
            page.wait_for_load_state()
        page.goto(f"{site}/review/entity/{person.id}")
        split_link = page.locator("#locals a[href^='/review/split']")
        if split_link.count():  # the split's preview, then the split itself
            shot("split-preview", split_link.first.get_attribute("href") or "")
            page.fill("#split-confirm input[name=reason]", "a namesake")
            page.click("#split-confirm button")
            page.wait_for_load_state()
        place = next((e for e in top if e.type == "LOCATION"), top[-1])
        shot("merge-preview", f"/review/merge?keep=e{person.id}&other=e{place.id}")
        shot("audit-log", "/decisions")
        page.goto(site + "/decisions")  # revert the newest decision, with a reason
        page.locator("#decisions form.revert input[name=reason]").first.fill("decided too fast")
        page.locator("#decisions form.revert button").first.click()
        page.wait_for_load_state()
        shot("audit-log-revert", "/decisions")
        shot("conflicts", "/conflicts")
        docs = [d.id for d in kb.store.iter_rows(select(t.documents.c.id, t.documents.c.reported)
                                                     .order_by(t.documents.c.id)) if not d.reported]
        for i, doc_id in enumerate(docs):  # staggered reported dates, a year apart, when none are known
            kb.set_reported(doc_id, f"{2019 + i}-01-01", "screenshots")
        shot("as-of", f"/entity/{org.id}?as_of=2020-06-30")
        sample = tmp / "field-note.txt"
        sample.write_text(f"{person.name} was seen with {org.name}.", encoding="utf-8")
        page.goto(site + "/upload")
        page.set_input_files("input[type=file]", str(sample))
        page.click("#upload-form button[type=submit]")
        page.wait_for_selector("#job[data-state=done]", timeout=300000)  # the extraction process loads the models
        page.screenshot(path=str(out / "upload-progress.png"), full_page=True)
        shot("login", "/login")
        browser.close()
    kb.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {out}")  # a script, not the library: printing is its job
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
