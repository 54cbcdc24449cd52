"""Extraction: text in, entities, aliases, relations and events out (document-local)."""

from __future__ import annotations

from .base import Extractor
from .language import LANGUAGES, check_language


def get_extractor(name: str = "default", language: str = "en") -> Extractor:
    """Build an extractor by name for documents in ``language`` ("en" or "fr"). ``default`` is the
    best offline CPU extractor available. A language's spaCy model is loaded here, on first use."""
    check_language(language)
    if name == "default":
        from .domain import DomainExtractor
        from .facts import add_facts

        return DomainExtractor(post=[add_facts], language=language)
    if name in ("rules", "learned"):  # the ablation: relations from the rules alone, or the classifier alone
        from functools import partial

        from .domain import DomainExtractor
        from .facts import add_facts

        return DomainExtractor(post=[partial(add_facts, relations_from=name)], learned=name == "learned",
                               language=language)
    if name == "domain":  # entities and aliases only
        from .domain import DomainExtractor

        return DomainExtractor(language=language)
    if name == "spacy-ner":
        from .spacy_ner import SpacyNerExtractor

        return SpacyNerExtractor(language=language)
    from ..errors import ExtractionError

    raise ExtractionError(f"unknown extractor '{name}'")


__all__ = ["LANGUAGES", "Extractor", "get_extractor"]
