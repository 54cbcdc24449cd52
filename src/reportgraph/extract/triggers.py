"""Finding the ontology's event triggers in a parsed document (single lemmas and phrases)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from ..ontology import Ontology
from .candidates import column

MAX_GAP = 3  # tokens allowed between the words of a phrase ("handed Tanko over")


@dataclass(frozen=True)
class TriggerHit:
    """One trigger occurrence: the event type, the ontology trigger it matched, its tokens."""

    type: str
    trigger: str
    tokens: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1] + 1


def is_predicative_participle(tok: Token) -> bool:
    """ "he is married to ...": a participle the tagger calls an adjective, after a copula or with the
    passive's subject, reads as a verb."""
    return tok.pos_ == "ADJ" and (
        tok.dep_ == "acomp" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    )


def _phrase_at(forms: list[tuple[str, str]], sent_start: list[bool], verb: list[bool], i: int,
               words: list[str]) -> tuple[int, ...] | None:
    """The tokens of the phrase ``words`` starting at token i, if it is there. The token attributes
    come as lists read once per document: a ``Doc[i]`` makes a new Token object each time, and this
    ran for every phrase at every token (a long report made millions of them)."""
    if words[0] not in forms[i]:
        return None
    out = [i]
    j = i
    n = len(forms)
    # only a verb may be split from its particle ("handed Tanko over"); "in ... favour of" may not
    gap = MAX_GAP if verb[i] else 0
    for w in words[1:]:
        for k in range(j + 1, min(n, j + 2 + gap)):
            if sent_start[k]:
                return None
            if w in forms[k]:
                out.append(k)
                j = k
                break
        else:
            return None
    return tuple(out)


def find_triggers(doc: Doc, ontology: Ontology, skip: set[int] | None = None) -> list[TriggerHit]:
    """Every trigger in reading order; phrases win over the single words they contain.

    ``skip`` holds token indices that cannot be triggers (the inside of entity names).
    """
    skip = skip or set()
    phrases: list[tuple[str, str, list[str]]] = []
    singles: dict[str, tuple[str, str]] = {}
    for et in ontology.event_types.values():
        for t in et.triggers:
            words = t.lower().split()
            if len(words) > 1:
                phrases.append((et.name, t, words))
            else:
                singles.setdefault(words[0], (et.name, t))
    phrases.sort(key=lambda p: -len(p[2]))
    # the phrases a token may start, by first word (their positions in ``phrases``: tried in that order)
    by_first: dict[str, list[int]] = {}
    for n, (_, _, words) in enumerate(phrases):
        by_first.setdefault(words[0], []).append(n)
    pos = column(doc, "pos_")
    lemmas = {lemma: lemma.lower() for lemma in set(column(doc, "lemma_"))}
    forms = [(low, lemmas[lemma]) for low, lemma in zip(column(doc, "lower_"), column(doc, "lemma_"), strict=True)]
    sent_start = [v == 1 for v in doc.to_array(SENT_START).tolist()] if len(doc) else []
    verb = [p in ("VERB", "AUX") for p in pos]
    used: set[int] = set()
    hits: list[TriggerHit] = []
    for i in range(len(forms)):
        if i in skip or i in used:
            continue
        lower, lemma = forms[i]
        tried = by_first.get(lower, [])
        if lemma != lower and lemma in by_first:
            tried = sorted({*tried, *by_first[lemma]})
        for n in tried:
            etype, t, words = phrases[n]
            found = _phrase_at(forms, sent_start, verb, i, words)
            if found and not any(k in used or k in skip for k in found):
                hits.append(TriggerHit(etype, t, found))
                used.update(found)
                break
    for i in range(len(forms)):
        if i in used or i in skip:
            continue
        # a predicative participle the tagger calls an adjective ("he is married to ...") reads as a verb
        if pos[i] not in ("VERB", "NOUN", "PROPN") and not (pos[i] == "ADJ" and is_predicative_participle(doc[i])):
            continue
        for form in forms[i]:
            if form in singles:
                if singles[form][1] in ontology.verb_only_triggers and pos[i] != "VERB":
                    break
                etype, t = singles[form]
                hits.append(TriggerHit(etype, t, (i,)))
                break
    return sorted(hits, key=lambda h: h.start)
