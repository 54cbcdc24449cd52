"""The public Python API. The CLI and the web pages are thin layers over this class."""

from __future__ import annotations

import dataclasses
import gc
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from .dates import reported_value
from .errors import ExtractionError, ReportGraphError, StoreError
from .export import export as _export
from .export.json_import import import_json
from .extract import Extractor, get_extractor
from .ingest import discover, read_bytes, read_path
from .ingest.dateline import reported_date
from .ingest.heap import collector, keep_heap
from .ingest.language import check_language
from .ingest.parallel import BATCH, Job, Prepared, extract_batch, processes
from .limits import Limits
from .model import SourceDocument
from .query import Dossier, EntitySummary, dossier, find_entity, list_entities
from .query.conflicts import Conflict, conflicts
from .query.documents import DocumentSummary, entity_languages, languages, list_documents
from .query.network import Community, Neighbour, Ranked, centrality, communities, neighbours
from .query.paths import GraphPath, paths
from .query.preview import MergePreview, SplitPreview, merge_preview, split_preview
from .query.search import SearchHit, search
from .query.timeline import TimelineEntry, timeline
from .resolve import Explanation, Resolver
from .resolve.base import DocumentResolver
from .review import (
    Decision,
    apply_to_document,
    decisions,
    grade,
    grade_source,
    merge,
    merge_risks,
    revert,
    review_fact,
    set_reported,
    split,
)
from .review import set_place as _set_place
from .routing import LanguageRouter, with_language
from .store import Store, database_url
from .store.asof import AsOfReport, copy_into, restrict
from .store.resolution import EngineResolution, explain_entities
from .store.store import StoredDocument

DEFAULT_DB = "reportgraph.sqlite"
WRITE_WAIT_S = 600  # how long an ingest waits for another process's writes to the same knowledge base
# Files a one-process ingest reads, then extracts together: spaCy parses a batch for about 10% less
# CPU a document than one at a time (extract/paragraphs.py: parse_many); the same as PARSE_BATCH there,
# and as the batches of the worker processes and of Dask (ingest/parallel.py)
EXTRACT_BATCH = BATCH


def freeze_startup() -> None:
    """Leave the objects alive now (the pipeline, the tables, the gazetteer: some 450,000) out of the
    cyclic collector's passes from here on (``gc.freeze``), once per process. Every full pass walked
    them all again (about 0.2 s each, one every dozen reports, prompted by the allocations of the
    extraction) and found nothing to free; the passes over the younger objects cost less too. Called
    when an ingest's first documents are stored, so that everything loaded for them is included.
    Nothing is lost but what is garbage at that moment, never collected (it is a one-off)."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()


_FROZEN = False


def default_db() -> str:
    """The knowledge base used when none is named: $REPORTGRAPH_DB, else ./reportgraph.sqlite."""
    return os.environ.get("REPORTGRAPH_DB") or DEFAULT_DB


def _must_exist(db: str | Path) -> None:
    url = database_url(db)
    if not url.startswith("sqlite:///"):
        return  # a server database exists or fails to connect: nothing is created by mistake
    path = Path(url[len("sqlite:///"):])
    if str(path) != ":memory:" and not path.exists():
        raise StoreError(f"no knowledge base at {path} (ingest or import creates one; "
                         "--create opens a new, empty one)")


@dataclass
class FileResult:
    """The outcome of ingesting one file."""

    path: str
    status: str  # "added", "unchanged" or "failed"
    document_id: str | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    code: str | None = None  # the error code of a failure (errors.py)
    language: str | None = None  # the language it was read as ("fr", "en", "fr+en")


def _with_reported(doc: SourceDocument, reported: str | None) -> SourceDocument:
    """The document with its reported (publication) date: ``reported`` when given, else the one its
    reader found, else a ``Date:`` line or dateline at its top (``ingest/dateline.py``)."""
    if reported or doc.reported is None:
        return dataclasses.replace(doc, reported=reported_value(reported) if reported
                                   else reported_date(doc.text, doc.language))
    return doc


def _language(language: str | None) -> str | None:
    """A user's ``--language``: a code such as "fr", or None for "auto" (identified per document)."""
    return None if language is None or language.strip().lower() == "auto" else check_language(language)


