"""The language of a document, and of each paragraph of a mixed one (issue 11).

py3langid (langid.py's naive Bayes model over byte n-grams, shipped inside the package) scores each
paragraph. A paragraph too short to tell (a title, a dateline, an agency's initials) takes the
language of the paragraphs around it. A document's language is the language of most of its text;
a mixed one is stored as its languages joined by "+", the main one first ("fr+en").

Only the languages the extraction reads (``READ``) are told apart in ordinary prose. Another
language is named only when a long stretch is surely in it, so that a stray English paragraph
full of names is never called Tagalog; such a document is refused by the extraction with an error
that names its language, never read with the wrong grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

READ: tuple[str, ...] = ("en", "fr")  # the languages get_extractor has a pipeline for
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(\+[a-z]{2,3})*$")  # a stored value: "fr", "fr+en"
MIN_LETTERS = 40  # fewer letters than this and a paragraph's language is its neighbours'
# The log-likelihood lead, per letter, that tells a paragraph's language; below it (a table of names,
# a list of references, a contact line) the paragraph goes with its neighbours. Measured on the
# corpus's paragraphs: English ones lie near -1.2 (French minus English), French ones near +1.75.
MIN_LEAD = 0.5
MIN_PART_LETTERS = 150  # a stretch in another language shorter than this (a header, a quoted title) is not a part
OTHER_MIN_LETTERS = 200  # a whole text in a language outside READ needs this much text...
OTHER_MIN_LEAD = 0.5  # ...and this lead per letter over the best language of READ
_PARAGRAPH = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*(?:[-*•·]|\d+[.)])\s)")  # blank lines, list items
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Part:
    """A stretch of the text (one or more paragraphs) in one language."""

    start: int
    end: int
    language: str


@dataclass(frozen=True)
class Identification:
    """A text's language(s): ``language`` is the stored value, ``parts`` each stretch in reading order."""

    language: str
    parts: tuple[Part, ...]

    @property
    def languages(self) -> list[str]:
        return self.language.split("+")

    @property
    def mixed(self) -> bool:
        return "+" in self.language


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """langid's model, loaded once per process: from the table cache (``compiled.py``), where it is
    kept decompressed. Its LZMA file took about a second of CPU to read in every process (an ingest's
    and each of its workers'); the cached copy (69 MB) about 0.06 s. The file's name carries
    py3langid's version, whose package holds the model, and it is keyed by nothing else of
    reportgraph's (``compiled(..., library=True)``)."""
    from importlib.metadata import PackageNotFoundError, version

    from ..compiled import compiled

    try:
        release = version("py3langid")
    except PackageNotFoundError:  # not installed as a distribution: the file is read each time
        return _read_identifier()
    return compiled(f"language-identifier-{release}", _read_identifier, library=True)


def _read_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def load_identifier() -> None:
    """Load the identifier's model now (start-up), not inside the first document's time budget."""
    _identifier()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph with some non-space text."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        pos = m.end() if m else len(text)
    return out


def _scores(text: str) -> tuple[int, dict[str, float]]:
    return len(_LETTER.findall(text)), dict(_identifier().rank(text))


def classify(text: str) -> str | None:
    """The language of one paragraph among ``READ``, or None when it cannot be told."""
    letters, scores = _scores(text)
    if letters < MIN_LETTERS:
        return None
    ranked = sorted(READ, key=lambda lang: -scores[lang])
    lead = (scores[ranked[0]] - scores[ranked[1]]) / letters
    return ranked[0] if lead >= MIN_LEAD else None


def _other(text: str) -> str | None:
    """The language of a whole text when it is surely none of ``READ`` (a German or Arabic report)."""
    letters, scores = _scores(text)
    if letters < OTHER_MIN_LETTERS:
        return None
    top = max(scores, key=lambda lang: scores[lang])
    best_read = max(scores[lang] for lang in READ)
    return top if top not in READ and (scores[top] - best_read) / letters >= OTHER_MIN_LEAD else None


def _letters(text: str, part: Part) -> int:
    return len(_LETTER.findall(text, part.start, part.end))


@lru_cache(maxsize=2)
def identify(text: str, default: str = "en") -> Identification:
    """The language of a text and of each of its stretches; ``default`` when nothing can tell.
    The last answers are kept: a mixed document is identified when it is read and again when the
    language router splits it into its parts (a string keeps its hash, so a hit costs nothing)."""
    other = _other(text)
    if other:
        return Identification(other, (Part(0, len(text), other),))
    spans = _paragraphs(text)
    told = [classify(text[s:e]) for s, e in spans]
    if not any(told):  # short paragraphs only (a headline and a line or two): the whole text together
        lang = classify(text) or default
        return Identification(lang, (Part(0, len(text), lang),) if text else ())
    parts = _runs(spans, told)
    # A short stretch in another language (a letterhead, a reference's title) joins the text around it.
    main = _main(text, parts)
    parts = _runs([(p.start, p.end) for p in parts],
                  [p.language if p.language == main or _letters(text, p) >= MIN_PART_LETTERS else None
                   for p in parts])
    # the stretches cover the whole text: each runs to where the next begins
    whole = tuple(
        Part(0 if i == 0 else p.start, parts[i + 1].start if i + 1 < len(parts) else len(text), p.language)
        for i, p in enumerate(parts)
    )
    share: dict[str, int] = {}
    for p in whole:
        share[p.language] = share.get(p.language, 0) + _letters(text, p)
    return Identification("+".join(sorted(share, key=lambda lang: -share[lang])), whole)


def _runs(spans: list[tuple[int, int]], told: list[str | None]) -> list[Part]:
    """Consecutive spans of one language joined; an untold span takes the language before it (the first
    told one at the start)."""
    first = next(t for t in told if t)
    parts: list[Part] = []
    for (s, e), t in zip(spans, told, strict=True):
        lang = t or (parts[-1].language if parts else first)
        if parts and parts[-1].language == lang:
            parts[-1] = Part(parts[-1].start, e, lang)
        else:
            parts.append(Part(s, e, lang))
    return parts


def _main(text: str, parts: list[Part]) -> str:
    share: dict[str, int] = {}
    for p in parts:
        share[p.language] = share.get(p.language, 0) + _letters(text, p)
    return max(share, key=lambda lang: share[lang])


def check_language(value: str) -> str:
    """A language given by a user (``--language``): one of ``READ`` ("fr", "en"), any case."""
    from ..errors import IngestError

    v = value.strip().lower()
    if v not in READ:
        raise IngestError("--language", f"'{value}' is not a language reportgraph reads "
                          f"({', '.join(READ)}, or auto to identify each document's)")
    return v
