"""Relations between local entities (stub)."""

from __future__ import annotations

from ..model import Event, Relation
from ..ontology import Ontology
from .coref import References
from .mentions import EntityIndex


def extract_relations(index: EntityIndex, refs: References, events: list[Event],
                      ontology: Ontology) -> list[Relation]:
    return []
