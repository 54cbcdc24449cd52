"""The language of the document being extracted, and what each language loads.

The rules read their word lists through ``lexicons()``, ``default_lexicon()`` and the ontology; a
French document swaps in the French lists for the time of its extraction (``extraction_language``)
rather than threading a language argument through every rule.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from importlib import resources
from importlib.abc import Traversable
from typing import Any, TypeVar

from ..errors import ExtractionError

LANGUAGES: tuple[str, ...] = ("en", "fr")

T = TypeVar("T")

_CURRENT: ContextVar[str] = ContextVar("reportgraph_extraction_language", default="en")


def check_language(language: str) -> str:
    """The language code if the extraction supports it, else a clear error."""
    if language not in LANGUAGES:
        raise ExtractionError(f"unsupported extraction language '{language}' (supported: {', '.join(LANGUAGES)})")
    return language


def current_language() -> str:
    """The language of the document being extracted ("en" outside any extraction)."""
    return _CURRENT.get()


@contextmanager
def extraction_language(language: str) -> Iterator[None]:
    """Read word lists, triggers and models of ``language`` inside the block."""
    token = _CURRENT.set(check_language(language))
    try:
        yield
    finally:
        _CURRENT.reset(token)


@dataclass(frozen=True)
class _CacheInfo:
    currsize: int


def per_language(fn: Callable[[], T]) -> Callable[[], T]:
    """Cache a no-argument loader once per extraction language (``lru_cache`` would keep the first)."""
    cache: dict[str, T] = {}

    @wraps(fn)
    def wrapper() -> T:
        language = current_language()
        if language not in cache:
            cache[language] = fn()
        return cache[language]

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]  # as lru_cache offers
    # as lru_cache offers too: how many languages' tables are built (what a start-up test reads)
    wrapper.cache_info = lambda: _CacheInfo(len(cache))  # type: ignore[attr-defined]
    return wrapper


def model_path(name: str) -> Traversable:
    """A learned component's shipped model file for the extraction language (``models/fr/`` for French)."""
    folder = resources.files("reportgraph.data").joinpath("models")
    language = current_language()
    return folder.joinpath(name) if language == "en" else folder.joinpath(language, name)


def shipped_model(name: str) -> dict[str, Any] | None:
    """The JSON of a learned component's shipped model file (``model_path``), or None when the
    package has none (then that component stands aside and the rules' output is kept)."""
    path = model_path(name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else None
