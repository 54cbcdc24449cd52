"""Escaping of hostile report text, the token on writes, CSRF, upload bounds."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase

from .conftest import TOKEN, csrf

HTML = {"accept": "text/html"}


def _hostile_doc(kb: KnowledgeBase) -> str:
    from sqlalchemy import select

    from reportgraph.store import schema as t

    with kb.store.connect() as conn:
        return str(
            conn.execute(select(t.documents.c.id).where(t.documents.c.text.like("%<script>%"))).scalar_one()
        )


def test_document_text_is_escaped_fragment_by_fragment(client: TestClient, kb: KnowledgeBase) -> None:
    doc = _hostile_doc(kb)
    html = client.get(f"/document/{doc}", headers=HTML).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&amp; the" in html and "&#39;quote&#39;" in html
    # entities are still highlighted and linked around the escaped markup
    assert re.search(
        r'<a class="m t-person[^"]*" href="/entity/\d+" title="Kofi Marlow \(PERSON\)">Kofi Marlow</a>', html
    )
    # the only <script> tags are the page's own static files
    assert re.findall(r"<script[^>]*>", html) == []


def test_marked_sentence_is_escaped_too(client: TestClient, kb: KnowledgeBase) -> None:
    doc = _hostile_doc(kb)
    text = client.get(f"/document/{doc}.json").json()["document"]["text"]
    i = text.index("<script>")
    html = client.get(f"/document/{doc}?span={i - 5}-{i + 30}", headers=HTML).text
    assert '<span id="mark"></span>' in html and "<mark>" in html and "<script>alert" not in html


def test_title_with_markup_is_escaped_everywhere(client: TestClient) -> None:
    html = client.get("/search?q=engineers", headers=HTML).text
    assert "Brigade split &lt;i&gt;rumours&lt;/i&gt;" in html and "<i>rumours</i>" not in html


def test_writes_refused_without_token(client: TestClient, kb: KnowledgeBase) -> None:
    for url, data in (
        ("/review/fact", {"kind": "relation", "id": "1", "action": "reject"}),
        ("/review/merge", {"keep": "1", "other": "2"}),
        ("/review/split", {"local_entity": "1"}),
    ):
        assert client.post(url, data=data).status_code == 401
        assert client.post(url, data=data, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/upload", files={"files": ("a.txt", b"Kofi Marlow")}).status_code == 401
    assert client.post("/document/x/grade", data={"grade": "A"}).status_code == 401
    assert kb.decisions() == []


def test_cookie_without_csrf_is_refused(writer: TestClient, kb: KnowledgeBase) -> None:
    r = writer.post("/review/fact", data={"kind": "relation", "id": "1", "action": "reject"})
    assert r.status_code == 403
    r = writer.post(
        "/review/fact", data={"kind": "relation", "id": "1", "action": "reject", "csrf": "0" * 64}
    )
    assert r.status_code == 403
    assert kb.decisions() == []


def test_session_cookie_is_strict_and_httponly(client: TestClient) -> None:
    r = client.post("/login", data={"token": TOKEN, "name": "tester"}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "samesite=strict" in cookie and "httponly" in cookie
    assert client.post("/login", data={"token": "nope"}, follow_redirects=False).status_code == 403


def test_login_url_with_token(client: TestClient) -> None:
    r = client.get(f"/login?token={TOKEN}&next=//evil.example", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_upload_bounds(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/upload", files={"files": ("evil.exe", b"MZ")}, headers=auth)
    assert r.status_code == 415
    big = b"a" * (64 * 1024 + 1)  # the test app's limit is 64 KiB
    assert client.post("/upload", files={"files": ("big.txt", big)}, headers=auth).status_code == 413
    huge = b"a" * (200 * 1024)  # over the body limit: refused before the body is read
    assert client.post("/upload", files={"files": ("huge.txt", huge)}, headers=auth).status_code == 413


def test_csrf_meta_only_for_logged_in(client: TestClient) -> None:
    assert 'name="csrf-token"' not in client.get("/").text
    client.post("/login", data={"token": TOKEN, "name": "tester"})
    assert len(csrf(client)) == 64


def test_search_snippet_marks_the_match_and_escapes_the_rest(client: TestClient, kb: KnowledgeBase) -> None:
    if kb.store.engine.dialect.name == "postgresql":
        # PostgreSQL's text parser reads <script>...</script> as markup: neither indexed nor in
        # ts_headline's snippet; the snippet is still marked by offsets and escaped.
        html = client.get("/search?q=leaflet", headers=HTML).text
        assert "<mark>leaflet</mark>" in html and "<script>alert" not in html
        return
    html = client.get("/search?q=alert", headers=HTML).text
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in html
