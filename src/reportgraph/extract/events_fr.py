"""French events: the word lists and parse readings the event rules use for French documents only.

Read by ``events.py`` when the extraction language is French (``language.current_language``). The word
lists are French grammar and press usage, written by hand for this project (licence: MIT, like the code);
no actor is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..model import Event, Participant
from .event_filters import _negated, _outside_scope
from .event_slots import FRENCH_ETRE_VERBS, OBJ, PASSIVE_SUBJ, _is_passive, slot_name
from .mentions import EntityIndex, Hit
from .numbers import count_people
from .triggers import TriggerHit

# French slots that name the event's actor outright; a place reached through any other (a
# preposition: "l'attaque de Ouagadougou", "attaqué près d'In-Zekar") is where it happened
FRENCH_ACTOR_SLOTS = frozenset({"subject", "object", "passive_subject", "by", "par", "poss", "attr"})
# French prepositions of place (a slot no role of the event type names is where it happened)
FRENCH_LOCATIVE_PREPS = frozenset({"à", "au", "aux", "dans", "en", "près", "vers", "autour", "aux abords"})
# the event type a French report tells with no participant, at a place only ("trois civils ont été tués
# à X"); measured on the corpus dev split, keeping abductions, attacks and releases too cost precision
FRENCH_PLACE_ONLY = frozenset({"KILLING"})
# the words of a penalty ("condamné à vingt ans de prison", "à mort", "par contumace")
FRENCH_PENALTY_WORDS = frozenset({"prison", "mort", "perpétuité", "réclusion", "peine", "peines", "ans", "amende",
                                  "contumace", "détention", "emprisonnement", "travaux", "capitale"})
# a court as the agent of a passive "condamner" ("ont été condamnés mardi par le tribunal militaire de X"): a
# verdict, penalty told or not; source: the ordinary French names of jurisdictions
FRENCH_COURT_NOUNS = frozenset({"tribunal", "tribunaux", "cour", "juge", "juges", "juridiction", "juridictions"})
# verbs that lay an event at someone's door: "attribué à X", "que les autorités imputent à X"
FRENCH_ATTRIBUTING = frozenset({"attribuer", "imputer"})
# "les deux groupes se sont affrontés", "les deux camps": the two groups last named
FRENCH_PAIR_NOUNS = frozenset({"groupes", "camps", "mouvements", "factions", "organisations", "formations",
                               "milices", "coalitions", "parties", "belligérants", "rivaux",
                               # a group's own units: "les deux katibas se sont affrontées"
                               "katibas", "brigades", "bataillons", "unités", "cellules", "bandes", "branches"})
# "les deux hommes s'affrontent", "les deux communautés ont signé un accord": the two people or communities
FRENCH_PAIR_NOUNS_OF = {"hommes": "PERSON", "chefs": "PERSON", "frères": "PERSON", "cousins": "PERSON",
                        "commandants": "PERSON", "dirigeants": "PERSON", "émirs": "PERSON",
                        "communautés": "COMMUNITY", "tribus": "COMMUNITY", "clans": "COMMUNITY"}
# "l'exécution d'actes", "exécuter des opérations": carrying out a thing, not putting someone to death
FRENCH_EXECUTED_THINGS = frozenset({"acte", "actes", "activité", "activités", "opération", "opérations", "plan",
                                    "plans", "ordre", "ordres", "mission", "missions", "projet", "projets",
                                    "attaque", "attaques", "attentat", "attentats", "programme", "tâche", "tâches"})


# "tué lors des combats", "tués au cours de l'assaut", "morts dans l'attaque du camp": the words that set a
# killing inside a fight (the fight's actors killed)
FRENCH_DURING = frozenset({"lors", "pendant", "durant", "dans"})


def in_the_ranks_fr(tok: Token) -> bool:
    """ "il a combattu dans les rangs d'Ansar Dine", "il combat dans les rangs de la brigade": fighting as one of a
    group's men (a membership the relations read), no clash, when no enemy is named ("contre", an object)."""
    if tok.lemma_.lower() not in ("combattre", "combat") and tok.lower_ not in ("combat", "combats"):
        return False
    if any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and slot_name(c) == "contre") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and slot_name(c) == "dans" and any(p.lemma_.lower() == "rang" for p in c.children)
               for c in tok.children)


# nouns of a fight that are no trigger of their own ("lors d'une incursion", "lors de l'opération X")
FRENCH_FIGHT_NOUNS = frozenset({"opération", "opérations", "incursion", "incursions", "riposte", "affrontement",
                                "affrontements", "accrochage", "combats"})
# "au cours de laquelle", "lors duquel": the fight is the noun the relative clause describes
FRENCH_RELATIVE_OBLIQUES = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "duquel", "desquels",
                                      "desquelles"})


def fight_phrases(verb: Token) -> list[Token]:
    """The nouns a French verb is set inside: "lors des combats", "lors d'une frappe de l'armée", "au cours
    de l'assaut", "pendant l'attaque", "dans l'attaque du camp" (fr_core_news_md hangs "lors" as an adverb
    with its "de" under it, and "au cours de" as a noun "cours"); "une opération ..., au cours de laquelle"
    gives the noun before the relative pronoun (the parser hangs the clause anywhere)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and slot_name(c) in FRENCH_DURING:
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.lower_ == "lors" or (c.dep_ == "prep" and c.lower_ == "au" and any(
                p.lower_ == "cours" for p in c.children)):
            inner = [p for p in c.subtree if p.dep_ == "prep" and slot_name(p) in ("de", "des", "du")]
            out += [p for prep in inner[:1] for p in prep.children if p.dep_ == "pobj"]
    kids = {c.lower_ for c in verb.children}
    if kids & {"au", "lors"}:
        rel = [p for c in verb.children if c.dep_ == "prep" and slot_name(c) in ("de", "du")
               for p in c.children if p.lower_ in FRENCH_RELATIVE_OBLIQUES]
        rel += [p for p in out if p.lower_ in FRENCH_RELATIVE_OBLIQUES]
        for r in rel[:1]:
            before = [t for t in verb.doc[r.sent.start : r.i] if t.pos_ == "NOUN" and t.lower_ != "cours"]
            if before:
                out.append(before[-1])
    return [t for t in out if t.lower_ not in FRENCH_RELATIVE_OBLIQUES]


# the weapons named "d'assaut" ("fusil d'assaut", "char d'assaut"; French military vocabulary)
FRENCH_ASSAULT_WEAPONS = frozenset({"fusil", "fusils", "char", "chars", "arme", "armes", "véhicule", "véhicules"})


def french_idiom(tok: Token, trigger: str) -> bool:
    """French phrases made of a trigger word that tell of no event: "à plusieurs reprises" (several
    times), "à deux reprises"; "mis hors de combat" (killed or wounded: the toll, not a fight); "ses
    intermédiaires", "passe par des intermédiaires" (the go-betweens, a kind of person: the noun tells a mediation
    only as what someone serves or acts as, "sert d'intermédiaire", "agit en intermédiaire"); "en représailles",
    "comme une riposte" (the motive of another deed); "des fusils d'assaut" (a weapon); "les installations de X"
    (facilities, nobody settling)."""
    if trigger == "reprise":
        return tok.lower_ == "reprises" and tok.head.lower_ == "à"
    if trigger == "assaut":
        # "des fusils d'assaut", "un char d'assaut": a weapon, no assault
        return tok.i >= 2 and tok.doc[tok.i - 1].lower_ in ("d'", "d’", "de") and (
            tok.doc[tok.i - 2].lower_ in FRENCH_ASSAULT_WEAPONS)
    if trigger == "combat":
        return tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "hors" and tok.doc[tok.i - 1].lower_ in ("de", "d'")
    if trigger == "installation":
        # "les installations pétrolières", "les installations de X": facilities, nobody settling
        return tok.lower_ == "installations"
    if trigger == "intermédiaire":
        return tok.head.lemma_.lower() not in ("servir", "agir")
    if trigger in ("représailles", "riposte") and tok.i >= 1:
        # "En représailles, le groupe a attaqué X", "affirme avoir agi en représailles à une opération", "l'a présentée
        # comme une riposte à ...": the motive of a deed the clause tells (or only claims), no attack of its own
        before = tok.doc[tok.i - 1].lower_
        return before == "en" or (before in ("une", "un") and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "comme")
    return False


# the French triggers of a suicide, and the reflexive pronouns that make "donner la mort" one ("X s'est donné la
# mort"; "X a donné la mort à Y" is a killing of another, whose victim the trigger's roles would misread)
FRENCH_SELF_KILLING = frozenset({"donner la mort", "suicider"})
FRENCH_REFLEXIVES = frozenset({"se", "s'", "s’"})


def self_inflicted(tok: Token) -> bool:
    """ "Shekau s'est donné la mort", "celui-ci se donne la mort", "il se serait suicidé": the verb has its reflexive
    pronoun, as its child or just before it (only auxiliaries and adverbs between)."""
    if any(c.lower_ in FRENCH_REFLEXIVES for c in tok.children):
        return True
    i = tok.i - 1
    while i > tok.sent.start and tok.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    return i >= tok.sent.start and tok.doc[i].lower_ in FRENCH_REFLEXIVES


def name_read_as_complement(verb: Token) -> Token | None:
    """ "il crée Ansar Dine", "le groupe rejoint Jama'at X": a name right after a verb that fr_core_news_md hangs
    as an open complement (xcomp, no preposition) where the verb has no object: its object (French; the caller
    leaves alone the verbs whose complement is a name given or a post, "rebaptisé X", "nommé X")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    names = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "PROPN" and c.i > verb.i]
    return names[0] if names else None


