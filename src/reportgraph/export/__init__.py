"""Export: the knowledge base in the formats other tools read."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from ..errors import ReportGraphError
from ..store import Store
from .json_export import iter_documents, iter_entities, iter_events, iter_relations, write_json

FORMATS = ("json",)


def export(store: Store, fmt: str, output: Path) -> dict[str, Any]:
    """Write the knowledge base to ``output`` in format ``fmt``; returns item counts."""
    if fmt not in FORMATS:
        raise ReportGraphError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
    tmp = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            counts = write_json(store, fh)
        tmp.replace(output)  # a failed export never leaves a truncated file under the real name
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ReportGraphError(f"cannot write {output}: {exc.strerror or exc}") from None
    return counts


__all__ = ["FORMATS", "export", "iter_documents", "iter_entities", "iter_events", "iter_relations", "write_json"]
