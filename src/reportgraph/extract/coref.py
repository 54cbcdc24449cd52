"""A cheap in-document reference resolver for the relation and event layer.

Pronouns ("he", "its"), possessed member nouns ("his men", "its gunmen"), definite role nouns
("the Emir", "the Algerian", "the group", "his battalion") and state forces ("Algerian troops")
are pointed at the most recent compatible named entity, preferring grammatical subjects.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, default_lexicon
from .mentions import EntityIndex, Hit

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK_SENTENCES = 3


class References:
    """Resolves noun-phrase heads of one document to local entity keys."""

    def __init__(self, index: EntityIndex, lexicon: Lexicon | None = None) -> None:
        self.index = index
        self.lex = lexicon or default_lexicon()
        self._sents = list(index.doc.sents)
        self._sent_of = {t.i: n for n, s in enumerate(self._sents) for t in s}

    # -- candidates -------------------------------------------------------------------
    def _recent(self, before: int, types: tuple[str, ...], word: str | None = None,
                exclude: frozenset[str] = frozenset()) -> str | None:
        """The most recent entity of a type before a token, subjects of nearer sentences first."""
        doc = self.index.doc
        here = self._sent_of.get(before, 0)
        cands: list[Hit] = [h for h in self.index.before(before)
                            if h.type in types and h.key not in exclude
                            and self._sent_of.get(h.start, 0) >= here - LOOKBACK_SENTENCES]
        if word is not None:
            cands = [h for h in cands if self.index.name_has(h.key, word)]
        if not cands:
            return None
        for h in cands:  # nearest subject, this sentence then earlier ones
            root = doc[h.start:h.end].root
            if root.dep_ in SUBJECT_DEPS or (root.dep_ in ("appos", "conj") and root.head.dep_ in SUBJECT_DEPS):
                return h.key
        return cands[0].key

    # -- public -----------------------------------------------------------------------
    def refer(self, tok: Token) -> list[str]:
        """The entities a noun-phrase head (or pronoun) stands for; empty when unknown."""
        hit = self.index.hit_at(tok)
        if hit is not None:
            return [hit.key]
        low = tok.lower_
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS | ORG_PRONOUNS | PLURAL_PRONOUNS:
            return self._pronoun(tok, low)
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        country = self._demonym_child(tok)
        if lemma in self.lex.state_force_nouns or low in self.lex.state_force_nouns:
            forces = self._state_forces(tok, country)
            if forces:
                return forces
        if poss is not None and (lemma in self.lex.member_nouns or low in self.lex.member_nouns):
            return self.refer(poss)
        if lemma in self.lex.org_nouns or low in self.lex.org_nouns:
            named = self._recent(tok.i, ("ORGANIZATION",), word=lemma)
            if named:
                return [named]
            if poss is not None:
                return self.refer(poss)
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in tok.children):
                org = self._recent(tok.i, ("ORGANIZATION",))
                return [org] if org else []
            return []
        if lemma in self.lex.person_role_nouns or (self.lex.country_of(tok.text) and tok.pos_ != "ADJ"):
            if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or poss is not None:
                if poss is not None and lemma not in ("leader", "emir", "head", "commander", "chief"):
                    return []
                p = self._recent(tok.i, ("PERSON",))
                return [p] if p else []
        return []

    def phrase_entities(self, tok: Token, depth: int = 0) -> list[str]:
        """Entities a phrase head stands for, through conjuncts, appositions and "of"-phrases."""
        if depth > 3:
            return []
        keys = list(self.refer(tok))
        if not keys:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            keys += self.phrase_entities(p, depth + 1)
                elif c.dep_ in ("compound", "nmod", "poss") and self.index.hit_at(c) is not None:
                    keys += self.phrase_entities(c, depth + 1)
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                keys += [k for k in self.phrase_entities(c, depth + 1) if k not in keys]
        return list(dict.fromkeys(keys))

    def _pronoun(self, tok: Token, low: str) -> list[str]:
        if low in RELATIVE_PRONOUNS:
            rel = tok.head
            if rel.dep_ == "relcl" and rel.head.i != tok.i:
                return self.refer(rel.head)
            return []
        if low in PERSON_PRONOUNS:
            p = self._recent(tok.i, ("PERSON",))
            return [p] if p else []
        if low in ORG_PRONOUNS:
            o = self._recent(tok.i, ("ORGANIZATION",))
            return [o] if o else []
        if low in PLURAL_PRONOUNS:
            o = self._recent(tok.i, ("ORGANIZATION",))
            return [o] if o else []
        return []

    def _demonym_child(self, tok: Token) -> str | None:
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and self.lex.country_of(c.text):
                return self.lex.country_of(c.text)
        return None

    def _state_forces(self, tok: Token, country: str | None) -> list[str]:
        """"Algerian troops" -> the Algerian army if the document names it, else Algeria."""
        ents = self.index.entities
        if country is not None:
            demonym = next(c.text for c in tok.children if self.lex.country_of(c.text) == country)
            for key, e in ents.items():
                if e.type == "ORGANIZATION" and any(
                        demonym.lower() in n.lower() and any(w in n.lower() for w in self.lex.army_words)
                        for n in e.names()):
                    return [key]
            for key, e in ents.items():
                if e.type == "LOCATION" and any(n.lower() == country.lower() for n in e.names()):
                    return [key]
            return []
        if any(c.dep_ == "prep" for c in tok.children):
            return []  # "troops from France": the caller reads the prepositional phrase
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.lower_ == "forces":
            for h in self.index.before(tok.i):
                if h.type == "ORGANIZATION" and any(
                        w in n.lower() for n in ents[h.key].names() for w in self.lex.army_words):
                    return [h.key]
        return []
