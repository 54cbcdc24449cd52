"""A knowledge base of the bundled example reports (examples/reports), built once per test session
with the real extraction pipeline: what a new user gets from ``make run``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a SQLite knowledge base holding the example reports (ingest once, ~15 s)."""
    db = tmp_path_factory.mktemp("examples") / "examples.sqlite"
    with KnowledgeBase(db) as kb:
        report = kb.ingest([EXAMPLES / "reports"])
    assert not report.failed, report.failed
    return db


@pytest.fixture
def examples_kb(examples_db: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(examples_db) as kb:
        yield kb
