"""Long lists of one- or two-word lines parsed without their line breaks as tokens (issue 15).

spaCy makes every line break a whitespace token of its own, and its networks (both tok2vec, the
tagger, the parser and the NER) pay for it like a word: a list of one-word lines costs twice the
tokens of its words, and 990 KB of them took 74 s to parse. In a run of at least
``LIST_RUN_LINES`` lines of at most two words each, the parser is handed each of those line breaks
as a plain space of the same length (a space after a word is no token in spaCy), with every line's
first word preset as a sentence start, so each line stays a sentence of its own and no entity runs
across lines (spaCy's NER does not cross a preset sentence start). A run is parsed as a document of its
own (``paragraphs`` joins it with the prose around it) and its parse copied onto the text's own
tokens, whose offsets are exactly the input's; each line break gets what spaCy gives a whitespace
token (tag ``_SP``, ``SPACE``, attached to the word before it, outside any entity). Where every line
of the run is one token, the parser is not run at all: a one-token sentence has one parse (its
token is the ``ROOT``), which is set directly.

Ordinary prose never has such a run (a report's title, byline or short headings are a few lines at
most), so its parse is the one it always had.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import DependencyParser
from spacy.symbols import SPACE
from spacy.tokens import Doc

from .pipes import pipeline

LIST_RUN_LINES = 20  # a list of short lines this long; no report's front matter comes near it
# A long run is parsed a piece of this many lines at a time: the networks' arrays stay small (12%
# less CPU than a whole 100 KB chunk at once); each line is a sentence of its own either way.
LIST_PIECE_LINES = 1_000

# One or two words (a single space between them), then the line break; nothing else on the line,
# so that the line break handed over as a space is the word's own trailing space in spaCy. A run
# takes the whitespace after its last line with it: it ends, as it begins, where spaCy's tokenizer
# always cuts (between whitespace and a word), so its tokens are those of the whole text.
_SHORT_LINE = r"[^\s]+(?: [^\s]+)?\n"
_RUN = re.compile(rf"(?:(?<=\n)|^)(?:{_SHORT_LINE}){{{LIST_RUN_LINES},}}\s*")

_COPIED = [TAG, POS, MORPH, LEMMA, DEP, ENT_IOB, ENT_TYPE]
_OUTSIDE = 2  # ENT_IOB "O"


def list_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of at least ``LIST_RUN_LINES`` short lines in ``text``, from the start
    of its first line to the next word after its last line (or the end of the text); a run of more
    than ``LIST_PIECE_LINES`` lines comes as consecutive pieces of that many lines."""
    spans: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        last = start + len(m.group().rstrip())  # the end of the run's last word
        cut, lines = start, 0
        i = text.find("\n", start, last)
        while i >= 0:
            lines += 1
            if lines == LIST_PIECE_LINES:
                spans.append((cut, i + 1))
                cut, lines = i + 1, 0
            i = text.find("\n", i + 1, last)
        spans.append((cut, end))
    return spans


def flatten(run: str) -> str:
    """A run's text with the line breaks between its lines made spaces (same length and offsets); the
    whitespace after its last word is left as it is."""
    lines = len(run.rstrip())
    return run[:lines].replace("\n", " ") + run[lines:]


def _line_roots(flat: Doc) -> None:
    """The parser's only parse of one-token sentences: each word its own ``ROOT``, a whitespace token
    attached to the word before it."""
    is_space = flat.to_array([IS_SPACE]).astype(bool).reshape(-1)
    heads = numpy.zeros(len(flat), dtype="int64")
    heads[is_space] = -1
    strings = flat.vocab.strings
    deps = numpy.where(is_space, strings.add("dep"), strings.add("ROOT")).astype("uint64")
    flat.from_array([HEAD, DEP], numpy.stack([heads.view("uint64"), deps], axis=1))  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array


def _run_pipeline(nlp: Language, flat: Doc) -> Doc:
    starts = flat.to_array([SENT_START]).astype("int64").reshape(-1)
    is_space = flat.to_array([IS_SPACE]).astype(bool).reshape(-1)
    one_token_lines = bool((starts[~is_space] == 1).all()) and not is_space[0]
    for _, proc in pipeline(nlp):
        if one_token_lines and isinstance(proc, DependencyParser):
            _line_roots(flat)
        else:
            flat = proc(flat)
    return flat


def parse_run(nlp: Language, doc: Doc, flat: Doc) -> Doc | None:
    """Parse ``doc`` (one run, tokenized, sentence starts preset) through ``flat``, its ``flatten``ed
    text tokenized alike, and copy the parse onto ``doc``'s tokens; ``None`` (nothing parsed) when the
    two tokenizations do not line up as they should."""
    if not len(doc) or not len(flat) or len(flat) > len(doc):
        return None
    idx, length, is_space = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64").T
    flat_idx, flat_length, flat_space = flat.to_array([IDX, LENGTH, IS_SPACE]).astype("int64").T
    # Every token of ``flat`` must be the token of ``doc`` at the same offset, of the same length and
    # kind, and the tokens of ``doc`` left over must be the line breaks made spaces (whitespace).
    pos = numpy.minimum(numpy.searchsorted(idx, flat_idx), len(doc) - 1)
    if (idx[pos] != flat_idx).any() or (length[pos] != flat_length).any() or (is_space[pos] != flat_space).any():
        return None
    dropped = numpy.ones(len(doc), dtype=bool)
    dropped[pos] = False
    if dropped[0] or not is_space[dropped].all():
        return None
    flat.from_array([SENT_START], doc.to_array([SENT_START])[pos].reshape(-1, 1))
    flat = _run_pipeline(nlp, flat)

    values = numpy.zeros((len(doc), len(_COPIED)), dtype="uint64")
    values[pos] = flat.to_array(_COPIED)
    heads = numpy.empty(len(doc), dtype="int64")
    flat_heads = flat.to_array([HEAD]).astype("int64").reshape(-1) + numpy.arange(len(flat))
    heads[pos] = pos[flat_heads]
    gone = numpy.flatnonzero(dropped)
    heads[gone] = gone - 1  # a line break hangs on the word before it, as spaCy's parser has it
    strings, text = doc.vocab.strings, doc.text
    values[gone] = [strings.add("_SP"), SPACE, doc.vocab.morphology.add(""), 0, strings.add("dep"), _OUTSIDE, 0]
    ends = numpy.append(idx[1:], len(text))[gone].tolist()
    values[gone, _COPIED.index(LEMMA)] = [strings.add(text[a:b]) for a, b in zip(idx[gone].tolist(), ends, strict=True)]
    rel = (heads - numpy.arange(len(doc))).view("uint64").reshape(-1, 1)
    doc.from_array([*_COPIED, HEAD], numpy.hstack([values, rel]))  # type: ignore[arg-type]
    if flat.tensor.size:
        tensor = numpy.zeros((len(doc), flat.tensor.shape[1]), dtype=flat.tensor.dtype)
        tensor[pos] = flat.tensor
        doc.tensor = tensor
    return doc
