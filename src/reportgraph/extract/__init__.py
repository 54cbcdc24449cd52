"""Extraction: text in, entities, aliases, relations and events out (document-local)."""

from __future__ import annotations

from .base import Extractor


def get_extractor(name: str = "default", language: str = "en") -> Extractor:
    """Build an extractor by name for one language. ``default`` is the best offline CPU extractor available."""
    if language != "en":  # the French pipeline comes with the French extraction (issue 11)
        from ..errors import ExtractionError

        raise ExtractionError(f"no extractor for language '{language}'")
    if name == "default":
        from .domain import DomainExtractor
        from .facts import add_facts

        return DomainExtractor(post=[add_facts])
    if name in ("rules", "learned"):  # the ablation: relations from the rules alone, or the classifier alone
        from functools import partial

        from .domain import DomainExtractor
        from .facts import add_facts

        return DomainExtractor(post=[partial(add_facts, relations_from=name)], learned=name == "learned")
    if name == "domain":  # entities and aliases only
        from .domain import DomainExtractor

        return DomainExtractor()
    if name == "spacy-ner":
        from .spacy_ner import SpacyNerExtractor

        return SpacyNerExtractor()
    from ..errors import ExtractionError

    raise ExtractionError(f"unknown extractor '{name}'")


__all__ = ["Extractor", "get_extractor"]
