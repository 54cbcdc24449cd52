"""Resolution: link each document-local entity to one global entity."""

from .base import Assignment, CandidateIndex, Resolver

# The cross-document engine (issue #4): records in, decisions out, explained. Its own candidate
# index protocol is ``state.CandidateIndex`` (add/sizes/members/shared/remove over cluster ids); the
# store runs it as its default resolver (``store.resolution.EngineResolution``).
from .engine import EngineConfig, ResolutionEngine
from .exact import ExactNameResolver
from .keys import name_key, normalize_name
from .names import compare_person_names, parse_name
from .orgs import compare_org_names
from .places import Gazetteer, Place, default_gazetteer
from .records import ClusterSummary, Decision, EntityRecord, Evidence, Explanation, record_from_local
from .scoring import ScoringConfig
from .state import ClusterStore, CorpusStats, MemoryCandidateIndex, MemoryClusterStore, MemoryCorpusStats

__all__ = ["Assignment", "CandidateIndex", "ClusterStore", "ClusterSummary", "CorpusStats", "Decision",
           "EngineConfig", "EntityRecord", "Evidence", "ExactNameResolver", "Explanation", "Gazetteer",
           "MemoryCandidateIndex", "MemoryClusterStore", "MemoryCorpusStats", "Place", "ResolutionEngine", "Resolver",
           "ScoringConfig", "compare_org_names", "compare_person_names", "default_gazetteer",
           "name_key", "normalize_name", "parse_name", "record_from_local"]
