"""The extraction stage of an ingest on several cores: files in, documents with their extraction out,
in input order, for the one writer that resolves and stores them (``KnowledgeBase.ingest``).

Reading and extraction are independent per file, so they run in worker processes, each loading the
models once; resolution depends on every document stored before, so it stays in the writer, and a
document's ids depend only on the order of the writes, which is the order of the files. Hence any
number of workers stores exactly what one process does.

``prepare_many`` is the stage of a batch of consecutive files (read one by one, extracted together
by ``extract_batch``, the code of a one-process ingest too); ``processes`` runs it on a local pool,
``ingest/cluster.py`` on a Dask cluster. Both hand back ``Prepared`` values, plain data that
pickles.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExtractionError
from ..extract.base import Extractor
from ..limits import Limits
from ..model import Extraction, SourceDocument
from .budget import time_budget

# Files read, then extracted together as one task (one spaCy batch, ``paragraphs.parse_many``), by a
# worker as by a one-process ingest (``api.EXTRACT_BATCH``): a batch of 16 400-word reports parses
# for about 10% less CPU a document than one at a time (benchmarks/worker_batches.py), and takes
# about 2 s.
BATCH = 16
TAIL_BATCHES = 4  # near the end, batches shrink so that each worker still has this many to take
# Below this many files per worker, starting the workers (each loads the models: seconds of CPU)
# costs more than sharing the files saves, and the default is one process.
MIN_FILES_PER_WORKER = 8
# Batches per worker in flight or waiting for the writer (a few hundred KB a file, once extracted):
# one being read, one queued behind it so the worker never waits for the writer, one answered.
AHEAD = 3


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
# (re-entrant: ``prepare_many`` holds it when it builds the extractor of a worker not initialised yet)


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
    """spaCy's ``memory_zone`` around the documents of one task: the strings and vocabulary entries
    they add are freed when they are done, so a worker that reads millions of documents does not
    grow. A language router's zone is that of the document's (main) language's pipeline."""
    if language and hasattr(extractor, "for_language"):
        extractor = extractor.for_language(language.split("+")[0])
    nlp = getattr(extractor, "nlp", None)
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def extract_batch(extractor: Extractor, docs: Sequence[SourceDocument], limits: Limits) -> Iterator[Any]:
    """The extraction of each of a batch of documents read together, in order, or the exception it
    failed with: the batch parsed at once (``extract_many`` -> ``paragraphs.parse_many``) within the
    largest of their time budgets; when that fails, each document extracted alone within its own
    budget as it is asked for (a caller storing them meanwhile reports progress file by file), so a
    bad file fails with its own error and costs no other. The one-process ingest and every worker
    run this same code, so a document's extraction never depends on how the ingest was run."""
    if len(docs) > 1:
        seconds = max(limits.seconds_for(_text_bytes(doc)) for doc in docs)
        try:
            with time_budget(seconds, f"a batch of {len(docs)} documents", limits.max_memory):
                together = list(extractor.extract_many(docs))
            if len(together) == len(docs):
                yield from together
                return
        except Exception:  # noqa: BLE001 - retried one by one, where the failure is the file's own
            pass
    for doc in docs:
        try:
            with limits.budget(doc.source, _text_bytes(doc)):
                extraction = extractor.extract(doc)
        except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
            yield exc
        else:
            yield extraction


def _text_bytes(doc: SourceDocument) -> int:
    return len(doc.text.encode("utf-8", "surrogatepass"))


