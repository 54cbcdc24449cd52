"""The process settings of a long ingest: the C heap kept, the cyclic collector's pace (issue 12).

Both change how fast an ingest runs, never what it extracts or stores.

- **The C heap.** glibc hands the top of its heap back to the system when more than a threshold of
  it is free, and serves large blocks with their own ``mmap``. Its thresholds adapt to the largest
  block freed, up to 32 MiB; a spaCy batch's arrays and the rules' allocations outgrow that, so the
  heap was handed back and faulted in again batch after batch: a one-process ingest of 150 reports
  took 308,000 page faults and 2-3 s of system CPU (raw ``nlp.pipe`` on the same texts: 25,000 and
  0.2 s), and that system CPU moved with the machine's load. ``keep_heap`` fixes the thresholds
  (blocks up to 32 MiB from the heap, 256 MiB of free heap kept): 137,000 faults, 0.7-0.9 s.
- **The collector** (``collector``): its youngest generation is walked after 10,000 net allocations
  of containers instead of 700. Loading the models and extracting allocate in bulk objects that
  live (the tables) or die young (a document's), and each walk of so few found nearly nothing to
  free: the walks and the full passes they promoted into cost 0.9 s of CPU over 150 reports and
  0.3 s of a one-report ingest's start-up. A cycle of garbage waits a little longer to be freed.

A worker process of a parallel ingest (the pool's, a LocalCluster's) runs the same extraction and
takes both for its whole life (``for_worker``): it is started for that work and ends with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import platform
from collections.abc import Iterator
from typing import Any

MIB = 1024 * 1024
# mallopt's parameters (malloc.h)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * MIB  # glibc's own upper bound for this setting (HEAP_MAX_SIZE / 2)
TRIM_THRESHOLD = 256 * MIB
COLLECT_AFTER = 10_000  # net allocations of containers between two walks of the youngest generation

_KEPT = False


def _libc() -> Any:
    """glibc, or None where the C library is another (musl, macOS, Windows): nothing to set there."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def keep_heap(libc: Any = None) -> bool:
    """Keep the C heap this process grew instead of handing it back and faulting it in again, once
    per process; True when the settings were taken. ``libc``: the C library (for the tests)."""
    global _KEPT
    if _KEPT:
        return True
    libc = libc if libc is not None else _libc()
    if libc is None:
        return False
    # the mmap threshold first: setting either one stops glibc adapting them both
    _KEPT = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) & bool(libc.mallopt(M_TRIM_THRESHOLD,
                                                                                      TRIM_THRESHOLD))
    return _KEPT


def ingest_pace() -> tuple[int, int, int]:
    """The collector's thresholds of an ingest, from the ones in force."""
    before = gc.get_threshold()
    return max(before[0], COLLECT_AFTER), before[1], before[2]


def for_worker(libc: Any = None) -> None:
    """A parallel ingest's worker process: the C heap kept and the collector at an ingest's pace
    until the process ends (it does nothing else)."""
    keep_heap(libc)
    gc.set_threshold(*ingest_pace())


@contextlib.contextmanager
def collector() -> Iterator[None]:
    """The cyclic collector at an ingest's pace inside the block, as it was after it."""
    before = gc.get_threshold()
    gc.set_threshold(*ingest_pace())
    try:
        yield
    finally:
        gc.set_threshold(*before)
