"""Uploads are read and extracted in a separate process, never on the writer thread.

Reading and extraction are the slow part of an upload (minutes for a long report) and need nothing
of the writer; only the store step does. So the workbench hands each uploaded file to a child
process that reads and extracts it under the file's time and memory budget (``Limits``: in the
child's main thread the timer signal works), and passes the result to the writer to store. A review
or merge never waits behind an extraction, and a file past its budget (the child did not answer
within it and a grace period) is ended by killing the child, which the next file starts afresh.

The child opens the knowledge base itself (read only: whether the text is stored already), so an
in-memory SQLite database, which a child cannot see, is extracted on a thread instead
(``ThreadExtraction``: off the writer too, but with no budget a thread can enforce).
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
import threading
import time
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

from ..api import FileResult, KnowledgeBase
from ..errors import LimitError
from ..limits import Limits

GRACE_S = 30.0  # past a file's own time budget, the child is ended
START_S = 600.0  # loading the models in a fresh child


class Extraction(Protocol):
    def extract(self, data: bytes, name: str, language: str | None = None) -> FileResult | tuple[Any, Any]: ...

    def close(self) -> None: ...


class ThreadExtraction:
    """Extract in the calling thread (the upload thread, not the writer)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def extract(self, data: bytes, name: str, language: str | None = None) -> FileResult | tuple[Any, Any]:
        return self.kb.extract_bytes(data, name, language=language)

    def close(self) -> None:
        pass


def _child(conn: Connection, db: str, limits: Limits, extractor: Any) -> None:
    """The extraction process: one file at a time, answers ("budget", seconds) then ("done", result)."""
    kb = KnowledgeBase(db, extractor=extractor, limits=limits, create=False)
    conn.send(("ready", None))
    while True:
        msg = conn.recv()
        if msg is None:
            break
        data, name, language = msg
        result = kb.extract_bytes(data, name, on_budget=lambda s: conn.send(("budget", s)), language=language)
        try:
            conn.send(("done", result))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:  # an extractor's odd output
            conn.send(("done", FileResult(name, "failed", reason=f"unexpected {exc.__class__.__name__}",
                                          code="E400")))
    kb.close()


class ProcessExtraction:
    """Extract in a child process (spawned, so no lock of the server's threads is inherited)."""

    def __init__(self, kb: KnowledgeBase, extractor: Any = None) -> None:
        self.db = kb.store.url
        self.limits = kb.limits
        self.extractor = extractor  # None: the child builds the default pipeline
        self._proc: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def _start(self) -> Connection:
        if self._proc is not None and self._proc.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        parent, child = mp.get_context("spawn").Pipe()
        self._proc = mp.get_context("spawn").Process(
            target=_child, args=(child, self.db, self.limits, self.extractor),
            name="reportgraph-extraction", daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        if not wait([parent], START_S) or not parent.poll():  # it died, or never got ready
            self._stop()
            raise RuntimeError("the extraction process did not start")
        parent.recv()
        return parent

    def extract(self, data: bytes, name: str, language: str | None = None) -> FileResult | tuple[Any, Any]:
        with self._lock:
            try:
                conn = self._start()
            except (OSError, RuntimeError, EOFError) as exc:
                return FileResult(name, "failed", reason=f"the extraction process failed to start: {exc}",
                                  code="E400")
            started = time.monotonic()
            budget = self.limits.seconds_for(len(data))
            conn.send((data, name, language))
            while True:
                wait_s = None if budget <= 0 else max(started + budget + GRACE_S - time.monotonic(), 0.0)
                try:
                    ready = wait([conn, self._proc.sentinel], wait_s)
                    if not ready:
                        msg = None  # past the budget and the grace
                    elif conn.poll():
                        msg = conn.recv()
                    else:
                        raise EOFError("the extraction process ended")
                except (EOFError, OSError):
                    self._stop()
                    return FileResult(name, "failed", code=LimitError.code,
                                      reason="the extraction process died (over the memory of this machine?)")
                if msg is None:  # past the budget and the grace: end it
                    self._stop()
                    return FileResult(name, "failed", code=LimitError.code,
                                      reason=f"over the time budget of {budget:.0f} s for this document "
                                             "(the extraction process was ended)")
                if msg[0] == "budget":
                    budget = float(msg[1])
                    continue
                return msg[1]  # type: ignore[no-any-return]

    def _stop(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(10)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn = None, None

    def close(self) -> None:
        if not self._lock.acquire(blocking=False):  # a file is being extracted: end it, its upload fails
            proc = self._proc
            if proc is not None and proc.is_alive():
                proc.kill()
            return
        try:
            if self._conn is not None and self._proc is not None and self._proc.is_alive():
                try:
                    self._conn.send(None)
                    self._proc.join(5)
                except OSError:
                    pass
            self._stop()
        finally:
            self._lock.release()


def extraction_for(kb: KnowledgeBase) -> Extraction:
    """A process for a knowledge base a child can open; a thread for an in-memory one."""
    extractor = kb._extractor  # noqa: SLF001 - an injected extractor (tests, scripts) goes to the child
    if ":memory:" in kb.store.url or kb.store.url.rstrip("/").endswith("sqlite:"):
        return ThreadExtraction(kb)
    try:
        pickle.dumps(extractor)
    except Exception:  # noqa: BLE001 - an extractor a child cannot receive: extract on a thread
        return ThreadExtraction(kb)
    return ProcessExtraction(kb, extractor)