# the nouns of an attack a state uses more often than not, and the words of an air attack: a French singular attack,
# abduction or killing noun with no agent takes the report's group (``EventExtractor._by_the_report_s_group``) unless
# it is one of these ("une frappe aérienne", "l'opération Barkhane", "la mort de X"; the French twins of
# ``events.STATE_MEANS`` and ``events.AIR_WORDS``; source: French military vocabulary, MIT like the code)
FRENCH_STATE_MEANS = frozenset({"frappe", "opération", "bombardement", "pilonnage", "offensive", "campagne", "mort",
                                "décès", "intervention", "ratissage", "raid aérien"})
FRENCH_AIR_WORDS = frozenset({"aérien", "aérienne", "drone", "drones", "aviation", "hélicoptère"})
# words in the name of a court, a peace mission or a body of states ("la Cour pénale internationale", "la Mission
# multidimensionnelle ...", "la Commission de la CEDEAO"): a report most about one of them tells no attack of theirs
FRENCH_BODIES_OF_LAW_AND_PEACE = frozenset({"cour", "tribunal", "juridiction", "mission", "commission", "communauté"})
# the words that set an event noun as the frame of a clause's toll ("tués lors de l'attaque", "au cours d'un raid")
FRENCH_FRAMING_WORDS = frozenset({"lors", "cours", "pendant", "durant"})
# the demonstratives that make an event noun refer back to one told before ("cette attaque")
FRENCH_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})


# French nouns for armed men the report does not name: "des hommes armés", "des individus armés"
FRENCH_ARMED_MEN = frozenset({"hommes", "individus", "éléments", "assaillants", "jihadistes", "djihadistes",
                              "terroristes", "insurgés", "ravisseurs", "combattants"})
# a suicide bomber the report does not name: "un kamikaze a fait exploser sa charge", "deux kamikazes se sont fait
# exploser" (one is enough: a bomber is no bystander, as one armed man among others might be)
FRENCH_BOMBER_NOUNS = frozenset({"kamikaze", "kamikazes"})
# those held by captors: "les otages ont été conduits vers l'île de X", "les captifs ont été emmenés à Y"
FRENCH_CAPTIVE_NOUNS = frozenset({"otage", "otages", "captif", "captifs", "captive", "captives"})


# nouns of a number of people: "des dizaines d'hommes armés", "une quarantaine d'assaillants"
FRENCH_QUANTITY_NOUNS = frozenset({"dizaine", "dizaines", "douzaine", "douzaines", "vingtaine", "trentaine",
                                   "quarantaine", "cinquantaine", "soixantaine", "centaine", "centaines", "millier",
                                   "milliers", "groupe", "bande", "poignée", "colonne"})


def counted_members(tok: Token, member_nouns: frozenset[str]) -> Token | None:
    """ "des centaines de combattants de la JAS ont rejoint X", "une dizaine d'éléments du groupe": a count of a
    group's members (a quantity noun whose "de" is a member noun) stands for those members; returns the member noun,
    whose own "de" names the group (French)."""
    if tok.lower_ not in FRENCH_QUANTITY_NOUNS:
        return None
    inner = [p for c in tok.children if slot_name(c) in ("de", "des", "d'") for p in c.children if p.dep_ == "pobj"]
    return next((p for p in inner if p.lower_ in member_nouns or p.lemma_.lower() in member_nouns), None)


def unnamed_armed_men(tok: Token, any_determiner: bool = False) -> bool:
    """ "tués par des hommes armés", "des jihadistes ont attaqué": an indefinite band of armed men (with
    no name, owner or clause of its own) is, as the French annotation reads it, the group the report is
    about; "des hommes" alone must be armed ("armés") to count. ``any_determiner``: also a definite or
    counted one ("les jihadistes", "plusieurs assaillants"), as the side an event is done to."""
    if tok.lower_ in FRENCH_QUANTITY_NOUNS:  # "des dizaines d'hommes armés", "une centaine d'assaillants"
        inner = [p for c in tok.children if slot_name(c) == "de" for p in c.children if p.dep_ == "pobj"]
        return any(unnamed_armed_men(p, any_determiner) for p in inner)
    bomber = tok.lower_ in FRENCH_BOMBER_NOUNS
    if (tok.lower_ not in FRENCH_ARMED_MEN and not bomber) or tok.ent_type_:
        return False
    kids = list(tok.children)
    if any_determiner:
        if any(c.dep_ == "poss" for c in kids):
            return False  # "ses combattants": the possessor's men, for the references to resolve
    elif not any(c.lower_ in ("des", "de", "d'") or c.pos_ == "NUM" or (bomber and c.lower_ in ("un", "une"))
                 for c in kids) and tok.head.lower_ not in ("de", "d'"):
        return False
    if tok.lower_ in ("hommes", "individus", "éléments") and not any(c.lower_.startswith("armé") for c in kids):
        return False
    return not any(c.dep_ in ("poss", "prep", "relcl", "appos") for c in kids)


def capital_participle(tok: Token) -> bool:
    """ "Nommé inspecteur général en 2020, il ...", "Arrêté en février par la garde nationale, il ...": a past
    participle of a first-group verb opening its sentence, which fr_core_news_md tags as a noun for its capital (no
    article of a noun's; a name, "Sévaré", is tagged PROPN and left alone), or as an adjective ("Marié à une cousine
    de X, il ...")."""
    return (tok.pos_ in ("NOUN", "ADJ") and tok.is_title and tok.lower_.endswith(("é", "ée", "és", "ées"))
            and not any(c.dep_ == "det" for c in tok.children))


