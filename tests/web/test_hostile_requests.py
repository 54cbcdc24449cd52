"""Hostile requests get a 4xx, never a 5xx (issue 15): huge and negative ids, malformed spans,
FTS syntax errors, unknown parameters, non-ASCII credentials, on every page and its JSON twin."""

from __future__ import annotations

import itertools
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from reportgraph.api import KnowledgeBase
from reportgraph.web import create_app

from .conftest import TOKEN

BIG = [str(2**63), str(2**64 + 5), "9" * 30, "9" * 5000, "-1", str(-(2**63) - 1), "0", "1e9", "0x10", "１２"]
TEXT = ['"', "AND", "(", "*", "NEAR(", "a OR", "^x", "col:x", "\x00", "é" * 300, "%", "' OR 1=1 --"]
SPANS = ["1-" + "9" * 30, "9" * 5000 + "-1", "5-2", "-1-3", "0-0", str(2**63) + "-" + str(2**64)]
DATES = ["2020-13-45", "99999-01-01", "-0001", "x", "2020-02-30", "9" * 20]

PAGES_WITH_ID = ["/entity/{}", "/review/entity/{}", "/review/entity/{}/why", "/upload/jobs/{}"]
QUERY_PARAMS: dict[str, list[str]] = {
    "/network": ["entity", "depth", "max_edges", "date_from", "date_to", "predicate", "grade"],
    "/timeline": ["entity", "limit", "grade"],
    "/map": ["entity"],
    "/review": ["id", "limit", "kind", "status"],
    "/review/entity/1/why": ["local", "other"],
    "/search": ["q", "limit"],
    "/documents": ["limit", "grade"],
    "/decisions": ["limit"],
    "/entity/1": ["limit"],
    "/": ["unknown"],
}


def _requests() -> list[str]:
    urls: list[str] = []
    for pattern, value in itertools.product(PAGES_WITH_ID, BIG):
        urls.append(pattern.format(quote(value, safe="")))
    for path, params in QUERY_PARAMS.items():
        for param, value in itertools.product(params, [*BIG, *TEXT, *DATES]):
            urls.append(f"{path}?{param}={quote(value)}")
    for value in SPANS:
        urls.append(f"/document/x?span={quote(value)}")
    for value in [*BIG, *TEXT]:
        urls.append(f"/document/{quote(value, safe='')}")
    twins = []
    for url in urls:
        path, _, query = url.partition("?")
        twins.append(f"{'/index' if path == '/' else path}.json" + (f"?{query}" if query else ""))
    return urls + twins


REQUESTS = _requests()


def test_there_are_over_a_thousand() -> None:
    assert len(REQUESTS) >= 1000


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from .factory import make_kb

    kb: KnowledgeBase = make_kb(tmp_path_factory.mktemp("hostile") / "kb.sqlite")
    return TestClient(create_app(kb, token=TOKEN, max_upload=64 * 1024), raise_server_exceptions=False)


def test_no_hostile_request_gets_a_5xx(hostile_client: TestClient) -> None:
    failures = []
    for url in REQUESTS:
        r = hostile_client.get(url)
        if r.status_code >= 500:
            failures.append(f"{r.status_code} {url[:120]}")
    assert not failures, "\n".join(failures[:50])


@pytest.mark.parametrize("headers", [
    {"Authorization": "Bearer é"},
    {"Authorization": "Bearer " + "\u00ff" * 10, "X-CSRF-Token": "é"},
    {"Cookie": "reportgraph_session=é|é"},
    {"Cookie": "reportgraph_session=analyst|" + "ü" * 64, "X-CSRF-Token": "ü"},
])
def test_non_ascii_credentials_are_refused_not_500(hostile_client: TestClient, headers: dict[str, str]) -> None:
    encoded = {k: v.encode("latin-1") for k, v in headers.items()}  # as a client sends them on the wire
    assert hostile_client.get("/", headers=encoded).status_code == 200  # type: ignore[arg-type]
    r = hostile_client.post("/review/merge", data={"keep": "1", "other": "2"}, headers=encoded)  # type: ignore[arg-type]
    assert r.status_code in (401, 403)


def test_an_unauthenticated_upload_is_refused_before_its_body_is_read(hostile_client: TestClient) -> None:
    """The 401 comes before the body: a body that raises if read proves it was never read."""
    read = []

    def body():  # type: ignore[no-untyped-def]
        read.append(True)
        yield b"x" * 1024

    r = hostile_client.post("/upload", content=body(),
                            headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    assert r.status_code == 401
    assert not read


def test_login_with_a_non_ascii_token_is_refused(hostile_client: TestClient) -> None:
    r = hostile_client.post("/login", data={"token": "é" * 5}, follow_redirects=False)
    assert 400 <= r.status_code < 500 or r.status_code == 200
