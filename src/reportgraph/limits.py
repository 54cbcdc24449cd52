"""The stated bounds on the work one input may cost (docs/limits.md), each overridable.

A file over one of them fails alone with a ``LimitError`` naming the file and the limit; the rest
of the batch goes on. Each can be set by keyword (``KnowledgeBase(limits=Limits(max_chars=...))``)
or by its environment variable (``REPORTGRAPH_MAX_CHARS=...``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-document bounds on size, decompression and time."""

    max_bytes: int = 20 * MIB  # the file as given; 20 MB bounds PDFs and DOCX with images
    max_chars: int = 3_000_000  # the text read from it: a 300-page report is about 1,000,000
    max_unzipped: int = 256 * MIB  # everything a DOCX declares it decompresses to
    max_xml: int = 48 * MIB  # its XML parts (the text itself), decompressed
    time_s: float = 900.0  # reading and extraction of one document (CLI and API in the main thread)

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
