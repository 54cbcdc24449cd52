"""The workbench as of a date (web/asof.py): ?as_of= on any page or twin, or the header's control."""

from __future__ import annotations

from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase

from .conftest import TOKEN

HTML = {"accept": "text/html"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _dated(kb: KnowledgeBase) -> dict[str, str]:
    """Date the three reports: spring 2019, June 2020, May 2021 (title -> id)."""
    ids = {}
    for title, day in (("Northern front, spring report", "2019-05-01"), ("Brigade split <i>rumours</i>", "2020-06"),
                       ("Market note", "2021-05-20")):
        ids[title] = kb.store.document_ids(f"{title}.txt")[0]
        kb.set_reported(ids[title], day, "tester")
    return ids


def test_pages_and_twins_as_of_a_date(writer: TestClient, kb: KnowledgeBase) -> None:
    ids = _dated(kb)
    docs = {d["id"] for d in writer.get("/documents.json", params={"as_of": "2020-12-31"}).json()["documents"]}
    assert docs == {ids["Northern front, spring report"], ids["Brigade split <i>rumours</i>"]}
    assert len(writer.get("/documents.json").json()["documents"]) == 3  # the live knowledge base
    marlow = kb.entity_id("Kofi Marlow")
    events = writer.get(f"/entity/{marlow}.json", params={"as_of": "2020-01-01"}).json()["events"]
    assert [e["label"] for e in events] == []  # the trader's sale was reported in 2021
    assert writer.get(f"/entity/{marlow}.json").json()["events"]
    page = writer.get(f"/entity/{marlow}", params={"as_of": "2020-01-01"}, headers=HTML).text
    assert 'id="as-of-banner"' in page and "2020-01-01" in page
    assert writer.get("/documents.json", params={"as_of": "soon"}).status_code == 400


def test_the_header_control_keeps_the_date_and_shows_no_forms(writer: TestClient, kb: KnowledgeBase) -> None:
    ids = _dated(kb)
    doc = ids["Market note"]
    r = writer.get("/as-of", params={"date": "2019-12-31", "next": "/documents"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/documents"
    assert len(writer.get("/documents.json").json()["documents"]) == 1  # the cookie keeps the date
    page = writer.get(f"/document/{ids['Northern front, spring report']}", headers=HTML).text
    assert 'id="as-of-banner"' in page and 'id="grade-form"' not in page  # read only
    assert writer.get(f"/document/{doc}.json").status_code == 404  # not yet reported
    assert writer.post(f"/document/{doc}/grade", data={"grade": "B"}, headers=AUTH).status_code == 201  # live
    writer.get("/as-of", params={"date": "", "next": "/"})
    assert len(writer.get("/documents.json").json()["documents"]) == 3


def test_the_control_only_redirects_to_this_server(client: TestClient) -> None:
    for target in ("//evil.example/", "/\\evil.example/", "https://evil.example/"):
        r = client.get("/as-of", params={"date": "2020", "next": target}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