def _read(job: Job) -> Prepared | SourceDocument:
    """One job's file read within its own budget: its document (language and reported date set), or
    its answer when it is stored already or cannot be read."""
    from ..api import _failure, _size, _with_reported
    from ..routing import with_language
    from .readers import read_bytes, read_path

    try:
        size = len(job.data) if job.data is not None else _size(Path(job.path))
        with job.limits.budget(job.path, size) as budget:
            if job.data is not None:
                doc = read_bytes(job.data, job.path, limits=job.limits)
            else:
                doc = read_path(Path(job.path), limits=job.limits)
            budget.allow(len(doc.text))
            if job.known_db and _is_stored(job.known_db, doc.id):
                return Prepared(job.index, job.path, stored_id=doc.id, worker=os.getpid())
            return _with_reported(with_language(doc, job.language), job.reported)
    except Exception as exc:  # noqa: BLE001 - one bad file must never cost another (issue 15)
        failed = _failure(job.path, exc)
        return Prepared(job.index, job.path, reason=failed.reason, code=failed.code, worker=os.getpid())


def prepare_many(jobs: Sequence[Job]) -> list[Prepared]:
    """Read and extract a batch of consecutive files (the task of a worker), the answers in order.
    Each file is read within its own budget; the documents are extracted together
    (``extract_batch``), inside the memory zones of their languages' pipelines. Never raises: a
    failure is the file's. After a worker's first batch, what it loaded for it (the pipeline, the
    tables) is left out of the cyclic collector's passes (``api.freeze_startup``), as in one process."""
    from ..api import _failure, freeze_startup

    with _lock:
        read = [_read(job) for job in jobs]
        docs = [doc for doc in read if isinstance(doc, SourceDocument)]
        extractor = _extractor()
        with contextlib.ExitStack() as zones:
            for language in dict.fromkeys(doc.language.split("+")[0] for doc in docs if doc.language):
                zones.enter_context(memory_zone(extractor, language))
            extracted = extract_batch(extractor, docs, jobs[0].limits)
            out: list[Prepared] = []
            for job, got in zip(jobs, read, strict=True):
                if isinstance(got, Prepared):
                    out.append(got)
                    continue
                x = next(extracted)
                if isinstance(x, BaseException):
                    failed = _failure(job.path, x)
                    out.append(Prepared(job.index, job.path, reason=failed.reason, code=failed.code,
                                        worker=os.getpid()))
                else:
                    out.append(Prepared(job.index, job.path, doc=got, extraction=x, worker=os.getpid()))
        if docs:
            freeze_startup()
    return out


