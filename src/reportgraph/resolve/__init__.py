"""Resolution: link each document-local entity to one global entity."""

from .base import Assignment, CandidateIndex, Resolver

# The cross-document engine (issue #4): records in, decisions out, explained. Its own candidate
# index protocol is ``state.CandidateIndex`` (add/lookup/sizes/remove over cluster ids).
from .engine import EngineConfig, ResolutionEngine
from .exact import ExactNameResolver
from .keys import name_key, normalize_name
from .names import compare_person_names, parse_name
from .orgs import compare_org_names
from .places import Gazetteer, Place, default_gazetteer
from .records import ClusterSummary, Decision, EntityRecord, Evidence, Explanation, record_from_local
from .scoring import ScoringConfig
from .state import ClusterStore, CorpusStats, MemoryCandidateIndex, MemoryClusterStore, MemoryCorpusStats


def get_resolver(name: str = "default") -> Resolver:
    """Build a resolver by name."""
    if name in ("default", "exact-name"):
        return ExactNameResolver()
    from ..errors import ReportGraphError

    raise ReportGraphError(f"unknown resolver '{name}'")


__all__ = ["Assignment", "CandidateIndex", "ClusterStore", "ClusterSummary", "CorpusStats", "Decision",
           "EngineConfig", "EntityRecord", "Evidence", "ExactNameResolver", "Explanation", "Gazetteer",
           "MemoryCandidateIndex", "MemoryClusterStore", "MemoryCorpusStats", "Place", "ResolutionEngine", "Resolver",
           "ScoringConfig", "compare_org_names", "compare_person_names", "default_gazetteer",
           "get_resolver", "name_key", "normalize_name", "parse_name", "record_from_local"]
