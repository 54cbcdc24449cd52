"""The public Python API. The CLI and the web pages are thin layers over this class."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import IngestError, ReportGraphError
from .export import export as _export
from .export.json_import import import_json
from .extract import Extractor, get_extractor
from .ingest import MAX_BYTES, discover, read_bytes, read_path
from .model import SourceDocument
from .query import Dossier, EntitySummary, dossier, find_entity, list_entities
from .resolve import Resolver, get_resolver
from .store import Store

DEFAULT_DB = "reportgraph.sqlite"


def default_db() -> str:
    """The knowledge base used when none is named: $REPORTGRAPH_DB, else ./reportgraph.sqlite."""
    return os.environ.get("REPORTGRAPH_DB") or DEFAULT_DB


@dataclass
class FileResult:
    """The outcome of ingesting one file."""

    path: str
    status: str  # "added", "unchanged" or "failed"
    document_id: str | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


ProgressCallback = Callable[[FileResult], None]


class KnowledgeBase:
    """A reportgraph knowledge base: ingest reports, query and export what they say."""

    def __init__(self, db: str | Path | None = None, extractor: Extractor | None = None,
                 resolver: Resolver | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.store = Store(db or default_db())
        self._extractor = extractor
        self.resolver = resolver or get_resolver()
        self.max_bytes = max_bytes

    @property
    def extractor(self) -> Extractor:
        """The extraction pipeline, built on first use (loading models takes seconds)."""
        if self._extractor is None:
            self._extractor = get_extractor()
        return self._extractor

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest
    def ingest_document(self, doc: SourceDocument) -> FileResult:
        """Extract, resolve and store one document; an already stored text changes nothing."""
        if self.store.has_document(doc.id):
            return FileResult(doc.source, "unchanged", doc.id)
        extraction = self.extractor.extract(doc)
        stored = self.store.add_document(doc, extraction, self.resolver)
        return FileResult(doc.source, "added", doc.id, counts={
            "entities": stored.entities, "new_entities": stored.new_entities, "mentions": stored.mentions,
            "relations": stored.relations, "events": stored.events})

    def ingest_bytes(self, data: bytes, name: str) -> FileResult:
        """Ingest an uploaded file's bytes."""
        try:
            return self.ingest_document(read_bytes(data, name, self.max_bytes))
        except IngestError as exc:
            return FileResult(name, "failed", reason=exc.reason)

    def ingest(self, paths: Iterable[str | Path], on_file: ProgressCallback | None = None) -> IngestReport:
        """Ingest files and folders; a bad file is reported and skipped, the others still go in."""
        report = IngestReport()
        for path in discover([Path(p) for p in paths]):
            try:
                result = self.ingest_document(read_path(path, self.max_bytes))
                result.path = str(path)
            except IngestError as exc:
                result = FileResult(str(path), "failed", reason=exc.reason)
            except ReportGraphError as exc:
                result = FileResult(str(path), "failed", reason=str(exc))
            report.results.append(result)
            if on_file:
                on_file(result)
        return report

    def files(self, paths: Iterable[str | Path]) -> list[Path]:
        """The files an ingest of these paths would read (for progress totals)."""
        return discover([Path(p) for p in paths])

    # ------------------------------------------------------------------ read
    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = self.store.counts()
        counts["by_type"] = {}
        for s in list_entities(self.store, limit=10**9):
            counts["by_type"][s.type] = counts["by_type"].get(s.type, 0) + 1
        return counts

    def entities(self, entity_type: str | None = None, limit: int = 1000) -> list[EntitySummary]:
        return list_entities(self.store, entity_type, limit)

    def dossier(self, ref: str) -> Dossier:
        """The dossier of the entity named (or with id) ``ref``."""
        return dossier(self.store, find_entity(self.store, ref))

    def export(self, fmt: str, output: str | Path) -> dict[str, Any]:
        return _export(self.store, fmt, Path(output))

    def import_json(self, path: str | Path,
                    on_progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Load a JSON export into this (empty) knowledge base, exactly as it was exported;
        ``on_progress(bytes_read, size)`` is called as the file is read."""
        return import_json(self.store, Path(path), on_progress)
