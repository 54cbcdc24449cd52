"""Review decisions through the web: applied, logged with who and when, replayed after ingest."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from kb import drop_document
from reportgraph.api import KnowledgeBase
from reportgraph.review import replay_decisions
from reportgraph.store import schema as t

from .conftest import TOKEN, csrf
from .factory import build

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reportgraph-Actor": "api-bot"}


def _rel(kb: KnowledgeBase, predicate: str) -> int:
    with kb.store.connect() as conn:
        return int(
            conn.execute(select(t.relations.c.id).where(t.relations.c.predicate == predicate)).scalar_one()
        )


def _entity(kb: KnowledgeBase, name: str) -> int:
    with kb.store.connect() as conn:
        return int(conn.execute(select(t.entities.c.id).where(t.entities.c.name == name)).scalars().first())


def test_reject_via_form_is_logged_and_hidden_from_dossier(writer: TestClient, kb: KnowledgeBase) -> None:
    rid = _rel(kb, "met")
    r = writer.post(
        "/review/fact",
        data={"kind": "relation", "id": rid, "action": "reject", "csrf": csrf(writer), "next": "/review"},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/review"
    log = writer.get("/decisions.json").json()["decisions"]
    assert log[0]["actor"] == "tester" and log[0]["payload"] == {"action": "reject"}
    assert log[0]["created_at"].endswith("+00:00")
    marlow = _entity(kb, "Kofi Marlow")
    preds = [f["detail"]["predicate"] for f in writer.get(f"/entity/{marlow}.json").json()["relations"]]
    assert "met" not in preds
    assert "tester" in writer.get("/decisions", headers={"accept": "text/html"}).text


def test_correct_event_date_with_bearer_token(client: TestClient, kb: KnowledgeBase) -> None:
    with kb.store.connect() as conn:
        vid = conn.execute(select(t.events.c.id).where(t.events.c.type == "attack")).scalar_one()
    r = client.post(
        "/review/fact",
        data={"kind": "event", "id": vid, "action": "correct", "date": "2019-04"},
        headers=AUTH,
    )
    assert r.status_code == 201 and r.json()["actor"] == "api-bot"
    assert r.json()["payload"] == {"action": "correct", "date": "2019-04", "previous_date": "2019~"}
    ev = next(e for e in client.get("/timeline.json").json()["events"] if e["id"] == vid)
    assert ev["date"] == "2019-04" and ev["status"] == "accepted" and ev["end"] == "2019-04-30"


def test_merge_and_split(client: TestClient, kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    locals_ = client.get(f"/review/entity/{marlow}.json").json()["locals"]
    trader = next(x for x in locals_ if x["title"] == "Market note")
    r = client.post("/review/split", data={"local_entity": trader["id"]}, headers=AUTH)
    assert r.status_code == 201
    new = r.json()["payload"]["new_entity"]
    assert [x["title"] for x in client.get(f"/review/entity/{new}.json").json()["locals"]] == ["Market note"]
    assert len(client.get(f"/review/entity/{marlow}.json").json()["locals"]) == 1
    r = client.post("/review/merge", data={"keep": marlow, "other": vardy}, headers=AUTH)
    assert r.status_code == 201
    names = {n["name"] for n in client.get(f"/entity/{marlow}.json").json()["names"]}
    assert "Ines Vardy" in names
    assert (
        client.post("/review/merge", data={"keep": marlow, "other": marlow}, headers=AUTH).status_code == 400
    )
    kinds = [d["kind"] for d in client.get("/decisions.json").json()["decisions"]]
    assert kinds == ["merge", "split"]


def test_a_merge_that_undoes_a_split_is_refused(client: TestClient, kb: KnowledgeBase) -> None:
    """The split is a constraint of the resolver: without force the route answers 400 with the error's code."""
    marlow = _entity(kb, "Kofi Marlow")
    trader = next(x for x in client.get(f"/review/entity/{marlow}.json").json()["locals"]
                  if x["title"] == "Market note")
    new = client.post("/review/split", data={"local_entity": trader["id"]}, headers=AUTH).json()
    r = client.post("/review/merge", data={"keep": marlow, "other": new["payload"]["new_entity"]}, headers=AUTH)
    assert r.status_code == 400 and "E802" in r.json()["error"]
    assert [d["kind"] for d in client.get("/decisions.json").json()["decisions"]] == ["split"]


def test_decisions_are_replayed_after_a_later_ingest(client: TestClient, kb: KnowledgeBase) -> None:
    """A later document that names a merged-away entity, or re-states a rejected fact, obeys the log."""
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    client.post("/review/merge", data={"keep": marlow, "other": vardy}, headers=AUTH)
    client.post(
        "/review/fact",
        data={"kind": "relation", "id": _rel(kb, "leader_of"), "action": "reject"},
        headers=AUTH,
    )
    spec = {
        "title": "Later report",
        "grade": "C",
        "text": "Ines Vardy and Kofi Marlow leads again.",
        "entities": [
            ("PERSON", "Ines Vardy", ["Ines Vardy"]),
            ("PERSON", "Kofi Marlow", ["Kofi Marlow"]),
            ("ORGANIZATION", "Red Lantern Brigade", []),
        ],
        "relations": [],
        "events": [],
    }
    doc, extraction = build(spec)
    kb.store.add_document(doc, extraction, kb.resolver)
    replay_decisions(kb.store)
    with kb.store.connect() as conn:
        linked = conn.execute(
            select(t.local_entities.c.entity_id)
            .where(t.local_entities.c.document_id == doc.id)
            .where(t.local_entities.c.name == "Ines Vardy")
        ).scalar_one()
    assert linked == marlow