def batch_size(left: int, tasks: int, largest: int = BATCH) -> int:
    """The size of the next batch with ``left`` files to share among ``tasks`` workers (processes or
    Dask threads): ``largest`` while there is plenty left, then smaller, down to one file, so that
    the workers' last batches end together and none is left alone with a long one."""
    return max(1, min(largest, left // (max(1, tasks) * TAIL_BATCHES)))


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


def exit_now() -> None:
    """The end of a worker process that has finished its work (registered as its first exit
    handler): at once, as a forked child ends, instead of going through the interpreter's
    finalization, which frees every object of the loaded models one by one while the ingest, at
    the end of its run, waits for the worker to be gone."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _pool_init(extractor: str | Extractor) -> None:
    from .heap import for_worker

    for_worker()  # the process settings of a one-process ingest, for the whole of this one
    _watch_parent()
    # the pool's worker returns from its loop when the pool shuts down (its exit code 0), then exits
    atexit.register(exit_now)
    init_worker(extractor)


PRELOAD = "reportgraph.ingest.preload"  # what the fork server loads before it forks a worker


def pool_context(extractor: str | Extractor) -> multiprocessing.context.BaseContext:
    """How the pool's workers start. Never forked from the ingesting process, which holds database
    connections and threads (unsafe to fork): the default extraction's workers are forked from
    ``multiprocessing``'s fork server, a fresh interpreter that has loaded the default models once
    (``ingest/preload.py``), so that every worker starts with them instead of importing the package
    and loading them itself; any other extractor's workers are fresh interpreters ("spawn"), which
    build it from its pickle. Where there is no fork server (Windows), spawn."""
    if extractor == "default" and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([PRELOAD])
        return ctx
    return multiprocessing.get_context("spawn")


def stop_fork_server() -> None:
    """End the fork server once the pool's workers are gone, and wait for it: it holds the models
    (hundreds of MB) for nothing after the ingest, and its CPU and its workers' count among this
    process's children only once it is waited for. (``multiprocessing`` has no public call for
    this; the next pool starts a fresh server.)"""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    with contextlib.suppress(Exception):
        server._stop()  # type: ignore[union-attr]


@dataclass
class _Task:
    """Consecutive jobs sent to the pool as one task. ``suspect``: 0, a batch; 1, a file of a task
    that was in flight when a worker died, retried alone; 2, one in flight at a second death, now
    run with nothing else in flight, so that a death names the file that caused it."""

    jobs: list[Job]
    suspect: int = 0


def processes(jobs: Sequence[Job], workers: int, extractor: str | Extractor = "default",
              batch: int = BATCH) -> Iterator[Prepared]:
    """Run ``prepare_many`` on ``workers`` local processes, on batches of up to ``batch`` consecutive
    files (``batch_size``: fewer near the end); the answers come back in input order.

    At most ``AHEAD`` batches per worker are in flight or waiting for the writer, so memory stays
    bounded on any corpus, each worker has its next batch queued while it reads one, and the writer
    taking the answers in order never holds a worker back. A worker that dies (killed, out of
    memory) breaks the pool: a fresh pool takes the files that were in flight, each alone; when one
    of those breaks a pool again, those in flight with it are run one at a time, and the file that
    breaks a pool on its own fails alone. Nothing else is lost."""
    jobs = list(jobs)
    window = max(2, workers * AHEAD * max(1, batch))  # files in flight or waiting for the writer
    ctx = pool_context(extractor)

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_pool_init, initargs=(extractor,))

    position = {job.index: i for i, job in enumerate(jobs)}
    pool = start()
    running: dict[Future[list[Prepared]], _Task] = {}
    retry: list[_Task] = []  # in file order; sent before any new batch
    done: dict[int, Prepared] = {}  # by position, answered but not yet handed to the writer
    sent = expected = 0

    def fill() -> None:
        nonlocal sent
        while not any(task.suspect > 1 for task in running.values()):
            ahead = sum(len(task.jobs) for task in running.values()) + len(done)
            if retry:
                if running and (ahead >= window or retry[0].suspect > 1):
                    return
                task = retry.pop(0)
            elif sent < len(jobs) and ahead < window:
                size = batch_size(len(jobs) - sent, workers, batch)
                task = _Task(jobs[sent:sent + size])
                sent += size
            else:
                return
            running[pool.submit(prepare_many, task.jobs)] = task

    def lost(tasks: list[_Task]) -> None:
        """The tasks in flight when a worker died: their files again, one by one (and then one at a
        time), or failed when a file broke the pool while it ran alone."""
        for task in tasks:
            if task.suspect > 1:
                job = task.jobs[0]
                done[position[job.index]] = Prepared(job.index, job.path, reason="a worker process died "
                                                     "reading it (out of memory?)", code=ExtractionError.code)
            else:
                retry.extend(_Task([job], task.suspect + 1) for job in task.jobs)
        retry.sort(key=lambda task: position[task.jobs[0].index])

    try:
        while expected < len(jobs):
            fill()  # again after each answer the writer took: its place is free
            if expected in done:
                yield done.pop(expected)
                expected += 1
                continue
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken: list[_Task] = []
            for future in finished:
                task = running.pop(future)
                try:
                    answers = future.result()
                except BrokenProcessPool:
                    broken.append(task)
                    continue
                done.update((position[p.index], p) for p in answers)
            if broken:
                # every task still in flight went with the pool; a fresh one takes their files
                pool.shutdown(wait=True, cancel_futures=True)
                for future, task in list(running.items()):
                    del running[future]
                    try:
                        done.update((position[p.index], p) for p in future.result())
                    except (BrokenProcessPool, CancelledError):
                        broken.append(task)
                lost(broken)
                pool = start()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # every file answered: the workers are idle and exit now
    if ctx.get_start_method() == "forkserver":
        stop_fork_server()