def opening_participle_subject(head: Token) -> Token | None:
    """ "Créé en août 2014, le Gatia ...", "- Fondé fin 2016 par X, il ...": the head of the first noun
    phrase after the comma that closes a participle opening its sentence (what the participle says
    was done to it), however the parser hung the two (French; never a verb of "être": "Arrivé à Gao,
    il ..." is who arrived)."""
    if (head.tag_ != "VBN" and not capital_participle(head)) or head.lemma_.lower() in FRENCH_ETRE_VERBS:
        return None
    sent = head.sent
    if any(t.is_alpha for t in head.doc[sent.start : head.i]):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    comma = next((t for t in head.doc[head.i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    after = head.doc[comma.i + 1] if comma.i + 1 < sent.end else None
    if after is not None and after.pos_ in ("ADP", "SCONJ") and after.lower_ not in ("de", "d'", "du", "des"):
        # "Créée ... en avril 2013, après l'intervention française contre X, Y et Z, la MINUSMA a été ...": an
        # aside follows; the participle tells of the main clause's subject, past it
        main = next((t for t in head.doc[after.i : sent.end] if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)), None)
        if main is None:
            return None
        verb = min([main.i] + [c.i for c in main.children if c.dep_ in ("aux", "auxpass") and c.i < main.i])
        commas = [t for t in head.doc[after.i : verb] if t.text == ","]
        if not commas:
            return None
        comma = commas[-1]
    for t in head.doc[comma.i + 1 : min(sent.end, comma.i + 4)]:
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            return t
        if t.pos_ not in ("DET", "ADJ"):
            return None
    return None


def _name_before_comma(comma: Token, index: EntityIndex) -> Hit | None:
    """The name that ends just before a comma, past an acronym in brackets ("le Front X (FLM), ...")."""
    doc = comma.doc
    j = comma.i - 1
    if j >= 0 and doc[j].text == ")":
        while j > comma.sent.start and doc[j].text != "(":
            j -= 1
        j -= 1
    return index.hit_at(doc[j]) if j >= comma.sent.start else None


# the event types a bare participle after a name says were done to a person ("X, tué par Y"), and those it
# says were done to an organisation ("X (FLM), un mouvement apparu en 2015", "X, créé en 2014 par Y")
_DONE_TO_PERSON = frozenset({"KILLING", "ARREST", "ABDUCTION"})
_DONE_TO_ORG = frozenset({"FOUNDING"})


def described_by_participle(head: Token, etype: str, index: EntityIndex, described: Token | None) -> Hit | None:
    """ "un successeur à Abdelmalek X, tué par l'armée", "le Front Y (FLM), un mouvement apparu en janvier 2015":
    a bare participle right after a name and its comma (or after "un mouvement" right after one) tells of
    that name, wherever the parser hung it (French). ``described``: the noun the parse gives it, if any."""
    if head.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    wanted = "PERSON" if etype in _DONE_TO_PERSON else "ORGANIZATION" if etype in _DONE_TO_ORG else None
    if wanted is None or head.i == head.sent.start:
        return None
    doc = head.doc
    before = doc[head.i - 1]
    between_adjectives = described is not None and all(doc[k].pos_ == "ADJ" for k in range(described.i + 1, head.i))
    while described is not None and not any(c.lower_ in ("un", "une") for c in described.children) and (
            described.head.dep_ == "prep" and slot_name(described.head) in ("de", "d'")
            and described.head.head.pos_ == "NOUN" and described.head.head.i < described.i):
        # "X, un groupe armé d'environ 150 hommes fondé en 2019": the group, not its men
        described = described.head.head
        between_adjectives = between_adjectives and all(
            described.is_ancestor(doc[k]) for k in range(described.i + 1, head.i))
    if before.text != "," and described is not None and described.i < head.i and between_adjectives and any(
            c.lower_ in ("un", "une") for c in described.children):
        left = doc[described.left_edge.i - 1] if described.left_edge.i > head.sent.start else None
        before = left if left is not None else before  # "X, un mouvement apparu ..."
    if before.text != ",":
        return None
    hit = _name_before_comma(before, index)
    return hit if hit is not None and hit.type == wanted else None


def bare_participle(head: Token) -> bool:
    """ "le Front X (FLM), fondé la même année par Y", "il rallie le MAA, créé quelques mois plus tôt": a past
    participle with no auxiliary, of a verb that takes an object, tells what was done to the noun it
    describes; the parser often makes that noun its subject (French)."""
    return head.tag_ == "VBN" and head.lemma_.lower() not in FRENCH_ETRE_VERBS and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children)


# nouns of a group or band that name no one of their own ("le groupe", "la bande", "le groupe de X")
FRENCH_BAND_NOUNS = frozenset({"groupe", "bande", "mouvement", "milice", "katiba", "faction", "colonne", "gang",
                               "organisation", "coalition", "rébellion", "secte"})
# a force's men ("ses hommes", "ses combattants") and the clitic or subject pronouns that may stand for a side
FRENCH_SIDE_MEN = frozenset({"hommes", "combattants", "éléments", "troupes", "miliciens", "partisans", "membres"})
FRENCH_SIDE_PRONOUNS = frozenset({"les", "le", "la", "l'", "l’", "il", "ils", "elle", "elles", "lui", "leur"})


def unnamed_side(tok: Token) -> bool:
    """ "le groupe", "la bande", "ses hommes", "les assaillants", a pronoun: a side of a clash the sentence
    does not name."""
    low = tok.lower_
    if tok.pos_ in ("PRON", "DET"):
        return low in FRENCH_SIDE_PRONOUNS
    return tok.pos_ == "NOUN" and (low in FRENCH_BAND_NOUNS or low in FRENCH_SIDE_MEN or low in FRENCH_ARMED_MEN)


# the words of a pursuit: "a lancé une poursuite", "se sont lancés à leur poursuite", "ont pris en chasse les
# ravisseurs", "pour traquer les assaillants"
FRENCH_PURSUIT_WORDS = frozenset({"poursuite", "poursuivre", "traque", "traquer", "pourchasser", "talonner"})


def pursuit(sent: Span) -> bool:
    """A sentence that tells of one side giving chase, by a noun or a verb of pursuit ("la chasse", a hunt for game
    or a campaign, counts only as "prendre en chasse")."""
    doc = sent.doc
    for t in sent:
        if t.lower_ == "chasse":
            if t.i > sent.start and doc[t.i - 1].lower_ == "en":
                return True
        elif t.lower_ in FRENCH_PURSUIT_WORDS or t.lemma_.lower() in FRENCH_PURSUIT_WORDS:
            return True
    return False


# the event types whose actors are armed sides: a place that is no state is never one of them, whatever
# slot the parse gives it ("un accrochage a eu lieu près de Dan-Makeri", "une fusillade ... dont l'hôtel X")
FRENCH_ARMED_TYPES = frozenset({"ATTACK", "ARMED_CLASH"})


def verb_of(word: str, verbs: dict[str, str]) -> str | None:
    """The infinitive among ``verbs`` whose present tense ``word`` is ("chasse", "chassent" -> "chasser",
    "combat", "combattent" -> "combattre")."""
    stems = (word, word[:-3]) if word.endswith("ent") else (word,)
    return next((v for s in stems for v in (s + "r", s + "er", s + "re", s + "tre") if v in verbs), None)


def finite_homograph(tok: Token, verbs: dict[str, str]) -> str | None:
    """ "le groupe combat aussi l'EIGS", "le Mujao chasse le MNLA de la ville", "la BVT attaque le camp": a verb's
    present tense that fr_core_news_md reads as the noun it is spelt like (or hangs as a modifier), told
    between a subject and its object. Returns the verb trigger of ``verbs`` (trigger -> event type), else None.
    A noun has its determiner ("la chasse", "une attaque", "cette dernière attaque"), a verb has none. "il épouse la
    fille de X", "X épouse Y": a lower-case word the tagger took for a name is read the same way."""
    if tok.pos_ not in ("NOUN", "ADJ", "VERB", "X") and not (tok.pos_ == "PROPN" and tok.is_lower) or (
            tok.pos_ == "VERB" and tok.dep_ not in ("amod", "appos", "nmod", "acl")):
        return None
    verb = verb_of(tok.lower_, verbs)
    if verb is None or any(c.dep_ == "det" for c in tok.children):
        return None
    doc, sent = tok.doc, tok.sent
    i = tok.i - 1
    while i > sent.start and doc[i].pos_ == "ADV":
        i -= 1
    j = tok.i + 1
    while j < sent.end - 1 and doc[j].pos_ == "ADV":
        j += 1
    if i < sent.start or j >= sent.end:
        return None
    before, after = doc[i], doc[j]
    if before.pos_ == "ADJ" and before.dep_ == "amod" and before.head.i < before.i and before.head.pos_ in (
            "NOUN", "PROPN"):
        before = before.head  # "l'armée nigérienne tue X": the adjective's noun is the subject
    if before.pos_ not in ("NOUN", "PROPN") and before.text != ")" and not (
            before.pos_ in ("PRON", "DET") and before.lower_ in FRENCH_SIDE_PRONOUNS):
        return None
    return verb if after.pos_ in ("DET", "PROPN") else None


def homograph_object(tok: Token) -> Token | None:
    """The head word of the noun phrase after a finite homograph ("combat aussi l'État islamique": "État")."""
    doc, sent = tok.doc, tok.sent
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.pos_ not in ("ADV", "DET", "ADJ"):
            return None
    return None


# the possessive determiners of one owner or several ("sa création", "leur fondation")
FRENCH_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs"})


# the French nouns of a split: "il fait scission et fonde le X" tells of a founding, whereas a merger's
# RENAMING in the same sentence takes the group formed as its product
FRENCH_SPLIT_TRIGGERS = frozenset({"scission", "dissidence"})
# a merger told by its noun under the founding verb ("créé par la fusion de X et Y", "né de la fusion du MNA"):
# the founding is annotated beside the merger; a merger verb's product ("ont fusionné pour former X") is not
FRENCH_MERGER_NOUNS = frozenset({"fusion"})


# the men a possessive gives to a person ("ses hommes", "ses combattants", "leurs éléments"): his unit's men
FRENCH_FOLLOWER_NOUNS = frozenset({"hommes", "combattants", "éléments", "troupes", "miliciens", "partisans", "fidèles",
                                   "membres"})


def followers_of(tok: Token) -> bool:
    """ "ses hommes", "ses combattants", "leurs éléments": a band of men named by a possessive alone (no name,
    no "de" or relative clause of their own saying whose they are)."""
    if tok.lower_ not in FRENCH_FOLLOWER_NOUNS:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "poss" and c.lower_ in FRENCH_POSSESSIVES for c in kids) and not any(
        c.dep_ in ("prep", "relcl", "appos") for c in kids)


