"""Alliances stated by a phrase's form: a hyphenated sponsor, and a force of troops from member states.

English writes a sponsor or patron into a name's modifier ("the Iran-backed militia", "UAE-backed",
"al-Qaeda-aligned"); the annotation guide reads cooperation, allegiance and backing as ALLY_OF. The
phrase the modifier qualifies stands for the backed group (an organisation): a name itself ("the
UAE-backed Shabwah Defence Forces"), the name it is in apposition with ("Al Shabaab, the al
Qaeda-linked insurgency"), a copula's subject ("X is an Iran-aligned group") or the names "such as"
lists. A word a pronoun or "the group" would need resolving is left alone.

"X, a regional force of troops from A, B and C", "X, which has 22,000 troops from A and B": the states
that send troops to a coalition or mission are its members, which the guide reads as ALLY_OF.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_slots import OBJ, SUBJ
from .relation_set import RelationSet

# participles of backing or allegiance written after a hyphen ("Iran-backed"); "-inspired", "-led",
# "-based" and "-style" say something else (a model, a leader, a place)
TIE_PARTICIPLES = frozenset(
    {"backed", "aligned", "allied", "linked", "affiliated", "sponsored", "supported", "funded", "armed", "trained"}
)
COPULAS = frozenset({"be", "become", "remain"})


def _sponsor(b: RelationSet, tie: Token) -> list[str]:
    """The name written before the hyphen of "X-backed": the entity whose mention ends right there."""
    doc = tie.doc
    if tie.i < 2 or doc[tie.i - 1].text != "-" or doc[tie.i - 1].whitespace_:
        return []
    before = doc[tie.i - 2]
    if before.whitespace_:
        return []
    hit = b.index.hit_at(before)
    return [hit.key] if hit is not None and hit.end == before.i + 1 else []


def _backed(b: RelationSet, noun: Token) -> list[str]:
    """The names the phrase headed by ``noun`` stands for (see the module's docstring)."""
    hit = b.index.hit_at(noun)
    if hit is not None:
        return [hit.key]
    out: list[str] = []
    if noun.dep_ == "appos":
        out += [h.key for h in [b.index.hit_at(noun.head)] if h is not None]
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        out += [
            h.key for c in noun.head.children if c.dep_ == "nsubj" for h in [b.index.hit_at(c)] if h is not None
        ]
    for c in noun.children:
        if c.dep_ == "appos" or (c.dep_ == "compound" and c.i > noun.i):
            out += [h.key for h in [b.index.hit_at(c)] if h is not None]
        elif c.dep_ == "prep" and c.lower_ == "as" and c.doc[c.i - 1].lower_ == "such":
            listed = [t for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
            out += [h.key for t in listed for h in [b.index.hit_at(t)] if h is not None]
    return list(dict.fromkeys(out))


def sponsored_groups(b: RelationSet) -> None:
    """ "the X-backed Y": X ALLY_OF Y (symmetric), each name as the sentence places it."""
    for tok in b.index.doc:
        if tok.lower_ not in TIE_PARTICIPLES or tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        sponsors = _sponsor(b, tok)
        if not sponsors:
            continue
        # a person "linked" to a country is a biography, not a tie between actors
        for y in (k for k in _backed(b, tok.head) if b.index.type_of(k) == "ORGANIZATION"):
            for x in sponsors:
                b.add(x, "ALLY_OF", y, tok.sent, 0.55, "cue")


# the men a state sends ("troops from Chad"), and the verbs by which a force holds them
CONTINGENT_NOUNS = frozenset({"troop", "troops", "soldier", "soldiers", "contingent", "contingents", "personnel"})
HOLDING_VERBS = frozenset({"have", "comprise", "include", "number", "field", "count", "gather", "bring"})


def _senders(b: RelationSet, men: Token) -> list[str]:
    """The countries of "troops from A, B and C" (each of the list); the parser may hang "from" on the
    noun the troops make up ("a force of troops from A": on "force")."""
    holders = [men, men.head.head] if men.dep_ == "pobj" and men.head.lower_ == "of" else [men]
    listed = [
        t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
    ]
    hits = [b.index.hit_at(t) for t in listed]
    return [h.key for h in hits if h is not None and b._is_country(h.key)]


def _force_of(b: RelationSet, men: Token) -> list[str]:
    """The organisation the troops make up: "a force of troops" / "X fights with troops" (the phrase the
    preposition hangs on, or its verb's subject), "X has troops" (the holding verb's subject)."""
    head = men.head
    if men.dep_ == "pobj" and head.lower_ in ("of", "with"):
        holder = head.head
    elif men.dep_ in OBJ and head.lemma_.lower() in HOLDING_VERBS:
        holder = head
    else:
        return []
    if holder.pos_ in ("VERB", "AUX"):
        subjects = [c for c in holder.children if c.dep_ in SUBJ]
        return [k for s in subjects for k in b.refs.refer(s) if b.index.type_of(k) == "ORGANIZATION"]
    if holder.pos_ not in ("NOUN", "PROPN"):
        return []
    keys = _backed(b, holder) or _comma_named(b, holder)
    return [k for k in keys if b.index.type_of(k) == "ORGANIZATION"]


def _comma_named(b: RelationSet, noun: Token) -> list[str]:
    """The name right before the comma that opens a noun's phrase ("X (XX), a regional coalition of ..."),
    where the parser lost the apposition (it took the phrase for a verb's object)."""
    if noun.doc[noun.left_edge.i].lower_ not in ("a", "an", "the"):
        return []
    hit = b.index.named_before_comma(noun.left_edge.i - 1, noun.sent.start)
    return [hit.key] if hit is not None else []


def member_states(b: RelationSet) -> None:
    """ "X, a regional force of troops from A, B and C": each of A, B, C ALLY_OF X."""
    for tok in b.index.doc:
        if tok.lower_ not in CONTINGENT_NOUNS:
            continue
        states = _senders(b, tok)
        if not states:
            continue
        for force in _force_of(b, tok):
            for state in states:
                b.add(state, "ALLY_OF", force, tok.sent, 0.55, "cue")
