"""Uploads are read and extracted outside the writer (web/extraction.py): a review answers while a
slow upload is still extracting, and an upload over its budget fails alone (issue 15)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from reportgraph.limits import Limits
from reportgraph.store import schema as t
from reportgraph.web import create_app
from upload_extractors import GatedExtractor

from .conftest import TOKEN
from .factory import make_kb

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reportgraph-Actor": "api-bot"}


def _client(tmp_path: Path, budget_s: float) -> Iterator[tuple[TestClient, Path]]:
    kb = make_kb(tmp_path / "kb.sqlite", extractor=GatedExtractor(str(tmp_path)))
    kb.limits = Limits(time_s=budget_s, time_s_per_mib=0)
    with TestClient(create_app(kb, token=TOKEN, max_upload=64 * 1024)) as c:
        yield c, tmp_path
    kb.close()


@pytest.fixture
def gated(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    # a budget far above the test's own waits: on a loaded machine the review below may take
    # seconds, and the held upload must not fail for it (the budget has a test of its own)
    yield from _client(tmp_path, budget_s=120)


@pytest.fixture
def budgeted(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    yield from _client(tmp_path, budget_s=2)


def _wait(client: TestClient, url: str) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + 120  # the first upload starts the extraction process
    while (job := client.get(url).json())["state"] != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    return job  # type: ignore[no-any-return]


def test_a_review_answers_while_an_upload_is_extracting(gated: tuple[TestClient, Path]) -> None:
    client, folder = gated
    r = client.post("/upload", files={"files": ("slow.txt", b"gate: Kofi Marlow in Gao.")}, headers=AUTH)
    assert r.status_code == 202
    url = r.headers["location"]
    deadline = time.monotonic() + 120
    while not (folder / "started").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert (folder / "started").exists(), "the upload never reached its extraction"
    kb = client.app.state.kb  # type: ignore[attr-defined]
    with kb.store.connect() as conn:
        vid = conn.execute(select(t.events.c.id).where(t.events.c.type == "attack")).scalar_one()
    review = client.post("/review/fact", data={"kind": "event", "id": vid, "action": "correct", "date": "2019-04"},
                         headers=AUTH)
    # the review is stored while the upload is still held at its gate: it did not wait behind it
    assert review.status_code == 201
    assert client.get(url).json()["state"] == "running" and not (folder / "open").exists()
    (folder / "open").touch()
    job = _wait(client, url)
    assert [x["status"] for x in job["results"]] == ["added"]
    assert {d["kind"] for d in client.get("/decisions.json").json()["decisions"]} >= {"upload", "review"}


def test_an_upload_over_its_budget_fails_alone(budgeted: tuple[TestClient, Path]) -> None:
    client, _ = budgeted
    files = [("files", ("spin.txt", b"spin: Kofi Marlow", "text/plain")),
             ("files", ("fine.txt", b"Ines Vardy reached Kidal.", "text/plain"))]
    job = _wait(client, client.post("/upload", files=files, headers=AUTH).headers["location"])
    spin, fine = job["results"]
    assert spin["status"] == "failed" and "time budget" in spin["reason"], spin
    assert fine["status"] == "added"
