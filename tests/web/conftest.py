from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase
from reportgraph.web import create_app

from .factory import make_kb

TOKEN = "test-token-123"


@pytest.fixture
def kb(db_url: str) -> Iterator[KnowledgeBase]:
    """The hand-built workbench knowledge base, on every backend (tests/conftest.py: db_url)."""
    kb = make_kb(db_url)
    yield kb
    kb.close()


@pytest.fixture
def client(kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(kb, token=TOKEN, max_upload=64 * 1024)) as c:
        yield c


@pytest.fixture
def writer(client: TestClient) -> TestClient:
    """A client logged in through the login form (session cookie + CSRF)."""
    r = client.post("/login", data={"token": TOKEN, "name": "tester"}, follow_redirects=False)
    assert r.status_code == 303
    return client


def csrf(client: TestClient) -> str:
    import re

    html = client.get("/").text
    m = re.search(r'name="csrf-token" content="([0-9a-f]+)"', html)
    assert m, "no CSRF meta tag for a logged-in client"
    return m.group(1)
