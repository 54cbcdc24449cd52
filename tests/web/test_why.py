"""The resolver's evidence in the workbench: why one document's entity is in an entity, and whether
another entity is the same (as `reportgraph why`), escaped like every page."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from reportgraph.api import KnowledgeBase
from reportgraph.store import schema as t


def _locals(kb: KnowledgeBase, name: str) -> list[tuple[int, int]]:
    le = t.local_entities.c
    with kb.store.connect() as conn:
        return [(int(a), int(b)) for a, b in conn.execute(select(le.id, le.entity_id).where(le.name == name))]


def test_why_a_document_entity_is_here(client: TestClient, kb: KnowledgeBase) -> None:
    marlows = _locals(kb, "Kofi Marlow")  # the leader and the Mopti trader: one name, two documents
    assert len(marlows) == 2 and marlows[0][1] == marlows[1][1], "the resolver put the namesakes together"
    lid, eid = marlows[1]
    data = client.get(f"/review/entity/{eid}/why.json", params={"local": lid}).json()
    assert data["question"]["name"] == "Kofi Marlow" and data["explanation"]["verdict"] == "merge"
    assert any(e["kind"] == "name" and "Kofi Marlow" in e["detail"] for e in data["explanation"]["for"])
    page = client.get(f"/review/entity/{eid}/why", params={"local": lid}, headers={"accept": "text/html"})
    assert page.status_code == 200 and "verdict: <strong>merge</strong>" in page.text
    listing = client.get(f"/review/entity/{eid}", headers={"accept": "text/html"}).text
    assert f"/review/entity/{eid}/why?local={lid}" in listing  # each document's row links to it


def test_why_two_entities_and_bad_questions(client: TestClient, kb: KnowledgeBase) -> None:
    marlow, vardy = _locals(kb, "Kofi Marlow")[0][1], _locals(kb, "Ines Vardy")[0][1]
    data = client.get(f"/review/entity/{marlow}/why.json", params={"other": vardy}).json()
    assert data["question"] == {"other": vardy, "name": "Ines Vardy"}
    assert data["explanation"]["verdict"] == "separate"
    assert client.get(f"/review/entity/{marlow}/why.json").status_code == 400  # neither local nor other
    assert client.get(f"/review/entity/{marlow}/why.json", params={"local": 1, "other": 2}).status_code == 400
    lid_vardy = _locals(kb, "Ines Vardy")[0][0]
    wrong = client.get(f"/review/entity/{marlow}/why.json", params={"local": lid_vardy})
    assert wrong.status_code == 400 and "belongs to" in wrong.json()["error"]
    assert client.get("/review/entity/999999/why.json", params={"other": vardy}).status_code == 404


def test_why_page_escapes_document_text(client: TestClient, kb: KnowledgeBase) -> None:
    """A document title with markup, shown in the question, is escaped."""
    le, d = t.local_entities.c, t.documents.c
    with kb.store.connect() as conn:
        rows = conn.execute(select(le.id, le.entity_id).join(t.documents, d.id == le.document_id)
                            .where(d.title.like("%<i>%"))).all()
        shared = [(int(lid), int(eid)) for lid, eid in rows
                  if conn.execute(select(le.id).where(le.entity_id == eid, le.id != lid)).first()]
    assert shared, "the fixture's marked-up document shares an entity with another document"
    lid, eid = shared[0]
    page = client.get(f"/review/entity/{eid}/why", params={"local": lid}, headers={"accept": "text/html"}).text
    assert "&lt;i&gt;rumours&lt;/i&gt;" in page and "<i>rumours</i>" not in page
