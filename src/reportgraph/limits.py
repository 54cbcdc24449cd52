"""The stated bounds on the work one input may cost (docs/limits.md), each overridable.

A file over one of them fails alone with a ``LimitError`` naming the file and the limit; the rest
of the batch goes on. Each can be set by keyword (``KnowledgeBase(limits=Limits(max_chars=...))``)
or by its environment variable (``REPORTGRAPH_MAX_CHARS=...``).
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ingest.budget import Budget

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-document bounds on size, decompression and time."""

    max_bytes: int = 20 * MIB  # the file as given; 20 MB bounds PDFs and DOCX with images
    max_chars: int = 3_000_000  # the text read from it: a 300-page report is about 1,000,000
    max_unzipped: int = 256 * MIB  # everything a DOCX declares it decompresses to
    max_xml: int = 48 * MIB  # its XML parts (the text itself), decompressed
    time_s: float = 900.0  # reading and extraction of one document (CLI and API in the main thread) ...
    time_s_per_mib: float = 600.0  # ... plus this per MiB of the file: a long report is read, not refused
    max_memory: int = 3072 * MIB  # resident set of the process reading and extracting one document

    def seconds_for(self, size: int) -> float:
        """The time budget of a file of ``size`` bytes (0: none)."""
        if self.time_s <= 0:
            return 0.0
        return self.time_s + self.time_s_per_mib * size / MIB

    def budget(self, path: str, size: int) -> AbstractContextManager[Budget]:
        """The time and memory budget of one file as a context manager (``ingest/budget.py``); its
        ``allow(text_bytes)`` grows the time once the text is read."""
        from .ingest.budget import time_budget

        return time_budget(self.seconds_for(size), path, self.max_memory, self.time_s_per_mib, self.time_s)

    @classmethod
    def from_env(cls, **overrides: float | int) -> Limits:
        """The defaults, then ``REPORTGRAPH_<NAME>`` from the environment, then ``overrides``."""
        values: dict[str, float | int] = {}
        for f in fields(cls):
            raw = os.environ.get(f"REPORTGRAPH_{f.name.upper()}")
            if raw:
                try:
                    values[f.name] = float(raw) if f.type in (float, "float") else int(raw)
                except ValueError:
                    from .errors import ReportGraphError

                    raise ReportGraphError(f"REPORTGRAPH_{f.name.upper()}={raw!r} is not a number") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