class UnitTies(NamedTuple):
    """What the events read when a person's men act ("ses hommes ont enlevé ...",
    ``events.EventExtractor._followers_unit``): each person's organisations by the rules' LEADER_OF, and each
    organisation's parents by their SUBUNIT_OF, its parents' parents included (``relations.led_groups``)."""

    leaders: dict[str, list[str]]
    parents: dict[str, set[str]]


def led_unit(person_groups: list[str], index: EntityIndex, at: int,
             parents: dict[str, set[str]] | None = None) -> str | None:
    """Of the organisations a person leads, the one named last before token ``at`` (the unit he led at that point
    of the story), else the one named first after it. A parent of another of them (``parents``: each unit's
    SUBUNIT_OF, transitively) is not his men's unit: "nommé à la tête du secteur de X, une unité de l'EIAO ...
    ses hommes ont enlevé": the sector's men, though the EIAO is named last."""
    wanted = set(person_groups)
    if parents:
        wanted -= {p for k in wanted for p in parents.get(k, ())}
    before = next((h.key for h in index.before(at) if h.key in wanted), None)
    if before is not None:
        return before
    return next((h.key for h in index.hits if h.start >= at and h.key in wanted), None)


def report_unit(key: str, parents: dict[str, set[str]], mentions: dict[str, int]) -> str | None:
    """The unit of the group ``key`` a French report is about, which its references to a group name stand for ("la
    katiba X, une unité du GSIM ... Les assaillants ont enlevé", "le GSIM ... ses combattants"): of the units whose
    parents (SUBUNIT_OF, ``UnitTies.parents``) hold ``key``, the one named most, when it is named at least twice
    and half as often as ``key`` or more (a report about the parent names its units in passing). None when
    ``key`` has no such unit."""
    units = [u for u, ps in parents.items() if key in ps and u != key]
    if not units:
        return None
    unit = max(units, key=lambda u: mentions.get(u, 0))
    named = mentions.get(unit, 0)
    return unit if named >= 2 and 2 * named >= mentions.get(key, 0) else None


# what a fictional report's note says its names are: "... et les personnes nommées sont inventés ; le GSIM ... sont
# réels" (the French twin of ``event_filters.MADE_UP``)
FRENCH_MADE_UP = frozenset({"inventé", "inventée", "inventés", "inventées", "fictif", "fictive", "fictifs", "fictives",
                            "imaginaire", "imaginaires"})
FRENCH_REAL = frozenset({"réel", "réelle", "réels", "réelles"})


def about_the_text_fr(tok: Token) -> bool:
    """ "La milice X, ses chefs, les personnes nommées et les événements décrits sont inventés ; le GSIM ... sont
    réels": a sentence saying which of the report's names are made up or real tells no event of its own (a
    relative clause saying so, "la tribu, qui est inventée", leaves its sentence's facts alone)."""
    for t in tok.sent:
        low = t.lower_
        if low in FRENCH_MADE_UP and t.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and any(
                c.lemma_ == "être" for c in t.children):
            return True  # "sont inventés": the participle heads its passive
        if low in FRENCH_MADE_UP | FRENCH_REAL and t.dep_ in ("acomp", "attr") and t.head.lemma_ == "être" and (
                t.head.dep_ in ("ROOT", "conj", "ccomp", "parataxis")):
            return True  # "sont fictifs", "sont réels": the copula heads its adjective
    return False


FRENCH_NOTE_WORDS = FRENCH_MADE_UP | FRENCH_REAL | frozenset({"exercice"})


