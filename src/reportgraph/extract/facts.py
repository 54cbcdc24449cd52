"""The relation/event layer's entry point: (spaCy Doc, entity clusters) -> relations, events."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Event, LocalEntity, Relation
from ..ontology import Ontology, default_ontology
from .coref import References
from .events import extract_events
from .mentions import EntityIndex
from .relations import extract_relations
from .timeline import Timeline


def extract_facts(sdoc: Doc, entities: list[LocalEntity],
                  ontology: Ontology | None = None) -> tuple[list[Relation], list[Event]]:
    """Relations and events of one parsed document, over its local entities (keys kept)."""
    onto = ontology or default_ontology()
    index = EntityIndex.build(sdoc, entities)
    refs = References(index)
    events = extract_events(index, refs, Timeline(sdoc), onto)
    relations = extract_relations(index, refs, events, onto)
    return relations, events
