"""A team server: accounts with roles, per-user API tokens that can be revoked, logins, and the
audit log naming the authenticated account (accounts.py, web/security.py). Through the HTTP API."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reportgraph import accounts
from reportgraph.api import KnowledgeBase
from reportgraph.web import create_app

from .conftest import TOKEN

HTML = {"accept": "text/html"}


@pytest.fixture
def team(kb: KnowledgeBase) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A team server with a reader, an analyst and an admin: (client, role -> API token)."""
    tokens = {role: accounts.add_user(kb.store, f"{role}-1", role, f"{role}-password")[1]
              for role in accounts.ROLES}
    with TestClient(create_app(kb, token=TOKEN)) as c:
        yield c, tokens


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _grade(client: TestClient, kb: KnowledgeBase, headers: dict[str, str]) -> int:
    doc = kb.store.document_ids("Market note.txt")[0]
    return client.post(f"/document/{doc}/grade", data={"grade": "C"}, headers=headers).status_code


def test_roles_decide_what_a_token_may_do(team: tuple[TestClient, dict[str, str]], kb: KnowledgeBase) -> None:
    client, tokens = team
    assert client.get("/documents.json").status_code == 401  # nothing is open on a team server
    assert client.get("/documents.json", headers=_bearer(tokens["reader"])).status_code == 200
    assert _grade(client, kb, _bearer(tokens["reader"])) == 403  # a reader cannot write
    assert _grade(client, kb, _bearer(TOKEN)) == 401  # the shared server token is no account
    assert _grade(client, kb, _bearer(tokens["analyst"])) == 201
    assert client.get("/decisions.json", headers=_bearer(tokens["reader"])).json()["decisions"][0]["actor"] \
        == "analyst-1"  # the audit log names the authenticated account
    new = {"name": "newcomer", "role": "reader"}
    assert client.post("/users", data=new, headers=_bearer(tokens["analyst"])).status_code == 403
    assert client.get("/users.json", headers=_bearer(tokens["analyst"])).status_code == 403
    made = client.post("/users", data=new, headers=_bearer(tokens["admin"]))
    assert made.status_code == 201 and made.json()["token"].startswith("rg_")
    listed = {u["name"]: u for u in client.get("/users.json", headers=_bearer(tokens["admin"])).json()["users"]}
    assert listed["newcomer"]["role"] == "reader" and "password_hash" not in listed["newcomer"]


def test_a_revoked_token_or_user_is_refused(team: tuple[TestClient, dict[str, str]], kb: KnowledgeBase) -> None:
    client, tokens = team
    spare = accounts.new_token(kb.store, "analyst-1", "script")
    accounts.revoke_token(kb.store, spare)
    assert _grade(client, kb, _bearer(spare)) == 401
    assert _grade(client, kb, _bearer(tokens["analyst"])) == 201  # the user's other token still works
    r = client.post("/users/analyst-1/revoke", headers=_bearer(tokens["admin"]))
    assert r.status_code == 200 and r.json()["revoked_at"]
    assert _grade(client, kb, _bearer(tokens["analyst"])) == 401
    assert client.get("/documents.json", headers=_bearer(tokens["analyst"])).status_code == 401


def test_login_with_a_password_and_sessions_end_when_revoked(team: tuple[TestClient, dict[str, str]],
                                                             kb: KnowledgeBase) -> None:
    client, _ = team
    page = client.get("/documents", headers=HTML, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
    assert client.get(f"/login?token={TOKEN}", headers=HTML).status_code == 200  # no secret in a URL
    bad = client.post("/login", data={"name": "analyst-1", "password": "wrong-password"}, headers=HTML)
    assert bad.status_code == 403 and "wrong name or password" in bad.text
    ok = client.post("/login", data={"name": "analyst-1", "password": "analyst-password", "next": "/decisions"},
                     headers=HTML, follow_redirects=False)
    assert ok.status_code == 303
    home = client.get("/", headers=HTML).text
    assert "analyst-1 (analyst)" in home
    csrf = re.search(r'name="csrf-token" content="([0-9a-f]+)"', home)
    assert csrf
    doc = kb.store.document_ids("Market note.txt")[0]
    assert client.post(f"/document/{doc}/grade", data={"grade": "B"}).status_code == 403  # no CSRF value
    assert client.post(f"/document/{doc}/grade", data={"grade": "B", "csrf": csrf.group(1)}).status_code == 201
    accounts.revoke(kb.store, "analyst-1")
    assert client.get("/documents.json").status_code == 401  # the session ended with the account


def test_a_reader_sees_no_decision_forms(team: tuple[TestClient, dict[str, str]], kb: KnowledgeBase) -> None:
    client, _ = team
    client.post("/login", data={"name": "reader-1", "password": "reader-password"}, headers=HTML)
    doc = kb.store.document_ids("Market note.txt")[0]
    page = client.get(f"/document/{doc}", headers=HTML).text
    assert "reader-1 (reader)" in page and 'id="grade-form"' not in page


def test_a_laptop_without_accounts_works_as_before(client: TestClient, kb: KnowledgeBase) -> None:
    assert client.get("/documents.json").status_code == 200  # reads are open on 127.0.0.1
    assert _grade(client, kb, {**_bearer(TOKEN), "X-Reportgraph-Actor": "me"}) == 201
    assert client.get("/decisions.json").json()["decisions"][0]["actor"] == "me"
    assert client.get("/users.json").status_code == 401


def test_passwords_and_tokens_are_stored_hashed(kb: KnowledgeBase) -> None:
    from sqlalchemy import select

    from reportgraph.store import schema as t

    _, token = accounts.add_user(kb.store, "sam", "analyst", "correct horse")
    with kb.store.connect() as conn:
        stored = conn.execute(select(t.users.c.password_hash)).scalar_one()
        digests = conn.execute(select(t.api_tokens.c.digest)).scalars().all()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert token not in digests and accounts.digest(token) in digests
    assert accounts.login(kb.store, "sam", "correct horse").role == "analyst"