def test_upload_with_progress(client: TestClient, kb: KnowledgeBase) -> None:
    files = [
        ("files", ("new.txt", b"Kofi Marlow and the Ash Column met in Kidal.", "text/plain")),
        ("files", ("notes.md", b"# Notes\nInes Vardy in Gao.", "text/markdown")),
    ]
    r = client.post("/upload", files=files, headers=AUTH)
    assert r.status_code == 202
    url = r.headers["location"]
    deadline = time.monotonic() + 120  # the first upload starts the extraction process
    while (job := client.get(url).json())["state"] != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job["done"] == 2 and [x["status"] for x in job["results"]] == ["added", "added"]
    assert job["results"][0]["counts"]["entities"] == 3
    assert client.get(url.removesuffix(".json"), headers={"accept": "text/html"}).status_code == 200
    assert client.get("/search.json?q=met in Kidal").json()["documents"][0]["source"] == "new.txt"
    uploads = [d for d in client.get("/decisions.json").json()["decisions"] if d["kind"] == "upload"]
    assert sorted((d["target"]["source"], d["actor"]) for d in uploads) == [("new.txt", "api-bot"),
                                                                           ("notes.md", "api-bot")]
    r = client.post("/review/revert", data={"decision": uploads[0]["id"]}, headers=AUTH)
    assert r.status_code == 400 and "records an upload" in r.json()["error"]


def test_ingest_path_replays_decisions(kb: KnowledgeBase) -> None:
    """KnowledgeBase.ingest_bytes (the upload path) re-applies the log without being asked."""
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    kb.merge(marlow, vardy, "tester")
    result = kb.ingest_bytes(b"Ines Vardy crossed into Gao.", "later.txt")
    assert result.status == "added"
    with kb.store.connect() as conn:
        linked = conn.execute(
            select(t.local_entities.c.entity_id)
            .where(t.local_entities.c.document_id == result.document_id)
            .where(t.local_entities.c.name == "Ines Vardy")
        ).scalar_one()
    assert linked == marlow


def test_rejection_survives_reingesting_its_document(kb: KnowledgeBase) -> None:
    """Re-extracting a document gives its facts new row ids; the decision finds them by signature."""
    from .factory import DOCS

    rid = _rel(kb, "met")
    kb.review_fact("relation", rid, "reject", "tester")
    doc, extraction = build(DOCS[0])
    drop_document(kb.store, doc.id)  # as a re-extraction would
    kb.store.add_document(doc, extraction, kb.resolver)
    new_id = _rel(kb, "met")
    assert new_id != rid
    replay_decisions(kb.store)
    with kb.store.connect() as conn:
        status = conn.execute(select(t.relations.c.status).where(t.relations.c.id == new_id)).scalar_one()
    assert status == "rejected"


def test_a_merged_away_entity_redirects_to_the_kept_one(client: TestClient, kb: KnowledgeBase) -> None:
    marlow, vardy = _entity(kb, "Kofi Marlow"), _entity(kb, "Ines Vardy")
    client.post("/review/merge", data={"keep": marlow, "other": vardy}, headers=AUTH)
    r = client.get(f"/entity/{vardy}.json?limit=5", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/entity/{marlow}.json?limit=5"
    r = client.get(f"/entity/{vardy}", headers={"accept": "text/html"})
    assert r.status_code == 200 and str(r.url).endswith(f"/entity/{marlow}")


def test_grade_a_document(writer: TestClient, kb: KnowledgeBase) -> None:
    doc = next(d for d in writer.get("/documents.json").json()["documents"] if d["title"] == "Market note")
    assert doc["grade"] == "A" and doc["entities"] == 2 and doc["events"] == 1
    r = writer.post(
        f"/document/{doc['id']}/grade",
        data={"grade": "E", "csrf": csrf(writer)},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert [d["grade"] for d in writer.get("/documents.json?grade=E").json()["documents"]] == ["E"]
    log = writer.get("/decisions.json").json()["decisions"][0]
    assert log["kind"] == "grade" and log["payload"] == {"grade": "E", "previous": "A"}
    assert (
        writer.post(f"/document/{doc['id']}/grade", data={"grade": "Z", "csrf": csrf(writer)}).status_code
        == 422
    )
    with kb.store.engine.begin() as conn:  # a re-ingest would reset it; the log puts it back
        conn.execute(t.documents.update().values(grade="F"))
    replay_decisions(kb.store)
    assert [d["title"] for d in writer.get("/documents.json?grade=E").json()["documents"]] == ["Market note"]
