"""Relations stated by a cue word and its grammatical slot ("leaned on X", "based in Y").

The cues are data (``lexicon.yaml``: ``relation_cues``). A cue is a lemma with a slot (a
preposition or ``_obj``); the relation links the clause subject (or the verb's object, for
":object" cues) to the entities in the slot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from .cue_words import Cue, lemma_matches
from .events import OBJ, PASSIVE_SUBJ, SUBJ, _subject_of, slot_name

# nouns of help given to a side: "support for X in the fight against Y" makes X the one who fights
AID_NOUNS = frozenset({"support", "backing", "assistance", "help", "aid", "solidarity"})
AID_PREPOSITIONS = frozenset({"for", "of", "to", "with"})


def _aided(noun: Token) -> list[Token]:
    """Who a noun of help is given to, with the names coordinated with it ("support for X and Y")."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in AID_PREPOSITIONS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [p, *p.conjuncts]
    return out


def _aided_side(tok: Token) -> list[Token]:
    """X for a word in "support for X in the fight against Y" / "in their fight against Y" (a pronoun
    owner is X again; a named one is not looked past)."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children):
            return []
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.dep_ == "prep":
            noun = t.head.head
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in AID_NOUNS:
                return _aided(noun)
            if noun.pos_ == "VERB":  # "reiterates (its) support for X in the fight": "in" on the verb
                aids = [c for c in noun.children if c.dep_ in OBJ and c.lemma_.lower() in AID_NOUNS]
                return _aided(aids[0]) if aids else []
            # "support of X and the Y people in their fight": the parser hangs the fight on the last aided
            x = noun
            while x.dep_ == "conj" and x.head.i != x.i:
                x = x.head
            aid = x.head.head
            if x.dep_ == "pobj" and x.head.lower_ in AID_PREPOSITIONS and aid.lemma_.lower() in AID_NOUNS:
                return _aided(aid)
            return []
        if t.head.i == t.i:
            return []
        t = t.head
    return []


def clause_subject(tok: Token) -> list[Token]:
    """The subject that governs a word: its own, or that of the verb it hangs from; for the fight of
    "support for X in the fight against Y", the side helped (X), not who gives the help."""
    aided = _aided_side(tok)
    if aided:
        return aided
    t = tok
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            s = _subject_of(t)
            if s is not None:
                return [s[1]]
        if any(c.dep_ == "poss" for c in t.children) and t.pos_ == "NOUN":
            return [c for c in t.children if c.dep_ == "poss"]
        if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
            return [t.head]  # "the FGR, backed by Katiba Nour": the phrase the participle modifies
        if t.head.i == t.i:
            break
        t = t.head
    return []


# verbs whose infinitive complement takes their subject, not their object, as its own ("X promised
# Y to withdraw": X withdraws); every other verb with an object passes the object ("helping Y to
# defeat Z": Y defeats)
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
# "stands by Y to ...", "stand with Y to ...": taking a side, read with the verb "stand"
SIDING_PREPOSITIONS = frozenset({"by", "with", "alongside", "behind"})


def _object_controller(tok: Token) -> list[Token]:
    """The object that controls an infinitive complement without a subject of its own: "assisting
    the government to degrade and destroy X" (the government degrades), "helping Y to defeat Z"."""
    v = tok
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head  # "to degrade and ultimately destroy X": the first verb's place
    if v.pos_ not in ("VERB", "AUX") or v.dep_ != "xcomp" or v.head.lemma_.lower() in SUBJECT_CONTROL:
        return []
    if any(c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ for c in (*tok.children, *v.children)):
        return []
    return [c for c in v.head.children if c.dep_ in OBJ and c.pos_ in ("NOUN", "PROPN")]


def _stood_by(tok: Token) -> list[Token]:
    """The side a subject stands by, who does what the infinitive says with it: "X stands by Y to
    defeat Z" (Y fights Z too; X stays the verb's subject)."""
    v = tok
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("advcl", "xcomp") or v.head.lemma_.lower() != "stand":
        return []
    return [
        p
        for c in v.head.children
        if c.dep_ == "prep" and c.lower_ in SIDING_PREPOSITIONS
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _shared_object(verb: Token) -> list[Token]:
    """The object of a verb coordinated right after it, where it has none of its own: "to degrade and
    ultimately destroy X" (the parser hangs X on "destroy" alone)."""
    if verb.pos_ != "VERB":
        return []
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in SUBJ for g in c.children):
            return [g for g in c.children if g.dep_ in OBJ]
    return []


