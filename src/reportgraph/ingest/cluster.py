"""The extraction stage of an ingest on a Dask cluster (``dask.distributed``): a LocalCluster of worker
processes, or a running deployment reached through its scheduler's address.

Each file's bytes are read here and shipped with its task, so the cluster's machines need no shared
file system; a ``WorkerPlugin`` loads the models once per worker process; each document is extracted
inside spaCy's ``memory_zone`` (``parallel.prepare_many``), so a long-running worker does not grow.

A task is a batch of consecutive files (``parallel.batch_size``: up to ``MAX_BATCH``, fewer as the
end nears so that no worker is left alone with a long batch), read and then parsed as one spaCy batch
by the code of a one-process ingest (``parallel.prepare_many``), which also keeps Dask's cost per task
(the scheduler's bookkeeping, a round trip per result) off each document. A batch lost with its
worker is sent again file by file, so only a file that loses a worker on its own fails. A bounded
number of batches is in flight,
so neither the cluster nor this process holds the whole corpus. The answers stream back as they
complete and are put back in file order for the one writer (``KnowledgeBase.ingest``), which
resolves and stores them: the knowledge base is the one a single process builds. Only this module
imports Dask, and only an ingest asked to use it imports this one.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
import uuid
from collections.abc import Iterator
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from ..errors import ExtractionError, ReportGraphError
from ..extract.base import Extractor
from ..limits import Limits
from .heap import for_worker
from .parallel import (
    BATCH,
    PRELOAD,
    Job,
    Prepared,
    batch_size,
    exit_now,
    init_worker,
    prepare_many,
    stop_fork_server,
)

PLUGIN_NAME = "reportgraph-models"
MAX_BATCH = BATCH  # files per task at most, as in the process pool
IN_FLIGHT = 2  # batches per worker thread submitted ahead (one running, one waiting on the worker)

# The LocalCluster (its scheduler and nannies, in this process, and its workers): Dask's statistical
# profiler (a stack sample every 10 ms, for its dashboard, which a LocalCluster of an ingest does not
# serve) and its nanny's MALLOC_TRIM_THRESHOLD_ (the C heap handed back to the system at every free
# of 64 KiB, so each document's arrays are mapped and faulted in again) cost CPU and buy nothing
# here. Nor do the event loops' own timers at their default pace: the loop's health tick every 20 ms,
# the system monitor (psutil) every 500 ms and the memory monitor every 100 ms, in the scheduler,
# each nanny and each worker, and the scheduler's work stealing (the tasks are queued on the
# scheduler and a worker holds two at most, so there is nothing to steal): an idle cluster of two
# workers spent 35 ms of CPU a second in this process and 17 ms in each worker, 6 ms and 2 ms with
# these (docs/BENCHMARKS.md, "Dask's overhead against the pool"); the writer in this process and
# the extraction thread in each worker share the interpreter lock with those loops. A
# deployment's own workers keep their settings (docs/scaling.md says how to set the same).
LOCAL_WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}


class ModelPlugin(WorkerPlugin):
    """Loads the extraction models when a worker starts (and in every worker that joins later).

    ``quick_exit`` (a LocalCluster's own workers only): once the worker has closed cleanly, its
    process ends at once (``os._exit``, as a forked child ends) instead of going through the
    interpreter's finalization, which frees every object of the loaded models one by one (about
    0.2 s of CPU a worker, seconds on a loaded machine) while the cluster's close, at the end of the
    run, waits for it; such a worker also takes a one-process ingest's settings (the C heap kept, the
    collector's pace: ``heap.for_worker``). A deployment's workers are left alone."""

    def __init__(self, extractor: str | Extractor = "default", quick_exit: bool = False) -> None:
        self.extractor = extractor
        self.quick_exit = quick_exit

    def setup(self, worker: Any) -> None:
        if self.quick_exit:  # a LocalCluster's own worker: started for this ingest, ended with it
            for_worker()
        init_worker(self.extractor)

    def teardown(self, worker: Any) -> None:
        if self.quick_exit:  # the worker is closing on request: nothing is left for it to do
            atexit.register(exit_now)


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


def connect(address: str, workers: int, extractor: str | Extractor = "default") -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``address``, or of a new LocalCluster of ``workers`` processes
    (``address`` "local"): one thread each, since each holds its own models. A LocalCluster of the
    default extraction forks its workers from the fork server of the process pool (``ingest/preload.py``),
    started before the scheduler so that it imports Dask and loads the models once while the scheduler
    starts; each worker then starts with them instead of importing Dask and the package and loading the
    models itself (``parallel.pool_context`` says why the ingesting process itself is never forked)."""
    if address == "local":
        config = dict(LOCAL_WORKER_CONFIG)
        if extractor == "default" and "forkserver" in multiprocessing.get_all_start_methods():
            config["distributed.worker.multiprocessing-method"] = "forkserver"
        with dask.config.set(config):  # the nannies hand this configuration to their workers
            if config.get("distributed.worker.multiprocessing-method") == "forkserver":
                from distributed.utils import get_mp_context

                # Dask sets the server's preload list (its own packages) the first time it is asked,
                # and never again: ask it first, then set ours
                get_mp_context().set_forkserver_preload(["distributed", PRELOAD])
                forkserver.ensure_running()  # it loads the models while the scheduler starts
            # no dashboard; the scheduler's small HTTP server (health routes) still starts, by default on
            # port 8787 on every interface: on localhost and a free port instead, so a second cluster
            # on the machine neither clashes with it nor warns
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                   silence_logs=logging.ERROR)
            # results fetched from the workers themselves, not relayed by the scheduler
            return Client(cluster, direct_to_workers=True), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise ReportGraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def dask_stage(files: list[Path], reported: str | None, limits: Limits, workers: int, address: str,
               extractor: str | Extractor = "default", language: str | None = None,
               batch: int = MAX_BATCH) -> Iterator[Prepared]:
    """``prepare_many`` on the cluster, on batches of consecutive files (``batch`` at most); the answers
    in file order, each as soon as it and those before it are back."""
    client, cluster = connect(address, workers, extractor)
    closer: threading.Thread | None = None
    try:
        client.register_plugin(ModelPlugin(extractor, quick_exit=cluster is not None), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or max(1, workers)
        window = threads * IN_FLIGHT + 1
        run = uuid.uuid4().hex[:8]  # task keys unique to this ingest on a shared scheduler
        done: dict[int, Prepared] = {}
        todo = enumerate(files)
        sent = [0]  # files taken from ``todo``
        flowing = as_completed(with_results=True, raise_errors=False)
        batches: dict[str, list[Job]] = {}

        def submit_next() -> bool:
            """Send the next batch (files that cannot be read here are answered at once)."""
            size = batch_size(len(files) - sent[0], threads, max(1, batch))
            jobs: list[Job] = []
            for index, path in todo:
                sent[0] += 1
                job = _job(index, path, reported, limits, language)
                if isinstance(job, Prepared):
                    done[index] = job
                else:
                    jobs.append(job)
                if len(jobs) >= size:
                    break
            if not jobs:
                return False
            send(jobs)
            return True

        def send(jobs: list[Job], suspect: int = 0) -> None:
            key = f"reportgraph-{run}-{jobs[0].index}-{len(jobs)}-{suspect}"
            batches[key] = jobs
            suspects[key] = suspect
            flowing.add(client.submit(prepare_many, jobs, key=key, pure=False))

        def fill() -> None:
            """Keep ``window`` batches in flight; a file lost twice runs with nothing else in flight."""
            if alone or 2 in suspects.values():
                if alone and flowing.is_empty():
                    send([alone.pop(0)], 2)
                return
            while flowing.count() < window and submit_next():
                pass

        # a file's suspicion after losses (the pool's rule, ``parallel.processes``): 0, in a batch; 1, its
        # batch was lost, sent alone; 2, lost alone too, run with nothing else in flight; then failed
        suspects: dict[str, int] = {}
        alone: list[Job] = []
        expected = 0
        while expected < len(files):
            fill()
            if closer is None and not batches and not alone and sent[0] == len(files):
                # every answer is in: the cluster stops (about 2 s: each nanny waits for its worker to
                # end) while the writer stores the last documents, not after them
                closer = threading.Thread(target=_close, args=(client, cluster), name="reportgraph-dask-close")
                closer.start()
            if expected in done:
                yield done.pop(expected)
                expected += 1
                continue
            future, answer = next(flowing)
            key = str(future.key)
            jobs, suspect = batches.pop(key), suspects.pop(key)
            if future.status == "error" and isinstance(answer, tuple) and len(answer) == 3:
                answer = answer[1]  # (type, exception, traceback): the exception names the loss
            future.release()
            if isinstance(answer, list) and len(answer) == len(jobs):
                done.update((p.index, p) for p in answer)
            elif suspect == 0:  # a worker lost with the batch (Dask's own retries spent): each file again
                for job in jobs:
                    send([job], 1)
            elif suspect == 1:  # lost again, perhaps beside the file that kills workers: alone
                alone.append(jobs[0])
                alone.sort(key=lambda job: job.index)
            else:  # a file that loses a worker on its own (or an error outside ``prepare_many``) fails alone
                why = answer.__class__.__name__
                done[jobs[0].index] = Prepared(jobs[0].index, jobs[0].path, reason=f"lost on the cluster: {why}",
                                               code=ExtractionError.code)
    finally:
        if closer is None:
            _close(client, cluster)
        else:
            closer.join()


def _close(client: Client, cluster: LocalCluster | None) -> None:
    client.close()
    if cluster is not None:
        cluster.close()
        stop_fork_server()
