"""The public Python API. The CLI and the web pages are thin layers over this class."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import IngestError, ReportGraphError
from .export import export as _export
from .extract import Extractor, get_extractor
from .ingest import MAX_BYTES, discover, read_bytes, read_path
from .model import SourceDocument
from .query import Dossier, EntitySummary, dossier, find_entity, list_entities
from .query.search import SearchResult, search
from .resolve import Explanation, Resolver
from .resolve.base import DocumentResolver
from .review import Decision, decisions, grade, merge, replay_decisions, review_fact, split
from .store import Store
from .store.resolution import EngineResolution, explain_entities

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
                 resolver: Resolver | DocumentResolver | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.store = Store(db or default_db())
        self._extractor = extractor
        self.resolver: Resolver | DocumentResolver = resolver or EngineResolution()
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
        # Analysts' decisions outlive ingests: a new document may bring back a rejected fact or
        # link a local entity to an entity that was merged away.
        replay_decisions(self.store)
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

    def why(self, a: str, b: str) -> tuple[int, int, bool, Explanation]:
        """Evidence for and against two entities (names or ids) being one: (id a, id b, same now?, why)."""
        ea, eb = find_entity(self.store, a), find_entity(self.store, b)
        with self.store.engine.connect() as conn:
            return ea, eb, ea == eb, explain_entities(conn, ea, eb, a, b)

    def export(self, fmt: str, output: str | Path) -> dict[str, Any]:
        return _export(self.store, fmt, Path(output))

    def search(self, query: str, limit: int = 50) -> SearchResult:
        """Entities and documents matching ``query`` (the one search entry point)."""
        return search(self.store, query, limit)

    # ------------------------------------------------------------------ review
    def review_fact(self, kind: str, fact_id: int, action: str, actor: str, date: str | None = None) -> Decision:
        """Accept, reject or correct (an event's date) a relation or event; logged with who and when."""
        return review_fact(self.store, kind, fact_id, action, actor, date)

    def merge(self, keep: int, other: int, actor: str) -> Decision:
        """Merge entity ``other`` into ``keep`` (re-links all its local entities); logged."""
        return merge(self.store, keep, other, actor)

    def split(self, local_entity_id: int, actor: str) -> Decision:
        """Move one document's local entity to a new global entity; logged."""
        return split(self.store, local_entity_id, actor)

    def grade(self, document_id: str, value: str, actor: str) -> Decision:
        """Set a document's source grade (A-F); logged and replayed like every decision."""
        return grade(self.store, document_id, value, actor)

    def decisions(self, limit: int = 500) -> list[Decision]:
        """The audit log of decisions, newest first."""
        return decisions(self.store, limit)
