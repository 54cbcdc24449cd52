"""The one writer: every write of the web app (reviews, merges, the store step of uploads) runs on
one thread.

SQLite allows one writer at a time; queueing writes here keeps request threads from contending
for the lock. An upload is read and extracted on its own thread, in the extraction process
(``web/extraction.py``), and only its store step is queued here: a long upload never makes a review
wait. Its page polls the job's status.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..api import FileResult, KnowledgeBase
from ..review import log_upload
from .extraction import Extraction, extraction_for

T = TypeVar("T")


@dataclass
class Job:
    """An upload being ingested: polled at /upload/jobs/ID.json."""

    id: int
    files: list[str]
    actor: str
    state: str = "queued"  # queued, running, done
    done: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.files)


class Writer:
    def __init__(self, kb: KnowledgeBase, extraction: Extraction | None = None) -> None:
        self.kb = kb
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportgraph-writer")
        # uploads wait for the extraction process here, one file at a time, never on the writer
        self._uploads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportgraph-upload")
        self._extraction = extraction
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.jobs: dict[int, Job] = {}

    @property
    def extraction(self) -> Extraction:
        """The extraction process (started on the first upload)."""
        with self._lock:
            if self._extraction is None:
                self._extraction = extraction_for(self.kb)
            return self._extraction

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one write on the writer thread and wait for its result (or exception)."""
        return self._pool.submit(fn, *args).result()

    def ingest(self, files: list[tuple[str, bytes]], actor: str, language: str | None = None) -> Job:
        """Queue uploaded files for ingestion; returns at once with the job to poll. ``language``
        ("fr", "en") overrides the identification of each file's language."""
        with self._lock:
            job = Job(next(self._ids), [name for name, _ in files], actor)
            self.jobs[job.id] = job
        self._uploads.submit(self._run, job, files, language)
        return job

    def _run(self, job: Job, files: list[tuple[str, bytes]], language: str | None = None) -> None:
        job.state = "running"
        for name, data in files:
            try:
                got = self.extraction.extract(data, name, language)
                r = got if isinstance(got, FileResult) else self.call(self._store, got, name, job.actor)
                result = {"file": name, "status": r.status, "document_id": r.document_id, "reason": r.reason,
                          "counts": r.counts, "language": r.language}
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others or the writer
                result = {"file": name, "status": "failed", "document_id": None,
                          "reason": f"{exc.__class__.__name__}: {exc}", "counts": {}}
            job.results.append(result)
            job.done += 1
        job.state = "done"

    def _store(self, got: tuple[Any, Any], name: str, actor: str) -> FileResult:
        """The write step of one upload (on the writer thread)."""
        r = self.kb.store_extracted(*got)
        r.path = name
        if r.status == "added" and r.document_id:  # the audit log says who brought it in
            log_upload(self.kb.store, r.document_id, name, actor)
        return r

    def close(self) -> None:
        self._uploads.shutdown(wait=False, cancel_futures=True)
        if self._extraction is not None:
            self._extraction.close()  # ends a running extraction: its upload fails, nothing is half-written
        self._uploads.shutdown(wait=True)
        self._pool.shutdown(wait=True, cancel_futures=True)
