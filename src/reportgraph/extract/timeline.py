"""Which date applies to a trigger: its clause's date, else the narrative's running date."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .candidates import doc_text
from .dates import TimeExpr, find_dates
from .language import current_language


def _governor(tok: Token) -> Token:
    """The nearest verb at or above a token (the clause it belongs to)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _clause(tok: Token) -> set[int]:
    """Token indices of a trigger's own clause: its subtree minus the clauses hanging from it."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in ("conj", "ccomp", "advcl", "relcl", "parataxis") and c.pos_ in ("VERB", "AUX"):
                continue
            stack.append(c)
    return out


# a court's decision dated where the report states it: "judgment of 24 April 2025", "Judgment: 16 September
# 2025", "Verdict delivered on 28 November 2025", "On 19 July 2018 the chamber delivered its verdict"
_VERDICT = re.compile(r"\b(?:judg(?:e)?ment|verdict|ruling)s?\b", re.IGNORECASE)
_VERDICT_REACH = 80  # characters either side of the date, within its line


def _dates(text: str) -> list[TimeExpr]:
    """The document's dates, read in the extraction language ("fin 2012" only in French)."""
    return find_dates(text, language=current_language())


class Timeline:
    """The temporal expressions of one document, placed on its tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.exprs: list[tuple[TimeExpr, Token]] = []
        # "X, a veteran of the 1990 rebellion, was named emir": a date inside an apposition describes
        # the person or thing it is set beside, and dates only what the apposition itself tells
        self.aside: dict[int, tuple[int, int]] = {}
        # the dates a report gives its court's decision (judgment, verdict), in reading order
        self.verdicts: list[tuple[int, str]] = []
        text = doc_text(doc)
        for te in _dates(text):
            if te.edtf is None:
                continue
            span = doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.exprs.append((te, span.root))
            if not te.relative and te.anchors and "/" not in te.edtf and len(te.edtf) >= 7:
                lo = max(text.rfind("\n", 0, te.start) + 1, te.start - _VERDICT_REACH)
                hi = text.find("\n", te.end)
                hi = min(hi if hi >= 0 else len(text), te.end + _VERDICT_REACH)
                if _VERDICT.search(text, lo, hi):
                    self.verdicts.append((span.start, te.edtf))
            appos = next(
                (t for t in span.root.ancestors if t.dep_ == "appos" and not span.start <= t.i < span.end), None
            )
            # a described apposition ("a veteran of ...", "the group's founder"), not a bare name given
            # beside another with its date ("GSPC -> AQIM (January 2007)")
            if appos is not None and (appos.pos_ == "NOUN" or any(c.dep_ == "det" for c in appos.children)):
                self.aside[span.root.i] = (appos.left_edge.i, appos.right_edge.i)

    def stated_in_sentence(self, tok: Token) -> bool:
        """Whether the sentence of a token states a date (absolute or relative) of its own."""
        sent = tok.sent
        return any(sent.start <= root.i < sent.end and (te.anchors or te.relative) for te, root in self.exprs)

    def verdict_date(self, tok: Token) -> str | None:
        """The date of the court decision a report tells of (the last stated before the token, else the
        first): what a sentence with no date of its own ("He was sentenced to twenty years") took place on."""
        before = [d for i, d in self.verdicts if i < tok.i]
        if before:
            return before[-1]
        return self.verdicts[0][1] if self.verdicts else None

    def date_spans(self) -> set[int]:
        """Token indices inside temporal expressions (they are never event triggers)."""
        out: set[int] = set()
        for te, _ in self.exprs:
            span = self.doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    def date_for(self, tok: Token, also: list[Token] | None = None) -> str | None:
        """The date of the clause around a trigger token, or the running date before it.

        ``also``: the other tokens of a phrase trigger ("let three of them go in February").
        """
        sent = tok.sent

        def beside(root: Token) -> bool:
            lo, hi = self.aside.get(root.i, (tok.i, tok.i))
            return not lo <= tok.i <= hi

        here = [
            (te, root)
            for te, root in self.exprs
            if sent.start <= root.i < sent.end and (te.anchors or te.relative) and not beside(root)
        ]
        if here:
            chain: list[int] = []
            t = tok
            while True:
                chain.append(t.i)
                if t.head.i == t.i:
                    break
                t = t.head

            own = _clause(tok)
            for t in also or []:
                own |= _clause(t)

            def rank(item: tuple[TimeExpr, Token]) -> tuple[int, int]:
                te, root = item
                if root.i in own:
                    return (-1, abs(root.i - tok.i))  # stated inside the trigger's own clause
                gov = _governor(root).i
                pos = chain.index(gov) if gov in chain else len(chain) + 1
                return (pos, abs(root.i - tok.i))

            return min(here, key=rank)[0].edtf
        before = [te for te, root in self.exprs if root.i < tok.i and te.anchors and not beside(root)]
        return before[-1].edtf if before else None
