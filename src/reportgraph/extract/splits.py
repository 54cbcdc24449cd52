"""Splits: a founding whose founders left another group in the same sentence.

"In 2016 he left X with two hundred fighters and founded Y", "he led his men out of X to form Y":
X is Y's predecessor (role ``other``, hence Y SUCCESSOR_OF X), not one of its founders. The
departure words are data (``lexicon.yaml``: ``departure_cues``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..model import Event, Participant
from .coref import References
from .cue_words import Cue, lemma_matches
from .events import OBJ, _subject_of
from .lexicon import Lexicon
from .mentions import EntityIndex

WINDOW = 30  # tokens between the departure and the founding


def _left_groups(
    head: Token, cues: list[Cue], index: EntityIndex, refs: References, founders: set[str]
) -> Iterator[tuple[str, Token]]:
    """(organisation, cue word) for each group left by a departure cue in the founding's sentence.

    Before the founding any departure counts ("left X and founded Y"); after it, only one whose
    subject is a founder ("created by Z, a commander of X who broke with the parent movement").
    """
    sent = head.sent
    for tok in head.doc[max(sent.start, head.i - WINDOW) : min(sent.end, head.i + WINDOW)]:
        if tok.i == head.i:
            continue
        if tok.i > head.i:
            subj = _subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
            if subj is None or not founders & set(refs.refer(subj[1])):
                continue
        for cue in cues:
            if not lemma_matches(tok, cue.lemma):
                continue
            if cue.slot == "_obj":
                fillers = [c for c in tok.children if c.dep_ in OBJ]
            else:
                fillers = [
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == cue.slot
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            for f in fillers:
                for key in refs.refer(f):  # a name, or "the parent movement"
                    if index.type_of(key) == "ORGANIZATION":
                        yield key, tok


def mark_departures(events: list[Event], index: EntityIndex, refs: References, lex: Lexicon) -> None:
    """Give each founding the groups its founders left, as predecessors."""
    cues = [Cue.parse("", c) for c in lex.departure_cues]
    for ev in events:
        if ev.type != "FOUNDING" or ev.trigger_span is None:
            continue
        span = index.doc.char_span(ev.trigger_span.start, ev.trigger_span.end, alignment_mode="expand")
        if span is None:
            continue
        head = span[0]
        new = {p.entity for p in ev.participants if p.role == "patient"}
        founders = {p.entity for p in ev.participants if p.role == "agent"}
        for key, cue_tok in _left_groups(head, cues, index, refs, founders):
            if key in new or any(p.entity == key and p.role == "other" for p in ev.participants):
                continue
            ev.participants = [p for p in ev.participants if p.entity != key]
            ev.participants.append(Participant(key, "other"))
            if not any(p.role == "agent" for p in ev.participants):
                # "he led his men out of X to form Y": who left is who founded
                subj = _subject_of(cue_tok if cue_tok.pos_ in ("VERB", "AUX") else cue_tok.head)
                for k in refs.refer(subj[1]) if subj else []:
                    if index.type_of(k) == "PERSON" and k not in new:
                        ev.participants.append(Participant(k, "agent"))
