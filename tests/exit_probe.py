"""An extractor whose worker process says whether it went through the interpreter's finalization: a
spawned worker imports this module (unpickling its extractor) before the pool's initializer runs,
so the exit handler registered here runs after any the initializer registers, and writes a file
named by the worker's pid under $REPORTGRAPH_TEST_EXIT_PROBE only if the process got that far."""

from __future__ import annotations

import atexit
import os
from pathlib import Path

from workers import Names


def _finalized() -> None:
    folder = os.environ.get("REPORTGRAPH_TEST_EXIT_PROBE")
    if folder:
        (Path(folder) / f"finalized-{os.getpid()}").touch()


atexit.register(_finalized)


class ExitProbe(Names):
    """``Names`` (each worker's pid under ``pids``), imported with the probe above."""
