"""The data model shared by every pipeline stage.

Extraction works on one document at a time and speaks in *document-local* entity keys
("L3"); the store turns those into rows and the resolver links each local entity to a
global one. Nothing here touches a database or a model: these are plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["PERSON", "ORGANIZATION", "COMMUNITY", "LOCATION"]
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORGANIZATION", "COMMUNITY", "LOCATION")
ROLES: tuple[str, ...] = ("agent", "patient", "mediator", "other")
# What a sentence says of the claim it states (extract/modality.py); a negated claim is no fact.
MODALITIES: tuple[str, ...] = ("asserted", "uncertain", "attributed", "negated")


@dataclass(frozen=True)
class Span:
    """A character span of a document's text, with the text it covers."""

    start: int
    end: int
    text: str


@dataclass
class Mention:
    """One place where a document names an entity."""

    start: int
    end: int
    text: str
    method: str = "ner"
    confidence: float = 1.0


@dataclass
class LocalEntity:
    """One real-world thing as one document names it (all its names in that document)."""

    key: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    confidence: float = 1.0

    def names(self) -> list[str]:
        """The preferred name first, then every other surface form, without repeats."""
        seen: dict[str, None] = {self.name: None}
        for n in self.aliases:
            seen.setdefault(n, None)
        for m in self.mentions:
            seen.setdefault(m.text, None)
        return list(seen)


@dataclass
class Relation:
    """A typed link between two local entities, with the sentence that states it."""

    subject: str
    predicate: str
    object: str
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    method: str = "rule"
    # asserted | negated ("denied joining") | uncertain ("reportedly") | attributed ("according to X")
    modality: str = "asserted"


@dataclass(frozen=True)
class Participant:
    entity: str
    role: str


@dataclass
class Event:
    """A dated happening coded to the ontology's event types."""

    type: str
    trigger: str
    participants: list[Participant] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    count: int | None = None
    evidence: list[Span] = field(default_factory=list)
    trigger_span: Span | None = None
    confidence: float = 0.5
    method: str = "rule"
    modality: str = "asserted"  # as on Relation


@dataclass
class Extraction:
    """Everything one extractor read out of one document."""

    entities: list[LocalEntity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extractor: str = ""

    def entity(self, key: str) -> LocalEntity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)


@dataclass(frozen=True)
class SourceDocument:
    """A document read from disk (or given as text), ready for extraction."""

    id: str
    source: str
    title: str
    text: str
    media_type: str = "text/plain"
    reported: str | None = None  # when it was published (YYYY[-MM[-DD]]), if known
    # its language: an ISO 639 code ("fr"), or a mixed text's languages, the main one first ("fr+en");
    # None until identified (ingest/language.py) or given (``ingest --language``)
    language: str | None = None
