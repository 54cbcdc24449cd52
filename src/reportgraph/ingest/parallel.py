"""The extraction stage of an ingest on several cores: files in, documents with their extraction out,
in input order, for the one writer that resolves and stores them (``KnowledgeBase.ingest``).

Reading and extraction are independent per file, so they run in worker processes, each loading the
models once; resolution depends on every document stored before, so it stays in the writer, and a
document's ids depend only on the order of the writes, which is the order of the files. Hence any
number of workers stores exactly what one process does.

``prepare`` is the stage of one file; ``processes`` runs it on a local pool, ``ingest/cluster.py``
on a Dask cluster. Both hand back ``Prepared`` values, plain data that pickles.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExtractionError
from ..extract.base import Extractor
from ..limits import Limits
from ..model import Extraction, SourceDocument

# Below this many files per worker, starting the workers (each loads the models: seconds of CPU)
# costs more than sharing the files saves, and the default is one process.
MIN_FILES_PER_WORKER = 8
# Files per worker in flight ahead of the writer (a few hundred KB each, once extracted).
AHEAD = 8


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def default_workers(n_files: int, cores: int | None = None) -> int:
    """The workers an ingest of ``n_files`` uses when none are asked for: the cores available,
    fewer when there are too few files to repay starting them."""
    cores = available_cores() if cores is None else cores
    return max(1, min(cores, n_files // MIN_FILES_PER_WORKER))


@dataclass(frozen=True)
class Job:
    """One file for the extraction stage. ``data`` is its bytes when the worker may not see the file
    (a cluster's machines); ``known_db`` is a knowledge base the worker may read to skip a text that
    is already stored (a local run: it never creates one)."""

    index: int
    path: str
    reported: str | None
    limits: Limits
    data: bytes | None = None
    known_db: str | None = None
    language: str | None = None  # the user's --language; None: identified per document


@dataclass
class Prepared:
    """The stage's answer for one file: the document and its extraction, or why there is none
    (``stored``: the text is in the knowledge base already; ``reason``/``code``: it failed)."""

    index: int
    path: str
    doc: SourceDocument | None = None
    extraction: Extraction | None = None
    stored_id: str | None = None
    reason: str | None = None
    code: str | None = None
    worker: int = 0  # the process that prepared it (for the tests and benchmarks)


# ---------------------------------------------------------------------- one worker's state
_extractors: dict[str, Extractor] = {}
_known: dict[str, Any] = {}  # knowledge base url -> Store, read only
_lock = threading.RLock()  # a Dask worker may run tasks in threads; a spaCy pipeline is not shared
# (re-entrant: ``prepare`` holds it when it builds the extractor of a worker not initialised yet)


def init_worker(extractor: str | Extractor = "default") -> None:
    """Load the extraction models of this worker process, once (the pool's initializer, the Dask
    plugin's ``setup``). An extractor object (picklable) is used as it is; a name is built."""
    with _lock:
        if "current" not in _extractors:
            if isinstance(extractor, str):
                from ..routing import LanguageRouter

                # each document read by its language's pipeline, built when the first one arrives
                _extractors["current"] = LanguageRouter(extractor)
            else:
                _extractors["current"] = extractor


def _extractor() -> Extractor:
    if "current" not in _extractors:
        init_worker()
    return _extractors["current"]


def _is_stored(db: str, doc_id: str) -> bool:
    store = _known.get(db)
    if store is None:
        from ..store import Store, database_url

        url = database_url(db)
        if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
            return False  # never create a knowledge base from a worker
        store = _known[db] = Store(db)
    return bool(store.has_document(doc_id))


def memory_zone(extractor: Extractor, language: str | None = None) -> contextlib.AbstractContextManager[Any]:
    """spaCy's ``memory_zone`` around one document: the strings and vocabulary entries it adds are
    freed when the document is done, so a worker that reads millions of documents does not grow.
    A language router's zone is that of the document's (main) language's pipeline."""
    if language and hasattr(extractor, "for_language"):
        extractor = extractor.for_language(language.split("+")[0])
    nlp = getattr(extractor, "nlp", None)
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def prepare(job: Job) -> Prepared:
    """Read and extract one file: the work of a worker. Never raises: a failure is the file's."""
    from ..api import _failure, _size, _with_reported
    from ..routing import with_language
    from .readers import read_bytes, read_path

    out = Prepared(job.index, job.path, worker=os.getpid())
    size = len(job.data) if job.data is not None else _size(Path(job.path))
    try:
        # the file's time and memory budget grows with its size, as in a one-process ingest
        with _lock, job.limits.budget(job.path, size) as budget:
            if job.data is not None:
                doc = read_bytes(job.data, job.path, limits=job.limits)
            else:
                doc = read_path(Path(job.path), limits=job.limits)
            budget.allow(len(doc.text))
            if job.known_db and _is_stored(job.known_db, doc.id):
                out.stored_id = doc.id
                return out
            doc = _with_reported(with_language(doc, job.language), job.reported)
            extractor = _extractor()
            with memory_zone(extractor, doc.language):
                out.extraction = extractor.extract(doc)
            out.doc = doc
    except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
        failed = _failure(job.path, exc)
        out.reason, out.code = failed.reason, failed.code
    return out


def _watch_parent() -> None:
    """End this worker when the process that started it is gone (killed with -9, it could not
    say so): a daemon thread polling the parent id."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="reportgraph-parent-watch").start()


def _pool_init(extractor: str | Extractor) -> None:
    _watch_parent()
    init_worker(extractor)


def processes(jobs: Sequence[Job], workers: int, extractor: str | Extractor = "default") -> Iterator[Prepared]:
    """Run ``prepare`` on ``workers`` local processes; the answers come back in input order.

    At most ``AHEAD`` files per worker are in flight, so memory stays bounded on any corpus, and the
    writer taking them in order never holds a worker back: while one worker reads a long report the
    others go on with the files after it (a report several times the typical length). A worker
    that dies (killed, out of memory) breaks the pool: a fresh one takes the files in flight, and a
    file that breaks a second pool is failed alone."""
    window = max(2, workers * AHEAD)
    # "spawn": a clean interpreter per worker; forking a process that holds database connections
    # and threads is unsafe
    ctx = multiprocessing.get_context("spawn")
    attempts: dict[int, int] = {}

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_pool_init, initargs=(extractor,))

    pool = start()
    pending: dict[int, Future[Prepared]] = {}
    by_index = {job.index: job for job in jobs}
    order = [job.index for job in jobs]
    nxt = 0
    try:
        for idx in order:
            while nxt < len(order) and len(pending) < window:
                pending[order[nxt]] = pool.submit(prepare, by_index[order[nxt]])
                nxt += 1
            while True:
                try:
                    result = pending[idx].result()
                    break
                except BrokenProcessPool:
                    attempts[idx] = attempts.get(idx, 0) + 1
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = start()
                    if attempts[idx] > 1:
                        del pending[idx]
                        result = Prepared(idx, by_index[idx].path, reason="a worker process died reading it "
                                          "(out of memory?)", code=ExtractionError.code)
                        for other in list(pending):
                            pending[other] = pool.submit(prepare, by_index[other])
                        break
                    for other in list(pending):
                        pending[other] = pool.submit(prepare, by_index[other])
            pending.pop(idx, None)
            yield result
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # every file answered: the workers are idle and exit now