def _verb_object(tok: Token) -> list[Token]:
    t = tok
    for _ in range(3):
        objs = [c for c in t.children if c.dep_ in OBJ]
        if objs:
            return objs
        if t.head.i == t.i:
            break
        t = t.head
    return []


def _slot_holders(tok: Token) -> list[Token]:
    """Where a cue's preposition may hang: the cue word, its particle ("broke away from X": "from"
    hangs on "away"), or for a predicative adjective the copula right before it ("is active in X")."""
    out = list(tok.children)
    out += [g for c in tok.children if c.dep_ in ("prt", "advmod") and c.i > tok.i for g in c.children]
    if tok.dep_ == "acomp":
        out += [c for c in tok.head.children if c.i > tok.i]
    return out


# Prepositions of place that a coordinated second phrase of an area cue may open ("operates on the X
# plateau and in the Y and Z districts", "along the X river and across the Y plateau").
PLACE_PREPS = frozenset({"in", "on", "at", "around", "across", "along", "near", "throughout", "from", "between"})


def _conjoined_place_fillers(prep: Token) -> list[Token]:
    """The objects of the place prepositions coordinated with a cue's preposition: the parser hangs
    "and in the Y districts" on the first preposition ("on"), so the cue's slot alone misses them."""
    return [p for d in prep.conjuncts if d.dep_ == "conj" and d.pos_ == "ADP" and d.lower_ in PLACE_PREPS
            for p in d.children if p.dep_ == "pobj"]


def _own_entities(filler: Token, entities: Callable[[Token], list[str]]) -> list[str]:
    """A slot's entities, less those only in its apposition ("among the X, a Tuareg tribe": not Tuareg).

    A name coordinated right after the filler that the parser attached elsewhere ("passed through
    X and Y before ...") fills the slot too.
    """
    keys = entities(filler)
    extra = {k for c in filler.children if c.dep_ == "appos" for k in entities(c)}
    own = [k for k in keys if k not in extra] or keys
    doc = filler.doc
    j = filler.right_edge.i + 1
    if own and j + 1 < len(doc) and doc[j].lower_ == "and":
        nxt = doc[j + 1]
        if nxt.pos_ == "PROPN" and nxt.head.i != filler.i and filler.i not in {a.i for a in nxt.ancestors}:
            conj = nxt if nxt.dep_ == "conj" else next((a for a in nxt.ancestors if a.dep_ == "conj"), None)
            if conj is not None and conj.i - nxt.i < 4:
                own += [k for k in entities(conj) if k not in own]
    return own


# What a cue's slot needs below its word: an object, a preposition (or the agent "by"), or the particle
# or adverb a preposition hangs on ("broke away from"); a predicative adjective reads its copula's.
# A coordinated verb may lend its object ("degrade and destroy X": ``_shared_object``).
_SLOT_DEPS = (*OBJ, "prep", "agent", "prt", "advmod", "conj")


def _may_hold_slot(doc: Doc) -> numpy.ndarray:
    """Per token of ``doc``: whether a cue on it could find a filler at all (a child of a kind in
    ``_SLOT_DEPS``, or a predicative adjective); a token without one never fires, whatever its cue,
    and is not looked at (a list of one-word lines has 250,000 such tokens)."""
    at = numpy.arange(len(doc))
    heads = doc.to_array(HEAD).astype("int64") + at  # (a relative offset, read as signed)
    deps = doc.to_array(DEP)
    strings = doc.vocab.strings
    holds = numpy.isin(deps, numpy.array([strings.add(d) for d in _SLOT_DEPS], dtype=deps.dtype)) & (heads != at)
    out = numpy.zeros(len(doc), dtype=bool)
    out[heads[holds]] = True
    return out | (deps == strings.add("acomp"))


