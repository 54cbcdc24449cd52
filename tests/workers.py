"""Model-free extractors that worker processes can load (a spawned worker imports this module by name;
pyproject's pythonpath puts tests/ on the path, and the tests put it in PYTHONPATH for Dask's workers)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from conftest import NAMES, LexiconExtractor
from reportgraph.model import Extraction, SourceDocument


class Names(LexiconExtractor):
    """The test lexicon extractor; ``delay`` seconds per document, and each worker's pid written
    under ``pids`` (so a test can wait for the workers to be gone)."""

    def __init__(self, delay: float = 0.0, pids: str | None = None) -> None:
        super().__init__(NAMES)
        self.delay, self.pids = delay, pids

    def extract(self, doc: SourceDocument) -> Extraction:
        if self.pids:
            (Path(self.pids) / str(os.getpid())).touch()
        if self.delay:
            time.sleep(self.delay)
        if "FAIL-EXTRACTION" in doc.text:
            raise RuntimeError("an extractor bug on this text")
        return super().extract(doc)


class Recorded(Names):
    """``Names`` that writes each batch and each lone extraction it runs to a file of its worker's
    under ``log`` ("batch a.txt b.txt", "alone a.txt"), and whose worker process dies at once, as if
    killed for its memory, on a text that says KILL-WORKER."""

    def __init__(self, log: str) -> None:
        super().__init__()
        self.log = log

    def _note(self, kind: str, docs: list[SourceDocument]) -> None:
        with open(Path(self.log) / str(os.getpid()), "a", encoding="utf-8") as f:
            f.write(" ".join([kind, *(Path(d.source).name for d in docs)]) + "\n")

    def _one(self, doc: SourceDocument) -> Extraction:
        if "KILL-WORKER" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().extract(doc)

    def extract(self, doc: SourceDocument) -> Extraction:
        self._note("alone", [doc])
        return self._one(doc)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        docs = list(docs)
        self._note("batch", docs)
        return (self._one(doc) for doc in docs)


def read_log(log: Path) -> list[list[str]]:
    """Every line ``Recorded`` wrote under ``log``, split into words, all workers together."""
    return [line.split() for f in sorted(log.iterdir()) for line in f.read_text("utf-8").splitlines()]


class Settings(Names):
    """``Names`` that writes, once per worker process, the process settings it extracts under (the
    collector's thresholds, whether the C heap is kept) to a file named by its pid under ``log``."""

    def __init__(self, log: str) -> None:
        super().__init__()
        self.log = log

    def extract(self, doc: SourceDocument) -> Extraction:
        import gc

        from reportgraph.ingest import heap

        (Path(self.log) / str(os.getpid())).write_text(f"{gc.get_threshold()} {heap._KEPT}", encoding="utf-8")
        return super().extract(doc)
