"""The extraction stage of an ingest on a Dask cluster (``dask.distributed``): a LocalCluster of worker
processes, or a running deployment reached through its scheduler's address.

Each file's bytes are read here and shipped with its task, so the cluster's machines need no shared
file system; a ``WorkerPlugin`` loads the models once per worker process; each document is extracted
inside spaCy's ``memory_zone`` (``parallel.prepare``), so a long-running worker does not grow. The
answers stream back as they complete and are put back in file order for the one writer
(``KnowledgeBase.ingest``), which resolves and stores them: the knowledge base is the one a single
process builds. Only this module imports Dask, and only an ingest asked to use it imports this one.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from ..errors import ExtractionError, ReportGraphError
from ..extract.base import Extractor
from ..limits import Limits
from .parallel import Job, Prepared, init_worker, prepare

PLUGIN_NAME = "reportgraph-models"


class ModelPlugin(WorkerPlugin):
    """Loads the extraction models when a worker starts (and in every worker that joins later)."""

    def __init__(self, extractor: str | Extractor = "default") -> None:
        self.extractor = extractor

    def setup(self, worker: Any) -> None:
        init_worker(self.extractor)


def _job(index: int, path: Path, reported: str | None, limits: Limits,
         language: str | None = None) -> Job | Prepared:
    """The task of one file with its bytes, or its failure when it cannot be read here."""
    from ..errors import IngestError, LimitError

    name = str(path)
    try:
        if not path.is_file():
            raise IngestError(name, "no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise LimitError(name, f"file too large: {size} bytes > limit {limits.max_bytes}")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(name, f"unreadable: {exc.strerror}") from None
    except ReportGraphError as exc:
        return Prepared(index, name, reason=getattr(exc, "reason", None) or exc.message, code=exc.code)
    return Job(index, name, reported, limits, data=data, language=language)


def connect(address: str, workers: int) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``address``, or of a new LocalCluster of ``workers`` processes
    (``address`` "local"): one thread each, since each holds its own models."""
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise ReportGraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def dask_stage(files: list[Path], reported: str | None, limits: Limits, workers: int, address: str,
               extractor: str | Extractor = "default", language: str | None = None) -> Iterator[Prepared]:
    """``prepare`` for each file on the cluster; the answers in file order. A few tasks per worker
    are in flight at a time, so neither the cluster nor this process holds the whole corpus."""
    client, cluster = connect(address, workers)
    try:
        client.register_plugin(ModelPlugin(extractor), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or max(1, workers)
        window = max(2, threads * 3)
        run = uuid.uuid4().hex[:8]  # task keys unique to this ingest on a shared scheduler
        done: dict[int, Prepared] = {}
        todo = iter(enumerate(files))
        flowing = as_completed()

        def submit_next() -> bool:
            for index, path in todo:
                job = _job(index, path, reported, limits, language)
                if isinstance(job, Prepared):
                    done[index] = job
                    continue
                flowing.add(client.submit(prepare, job, key=f"reportgraph-{run}-{index}", pure=False))
                return True
            return False

        for _ in range(window):
            if not submit_next():
                break
        expected = 0
        while expected < len(files):
            while expected in done:
                yield done.pop(expected)
                expected += 1
            if expected >= len(files):
                break
            future = next(flowing)
            index = int(str(future.key).rsplit("-", 1)[1])
            try:
                done[index] = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost with the task: that file fails alone
                done[index] = Prepared(index, str(files[index]), reason=f"lost on the cluster: "
                                       f"{exc.__class__.__name__}", code=ExtractionError.code)
            future.release()
            submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
