"""reportgraph: turn analytic reports about armed groups into a knowledge graph with provenance."""

from .api import FileResult, IngestReport, KnowledgeBase
from .errors import IngestError, NotFoundError, ReportGraphError, StoreError
from .model import Event, Extraction, LocalEntity, Mention, Participant, Relation, SourceDocument, Span

__version__ = "0.1.0"

__all__ = ["Event", "Extraction", "FileResult", "IngestError", "IngestReport", "KnowledgeBase", "LocalEntity",
           "Mention", "NotFoundError", "Participant", "Relation", "ReportGraphError", "SourceDocument", "Span",
           "StoreError", "__version__"]
