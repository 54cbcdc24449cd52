"""A per-document budget of time and memory: reading and extraction over it fail with a ``LimitError``.

The time allowed grows with the input's size (``Limits.seconds_for``: the file's bytes, then its
text's once read): a large report is read, not refused, while a small file that would take minutes
is stopped. Memory is the resident set of the
process doing the work, sampled every half second.

The budget is a timer signal (SIGALRM), so it holds only where signals can be delivered: in the
main thread of a process on a POSIX system (the CLI, scripts using the API, and the workbench's
extraction process, ``web/extraction.py``, which the workbench also kills past the budget).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ..errors import LimitError

TICK_S = 0.5  # how often the memory is sampled while a budget with a memory bound runs


def enforceable() -> bool:
    """Can a time budget be enforced here?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def rss_bytes() -> int | None:
    """This process's resident set now (Linux /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


class Budget:
    """A running budget: ``allow`` gives a file more time once its text is read (a small DOCX may
    hold a long text)."""

    def __init__(self, seconds: float, per_mib: float = 0.0, base: float | None = None) -> None:
        self.started = time.monotonic()
        self.base = seconds if base is None else base  # the budget of an empty text
        self.per_mib = per_mib
        self.seconds = seconds

    @property
    def deadline(self) -> float:
        return self.started + self.seconds if self.seconds > 0 else float("inf")

    def allow(self, size: int) -> None:
        """Grow the time budget to that of ``size`` bytes (text read from the file), never shrink it."""
        if self.base > 0:
            self.seconds = max(self.seconds, self.base + self.per_mib * size / (1024 * 1024))


@contextmanager
def time_budget(seconds: float, path: str, memory: int = 0, per_mib: float = 0.0,
                base: float | None = None) -> Iterator[Budget]:
    """Raise ``LimitError`` naming ``path`` if the block runs longer than ``seconds`` (grown by
    ``Budget.allow`` to ``base`` and ``per_mib`` seconds per MiB) or the process's resident set grows past
    ``memory`` bytes (0: no bound of that kind)."""
    budget = Budget(max(seconds, 0.0), per_mib, base)
    if (budget.seconds <= 0 and memory <= 0) or not enforceable():
        yield budget
        return
    check_memory = memory > 0 and rss_bytes() is not None

    def tick(_signum: int, _frame: FrameType | None) -> None:
        now = time.monotonic()
        if now >= budget.deadline:
            raise LimitError(path, f"over the time budget of {budget.seconds:.0f} s for this document "
                                   "(REPORTGRAPH_TIME_S + REPORTGRAPH_TIME_S_PER_MIB per MiB of its text)")
        rss = rss_bytes() if check_memory else None
        if rss is not None and rss > memory:
            raise LimitError(path, f"over the memory budget of {memory // (1024 * 1024)} MiB "
                                   "(REPORTGRAPH_MAX_MEMORY)")
        if not check_memory:  # the deadline moved (``allow``): wake up at the new one
            signal.setitimer(signal.ITIMER_REAL, max(budget.deadline - now, 0.01))

    previous = signal.signal(signal.SIGALRM, tick)
    if check_memory:
        signal.setitimer(signal.ITIMER_REAL, TICK_S, TICK_S)
    else:
        signal.setitimer(signal.ITIMER_REAL, budget.seconds)
    try:
        yield budget
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
