"""Entity mentions laid over a spaCy Doc: which tokens name which local entity."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import LocalEntity


@dataclass(frozen=True)
class Hit:
    """One mention of a local entity, as a token range of the Doc."""

    key: str
    type: str
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int


@dataclass
class EntityIndex:
    """Token-level view of a document's entity clusters."""

    doc: Doc
    entities: dict[str, LocalEntity]
    hits: list[Hit] = field(default_factory=list)
    by_token: dict[int, Hit] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def build(cls, doc: Doc, entities: list[LocalEntity]) -> EntityIndex:
        idx = cls(doc=doc, entities={e.key: e for e in entities})
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                idx.hits.append(Hit(e.key, e.type, span.start, span.end, m.start, m.end))
        # longer mentions win where two overlap ("Algerian desert" over "Algerian")
        for h in sorted(idx.hits, key=lambda h: h.end - h.start):
            for i in range(h.start, h.end):
                idx.by_token[i] = h
        idx.hits = sorted({id(h): h for h in idx.by_token.values()}.values(), key=lambda h: h.start)
        return idx

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def hit_at(self, tok: Token) -> Hit | None:
        return self.by_token.get(tok.i)

    def named_before_comma(self, comma: int, lo: int = 0) -> Hit | None:
        """The mention whose name ends right before the comma at token ``comma``, past a bracketed acronym
        ("the Task Force (MNJTF), a coalition", "le Groupe ... (GSIM), lié à"), not reaching before token
        ``lo`` (its sentence's start): the name a phrase opened by that comma describes."""
        doc = self.doc
        if comma < 1 or doc[comma].text != ",":
            return None
        j = comma - 1
        if doc[j].text == ")":
            opening = next((k for k in range(j - 1, max(j - 10, lo - 1), -1) if doc[k].text == "("), None)
            if opening is None:
                return None
            j = opening - 1
        return self.hit_at(doc[j]) if j >= lo else None

    def _first_from(self, tok_i: int) -> int:
        """The position in ``hits`` (sorted by start) of the first mention starting at or after
        ``tok_i``: the lookups below bisect instead of scanning every mention of the document,
        which made them quadratic in a long report."""
        if len(self._starts) != len(self.hits):
            self._starts = [h.start for h in self.hits]
        return bisect_left(self._starts, tok_i)

    def in_range(self, start: int, end: int) -> list[Hit]:
        """Mentions that lie wholly inside a token range, in order."""
        out = []
        for k in range(self._first_from(start), len(self.hits)):
            h = self.hits[k]
            if h.start >= end:
                break
            if h.end <= end:
                out.append(h)
        return out

    def in_span(self, span: Span) -> list[Hit]:
        return self.in_range(span.start, span.end)

    def before(self, tok_i: int) -> Iterator[Hit]:
        """Mentions that end before a token, nearest (latest start) first."""
        for k in range(self._first_from(tok_i) - 1, -1, -1):
            if self.hits[k].end <= tok_i:
                yield self.hits[k]

    def name_has(self, key: str, word: str) -> bool:
        w = word.lower()
        return any(w in n.lower().replace("-", " ").split() for n in self.entities[key].names())
