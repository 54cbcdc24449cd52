"""Queries analysts ask of the knowledge base."""

from .dossier import Dossier, EntitySummary, Fact, NameSeen, dossier, find_entity, list_entities

__all__ = ["Dossier", "EntitySummary", "Fact", "NameSeen", "dossier", "find_entity", "list_entities"]
