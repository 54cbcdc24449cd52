"""The spaCy pipeline's components as the extraction runs them: two of spaCy's own run by faster
equivalents that set the same attributes on every token (issue 12's throughput).

* The **attribute ruler** (POS and morphology from the tagger's tags, a few exceptions) matched its
  179 English patterns with spaCy's ``Matcher``, which tries every pattern at every token: about 10%
  of a raw ``nlp.pipe`` on the corpus's reports. Each pattern is filed under a value its first token
  must have (148 of them: a tag and/or a lower-case form), so a token tries only the one or two
  filed under its own values, and what a token's values match is kept for the next token with the
  same values. The matches are sorted as spaCy sorts them and applied by the ruler's own
  ``set_annotations``.
* The **rule lemmatizer** (English, French) ran Python code for each token, its own cache covering
  only part of them (a base form or a tag without rules is worked out again every time): about 6%
  of a raw ``nlp.pipe``. A lemma depends only on the token's form, POS and morphology (spaCy's own
  cache key, which leaves the morphology out for French), so each (form, POS, morphology) is
  lemmatized once by the lemmatizer itself and the lemmas are set in one array.

Anything else (another lemmatizer, one that overwrites lemmas, a ruler of another class) runs as is.
``tests/extract/test_pipes.py`` compares every token's attributes with the stock components'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

Component = Callable[[Doc], Doc]
# The lemmatizers whose lemma is a function of (form, POS, morphology), read in their code; named,
# not imported: importing spacy.lang.fr costs 1.8 s of CPU (its tokenizer exceptions) in a process
# that reads no French.
_MEMO_LEMMATIZERS = frozenset({"spacy.lang.en.lemmatizer.EnglishLemmatizer",
                               "spacy.lang.fr.lemmatizer.FrenchLemmatizer"})
_MEMO_MAX = 200_000  # distinct keys kept (a long ingest's vocabulary); the table starts again past it


def pipeline(nlp: Language) -> list[tuple[str, Component]]:
    """``nlp.pipeline`` with the attribute ruler and the rule lemmatizer replaced by their equivalents."""
    return [(name, fast(proc)) for name, proc in nlp.pipeline]


@lru_cache(maxsize=32)
def fast(proc: Any) -> Any:
    """The faster equivalent of one component, or the component itself."""
    if type(proc) is AttributeRuler:
        return IndexedRuler(proc)
    kind = type(proc)
    if f"{kind.__module__}.{kind.__qualname__}" in _MEMO_LEMMATIZERS and proc.mode == "rule" and not proc.overwrite:
        return MemoLemmatizer(proc)
    return proc


# The token attributes a pattern may test here (read with ``Doc.to_array``: the values the Matcher
# compares); a pattern testing anything else, or with an operator (``OP``), goes to a Matcher.
_ATTRS = {"TAG": TAG, "POS": POS, "DEP": DEP, "LOWER": LOWER, "ORTH": ORTH, "IS_SPACE": IS_SPACE}
Test = tuple[int, str, Any]  # (attribute, "==" | "IN" | "NOT_IN" | "REGEX", value(s))
Found = tuple[list[tuple[int, int]], list[int]]


class IndexedRuler:
    """An ``AttributeRuler``'s matches, found without trying every pattern at every token.

    Each pattern of plain tests (equality, ``IN``, ``NOT_IN``, ``REGEX`` on the attributes of
    ``_ATTRS``, one test per token, so a fixed number of tokens: every pattern of the English and
    French models) is filed under one test of its first token that names values (an equality, or
    each value of an ``IN``): a token looks up its own values and tries only the patterns filed
    there, plus the few whose first token names no value (a regex, a ``NOT_IN``); the answer is
    kept by the token's values (a corpus has a few thousand distinct ones). Any other pattern goes
    to a ``Matcher`` of its own. The values compared are those the Matcher compares:
    ``StringStore.add`` of an equality's string, ``get_string_id`` of a set's, a boolean as 0/1; a
    regex searches the token's string. A longer pattern matches where its first token's values
    allow it and each next token passes its tests; the Matcher's matches are deduplicated by
    (pattern key, span), and so are these."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)
        self.rest_count = 0
        patterns: list[tuple[int, int, list[list[Test]]]] = []  # (attribute id, match id, tests by token)
        for i, entry in enumerate(ruler.patterns):  # i: the pattern's attribute id, as the ruler numbers them
            m_id = strings.add(str(i))
            pats: Any = entry["patterns"]
            compiled = [_compile(pat, strings) for pat in pats]
            if any(c is None for c in compiled):
                self.rest.add(m_id, pats)
                self.rest_count += 1
            else:
                patterns += [(i, m_id, c) for c in compiled if c is not None]
        read = {attr for _, _, by_token in patterns for tests in by_token for attr, _, _ in tests}
        self.columns: list[Any] = sorted(read) or [ORTH]  # the attributes the patterns read, as columns of to_array
        at = {attr: n for n, attr in enumerate(self.columns)}
        self.patterns = [(i, m_id, [[(at[attr], op, v) for attr, op, v in tests] for tests in by_token])
                         for i, m_id, by_token in patterns]
        self.filed: dict[tuple[int, int], list[int]] = {}  # (column, value) -> patterns whose first token needs it
        self.everywhere: list[int] = []  # patterns whose first token names no value
        for n, (_, _, by_token) in enumerate(self.patterns):
            first = by_token[0]
            anchor = next((t for t in first if t[1] == "=="), None) or next((t for t in first if t[1] == "IN"), None)
            if anchor is None:
                self.everywhere.append(n)
                continue
            col, op, value = anchor
            for v in (value,) if op == "==" else sorted(value):
                self.filed.setdefault((col, v), []).append(n)
        self.filed_columns = sorted({col for col, _ in self.filed})
        self._regex: dict[tuple[str, int], bool] = {}
        self._memo: dict[tuple[int, ...], Found] = {}  # a token's values -> what its values match

    def _first(self, row: tuple[int, ...], strings: Any) -> Found:
        """For a token of these values: the one-token patterns it matches ((attribute id, match id)),
        and the longer patterns whose first token it is."""
        got = self._memo.get(row)
        if got is None:
            tried = [p for col in self.filed_columns for p in self.filed.get((col, row[col]), ())]
            singles, starts = [], []
            for p in (*tried, *self.everywhere):
                attr_id, m_id, by_token = self.patterns[p]
                if self._holds(row, by_token[0], strings):
                    if len(by_token) == 1:
                        singles.append((attr_id, m_id))
                    else:
                        starts.append(p)
            got = (singles, starts)
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[row] = got
        return got

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (attribute id, match id, start, end), sorted."""
        strings = doc.vocab.strings  # a regex reads the token's string, as the Matcher does
        n = len(doc)
        values: list[list[int]] = doc.to_array(self.columns).reshape(n, len(self.columns)).tolist()  # type: ignore[assignment]  # uint64: ints
        rows = [tuple(r) for r in values]
        memo = self._memo
        matches = []
        for i, row in enumerate(rows):
            singles, starts = memo.get(row) or self._first(row, strings)
            for attr_id, m_id in singles:
                matches.append((attr_id, m_id, i, i + 1))
            for p in starts:
                attr_id, m_id, by_token = self.patterns[p]
                end = i + len(by_token)
                if end <= n and all(self._holds(rows[i + k], by_token[k], strings) for k in range(1, len(by_token))):
                    matches.append((attr_id, m_id, i, end))
        if self.rest_count:
            keys = self.ruler.vocab.strings
            matches += [(int(keys[m_id]), m_id, s, e)
                        for m_id, s, e in self.rest(doc, allow_missing=True, as_spans=False)]  # type: ignore[misc,union-attr]
        # One match per pattern key and span, as the Matcher dedupes them; then later patterns
        # override earlier ones, as the ruler applies them in this order.
        return sorted(set(matches))

    def _holds(self, row: tuple[int, ...], tests: list[Test], strings: Any) -> bool:
        for col, op, arg in tests:
            value = row[col]
            if op == "==":
                if value != arg:
                    return False
            elif op == "IN":
                if value not in arg:
                    return False
            elif op == "NOT_IN":
                if value in arg:
                    return False
            elif not self._search(arg, value, strings):  # REGEX
                return False
        return True

    def _search(self, regex: re.Pattern[str], h: int, strings: Any) -> bool:
        key = (regex.pattern, h)
        got = self._regex.get(key)
        if got is None:
            got = bool(regex.search(strings[h]))
            if len(self._regex) >= _MEMO_MAX:
                self._regex.clear()
            self._regex[key] = got
        return got

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


def _compile(pattern: list[dict[str, Any]], strings: Any) -> list[list[Test]] | None:
    """A Matcher pattern's tests, token by token; None when it uses anything not read here."""
    out: list[list[Test]] = []
    for spec in pattern:
        tests: list[Test] = []
        for name, value in spec.items():
            if not isinstance(name, str) or name not in _ATTRS:
                return None  # OP, an extension, another attribute
            attr = _ATTRS[name]
            if isinstance(value, bool):
                tests.append((attr, "==", int(value)))
            elif isinstance(value, str):
                tests.append((attr, "==", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                op, arg = next(iter(value.items()))
                if op == "REGEX" and isinstance(arg, str) and name != "IS_SPACE":
                    tests.append((attr, op, re.compile(arg)))
                elif op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    tests.append((attr, op, frozenset(get_string_id(v) for v in arg)))
                else:
                    return None
            else:
                return None
        out.append(tests)
    return out


class MemoLemmatizer:
    """A rule ``Lemmatizer`` (overwrite off) asked once per (form, POS, morphology).

    The lemma's string is kept, not its hash, and added to the document's strings each time: inside
    spaCy's ``memory_zone`` (the workers') a string added for one document is gone after it."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].copy()
        add = doc.vocab.strings.add
        memo = self._memo
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma:  # set before (the attribute ruler's exceptions): kept, as spaCy keeps it
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = lem.lemmatize(doc[i])[0]
                if pos:  # without a POS spaCy warns at each such token: asked each time, as it does
                    if len(memo) >= _MEMO_MAX:
                        memo.clear()
                    memo[key] = value
            lemmas[i] = add(value)
        if len(doc):
            # thinc's Ints2d is a numpy array
            doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc
