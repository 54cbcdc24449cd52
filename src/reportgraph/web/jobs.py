"""The one writer: every write of the web app (reviews, merges, uploads) runs on one thread.

SQLite allows one writer at a time; queueing writes here keeps request threads from contending
for the lock, and lets an upload be ingested in the background while its page polls a status.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..api import KnowledgeBase
from ..review import log_upload

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
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportgraph-writer")
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.jobs: dict[int, Job] = {}

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one write on the writer thread and wait for its result (or exception)."""
        return self._pool.submit(fn, *args).result()

    def ingest(self, files: list[tuple[str, bytes]], actor: str, language: str | None = None) -> Job:
        """Queue uploaded files for ingestion; returns at once with the job to poll. ``language``
        ("fr", "en") overrides the identification of each file's language."""
        with self._lock:
            job = Job(next(self._ids), [name for name, _ in files], actor)
            self.jobs[job.id] = job
        self._pool.submit(self._run, job, files, language)
        return job

    def _run(self, job: Job, files: list[tuple[str, bytes]], language: str | None = None) -> None:
        job.state = "running"
        for name, data in files:
            try:
                r = self.kb.ingest_bytes(data, name, language=language)
                if r.status == "added" and r.document_id:  # the audit log says who brought it in
                    log_upload(self.kb.store, r.document_id, name, job.actor)
                job.results.append(
                    {
                        "file": name,
                        "status": r.status,
                        "document_id": r.document_id,
                        "reason": r.reason,
                        "counts": r.counts,
                        "language": r.language,
                    }
                )
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others or the writer
                job.results.append(
                    {
                        "file": name,
                        "status": "failed",
                        "document_id": None,
                        "reason": f"{exc.__class__.__name__}: {exc}",
                        "counts": {},
                    }
                )
            job.done += 1
        job.state = "done"

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