def _failure(path: str, exc: BaseException) -> FileResult:
    """One file's failure as a result: the coded error, or an unexpected exception named by class."""
    if isinstance(exc, ReportGraphError):
        reason = getattr(exc, "reason", None) or exc.message
        return FileResult(path, "failed", reason=reason, code=exc.code)
    detail = (str(exc).splitlines() or [""])[0][:200]
    return FileResult(path, "failed", reason=f"unexpected {exc.__class__.__name__}" + (f": {detail}" if detail
                                                                                       else ""),
                      code=ExtractionError.code)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the reader says what is wrong with it


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
                 resolver: Resolver | DocumentResolver | None = None, max_bytes: int | None = None,
                 limits: Limits | None = None, create: bool = True) -> None:
        """``create=False`` refuses a SQLite file that does not exist yet (StoreError) rather than
        creating an empty knowledge base: a mistyped path is an error, not an empty answer."""
        self.limits = limits or Limits.from_env()
        if max_bytes is not None:
            self.limits = replace(self.limits, max_bytes=max_bytes)
        db = db or default_db()
        if not create:
            _must_exist(db)
        self.store = Store(db)
        self._extractor = extractor
        self.resolver: Resolver | DocumentResolver = resolver or EngineResolution()
        self._scratch: Path | None = None
        self.as_of_report: AsOfReport | None = None  # set on an ``as_of`` view

    @property
    def max_bytes(self) -> int:
        return self.limits.max_bytes

    @property
    def extractor(self) -> Extractor:
        """The extraction pipeline, built on first use (loading models takes seconds): each document
        is read by its language's pipeline (``routing.py``) unless an extractor was given."""
        if self._extractor is None:
            self._extractor = LanguageRouter("default", lambda name, lang: get_extractor(name, language=lang))
        return self._extractor

    def close(self) -> None:
        self.store.close()
        if self._scratch is not None:  # an as-of copy: its temporary folder goes with it
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def as_of(self, date: str) -> KnowledgeBase:
        """A read-only view of this knowledge base as it could be known on ``date`` (YYYY[-MM[-DD]]):
        documents reported later and analyst decisions made later left out (``store/asof.py``). It
        is a temporary copy: close it when done. ``as_of_report`` says what was left out."""
        scratch = Path(tempfile.mkdtemp(prefix="reportgraph-asof-"))
        try:
            view = KnowledgeBase(scratch / "as-of.sqlite", self._extractor, self.resolver, self.max_bytes)
            view._scratch = scratch
            copy_into(self.store, view.store)
            view.as_of_report = restrict(view.store, date)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        return view

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest
    def ingest_document(self, doc: SourceDocument, reported: str | None = None,
                        language: str | None = None) -> FileResult:
        """Extract, resolve and store one document; an already stored text changes nothing.

        Its reported (publication) date is ``reported`` (YYYY[-MM[-DD]]) when given, else the one the
        reader found, else a ``Date:`` line or dateline at its top (``ingest/dateline.py``). Its
        language is ``language`` ("fr", "en") when given, else the one identified from its text
        ("auto", or None)."""
        if self.store.has_document(doc.id):
            return FileResult(doc.source, "unchanged", doc.id)
        doc = _with_reported(with_language(doc, _language(language)), reported)
        with self.limits.budget(doc.source, len(doc.text.encode("utf-8", "surrogatepass"))):
            extraction = self.extractor.extract(doc)
        return self._store(doc, extraction)

    def _store(self, doc: SourceDocument, extraction: Any) -> FileResult:
        # Built before the write transaction, never inside it: other writers wait while it is open.
        from .resolve.places import default_gazetteer

        default_gazetteer()
        stored = self._write(doc, extraction)
        if stored.existed:  # another process stored the same text meanwhile
            return FileResult(doc.source, "unchanged", doc.id)
        return FileResult(doc.source, "added", doc.id, language=doc.language, counts={
            "entities": stored.entities, "new_entities": stored.new_entities, "mentions": stored.mentions,
            "relations": stored.relations, "events": stored.events})

    def _write(self, doc: SourceDocument, extraction: Any) -> StoredDocument:
        """The document's write transaction; a knowledge base busy with another process's writes
        is waited for (each transaction is whole or nothing, so trying again is safe)."""
        deadline = time.monotonic() + WRITE_WAIT_S
        while True:
            try:
                # Analysts' decisions outlive ingests: a new document may bring back a rejected fact
                # or link a local entity to an entity that was merged away; those that touch it are
                # applied in its own transaction (never the whole log after every document).
                return self.store.add_document(doc, extraction, self.resolver, then=apply_to_document)
            except IntegrityError:
                if self.store.has_document(doc.id):  # PostgreSQL: a concurrent insert of the same text
                    return StoredDocument(doc.id, 0, 0, 0, 0, 0, existed=True)
                raise
            except OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StoreError(f"the knowledge base stayed locked by another writer for {WRITE_WAIT_S} s") \
                        from None
                time.sleep(0.2)

    def ingest_bytes(self, data: bytes, name: str, reported: str | None = None,
                     language: str | None = None) -> FileResult:
        """Ingest an uploaded file's bytes; any failure is the file's result, never an exception.
        ``language``: as in ``ingest_document``."""
        got = self.extract_bytes(data, name, reported, language=language)
        if isinstance(got, FileResult):
            return got
        result = self.store_extracted(*got)
        result.path = name
        return result

    def extract_bytes(self, data: bytes, name: str, reported: str | None = None,
                      on_budget: Callable[[float], None] | None = None,
                      language: str | None = None) -> FileResult | tuple[SourceDocument, Any]:
        """Read and extract a file's bytes within its budget, writing nothing: the document and its
        extraction for ``store_extracted``, or the file's result when it is stored already or fails.
        ``on_budget`` hears the file's time budget once its text is read; ``language`` as in
        ``ingest_document``. (The workbench runs this in its extraction process, so a long upload
        never holds the writer: web/extraction.py.)"""
        try:
            with self.limits.budget(name, len(data)) as budget:
                doc = read_bytes(data, name, limits=self.limits)
                budget.allow(len(doc.text))
                if on_budget:
                    on_budget(budget.seconds)
                if self.store.has_document(doc.id):
                    return FileResult(name, "unchanged", doc.id)
                doc = _with_reported(with_language(doc, _language(language)), reported)
                return doc, self.extractor.extract(doc)
        except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
            return _failure(name, exc)

    def store_extracted(self, doc: SourceDocument, extraction: Any) -> FileResult:
        """Store a document ``extract_bytes`` read and extracted (the write step alone)."""
        try:
            return self._store(doc, extraction)
        except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
            return _failure(doc.source, exc)

    def ingest(self, paths: Iterable[str | Path], on_file: ProgressCallback | None = None,
               reported: str | None = None, language: str | None = None, workers: int = 1,
               dask: str | None = None) -> IngestReport:
        """Ingest files and folders; a bad file is reported and skipped, the others still go in.
        ``reported`` (YYYY[-MM[-DD]]) is the publication date of them all, overriding their own;
        ``language`` ("fr", "en") the language of them all, else each one's is identified ("auto").

        Every failure of one file (its reader, a library's exception inside extraction, a limit of
        ``self.limits``) becomes that file's ``failed`` result with its error code.

        ``workers`` > 1 reads and extracts in that many worker processes while this process resolves
        and stores, in the files' order (``ingest/parallel.py``); ``dask`` runs that stage on a Dask
        cluster instead: ``"local"`` starts a LocalCluster of ``workers`` processes, an address
        (``tcp://host:8786``) uses a running scheduler (``ingest/cluster.py``). Either way the
        knowledge base is the one a single process builds, ids included. Worker processes are never
        forked from this one (spawned, or forked from a fresh fork server that loaded the default
        models: ``parallel.pool_context``): a script that asks for them runs its ingest under
        ``if __name__ == "__main__":``, as any multiprocessing code does."""
        if reported:
            reported = reported_value(reported)  # a bad date is refused before any file is read
        language = _language(language)  # and so is a bad language code
        keep_heap()  # the process's C heap kept, not handed back and faulted in again (ingest/heap.py)
        with collector():
            return self._ingest(paths, on_file, reported, language, workers, dask)

    def _ingest(self, paths: Iterable[str | Path], on_file: ProgressCallback | None, reported: str | None,
                language: str | None, workers: int, dask: str | None) -> IngestReport:
        report = IngestReport()
        files = discover([Path(p) for p in paths])
        if workers > 1 or dask:
            for prepared in self._prepare(files, reported, workers, dask, language):
                stored = self._store_prepared(prepared)
                report.results.append(stored)
                if on_file:
                    on_file(stored)
                if len(report.results) == EXTRACT_BATCH:
                    freeze_startup()  # the writer's start-up (its tables, the pool or the cluster) is done
            return report
        if files and language is None:
            from .ingest.language import load_identifier

            load_identifier()  # start-up, not the first file's time budget
        for start in range(0, len(files), EXTRACT_BATCH):
            batch = files[start:start + EXTRACT_BATCH]
            read = [self._read(path, reported, language) for path in batch]
            # each document's extraction in turn (a failed batch's files extracted alone as they come)
            extracted = extract_batch(self.extractor, [got for got in read if isinstance(got, SourceDocument)],
                                      self.limits)
            seen: set[str] = set()
            for path, got in zip(batch, read, strict=True):
                if isinstance(got, FileResult):
                    result = got
                else:
                    try:
                        extraction = next(extracted)
                        if got.id in seen and self.store.has_document(got.id):  # the same text twice
                            result = FileResult(str(path), "unchanged", got.id)
                        elif isinstance(extraction, BaseException):  # its own failure, extracted alone
                            raise extraction
                        else:
                            result = self._store(got, extraction)
                    except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
                        result = _failure(str(path), exc)
                    seen.add(got.id)
                result.path = str(path)
                report.results.append(result)
                if on_file:
                    on_file(result)
            freeze_startup()  # the start-up is done: its objects out of the collector's passes
        return report

    def _read(self, path: Path, reported: str | None, language: str | None) -> SourceDocument | FileResult:
        """One file of a one-process ingest read within its budget: its document (language and
        reported date set), or its result when it is stored already or cannot be read."""
        try:
            with self.limits.budget(str(path), _size(path)) as budget:
                doc = read_path(path, limits=self.limits)
                budget.allow(len(doc.text))
                if self.store.has_document(doc.id):
                    return FileResult(str(path), "unchanged", doc.id)
                return _with_reported(with_language(doc, language), reported)
        except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
            return _failure(str(path), exc)

    def _prepare(self, files: list[Path], reported: str | None, workers: int,
                 dask: str | None, language: str | None = None) -> Iterator[Prepared]:
        """The extraction stage of ``ingest`` on worker processes or a Dask cluster, in file order."""
        # the workers build the default pipeline themselves; an extractor given to this knowledge
        # base is shipped to them (it must pickle)
        extractor: str | Extractor = "default" if self._extractor is None else self._extractor
        if dask:
            from .ingest.cluster import dask_stage

            return dask_stage(files, reported, self.limits, workers, dask, extractor, language)
        known = self.store.url if not self.store.url.startswith("sqlite:///:memory:") else None
        jobs = [Job(i, str(f), reported, self.limits, known_db=known, language=language)
                for i, f in enumerate(files)]
        return processes(jobs, workers, extractor)

    def _store_prepared(self, prepared: Prepared) -> FileResult:
        """The writer's half of a parallel ingest: resolve and store one prepared document."""
        if prepared.reason is not None:
            return FileResult(prepared.path, "failed", reason=prepared.reason, code=prepared.code)
        if prepared.stored_id is not None or prepared.doc is None or prepared.extraction is None:
            return FileResult(prepared.path, "unchanged", prepared.stored_id)
        try:
            if self.store.has_document(prepared.doc.id):
                result = FileResult(prepared.path, "unchanged", prepared.doc.id)
            else:
                result = self._store(prepared.doc, prepared.extraction)
        except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
            result = _failure(prepared.path, exc)
        result.path = prepared.path
        return result

    def files(self, paths: Iterable[str | Path]) -> list[Path]:
        """The files an ingest of these paths would read (for progress totals)."""
        return discover([Path(p) for p in paths])

    # ------------------------------------------------------------------ read
    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = self.store.counts()
        counts["by_language"] = languages(self.store)
        counts["by_type"] = {}
        for s in list_entities(self.store, limit=10**9):
            counts["by_type"][s.type] = counts["by_type"].get(s.type, 0) + 1
        return counts

    def documents(self, grades: str = "ABCDEF", limit: int = 1000,
                  language: str | None = None) -> list[DocumentSummary]:
        """Documents, newest first; ``language`` ("fr") keeps those written in it (mixed ones too)."""
        return list_documents(self.store, grades, limit, language)

    def languages(self, ref: str | int) -> dict[str, int]:
        """The languages of the documents naming an entity (a name or id), each with its document count."""
        return entity_languages(self.store, self.entity_id(ref))

    def entities(self, entity_type: str | None = None, limit: int = 1000) -> list[EntitySummary]:
        return list_entities(self.store, entity_type, limit)

    def dossier(self, ref: str, max_facts: int | None = None) -> Dossier:
        """The dossier of the entity named (or with id) ``ref``; ``max_facts`` bounds the relations and
        the events listed (their totals are still counted)."""
        return dossier(self.store, find_entity(self.store, ref), max_facts)

    def why(self, a: str, b: str) -> tuple[int, int, bool, Explanation]:
        """Evidence for and against two entities (names or ids) being one: (id a, id b, same now?, why)."""
        ea, eb = find_entity(self.store, a), find_entity(self.store, b)
        with self.store.engine.connect() as conn:
            return ea, eb, ea == eb, explain_entities(conn, ea, eb, a, b)

    def export(self, fmt: str, output: str | Path) -> dict[str, Any]:
        return _export(self.store, fmt, Path(output))

    # ------------------------------------------------------------------ questions (query/)
    def search(self, q: str, limit: int = 20) -> list[SearchHit]:
        """Entities whose names and documents whose text match ``q`` (words, "phrases", OR, prefix*)."""
        return search(self.store, q, limit)

    def set_grade(self, ref: str, grade: str, actor: str = "cli", reason: str | None = None) -> list[str]:
        """Grade the reliability of a source (Admiralty A-F) by document id, source or file name;
        returns the ids graded. Each document's grade is a logged decision (``grade``), so it is
        replayed after later ingests like the workbench's."""
        return [d.target["document"] for d in grade_source(self.store, ref, grade, actor, reason)]

    def entity_id(self, ref: str | int) -> int:
        """An entity id from an id, 'e12', or a name."""
        return ref if isinstance(ref, int) else find_entity(self.store, ref)

    def neighbours(self, entity: str | int, depth: int = 1, predicates: Iterable[str] | None = None,
                   min_grade: str | None = None, min_credibility: int | None = None) -> list[Neighbour]:
        """Entities within ``depth`` hops (relations and shared events), nearest first."""
        return neighbours(self.store, self.entity_id(entity), depth, predicates, min_grade, min_credibility)

    def paths(self, a: str | int, b: str | int, max_len: int = 4, predicates: Iterable[str] | None = None,
              min_grade: str | None = None, min_credibility: int | None = None,
              limit: int = 5) -> list[GraphPath]:
        """The shortest connections between two entities, each hop with its evidence sentence."""
        return paths(self.store, self.entity_id(a), self.entity_id(b), max_len, predicates, min_grade,
                     min_credibility, limit)

    def centrality(self, kind: str = "degree", top: int = 20, predicates: Iterable[str] | None = None,
                   min_grade: str | None = None) -> list[Ranked]:
        return centrality(self.store, kind, top, predicates, min_grade)

    def communities(self, min_size: int = 2, predicates: Iterable[str] | None = None,
                    min_grade: str | None = None) -> list[Community]:
        return communities(self.store, min_size, predicates, min_grade)

    def timeline(self, actor: str | int | None = None, place: str | int | None = None,
                 type: str | None = None, start: str | None = None, end: str | None = None,
                 source: str | None = None, min_grade: str | None = None, min_credibility: int | None = None,
                 limit: int | None = None, entity: str | int | None = None,
                 grades: str | None = None, modality: str | None = None) -> list[TimelineEntry]:
        """Events in EDTF date order, filtered by actor, place (``entity``: either), type, period,
        source, source grade (``min_grade`` or better, or only ``grades`` such as "AB") and modality."""
        return timeline(self.store, self.entity_id(actor) if actor is not None else None,
                        self.entity_id(place) if place is not None else None, type, start, end, source,
                        min_grade, min_credibility, limit,
                        self.entity_id(entity) if entity is not None else None, grades, modality)

    def conflicts(self, entity: str | int | None = None) -> list[Conflict]:
        """Conflicting claims side by side (exclusive relations, one happening with different dates)."""
        return conflicts(self.store, self.entity_id(entity) if entity is not None else None)

    # ------------------------------------------------------------------ review
    def review_fact(self, kind: str, fact_id: int, action: str, actor: str, date: str | None = None,
                    reason: str | None = None) -> Decision:
        """Accept, reject or correct (an event's date) a relation or event; logged with who, when and why."""
        return review_fact(self.store, kind, fact_id, action, actor, date, reason)

    def merge(self, keep: int, other: int, actor: str, reason: str | None = None, force: bool = False) -> Decision:
        """Merge entity ``other`` into ``keep`` (re-links all its local entities); logged. Entities of
        different types, or that an analyst split apart, need ``force`` (``merge_risks`` says why)."""
        return merge(self.store, keep, other, actor, reason, force)

    def merge_risks(self, keep: int, other: int) -> list[str]:
        """Why a merge of these two entities needs ``force`` (empty when it does not)."""
        return merge_risks(self.store, keep, other)

    def merge_preview(self, keep: str | int, other: str | int) -> MergePreview:
        """Both sides of a merge (names, documents, facts) and why it would need ``force``."""
        return merge_preview(self.store, self.entity_id(keep), self.entity_id(other))

    def split_preview(self, local_entity_id: int) -> SplitPreview:
        """The document entity a split would detach, and the entity it would leave."""
        return split_preview(self.store, local_entity_id)

    def split(self, local_entity_id: int, actor: str, reason: str | None = None) -> Decision:
        """Move one document's local entity to a new global entity; logged."""
        return split(self.store, local_entity_id, actor, reason)

    def grade(self, document_id: str, value: str, actor: str, reason: str | None = None) -> Decision:
        """Set one document's source grade (A-F); logged and replayed like every decision.
        ``set_grade`` does the same for every document of a source."""
        return grade(self.store, document_id, value, actor, reason)

    def set_reported(self, document_id: str, reported: str | None, actor: str,
                     reason: str | None = None) -> Decision:
        """Set (or clear) the date a document was reported (YYYY, YYYY-MM or YYYY-MM-DD); logged."""
        return set_reported(self.store, document_id, reported, actor, reason)

    def revert(self, decision_id: int, actor: str, reason: str | None = None) -> Decision:
        """Undo a decision (a revert of a revert makes it again); the revert is itself logged."""
        return revert(self.store, decision_id, actor, reason)

    def set_place(self, entity: str | int, lat: float, lon: float, actor: str) -> Decision:
        """Set or correct a place's coordinates (a logged decision); the map and the exports follow."""
        return _set_place(self.store, self.entity_id(entity), lat, lon, actor)

    def decisions(self, limit: int = 500) -> list[Decision]:
        """The audit log of decisions, newest first."""
        return decisions(self.store, limit)

    # ------------------------------------------------------------------ interchange
    def import_json(self, path: str | Path,
                    on_progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Load a JSON export into this (empty) knowledge base, exactly as it was exported;
        ``on_progress(bytes_read, size)`` is called as the file is read."""
        return import_json(self.store, Path(path), on_progress)
