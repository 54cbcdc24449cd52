"""A person's men in English: "his men", "Shekau's fighters", "Haftar's forces" stand, as event participants, for the
organisation the person leads, as the corpus annotation reads them (the French twin is ``events_fr.followers_of``).

The events ask for it (``events.EventExtractor.np_entities``); which organisation a person leads comes from the relation
rules' LEADER_OF, or else from the one organisation named for him ("the Bandes de Tchoukou" for Tchoukou's men).
"""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import EntityIndex

# nouns for the band of men a possessive gives to a person ("his men", "X's fighters", "Haftar's forces", "Lompo's
# unit"): general English vocabulary written for this project (MIT, like the code). Not "group" or "faction",
# which a report often names for the man himself ("Bahadur's faction" is the gold's Bahadur)
FOLLOWER_NOUNS = frozenset({
    "men", "fighters", "forces", "troops", "followers", "loyalists", "militiamen", "gunmen", "vigilantes",
    "supporters", "combatants", "unit", "militia",
})
PERSON_POSSESSIVES = frozenset({"his", "her"})
# words of a personal name too short or too common to say an organisation is named for the person
NAME_PARTICLES = frozenset({"abu", "abou", "ibn", "bin", "ben", "ould", "ag", "al", "el", "mohamed", "mohammed",
                            "muhammad", "ahmed", "ahmad", "ali", "omar", "umar", "abdul", "abdel", "ibrahim", "musa",
                            "moussa", "mahamat", "hassan", "hamid", "yusuf", "hussein", "sheikh", "mullah"})


def men_of(tok: Token, index: EntityIndex) -> bool:
    """ "his men", "Shekau's men", "Dogo Gide's fighters": a band of men named by a person's possessive (a pronoun
    or a person's name), with no "of", relative clause or apposition of their own saying whose they are."""
    if tok.lower_ not in FOLLOWER_NOUNS or tok.tag_ not in ("NNS", "NN"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "relcl", "appos") for c in kids):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and index.hit_at(c) is not None for c in kids):
        return False  # "Madobe's Ras Kamboni fighters": the band's own name says whose they are
    for c in kids:
        if c.dep_ != "poss":
            continue
        if c.lower_ in PERSON_POSSESSIVES:
            return True
        hit = index.hit_at(c)
        return hit is not None and hit.type == "PERSON"
    return False


def named_for(person: str, index: EntityIndex) -> str | None:
    """The one organisation of the document whose name holds a distinctive word of a person's names ("Bandes de
    Tchoukou" for Mahamat "Tchoukou" Abdelkerim, "Yan Danmarke" for Musa Danmarke); None when none or several."""
    words = {
        w.strip("\"'“”‘’").lower()
        for n in index.entities[person].names()
        for w in n.split()
    }
    words = {w for w in words if len(w) > 3 and w.isalpha() and w not in NAME_PARTICLES}
    if not words:
        return None
    found = [
        k
        for k, e in index.entities.items()
        if e.type == "ORGANIZATION"
        and any(w.strip("\"'“”‘’").lower() in words for n in e.names() for w in n.split())
    ]
    return found[0] if len(found) == 1 else None
