"""The seam between the store and any resolver."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import LocalEntity


class CandidateIndex(Protocol):
    """Where a resolver finds global entities by key; the store implements it over SQL."""

    def lookup(self, keys: set[str]) -> dict[int, set[str]]:
        """Global entity ids having any of these keys, with the keys they matched."""
        ...

    def create(self, entity_type: str, name: str) -> int: ...

    def add_keys(self, entity_id: int, keys: set[str]) -> None: ...


@dataclass
class Assignment:
    """Which global entity a document-local entity was linked to, and why."""

    entity_id: int
    created: bool
    score: float = 1.0
    reasons: list[str] = field(default_factory=list)


class Resolver(Protocol):
    name: str

    def assign(self, index: CandidateIndex, entity: LocalEntity) -> Assignment: ...


class DocumentResolver(Protocol):
    """A resolver that links a whole document's entities at once (with their co-mentions as context)
    inside the store's transaction; the store's default (``store.resolution.EngineResolution``)."""

    name: str

    def resolve_document(self, conn: Any, document_id: str,
                         entities: list[tuple[int, LocalEntity]]) -> dict[int, Assignment]: ...
