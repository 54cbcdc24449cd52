"""Model-free extractors that worker processes can load (a spawned worker imports this module by name;
pyproject's pythonpath puts tests/ on the path, and the tests put it in PYTHONPATH for Dask's workers)."""

from __future__ import annotations

import os
import time
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