def in_a_note_on_the_text(tok: Token) -> bool:
    """ "[Scénario fictif - l'attaque de X, les accusés et le groupe d'autodéfense sont inventés ; ... sont réels]",
    "[Document d'exercice - communiqué fictif ; l'attaque, le lieu-dit de Y ... sont inventés ; ...]": a line in
    square brackets that says what of the report is made up or real is an editor's note; the attack it names is
    the report's own, told there by nobody (events only: ``about_the_text_fr`` reads one sentence, and the parser
    cuts such a note into several, hanging "inventés" on a "lieu-dit" read as a verb or leaving "- l'attaque de X"
    a sentence of its own)."""
    doc = tok.doc
    start = tok.i  # the line's first token: read by tokens, not by the document's text (built anew on each call)
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
    if not doc[start].text.startswith("["):
        return False
    words: list[str] = []
    for t in doc[start:]:
        if t.i > tok.i and ("\n" in t.text or t.text == "]"):
            break  # the note's end: its line, or its bracket after the trigger
        if t.i < tok.i and t.text == "]":
            return False  # the bracket closed before the trigger: the line's text after it is the report's
        words.append(t.lower_)
        if "\n" in t.whitespace_:
            break
    return any(w in FRENCH_NOTE_WORDS for w in words)


# the go-betweens of talks (source: general French usage): "des contacts par l'intermédiaire du Haut conseil
# islamique", "mandaté des émissaires pour établir un contact"
FRENCH_GO_BETWEENS = frozenset({"intermédiaire", "intermédiaires", "émissaire", "émissaires", "médiateur", "médiateurs",
                                "médiatrice", "médiation", "entremise", "égide", "facilitateur", "facilitateurs"})


def contact_without_go_between(tok: Token) -> bool:
    """ "X aurait noué des contacts avec Y, selon un rapport", "Elle entretient des contacts avec d'anciens membres de
    Y", "des « contacts réguliers » avec les chefs": a contact between two sides is a tie, not talks held; the French
    annotation reads a contact as a MEDIATION where the sentence tells who carried it ("des contacts par
    l'intermédiaire de Z", "des émissaires pour établir un contact")."""
    return tok.lemma_.lower() == "contact" and not any(t.lower_ in FRENCH_GO_BETWEENS for t in tok.sent)


def gerund_of_a_deed(verb: Token) -> bool:
    """ "ont attaqué le hameau de X, tuant dix-neuf civils", "ont mené des représailles contre Y, tuant plusieurs
    dizaines de personnes": a present participle hanging from the verb of its clause tells a deed of that verb's
    subject (the gerund's subject is the main clause's)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX")


def passive_victims(head: Token, passive_subjects: list[Token]) -> bool:
    """ "des civils ont été tués par X", "plusieurs dizaines de personnes ont été tuées lors d'une offensive de X": the
    subject of a French killing in the passive is its victims, counted or not, as an English verb's object is
    ("killed several dozen civilians"): the killing stands with its agent alone when they are nobody named."""
    return head.pos_ in ("VERB", "AUX") and bool(passive_subjects) and _is_passive(head)


def counted_victims_fr(head: Token, slots: dict[str, list[Token]], roles: dict[str, str]) -> bool:
    """ "l'exécution de trois commerçants", "le massacre de dizaines de civils", "l'assassinat de deux élus": a French
    killing noun whose patient ("de", "des", "du") is people counted but not named has its victims, as a passive
    verb's subject does (``passive_victims``); the killing stands with its agent alone."""
    if head.pos_ != "NOUN":
        return False
    return any(roles.get(slot) == "patient" and count_people(t) for slot in ("de", "des", "du")
               for t in slots.get(slot, []))


# the posts a person becomes ("X devient secrétaire général du Y", "devient porte-parole"), beside the lexicon's
# leader nouns (the French twin of ``events.POST_NOUNS``; source: French usage, MIT like the code)
FRENCH_POST_NOUNS = frozenset({"secrétaire", "membre", "ministre", "trésorier", "juge", "cadi", "mufti", "porte-parole",
                               "représentant", "conseiller", "inspecteur", "adjoint", "responsable", "coordinateur",
                               "numéro", "commandant", "émir", "chef"})


def post_taken(verb: Token, posts: frozenset[str]) -> list[Token]:
    """ "X devient secrétaire général du Y", "il devient l'un des commandants de secteur du Y", "devient le responsable
    du secteur de Z": the post a French "devenir" takes (fr_core_news_md hangs it as the verb's object), with the noun
    "l'un des" counts; empty when the verb takes no post ("le groupe devient l'EIAO" is a renaming)."""
    for c in verb.children:
        if c.dep_ not in (*OBJ, "attr"):
            continue
        if c.lower_ == "un":  # "l'un des commandants"
            inner = [p for pr in c.children if pr.dep_ == "prep" and slot_name(pr) in ("de", "des")
                     for p in pr.children if p.dep_ == "pobj"]
            if inner and (inner[0].lemma_.lower() in posts or inner[0].lower_ in posts):
                return [c, inner[0]]
        elif c.lemma_.lower() in posts or c.lower_ in posts:
            return [c]
    return []


# who one surrenders to ("s'est rendu aux autorités militaires", "se rend aux soldats"): an authority or a force
# (French usage, MIT like the code)
FRENCH_SURRENDER_TO = frozenset({"autorité", "autorités", "soldat", "soldats", "force", "forces", "armée", "militaire",
                                 "militaires", "gendarme", "gendarmes", "gendarmerie", "police", "policier",
                                 "policiers", "troupe", "troupes", "détachement", "patrouille", "unité", "garde"})


def surrendered_to(tokens: list[Token]) -> bool:
    """ "X s'est rendu aux autorités", "se sont rendus aux forces de sécurité": a reflexive "se rendre" whose "à" names
    an authority or a force is a surrender (not "se rendre à Gao", a going)."""
    verb = next((t for t in tokens if t.lemma_.lower() == "rendre"), None)
    if verb is None or not any(c.lower_ in ("se", "s'", "s’") for c in verb.children):
        return False
    return any(p.lemma_.lower() in FRENCH_SURRENDER_TO or p.lower_ in FRENCH_SURRENDER_TO
               for c in verb.children if c.dep_ == "prep" and slot_name(c) in ("à", "au", "aux")
               for p in c.children if p.dep_ == "pobj")


