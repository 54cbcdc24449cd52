"""Revert, previews before a merge or split, and a document's reported date, through the web."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase

from .conftest import TOKEN, csrf

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reportgraph-Actor": "api-bot"}
HTML = {"accept": "text/html"}


def test_revert_and_redo_through_the_api(client: TestClient, kb: KnowledgeBase) -> None:
    marlow, vardy = kb.entity_id("Kofi Marlow"), kb.entity_id("Ines Vardy")
    merged = client.post("/review/merge", data={"keep": marlow, "other": vardy, "reason": "one person"},
                         headers=AUTH).json()
    assert merged["reason"] == "one person"
    assert client.get(f"/entity/{vardy}.json", follow_redirects=False).status_code == 307  # merged away
    undone = client.post("/review/revert", data={"decision": merged["id"], "reason": "two"}, headers=AUTH)
    assert undone.status_code == 201 and undone.json()["kind"] == "revert"
    assert client.get(f"/entity/{vardy}.json").json()["name"] == "Ines Vardy"
    log = client.get("/decisions.json").json()["decisions"]
    assert [(d["kind"], d["reason"], bool(d["reverted_at"])) for d in log] == [
        ("revert", "two", False), ("merge", "one person", True)]
    again = client.post("/review/revert", data={"decision": merged["id"]}, headers=AUTH)
    assert again.status_code == 400 and "E602" in again.json()["error"]
    redo = client.post("/review/revert", data={"decision": undone.json()["id"]}, headers=AUTH)
    assert redo.status_code == 201 and redo.json()["payload"]["redo"] is True
    assert client.post("/review/revert", data={"decision": 1}).status_code == 401  # writes need the token


def test_revert_button_in_the_audit_log(writer: TestClient, kb: KnowledgeBase) -> None:
    doc = kb.store.document_ids("Market note.txt")[0]
    writer.post(f"/document/{doc}/grade", data={"grade": "E", "csrf": csrf(writer)}, headers=HTML)
    page = writer.get("/decisions", headers=HTML).text
    ids = re.findall(r'name="decision" value="(\d+)"', page)
    assert len(ids) == 1 and ">revert</button>" in page
    r = writer.post("/review/revert", data={"decision": ids[0], "reason": "misread", "csrf": csrf(writer)},
                    headers=HTML, follow_redirects=False)
    assert r.status_code == 303
    assert writer.get(f"/document/{doc}.json").json()["document"]["grade"] == "A"
    page = writer.get("/decisions", headers=HTML).text
    assert "misread" in page and ">redo</button>" in page


def test_merge_preview_shows_both_sides_and_asks_for_force(writer: TestClient, kb: KnowledgeBase) -> None:
    marlow = kb.entity_id("Kofi Marlow")
    data = writer.get("/review/merge.json", params={"keep": f"e{marlow}", "other": "Gao"}).json()["preview"]
    assert data["keep"]["name"] == "Kofi Marlow" and data["other"]["name"] == "Gao"
    assert data["keep"]["documents"] and "PERSON" in data["risks"][0] and "LOCATION" in data["risks"][0]
    page = writer.get("/review/merge", params={"keep": f"e{marlow}", "other": "Gao"}, headers=HTML).text
    assert 'id="risks"' in page and 'name="force"' in page and "Northern front, spring report" in page
    gao = data["other"]["id"]
    refused = writer.post("/review/merge", data={"keep": marlow, "other": gao, "csrf": csrf(writer)})
    assert refused.status_code == 400 and "E802" in refused.json()["error"]
    forced = writer.post("/review/merge", data={"keep": marlow, "other": gao, "force": "true", "reason": "alias",
                                                "csrf": csrf(writer)})
    assert forced.status_code == 201 and forced.json()["payload"]["forced"]
    safe = writer.get("/review/merge", params={"keep": "Kofi Marlow", "other": "Ines Vardy"}, headers=HTML).text
    assert 'id="risks"' not in safe and 'name="force"' not in safe


def test_split_preview_then_split(writer: TestClient, kb: KnowledgeBase) -> None:
    marlow = kb.entity_id("Kofi Marlow")
    locals_ = writer.get(f"/review/entity/{marlow}.json").json()["locals"]
    trader = next(x for x in locals_ if x["title"] == "Market note")
    assert f'/review/split?local={trader["id"]}' in writer.get(f"/review/entity/{marlow}", headers=HTML).text
    preview = writer.get("/review/split.json", params={"local": trader["id"]}).json()["preview"]
    assert preview["local"]["title"] == "Market note" and preview["leaves"] == 1
    page = writer.get("/review/split", params={"local": trader["id"]}, headers=HTML).text
    assert "Northern front, spring report" in page and 'id="split-confirm"' in page
    r = writer.post("/review/split", data={"local_entity": trader["id"], "reason": "namesake", "csrf": csrf(writer)})
    assert r.status_code == 201 and r.json()["reason"] == "namesake"


def test_reported_date_is_set_and_logged(client: TestClient, kb: KnowledgeBase) -> None:
    doc = kb.store.document_ids("Market note.txt")[0]
    r = client.post(f"/document/{doc}/reported", data={"reported": "2013-03"}, headers=AUTH)
    assert r.status_code == 201 and r.json()["kind"] == "reported"
    assert client.get(f"/document/{doc}.json").json()["document"]["reported"] == "2013-03"
    bad = client.post(f"/document/{doc}/reported", data={"reported": "March"}, headers=AUTH)
    assert bad.status_code == 422


def test_conflicts_page_shows_versions_with_sentences_and_reported_dates(client: TestClient,
                                                                         kb: KnowledgeBase) -> None:
    from reportgraph.model import Event, Extraction, LocalEntity, Mention, Participant, SourceDocument, Span

    for i, (date, reported) in enumerate((("2019-03", "2019-04-02"), ("2020-08", "2020-09"))):
        text = f"Ines Vardy was killed near Kidal in {date}."
        doc = SourceDocument(f"death{i}", f"death{i}.txt", f"death {i}", text, reported=reported)
        ent = LocalEntity("L0", "PERSON", "Ines Vardy", mentions=[Mention(0, 10, "Ines Vardy")])
        ev = Event("KILLING", "killed", [Participant("L0", "patient")], date=date,
                   evidence=[Span(0, len(text), text)], trigger_span=Span(15, 21, "killed"))
        kb.store.add_document(doc, Extraction([ent], [], [ev], extractor="test"), kb.resolver)
    data = client.get("/conflicts.json").json()["conflicts"]
    death = next(c for c in data if c["kind"] == "death")
    assert death["subject"] == "Ines Vardy"
    assert [(v["value"], v["reported"]) for v in death["versions"]] == [
        ("killed 2019-03", ["2019-04-02"]), ("killed 2020-08", ["2020-09"])]
    page = client.get("/conflicts", headers=HTML).text
    assert "Ines Vardy was killed near Kidal in 2020-08." in page and "reported 2020-09" in page


def test_split_preview_says_which_facts_go_with_the_detached_entity(client: TestClient, kb: KnowledgeBase) -> None:
    marlow = kb.entity_id("Kofi Marlow")
    locals_ = client.get(f"/review/entity/{marlow}.json").json()["locals"]
    trader = next(x for x in locals_ if x["title"] == "Market note")
    preview = client.get("/review/split.json", params={"local": trader["id"]}).json()["preview"]
    assert [f["text"] for f in preview["moving"]] == ["trade Mopti"]