def _held_by(noun: Token, entities: Callable[[Token], list[str]], holders: frozenset[str]) -> list[Token] | None:
    """Who holds the place a cue noun names ("base", "camp", "presence"), where the noun says so itself:
    the name modifying it ("an AQIM base in X", "ADF camps in Y"), nobody the sentence names where an
    actor word modifies it ("overran an army base at X" is not the attacker's base) or where the noun
    sits in another noun's phrase ("an attack on the base at X", "revenge for the presence of troops
    in Y"). None where the noun does not say: the clause subject holds it ("X set up a camp in Y",
    "X maintained training camps in Y"); a possessive is read there too ("its base in Y")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    mods = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < noun.i]
    named = [m for m in mods if entities(m)]
    if named:
        return named
    if any(m.lower_ in holders or m.lemma_.lower() in holders for m in mods):
        return []
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        return []
    return None


def find_cue_pairs(
    tokens: list[Token],
    cues: list[Cue],
    entities: Callable[[Token], list[str]],
    fallback: Callable[[Token], str | None] | None = None,
    modifiers: Callable[[Token], list[str]] | None = None,
    holders: frozenset[str] = frozenset(),
) -> Iterator[tuple[Cue, list[str], list[str], Token]]:
    """(cue, first-argument keys, second-argument keys, cue token) for every cue that fires; ``holders``
    are the words for an actor ("army", "militants") that hold a base or camp they modify."""
    # cues by their first word, so that a token looks up only its own (in the lexicon's order)
    by_word: dict[str, list[tuple[int, Cue]]] = {}
    for n, cue in enumerate(cues):
        by_word.setdefault(cue.lemma.split()[0], []).append((n, cue))
    may_hold = _may_hold_slot(tokens[0].doc) if tokens else None
    for tok in tokens:
        if may_hold is not None and not may_hold[tok.i]:
            continue
        words = dict.fromkeys((tok.lemma_.lower(), tok.lower_, "*"))
        for _, cue in sorted(c for w in words for c in by_word.get(w, ())):
            if cue.lemma != "*" and not lemma_matches(tok, cue.lemma):
                continue
            fillers: list[Token] = []
            if cue.slot == "_obj":
                fillers = [c for c in tok.children if c.dep_ in OBJ] or _shared_object(tok)
            else:
                for c in _slot_holders(tok):
                    if c.dep_ in ("prep", "agent") and slot_name(c) == cue.slot:
                        fillers += [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                        if cue.predicate == "OPERATES_IN":
                            fillers += _conjoined_place_fillers(c)
            if cue.lemma == "*" and not fillers:
                continue
            if not fillers:
                continue
            seconds = [k for f in fillers for k in _own_entities(f, entities)]
            if modifiers is not None:  # "among his Kel Ansar kinsmen": the name modifying the filler
                seconds += [k for f in fillers for k in modifiers(f) if k not in seconds]
            if not seconds:
                continue
            # a place held: the noun's own holder where it names one ("an AQIM base in X")
            held = _held_by(tok, entities, holders) if cue.predicate == "OPERATES_IN" else None
            if cue.use_object:
                heads = _verb_object(tok)
            elif (
                tok.pos_ in ("VERB", "AUX")
                and any(c.dep_ in PASSIVE_SUBJ for c in tok.children)
                and cue.slot != "by"
            ):
                heads = [c for c in tok.children if c.dep_ in PASSIVE_SUBJ]
            elif held is not None:
                heads = held
            else:
                heads = [h for h in _object_controller(tok) if entities(h)] or clause_subject(tok)
                heads += [h for h in _stood_by(tok) if entities(h)]
            if cue.slot == "by" and cue.predicate in ("LEADER_OF", "FOUNDED"):
                # "the kidnappers were led by X": a band of men, not a named group
                heads = [h for h in heads if not (h.pos_ == "NOUN" and h.tag_ == "NNS")]
            firsts = [k for h in heads for k in entities(h)]
            if not firsts and fallback is not None and not cue.use_object and held is None:
                left = fallback(tok)
                firsts = [left] if left else []
            if not firsts:
                continue
            if cue.reverse:
                firsts, seconds = seconds, firsts
            yield cue, firsts, seconds, tok


__all__ = ["Cue", "SUBJ", "clause_subject", "find_cue_pairs", "lemma_matches"]
