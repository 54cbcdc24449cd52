"""Parsing with paragraph breaks as hard sentence boundaries, in bounded work per token.

The small English model runs a title into the first sentence of the paragraph below it
("...the turn south\\n\\nThe Salafist Group..."), which gives that sentence the title's words as
subjects. Setting sentence starts before the parser runs keeps them apart.

Hostile texts must cost time in proportion to their length (docs/limits.md):

* a text longer than one parse chunk (``CHUNK_CHARS``; spaCy refuses texts over its ``max_length``)
  is cut at paragraph breaks, each chunk parsed alone and the parsed chunks joined back into one
  ``Doc`` whose text and offsets are exactly the input's;
* a run of more than ``MAX_WORD_CHARS`` characters without a space is cut into tokens of that size
  before spaCy's tokenizer sees it (its suffix search is quadratic in the length of a word: 10,000
  '#' took 10 s);
* no sentence fed to the parser and the rules is longer than ``MAX_SENTENCE_TOKENS``: a longer
  stretch without a full stop gets a forced sentence start;
* no sentence starts at a token glued to the one before it (no whitespace between) unless that one
  ends a sentence (``glued_inside``): both models otherwise open sentences inside names and words
  ("Jama'at Ahl al | - | Ribat", "Abou Musab al- | Barnawi", "Longtemps | , le GSIM", "tuées[ | 6]");
* a long list of one- or two-word lines is parsed without its line breaks as tokens
  (``line_lists``), which halves what the networks read of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractionError
from .line_lists import flatten, list_runs, parse_run
from .pipes import pipeline

CHUNK_CHARS = 100_000  # spaCy's parser needs about 1 GB per 100,000 characters parsed at once
MAX_WORD_CHARS = 100
_SENTENCE_END = frozenset({".", "!", "?", ";", "…"})
MAX_SENTENCE_TOKENS = 200  # a real sentence of a report is well under 100 tokens
PARSE_BATCH = 16  # documents parsed together by ``parse_many`` (a batch of 400-word reports: ~1 s)

_LONG_RUN = re.compile(r"\S{" + str(MAX_WORD_CHARS + 1) + ",}")


# A token glued to the next one ends a sentence only when it is a final stop ("...in Gao.The"), or a
# closing quote or bracket right after one ('...in Gao."The', "(see above).Then").
_FINAL_STOPS = (".", "!", "?", "…")
_CLOSERS = frozenset({'"', "'", "”", "’", "»", ")", "]"})
# An opening quote or bracket is glued to the word after it: the sentence, if one starts there, starts
# at the mark, which the parser may leave at the end of the previous one; the word is left to it.
_OPENERS = frozenset({'"', "'", "“", "‘", "«", "(", "["})


def glued_inside(doc: Doc) -> numpy.ndarray:
    """For each token, whether it is glued to the token before it inside a sentence: no whitespace
    between, the one before neither whitespace, a final stop (or a closing mark after one), nor an
    opening mark."""
    n = len(doc)
    out = numpy.zeros(n, dtype=bool)
    if n < 2:
        return out
    # read as columns, the text only of the few tokens glued to the next (a walk of the ``Doc`` makes a
    # ``Token`` of each word: 0.2 s on 150,000 tokens)
    cols = doc.to_array([SPACY, IS_SPACE, ORTH])
    out[1:] = (cols[:-1, 0] == 0) & (cols[:-1, 1] == 0)
    strings = doc.vocab.strings
    orth = cols[:, 2].tolist()
    for i in numpy.flatnonzero(out).tolist():
        p = strings[orth[i - 1]]
        if p.endswith(_FINAL_STOPS) or p in _OPENERS or (
                p in _CLOSERS and i >= 2 and strings[orth[i - 2]].endswith(_FINAL_STOPS)):
            out[i] = False
    return out


def sentence_starts(doc: Doc, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> numpy.ndarray:
    """SENT_START values (1 start, -1 not a start, 0 the parser decides) for an unparsed doc.

    Computed in one pass and set with ``from_array``: setting ``Token.is_sent_start`` one token at a
    time rescans the whole document each time (quadratic: a 990 KB text took minutes)."""
    n = len(doc)
    starts = numpy.zeros(n, dtype="int64")
    if n == 0:
        return starts
    starts[0] = 1
    prev_newline = False
    prev_alpha_start = False
    for i, tok in enumerate(doc):
        if i and prev_newline and not tok.is_space:
            starts[i] = 1
            prev_alpha_start = tok.is_alpha
        elif prev_alpha_start:
            if tok.is_alpha:
                starts[i] = -1  # the model may otherwise cut "Ansarul | Islam was created"
            prev_alpha_start = False
        prev_newline = "\n" in tok.text_with_ws
    starts[(starts == 0) & glued_inside(doc)] = -1
    # Force a start into any stretch longer than the bound with no full stop in it (after a protected
    # token if need be). A full stop ends the stretch: a long paragraph of ordinary sentences is left
    # for the parser to cut where its sentences end.
    run = 0
    for i in range(n):
        run = 0 if starts[i] == 1 or (i and doc[i - 1].text in _SENTENCE_END) else run + 1
        if run >= max_sentence_tokens and starts[i] == 0:
            starts[i] = 1
            run = 0
    return starts


def mark_paragraphs(doc: Doc, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Start a sentence at the first token after every line break, and bound sentence length
    (before parsing)."""
    if len(doc):
        # spaCy reads attribute arrays as uint64: -1 goes in as its two's complement
        values = sentence_starts(doc, max_sentence_tokens).view("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array
    return doc


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text``, cutting runs of more than ``MAX_WORD_CHARS`` non-space characters into
    tokens of that size instead of handing them to the tokenizer; the text is kept exactly."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    pieces: list[Doc] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            pieces.append(nlp.make_doc(text[pos : m.start()]))
        run = m.group()
        words = [run[i : i + MAX_WORD_CHARS] for i in range(0, len(run), MAX_WORD_CHARS)]
        pieces.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = m.end()
    if pos < len(text):
        pieces.append(nlp.make_doc(text[pos:]))
    return Doc.from_docs(pieces, ensure_whitespace=False)


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most ``size`` characters covering ``text``, each
    cut after a paragraph break when there is one in its second half, else after a line break,
    else after a space."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            i = text.rfind(sep, start + size // 2, limit - len(sep) + 1)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut <= start:
            cut = limit  # no space in half a chunk: a run of characters, cut anywhere
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def _parse_piece(nlp: Language, text: str, max_sentence_tokens: int) -> Doc:
    doc = mark_paragraphs(make_doc(nlp, text), max_sentence_tokens)
    for _, proc in pipeline(nlp):
        doc = proc(doc)
    return doc


def _parse_list(nlp: Language, text: str, max_sentence_tokens: int) -> Doc:
    doc = mark_paragraphs(make_doc(nlp, text), max_sentence_tokens)
    parsed = parse_run(nlp, doc, make_doc(nlp, flatten(text)))
    if parsed is not None:
        return parsed
    for _, proc in pipeline(nlp):  # the two tokenizations differ: the plain parse
        doc = proc(doc)
    return doc


def _chunk_pieces(nlp: Language, text: str, max_sentence_tokens: int) -> list[Doc]:
    """One chunk parsed: its prose and its lists of short lines (``line_lists``), in order."""
    runs = list_runs(text)
    if not runs:
        return [_parse_piece(nlp, text, max_sentence_tokens)]
    pieces: list[Doc] = []
    pos = 0
    for start, end in runs:
        if start > pos:
            pieces.append(_parse_piece(nlp, text[pos:start], max_sentence_tokens))
        pieces.append(_parse_list(nlp, text[start:end], max_sentence_tokens))
        pos = end
    if pos < len(text):
        pieces.append(_parse_piece(nlp, text[pos:], max_sentence_tokens))
    return pieces


def parse_many(nlp: Language, texts: Sequence[str], batch_size: int = PARSE_BATCH,
               chunk_chars: int = CHUNK_CHARS, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> list[Doc]:
    """``parse`` of each text, in order, consecutive texts parsed together (at most ``batch_size``
    of them and one chunk's characters in all, so a batch needs no more memory than one long text)
    through each component's ``pipe``, as ``nlp.pipe`` runs them: the parser and the entity
    recogniser score the transitions of a batch's documents together, about 10% less CPU than one
    document at a time, and each document's analysis is the same either way. A text longer than a
    chunk, or one holding a list of short lines (``line_lists``), is parsed alone, as ``parse`` does
    it: a document's analysis never depends on the batch it came in."""
    limit = min(chunk_chars, nlp.max_length)
    out: list[Doc] = []
    batch: list[str] = []
    for text in [*texts, None]:
        alone = text is not None and (len(text) > limit or bool(list_runs(text)))
        if batch and (text is None or alone or len(batch) == batch_size
                      or sum(map(len, batch)) + len(text) > limit):
            docs: Iterable[Doc] = [mark_paragraphs(make_doc(nlp, t), max_sentence_tokens) for t in batch]
            for _, proc in pipeline(nlp):
                pipe = getattr(proc, "pipe", None)
                docs = pipe(docs, batch_size=len(batch)) if pipe is not None else map(proc, docs)
            out.extend(docs)
            batch = []
        if alone and text is not None:
            out.append(parse(nlp, text, chunk_chars, max_sentence_tokens))
        elif text is not None:
            batch.append(text)
    return out


def parse(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS,
          max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Run the pipeline on a text whose paragraphs and line breaks end sentences, in paragraph-aligned
    chunks when it is long; the result's text (hence every offset) is exactly ``text``."""
    bounds = chunk_bounds(text, min(chunk_chars, nlp.max_length))
    # every chunk's pieces joined at once: joining each chunk's, then the chunks, copied every token
    # twice (0.8 s of CPU on a 990 KB list of short lines)
    pieces = [piece for a, b in bounds for piece in _chunk_pieces(nlp, text[a:b], max_sentence_tokens)]
    if len(pieces) == 1:
        return pieces[0]
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    if len(bounds) > 1 and doc.text != text:  # would shift every offset after the seam
        raise ExtractionError("joining the parsed chunks of a long text changed its text")
    return doc
