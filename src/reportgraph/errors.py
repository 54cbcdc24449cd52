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


class EntityNotFoundError(NotFoundError):
    """No entity has a name close to the one asked for; ``suggestions`` are the closest (id, name, type)."""

    def __init__(self, ref: str, suggestions: list[tuple[int, str, str]] | None = None) -> None:
        self.ref = ref
        self.suggestions = list(suggestions or [])
        hint = "; did you mean " + ", ".join(f"'{n}' (e{i})" for i, n, _ in self.suggestions[:5]) + "?" \
            if self.suggestions else ""
        super().__init__(f"no entity named '{ref}'{hint}")


class QueryError(ReportGraphError):
    """A question that cannot be asked: a search query that cannot be read (an unclosed quote, only
    operators, no word to look for), an unknown entity type."""

    code = "E310"


class ExtractionError(ReportGraphError):
    """The extraction pipeline could not be built or run."""

    code = "E400"


class OntologyError(ReportGraphError):
    """An ontology or lexicon data file is malformed."""

    code = "E500"


class ReviewError(ReportGraphError):
    """An analyst's decision that cannot be made (unknown action, merging an entity with itself...)."""

    code = "E600"


class RevertError(ReviewError):
    """A decision that cannot be reverted (now): already reverted, logged before undo images were kept,
    or changed since by a later decision that must be reverted first."""

    code = "E602"


class AuthError(ReportGraphError):
    """An account, role or token problem: unknown or revoked user, wrong password, a role too low."""

    code = "E650"


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


class UnsafeMergeError(ConstraintError):
    """A merge that needs an analyst's explicit ``force``: entities of different types, or records an
    analyst split apart."""

    code = "E802"


class GazetteerError(ReportGraphError):
    """A gazetteer data file is malformed."""

    code = "E810"
