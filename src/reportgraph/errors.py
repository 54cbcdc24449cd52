"""Typed errors. Each carries a short code so the CLI and API can report them uniformly."""

from __future__ import annotations


class ReportGraphError(Exception):
    """Base class of every error reportgraph raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class IngestError(ReportGraphError):
    """A file could not be read as a document; nothing of it was stored."""

    code = "E100"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LimitError(IngestError):
    """A file over one of the stated limits (size, text length, decompression, time: docs/limits.md)."""

    code = "E101"


class StoreError(ReportGraphError):
    """The knowledge base could not be opened or written."""

    code = "E200"


class SchemaVersionError(StoreError):
    """The database was written by a newer reportgraph than this one."""

    code = "E201"


class NotFoundError(ReportGraphError):
    """A named entity or document is not in the knowledge base."""

    code = "E300"


class ExtractionError(ReportGraphError):
    """The extraction pipeline could not be built or run."""

    code = "E400"


class OntologyError(ReportGraphError):
    """An ontology or lexicon data file is malformed."""

    code = "E500"


class ReviewError(ReportGraphError):
    """An analyst's decision that cannot be made (unknown action, merging an entity with itself...)."""

    code = "E600"


class InterchangeError(ReportGraphError):
    """A file to import is not a reportgraph export this version can load, or the store is not empty."""

    code = "E700"


class ImportValidationError(InterchangeError):
    """An export to import breaks its schema; ``problems`` lists each as (JSON path, what is wrong)."""

    code = "E701"

    def __init__(self, problems: list[tuple[str, str]], shown: int = 20) -> None:
        lines = [f"{path}: {what}" for path, what in problems[:shown]]
        more = f"; and {len(problems) - shown} more" if len(problems) > shown else ""
        super().__init__(f"invalid export, nothing imported ({len(problems)} problems): " + "; ".join(lines) + more)
        self.problems = problems


class ResolveError(ReportGraphError):
    """Entity resolution was asked something it cannot do (unknown record or cluster)."""

    code = "E800"


class ConstraintError(ResolveError):
    """An analyst constraint contradicts another one (must-link across a cannot-link)."""

    code = "E801"


class GazetteerError(ReportGraphError):
    """A gazetteer data file is malformed."""

    code = "E810"
