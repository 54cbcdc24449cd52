"""Queries analysts ask of the knowledge base."""

from .conflicts import Conflict, Version, conflicts
from .credibility import CREDIBILITY_LABELS, Support, rate
from .dossier import Dossier, EntitySummary, Fact, NameSeen, dossier, find_entity, list_entities
from .network import Community, Neighbour, Ranked, centrality, communities, neighbours
from .paths import GraphPath, Hop, paths
from .search import SearchHit, search
from .timeline import TimelineEntry, timeline

__all__ = ["CREDIBILITY_LABELS", "Community", "Conflict", "Dossier", "EntitySummary", "Fact", "GraphPath",
           "Hop", "NameSeen", "Neighbour", "Ranked", "SearchHit", "Support", "TimelineEntry", "Version",
           "centrality", "communities", "conflicts", "dossier", "find_entity", "list_entities", "neighbours",
           "paths", "rate", "search", "timeline"]
