"""A cue: a word and the grammatical slot that holds what it relates ("leaned on X", "based in Y", "left X").

Cues are data (the lexicons' ``relation_cues``, ``departure_cues``), read by the relation rules (``cues``), the
splits (``splits``) and the sentence classifier's guards (``learned_relations``). This module imports none of
them, so each can read a cue without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Cue:
    predicate: str
    lemma: str  # "*" for any head
    slot: str  # a preposition, or "_obj"
    use_object: bool = False
    reverse: bool = False

    @classmethod
    def parse(cls, predicate: str, text: str) -> Cue:
        body, _, flag = text.partition(":")
        words = body.split()
        return cls(predicate, " ".join(words[:-1]) or "*", words[-1], flag == "object", flag == "reverse")


def lemma_matches(tok: Token, lemma: str) -> bool:
    words = lemma.split()
    if len(words) == 1:
        return tok.lemma_.lower() == words[0] or tok.lower_ == words[0]
    # phrasal: "take over", "break away": the particle is a child of the verb
    return tok.lemma_.lower() == words[0] and all(any(c.lower_ == w for c in tok.children) for w in words[1:])
