"""Export: the knowledge base in the formats other tools read."""

from __future__ import annotations

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
    with tmp.open("w", encoding="utf-8") as fh:
        counts = write_json(store, fh)
    tmp.replace(output)  # a failed export never leaves a truncated file under the real name
    return counts


__all__ = ["FORMATS", "export", "iter_documents", "iter_entities", "iter_events", "iter_relations", "write_json"]
