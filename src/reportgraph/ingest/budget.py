"""A per-document time budget: reading and extraction over it fail with a ``LimitError``.

The budget is a timer signal (SIGALRM), so it holds only where signals can be delivered: in the
main thread of a process on a POSIX system (the CLI, scripts using the API). Elsewhere (the web
workbench's writer thread) the size and sentence bounds keep each document's work linear instead.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ..errors import LimitError


def enforceable() -> bool:
    """Can a time budget be enforced here?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, path: str) -> Iterator[None]:
    """Raise ``LimitError`` naming ``path`` if the block runs longer than ``seconds`` (0: no budget)."""
    if seconds <= 0 or not enforceable():
        yield
        return

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise LimitError(path, f"over the time budget of {seconds:g} s per document (REPORTGRAPH_TIME_S)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