# verbs of a claim or an attribution: "X a revendiqué l'attaque", "l'enlèvement est attribué à X"
FRENCH_CLAIMING = frozenset({"revendiquer"}) | FRENCH_ATTRIBUTING
# determiners of a noun that refers back to an event already told ("l'attaque", "cet assaut", "ces attaques")
FRENCH_BACK_DETERMINERS = frozenset({"l'", "l’", "le", "la", "les", "ce", "cet", "cette", "ces"})
# a blank line between two texts: a paragraph break
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def claimed_earlier(head: Token, etype: str, told: list[Token], events: list[Event],
                    named: Callable[[Token], set[str]]) -> int | None:
    """ "L'attaque a été revendiquée mardi par X", "X a revendiqué l'enlèvement", "Les autorités attribuent
    l'assaut à X": the index in ``told`` (the trigger tokens of the ``events`` kept so far) of the event a
    definite event noun claimed or laid at someone's door refers back to: the nearest earlier one of its type
    and number, in its own or the previous paragraph, with no agent its own sentence names (``named``: the
    entities a token's sentence names; a wire story's lead often names no attacker, or one guessed from the
    report's main group: the claim, told later, names it). A noun with a complement, a relative clause or
    an owner of its own ("l'attaque contre le camp de X", "l'attaque du 2 mars") tells another event; a
    denied claim claims nothing."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in FRENCH_BACK_DETERMINERS
                                      for c in head.children):
        return None
    verb = head.head
    if any(c.dep_ in ("prep", "relcl", "poss") and not _to_whom(c, verb) for c in head.children):
        return None
    if head.dep_ not in OBJ + PASSIVE_SUBJ or verb.lemma_.lower() not in FRENCH_CLAIMING or _negated(verb):
        return None
    text = head.doc.text
    for k in range(len(told) - 1, -1, -1):
        if told[k].i >= head.i or events[k].type != etype:
            continue
        if len(_PARAGRAPH_BREAK.findall(text, told[k].idx, head.idx)) > 1:
            return None
        agents = {p.entity for p in events[k].participants if p.role == "agent"}
        if not agents & named(told[k]) and _same_number(head, told[k]):
            return k
    return None


def _to_whom(prep: Token, verb: Token) -> bool:
    """The "à" of an attributing verb that the parser hangs on its object ("attribuent l'attaque au X")."""
    return verb.lemma_.lower() in FRENCH_ATTRIBUTING and slot_name(prep) in ("à", "au", "aux")


def _same_number(noun: Token, earlier: Token) -> bool:
    """ "Cette dernière attaque" is one of "plusieurs assauts" told before, not all of them: a noun refers back
    to a noun of its own number (a verb's event is of any)."""
    return earlier.pos_ != "NOUN" or _plural(noun) == _plural(earlier)


def _plural(noun: Token) -> bool:
    """A plural noun, by its tag or its determiner (the tagger reads "plusieurs assauts" as singular)."""
    return noun.tag_ == "NNS" or "Plur" in noun.morph.get("Number", []) or any(
        c.dep_ == "det" and "Plur" in c.morph.get("Number", []) for c in noun.children)


def give_claimant(into: Event, claim: Event) -> bool:
    """The claimants of ``claim`` (its agents) become agents of the event it refers back to, whatever other role
    that event's sentence gave them; an agent guessed there stays beside them (the report's group for "des
    combattants du groupe ont enlevé ...", then "X, son chef, a revendiqué cet enlèvement"). False when the
    claim names nobody."""
    claimants = [p.entity for p in claim.participants if p.role == "agent"]
    if not claimants:
        return False
    into.participants = [p for p in into.participants if p.entity not in claimants or p.role == "agent"]
    have = {p.entity for p in into.participants}
    claimants = [k for k in claimants if k not in have]
    into.participants += [Participant(k, "agent") for k in claimants]
    if claim.date and into.date and claim.date != into.date and claim.date.startswith(into.date):
        into.date = claim.date  # the claim's reading of the lead's date is the finer one ("mars" -> "17 mars")
    return True


def passive_toll(ev: Event, head: Token, attack: Event | None) -> bool:
    """ "l'attaque du camp de X, au cours de laquelle vingt-six soldats ont été tués", "Quatre soldats ont été tués
    lors de l'attaque du camp de X": a counted passive killing naming nobody, told in the sentence of an attack
    (``attack``, or None when the attack is told after it), is a killing of its own in the French annotation, by
    the attack's agents and of its patients (as in English), which the attack may get only later ("Cette attaque
    a été revendiquée par X": ``give_claimant``). Not the toll of an attack its sentence says was claimed ("X a
    revendiqué l'attaque ..., au cours de laquelle vingt personnes ont été tuées", as a sanctions record lists a
    group's deeds): the annotation folds that toll into the attack claimed."""
    return (attack is None or attack.type == "ATTACK") and ev.type == "KILLING" and not ev.participants and bool(
        ev.count) and head.pos_ in ("VERB", "AUX") and _is_passive(head) and not _claims_an_event(head)


def _claims_an_event(tok: Token) -> bool:
    """A claim told before ``tok`` in its sentence ("X a revendiqué, conjointement avec Y, l'attaque ..."; read by
    its word, the parser hanging an aside's "revendiqué" anywhere), not denied."""
    return any(t.lower_.startswith("revendiqu") and not _negated(t)
               for t in tok.doc[tok.sent.start : tok.i])


def settle_tolls(events: list[Event], tolls: list[tuple[Event, Event | None]]) -> list[Event]:
    """Give each toll killing of ``tolls`` (the killing, its attack, or None for the first attack of its sentence
    told after it) the agents and patients its attack has once the document is read, and its place; a toll whose
    attack has none stays folded into it (only the attack is kept), one told before any attack stays as it was."""
    folded: set[int] = set()
    for killing, told in tolls:
        attack = told or next((e for e in events if e.type == "ATTACK" and e.evidence == killing.evidence
                               and e is not killing and e.participants), None)
        if attack is not None and not killing.participants:
            killing.participants = [Participant(p.entity, p.role) for p in attack.participants
                                    if p.role in ("agent", "patient")]
            killing.location = attack.location or killing.location  # "soldats maliens" is no place of it
        if told is not None and not killing.participants:
            folded.add(id(killing))
    return [e for e in events if id(e) not in folded]


# words in an organisation's name that say it is a state's force or office ("l'armée nigérienne", "la Garde
# nationale", "le Bataillon d'intervention rapide", "les Forces armées maliennes", "le ministère de la Défense";
# source: French military and administrative nouns; the English ones are events.STATE_WORDS)
FRENCH_STATE_WORDS = frozenset({"armée", "armées", "militaire", "militaires", "forces", "force", "gendarmerie",
                                "police", "gouvernement", "ministère", "garde", "bataillon", "troupes", "autorités",
                                "présidence", "président", "marine", "douane", "douanes"})
# words in an organisation's name that say it is no armed group: a news agency or medium, a body of the United
# Nations or an aid organisation, a political party ("l'Agence France-Presse", "le Haut-Commissariat des Nations
# unies pour les réfugiés", "le Comité international de la Croix-Rouge", "le Parti pour ..."; source: French
# nouns of the press, of international aid and of party politics, and the initials of the wire services and UN
# agencies as the French press writes them)
FRENCH_UNARMED_WORDS = frozenset({"agence", "presse", "journal", "radio", "télévision", "afp", "reuters", "rfi",
                                  "nations", "onu", "commissariat", "hcr", "unhcr", "unicef", "ocha", "pam", "oms",
                                  "ong", "croix", "cicr", "médecins", "humanitaire", "humanitaires", "amnesty",
                                  "watch", "parti"})


# verbs that only wish, ask for, plan or threaten what they govern ("a menacé de retirer ses troupes", "réclame un
# dialogue", "envisageait d'ouvrir un dialogue", "a promis de libérer les otages"; the French twin of
# ``event_filters.UNREALISED`` and the planning words of ``NEGATING``; source: French verbs of will and request)
FRENCH_UNREALISED = frozenset({"menacer", "promettre", "proposer", "envisager", "projeter", "réclamer", "exiger",
                               "souhaiter", "vouloir", "espérer", "exhorter", "prôner"})


def wished_fr(tok: Token) -> bool:
    """ "Le chef de l'État a menacé de retirer le Tchad de la force", "Il continue de réclamer un dialogue": an event
    a verb of will, request or threat governs (up to three heads above the trigger, within its clause) has not
    happened (French)."""
    below = tok
    for t in list(tok.ancestors)[:3]:
        if _outside_scope(below, t) or below.dep_ in ("nsubj", "nsubjpass", "conj"):
            return False  # a relative clause or a participle describing a noun states its own fact
        if t.lemma_.lower() in FRENCH_UNREALISED:
            return True
        below = t
    return False


# nouns of a report whose content a relative clause gives ("les informations selon lesquelles X aurait été tué")
FRENCH_REPORT_NOUNS = frozenset({"information", "informations", "rumeur", "rumeurs", "allégation", "allégations",
                                 "affirmation", "affirmations", "rapport", "rapports", "témoignage", "témoignages"})
# verbs that deny what they govern ("a démenti les informations selon lesquelles ...")
FRENCH_DENYING = frozenset({"démentir", "nier", "infirmer", "réfuter"})
_NOT = frozenset({"pas", "jamais", "ni", "guère"})


def _denied_confirmation_fr(tok: Token) -> bool:
    """ "n'ont pas été confirmées", "n'est pas en mesure de confirmer", "n'a jamais confirmé"."""
    if tok.lemma_.lower() not in ("confirmer", "vérifier"):
        return False
    near = [tok, *list(tok.ancestors)[:2]]  # "n'est pas en mesure de confirmer": the copula above holds the "pas"
    near += [c for t in near for c in t.children if c.lemma_ == "être"]
    return any(c.lower_ in _NOT for t in near for c in t.children)


def unconfirmed_fr(tok: Token) -> bool:
    """ "Le Comité n'est pas en mesure de confirmer les informations selon lesquelles X aurait été tué lors d'une
    frappe aérienne", "Les informations selon lesquelles X aurait conclu un accord ... n'ont pas été confirmées",
    "Le gouvernement a démenti les informations ... selon lesquelles des soldats auraient été faits prisonniers": an
    event told only as the content of a report ("selon lequel/laquelle/lesquels/lesquelles" after a noun of report)
    that its sentence says is unconfirmed or denies is no fact; the French annotation lists it as negated (French
    twin of ``event_filters.unconfirmed``, read by ``modality.py``)."""
    sent, doc = tok.sent, tok.doc
    selon = next((t for t in doc[sent.start : tok.i] if t.lower_ == "selon" and t.i + 1 < sent.end
                  and doc[t.i + 1].lemma_.lower() in ("lequel", "laquelle", "lesquels", "lesquelles")), None)
    if selon is None or not any(t.lower_ in FRENCH_REPORT_NOUNS for t in doc[max(sent.start, selon.i - 8) : selon.i]):
        return False
    if any(t.text == ";" for t in doc[selon.i : tok.i]):
        return False  # a clause of its own past a semicolon
    return any(_denied_confirmation_fr(t) or (t.lemma_.lower() in FRENCH_DENYING and t.i < selon.i) for t in sent)


# verbs that repeat, spread or step up what their plural object names ("ont multiplié les attaques contre l'armée",
# "a étendu ses attaques au Tchad", "intensifie les enlèvements"): a habit or a campaign, no one event told (source:
# French verbs of repetition and increase; the French annotation records none of these)
FRENCH_REPEATING = frozenset({"multiplier", "démultiplier", "intensifier", "étendre", "accroître", "redoubler",
                              "amplifier", "enchaîner", "répéter"})


def repeated_deeds_fr(head: Token) -> bool:
    """ "X multiplie les enlèvements contre rançon", "le groupe a étendu ses attaques au Cameroun": a plural event
    noun that is the object of a verb of repetition or increase tells a habit, not an event (French)."""
    return head.pos_ == "NOUN" and head.dep_ in ("obj", "dobj") and _plural(head) and (
        head.head.lemma_.lower() in FRENCH_REPEATING)


# prepositions that set a noun's event before or after the clause's ("Après la scission de 2016, X rejoint Y",
# "Depuis la mort de X, il obéit à Y", "dès l'arrivée de Y")
FRENCH_TIME_PREPS = frozenset({"après", "avant", "depuis", "dès"})


def framing_event_fr(head: Token) -> bool:
    """ "Après la scission de 2016, X rejoint l'EIAO", "Depuis la mort de X, il obéit à Y": an event noun a temporal
    preposition hangs on a verb only dates that verb's clause; the clause's subject did something later, it is no
    actor of the noun's event (French; the caller leaves attacks and clashes alone: "X a chassé Y de la ville après
    de violents combats", where the clause's subject fought)."""
    return head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in FRENCH_TIME_PREPS


# the nouns of the day before or after an event ("la veille de l'embuscade", "au lendemain des combats")
FRENCH_EVE_NOUNS = frozenset({"veille", "lendemain", "surlendemain", "avant-veille"})


def eve_of_event_fr(head: Token) -> bool:
    """ "La veille de l'embuscade, la Garde nationale avait interpellé ...", "au lendemain des combats, des VDP
    arrêtent ...": an event noun that only names the day of the clause by the day before or after it; the clause's
    subject is no actor of it, whatever its type (French)."""
    gov = head.head.head if head.dep_ == "pobj" else head.head
    return head.pos_ == "NOUN" and gov.i != head.i and gov.lower_ in FRENCH_EVE_NOUNS


# what "reprendre" / "reprise" takes back when it is no ground: a name ("a repris l'ancien nom du groupe", "reprend le
# nom de X", "reprend son appellation") or the hand ("la reprise en main du groupe par le ministère"): a group renamed
# or taken over, not a town retaken (source: French usage of "reprendre"; the annotation reads these as renamings,
# which the rules do not build: the attack is dropped)
FRENCH_NAME_WORDS = frozenset({"nom", "appellation", "dénomination", "label", "main"})


def takes_back_a_name(tok: Token) -> bool:
    """ "X a repris l'ancien nom du groupe", "la reprise en main de Y": the words right after "reprendre" or
    "reprise" (up to four, within its clause) name a name or the hand (French)."""
    sent = tok.sent
    for t in tok.doc[tok.i + 1 : min(tok.i + 5, sent.end)]:
        if t.is_punct:
            return False
        if t.lower_ in FRENCH_NAME_WORDS:
            return t.lower_ != "main" or t.doc[t.i - 1].lower_ == "en"
    return False


# words that charge someone with a kind of deed ("accusent la milice d'exécutions sommaires", "est accusée de mener
# des représailles", "les accusations d'exécutions de suspects"): what is charged is no event the report tells (source:
# French verbs and nouns of accusation; the French annotation records no such charge)
FRENCH_CHARGING = frozenset({"accuser", "accusation", "reprocher", "incriminer"})
# verbs that only carry a deed noun ("mener des représailles", "commettre des exactions")
FRENCH_DEED_CARRIERS = frozenset({"mener", "commettre", "perpétrer", "conduire", "organiser", "pratiquer"})
_INDEFINITE = frozenset({"des", "un", "une", "de", "d'", "d’"})


def charged_deed_fr(tok: Token) -> bool:
    """ "Des ONG accusent la milice d'exécutions sommaires", "X est accusée par des organisations de mener des
    représailles": a deed told only as what a charge (a word of accusation up to eight words before, in its clause)
    holds against someone, as an indefinite noun after "de", is no event (French; "accuse X de l'attaque de lundi",
    with its article, tells an attack that happened)."""
    doc, sent = tok.doc, tok.sent
    i = tok.i - 1
    if i - 2 >= sent.start and doc[i].lower_ in _INDEFINITE and doc[i - 1].lemma_.lower() in FRENCH_DEED_CARRIERS:
        i -= 2  # "de mener des représailles": read from the "de" before the carrying verb
    if i <= sent.start or doc[i].lower_ not in ("de", "d'", "d’"):
        return False
    for t in reversed(doc[max(sent.start, i - 8) : i]):
        if t.text in (";", ":") or t.lemma_.lower() in FRENCH_UNREALISED:
            return False
        if t.lemma_.lower() in FRENCH_CHARGING:
            return True
    return False


# the event types of an actor going, staying or settling somewhere ("l'arrivée à Gao de renforts", "le retrait du Mali
# des forces françaises", "l'installation dans la forêt de X de combattants de Y")
FRENCH_PRESENCE_TYPES = frozenset({"MOVEMENT", "BASE_ESTABLISHMENT"})
# the slots of a presence noun that hold its place ("arrivée à X", "retrait du Mali", "installation dans la forêt de X")
_PLACE_SLOTS = ("à", "au", "aux", "en", "dans", "vers", "de", "du", "des")
_OF = frozenset({"de", "du", "des"})


def actor_after_place(head: Token, heads: dict[str, list[Token]],
                      index: EntityIndex) -> tuple[str, Token, Token] | None:
    """ "L'arrivée au Mali d'éléments du groupe X", "le retrait du Niger des forces de Y", "l'arrivée à Gao de
    combattants de Z": a French noun of movement or presence names its place first and its actor after it, in a "de"
    phrase the parser hangs on the place's name. Returns the place's slot, the place and the actor's phrase head (the
    actor is no place itself; None when the noun has none such or already has a "de" that is no place)."""
    if head.pos_ != "NOUN" or any(h.type != "LOCATION" for slot in _OF for t in heads.get(slot, [])
                                  for h in [index.hit_at(t)] if h is not None):
        return None  # "le départ de la mission de Kidal": the noun's own "de" names its actor
    for slot in _PLACE_SLOTS:
        for place in heads.get(slot, []):
            hit = index.hit_at(place)
            if (hit.type != "LOCATION") if hit is not None else (place.pos_ != "PROPN" or slot in _OF):
                continue  # (a name no list knows after "à", "dans": a place; after "de" it may be anything)
            for c in place.children:
                if c.dep_ != "prep" or slot_name(c) not in _OF or c.i < place.i:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj" or p.pos_ not in ("NOUN", "PROPN"):
                        continue
                    inner = index.hit_at(p)
                    if inner is not None and inner.type == "LOCATION":
                        continue  # "l'arrivée à Gao de Tombouctou": a second place, no actor
                    return slot, place, p
    return None


def names_its_mover(head: Token, heads: dict[str, list[Token]], index: EntityIndex, people: frozenset[str]) -> bool:
    """ "X se félicite du départ des troupes françaises", "Paris annonce le retrait du Mali de la force Y": a French
    noun of movement or presence whose own "de" names who goes (a name that is no place, or a noun of men of
    ``people``: "troupes", "soldats", "combattants", not "ses combattants", the subject's own) is not a deed of the
    subject of the verb it hangs on (who welcomes, announces or asks for it)."""
    if head.pos_ != "NOUN":
        return False
    for slot in _OF:
        for t in heads.get(slot, []):
            hit = index.hit_at(t)
            if (hit is not None and hit.type != "LOCATION") or (hit is None and t.lower_ in people and not any(
                    c.dep_ == "poss" for c in t.children)):  # ("a procédé au repli de ses combattants": its own)
                return True
    return False


def light_verbs_of_nouns(doc: Doc, ruled: list[TriggerHit], learned: list[TriggerHit]) -> list[TriggerHit]:
    """ "Paris annonce le retrait de la force X", "le groupe a décidé le départ de ses hommes": a verb the learned model
    reads as an event whose object is a noun trigger of the same type only tells that noun's event (announces, orders,
    asks for it); it is no second event, with its subject as the actor. ``learned`` less those (French)."""
    nouns = {(h.start, h.type) for h in ruled if doc[h.start].pos_ == "NOUN"}
    if not nouns:
        return learned
    return [h for h in learned if not any(c.dep_ in ("obj", "dobj") and (c.i, h.type) in nouns
                                          for i in h.tokens for c in doc[i].children)]


# verbs that tell, ask for, judge or approve an event without doing it ("le départ de X, annoncé par Paris", "le retrait
# de la mission, exigé par Bamako", "l'attaque, condamnée par l'Union africaine"; source: French verbs of saying,
# request and approval; "revendiquer", "mener", "perpétrer" are left out: who claims or carries out an attack did it)
FRENCH_TELLING = frozenset({"annoncer", "confirmer", "signaler", "rapporter", "dénoncer", "condamner", "saluer",
                            "exiger", "demander", "réclamer", "entériner", "autoriser", "approuver", "déplorer",
                            "démentir", "nier", "évoquer", "mentionner", "relayer", "décrier", "critiquer"})


def told_by(head: Token, agent: Token) -> bool:
    """ "Le retrait de la mission, exigé par Bamako", "le départ de X a été annoncé par Paris": the "par" of a verb of
    saying, request or approval a French event noun hangs on (as its subject or the noun it describes) is who tells or
    asks for the event, not its actor."""
    prep = agent.head
    verb = prep.head
    return head.pos_ == "NOUN" and prep.lower_ == "par" and verb.i != head.i and (
        verb.lemma_.lower() in FRENCH_TELLING) and (verb.head.i == head.i or any(
            c.i == head.i for c in verb.children))


# nouns of a part taken in a deed ("a nié toute implication dans l'enlèvement", "dément toute participation à
# l'attaque", "rejette toute responsabilité dans ce massacre"; source: French press usage)
FRENCH_INVOLVEMENT_NOUNS = frozenset({"implication", "participation", "responsabilité", "responsabilités", "rôle"})
# verbs that deny or reject such a part (the tagger sometimes reads the present "dément" as an adverb)
FRENCH_DISOWNING = FRENCH_DENYING | frozenset({"rejeter", "récuser", "contester"})
_DISOWNING_FORMS = frozenset({"dément", "démentent", "nie", "nient", "rejette", "rejettent", "conteste", "contestent"})
_ANY = frozenset({"tout", "toute", "toutes", "aucun", "aucune"})
# the determiners that deny by themselves (French "aucun" goes with "ne": "n'a joué aucun rôle")
_NONE = frozenset({"aucun", "aucune"})


def disowned_deed_fr(head: Token) -> Token | None:
    """ "Le groupe a nié toute implication dans l'enlèvement de deux enseignants", "X a démenti toute participation à
    l'attaque du 20 mars contre un poste de l'armée", "Y rejette toute responsabilité de son mouvement dans ce
    massacre": the deed happened (the French annotation records it, with the victim and whoever others blame); what
    is denied is the part the subject (or "de son mouvement") took in it. The noun of that part, else None."""
    if head.pos_ != "NOUN" or any(c.lower_ in FRENCH_DEMONSTRATIVES for c in head.children):
        return None  # "toute implication dans cette attaque": the attack told before, named again (and denied)
    part = next((t for t in list(head.ancestors)[:2] if t.pos_ == "NOUN"), None)
    if part is None:
        # "Le GSIM n'a joué aucun rôle dans l'embuscade": the parser hangs the deed from the verb, beside the part
        verb = next((t for t in list(head.ancestors)[:2] if t.pos_ in ("VERB", "AUX")), None)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"] if verb else []
        part = objects[0] if objects else None
    if part is None or part.lemma_.lower() not in FRENCH_INVOLVEMENT_NOUNS and (
            part.lower_ not in FRENCH_INVOLVEMENT_NOUNS):
        return None
    if any(c.lower_ in _NONE for c in part.children):
        return part  # "n'a joué aucun rôle dans", "n'a eu aucune part à": a part denied whatever the verb
    if not any(c.lower_ in _ANY for c in part.children):
        return None  # "sa responsabilité dans l'attaque", "le rôle du groupe dans l'attaque": no denial idiom
    verbs = [part.head, *part.doc[max(part.sent.start, part.i - 8) : part.i]]
    if any(v.lemma_.lower() in FRENCH_DISOWNING or v.lower_ in _DISOWNING_FORMS for v in verbs):
        return part
    return None
