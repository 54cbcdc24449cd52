"""The seam between the pipeline and any extractor."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..model import Extraction, SourceDocument


class Extractor(Protocol):
    """Reads one document and returns everything it found, with document-local entity keys."""

    name: str

    def extract(self, doc: SourceDocument) -> Extraction: ...

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]: ...
