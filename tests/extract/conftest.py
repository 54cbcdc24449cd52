"""Fixtures for the extraction tests: the domain extractor is built once per session (model loads once)."""

from __future__ import annotations

import pytest

from reportgraph.extract.domain import DomainExtractor
from reportgraph.model import Extraction, LocalEntity, SourceDocument


@pytest.fixture(scope="session")
def extractor() -> DomainExtractor:
    return DomainExtractor()


class Found:
    """An extraction with lookups by name, for short assertions."""

    def __init__(self, extraction: Extraction, text: str) -> None:
        self.extraction = extraction
        self.text = text

    def by_name(self, name: str) -> LocalEntity | None:
        for e in self.extraction.entities:
            if name in e.names():
                return e
        return None

    def type_of(self, name: str) -> str | None:
        e = self.by_name(name)
        return e.type if e else None

    def same(self, a: str, b: str) -> bool:
        ea, eb = self.by_name(a), self.by_name(b)
        return ea is not None and ea is eb


@pytest.fixture(scope="session")
def run(extractor: DomainExtractor):
    def _run(text: str) -> Found:
        return Found(extractor.extract(SourceDocument(id="t", source="t.txt", title="t", text=text)), text)

    return _run
