"""Resolution: link each document-local entity to one global entity."""

from .base import Assignment, CandidateIndex, Resolver
from .exact import ExactNameResolver
from .keys import name_key, normalize_name


def get_resolver(name: str = "default") -> Resolver:
    """Build a resolver by name."""
    if name in ("default", "exact-name"):
        return ExactNameResolver()
    from ..errors import ReportGraphError

    raise ReportGraphError(f"unknown resolver '{name}'")


__all__ = ["Assignment", "CandidateIndex", "ExactNameResolver", "Resolver", "get_resolver",
           "name_key", "normalize_name"]
