"""A candidate name (a token span and what the shape rules know of it) and small token helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_ALPHA, IS_LOWER, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

TEXT_KEY = "reportgraph.text"
LOWER_KEY = "reportgraph.lower_words"
COLUMN_KEY = "reportgraph.column."
# a token attribute as a column of the whole parsed document: the name of Token's string attribute
# and the attribute id ``Doc.to_array`` reads
_COLUMNS = {"text": ORTH, "lower_": LOWER, "lemma_": LEMMA, "pos_": POS, "tag_": TAG, "dep_": DEP}


@dataclass
class Candidate:
    """A span that may name an entity, with what the shape rules already know about it."""

    start: int  # token indices, end exclusive
    end: int
    start_char: int
    end_char: int
    text: str
    shape: str = "chunk"  # chunk, quoted, french-org, institution, desert, ordinal-unit, subregion, nicknamed,
    # led-coalition, federal-government, bare-institution, known-as
    type: str | None = None
    strength: int = 0  # 3: rule or lexicon, 2: gazetteer city, 1: statistical model, 0: unknown
    key: str = ""
    roles: list[str] = field(default_factory=list)
    method: str = "rule"
    also: list[str] = field(default_factory=list)  # other forms it answers to (a nickname inside it)
    # other surface forms of the same name the entity is exported with, never clustered on
    # ("Wagadou forest" for "Wagadou" written before "forest")
    variants: list[str] = field(default_factory=list)


def lower_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case, built once per Doc: a capitalised word the text
    also writes in lower case ("Share", "media") is a common word, not a name."""
    words = doc.user_data.get(LOWER_KEY)
    if words is None:
        flags = doc.to_array([IS_LOWER, IS_ALPHA]).tolist()
        words = doc.user_data[LOWER_KEY] = frozenset(
            t for t, (low, alpha) in zip(column(doc, "text"), flags, strict=True) if low and alpha)
    return frozenset(words)


def column(doc: Doc, attr: str) -> tuple[str, ...]:
    """One string attribute of every token of a parsed document (``column(doc, "lemma_")[i] ==
    doc[i].lemma_``), read once per Doc. A rule that scans the whole document for a word reads it
    here: ``for tok in doc`` and ``doc[i]`` make a new Token object each time, and the rules' many
    passes made millions of them on a long report. Only for a document whose parse is done (the
    columns are kept in its ``user_data``)."""
    key = COLUMN_KEY + attr
    col = doc.user_data.get(key)
    if col is None:
        ids = doc.to_array(_COLUMNS[attr]).tolist() if len(doc) else []
        if attr == "pos_":
            names = {i: POS_NAMES[i] for i in set(ids)}
        else:
            strings = doc.vocab.strings
            names = {i: strings[i] for i in set(ids)}
        col = doc.user_data[key] = tuple(names[i] for i in ids)
    return col  # type: ignore[no-any-return]  # user_data holds Any


def doc_text(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def doc_lines(doc: Doc) -> list[tuple[int, str]]:
    """Each line of the document's text (split on newlines) with the offset of its first character."""
    out, pos = [], 0
    for line in doc_text(doc).split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def is_cap(tok: Token) -> bool:
    return capitalised(tok.text)


def capitalised(t: str) -> bool:
    """A token text that starts with a capital and holds a letter."""
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def joined(doc: Doc, i: int) -> bool:
    """Token i and i+1 are written without a space between them."""
    return i + 1 < len(doc) and doc[i].whitespace_ == ""


def span_tokens(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def make_candidate(
    doc: Doc, start: int, end: int, shape: str, start_char: int | None = None, end_char: int | None = None
) -> Candidate:
    sc = doc[start].idx if start_char is None else start_char
    ec = doc[end - 1].idx + len(doc[end - 1].text) if end_char is None else end_char
    return Candidate(start, end, sc, ec, doc_text(doc)[sc:ec], shape=shape)
