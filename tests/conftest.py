"""Shared fixtures: a knowledge base on every backend, and small hand-made documents.

The PostgreSQL backend runs when REPORTGRAPH_TEST_PG_URL names a server database
(``export REPORTGRAPH_TEST_PG_URL="$(scripts/pg-test-server)"``); each test gets a schema of its
own there, dropped afterwards. Without it, those cases are skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from reportgraph.store import Store

PG_URL = os.environ.get("REPORTGRAPH_TEST_PG_URL", "")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty knowledge base on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "kb.sqlite")
        return
    if not PG_URL:
        pytest.skip("REPORTGRAPH_TEST_PG_URL is not set (start one with scripts/pg-test-server)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _with_search_path(PG_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    try:
        yield s
    finally:
        s.close()
