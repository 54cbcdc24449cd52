"""Finding the ontology's event triggers in a parsed document (single lemmas and phrases)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..ontology import Ontology

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


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _phrase_at(doc: Doc, i: int, words: list[str]) -> tuple[int, ...] | None:
    if words[0] not in _forms(doc[i]):
        return None
    out = [i]
    j = i
    # only a verb may be split from its particle ("handed Tanko over"); "in ... favour of" may not
    gap = MAX_GAP if doc[i].pos_ in ("VERB", "AUX") else 0
    for w in words[1:]:
        for k in range(j + 1, min(len(doc), j + 2 + gap)):
            if doc[k].is_sent_start:
                return None
            if w in _forms(doc[k]):
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
    used: set[int] = set()
    hits: list[TriggerHit] = []
    for i in range(len(doc)):
        if i in skip or i in used:
            continue
        for etype, t, words in phrases:
            toks = _phrase_at(doc, i, words)
            if toks and not any(k in used or k in skip for k in toks):
                hits.append(TriggerHit(etype, t, toks))
                used.update(toks)
                break
    for tok in doc:
        if tok.i in used or tok.i in skip:
            continue
        # a predicative participle the tagger calls an adjective ("he is married to ...") reads as a verb
        if tok.pos_ not in ("VERB", "NOUN", "PROPN") and not is_predicative_participle(tok):
            continue
        for form in (tok.lower_, tok.lemma_.lower()):
            if form in singles:
                if singles[form][1] in ontology.verb_only_triggers and tok.pos_ != "VERB":
                    break
                etype, t = singles[form]
                hits.append(TriggerHit(etype, t, (tok.i,)))
                break
    return sorted(hits, key=lambda h: h.start)
