"""A cheap in-document reference resolver for the relation and event layer.

Pronouns ("he", "its"), possessed member nouns ("his men", "its gunmen"), definite role nouns
("the Emir", "the Algerian", "the group", "his battalion") and state forces ("Algerian troops")
are pointed at the most recent compatible named entity, preferring grammatical subjects.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from spacy.tokens import Token

from ..ontology import default_ontology
from .event_slots import COPULAS, SPEAKING, bystanding
from .french_names import COMPASS
from .language import current_language
from .lexicon import Lexicon, default_lexicon
from .lexicons import lexicons
from .mentions import EntityIndex, Hit
from .names import fold
from .numbers import parse_number

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK_SENTENCES = 3
NAMING_VERBS = frozenset({"know", "call", "name", "rename", "become", "dub"})
VICTIM_NOUNS = frozenset({"hostage", "prisoner", "captive", "victim", "detainee"})
# "X, backed by Y", "a bomb claimed by Y": the participle's agent acts in the phrase's place
ALLY_PARTICIPLES = frozenset(
    {"back", "support", "accompany", "assist", "join", "aid", "claim", "lead", "carry"}
)


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads the sentence or a clause coordinated with or reported by it."""
    v = verb
    while True:
        if any(c.dep_ == "mark" for c in v.children):
            return False  # "after the army left": a subordinate clause, whatever the parser says
        if v.dep_ in ("conj", "ccomp", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        return v.dep_ == "ROOT"


# verbs of saying that a report's sources are the subject of ("the observatory said", "it added"): general English
# vocabulary written for this project (MIT, like the code)
REPORTING = frozenset({"say", "tell", "state", "add", "announce", "confirm", "deny", "allege", "believe", "think",
                       "estimate", "claim"})


def _acting(subject: Token) -> bool:
    """Whether a subject is told doing something, named before its verb: not what a copula says it is ("Among
    its rivals is X", "X is a group based in Y") nor a reaction, report or speech ("X denounced the attacks",
    "X spoke about the raid"), whose subject is named in passing as often as not."""
    verb = subject.head
    return subject.i < verb.i and verb.lemma_.lower() not in COPULAS | REPORTING and not bystanding(verb) and (
        not bystanding(verb, SPEAKING)
    )


# nouns for the sides of a fight or a pact, which stand for groups when counted ("the two outfits clashed",
# "both sides signed"; source: general English vocabulary, MIT like the code)
SIDE_NOUNS = frozenset({"outfit", "side", "party", "camp", "militia", "rival", "foe", "adversary", "enemy"})

# a state's aircraft and guns, which stand for its force when a demonym says whose ("Turkish drones", "Russian
# warplanes"; source: general English military vocabulary, MIT like the code)
STATE_ARMS_NOUNS = frozenset({"warplane", "jet", "drone", "bomber", "gunship", "plane", "artillery", "airstrike"})
# words in the name of a state's force beside the lexicon's army words ("Rwanda Defence Force")
FORCE_NAME_WORDS = ("force", "defence", "defense")
# a state's men a report may name with no article ("soldiers killed ...", "five soldiers died"): general English words
# written for this project (MIT, like the code)
BARE_FORCE_NOUNS = frozenset({"soldiers", "troops"})

# how many times as often as the resolver's choice the report's most named group must be named to take its
# place, when the choice is not named in the reference's own sentence (`References._topical`). Counted on the
# dev split's references in a sentence naming another entity: where the choice was named in an earlier
# sentence and the topic three times as often or more, the topic pairs with a gold-related entity 34 times
# where the choice did not, and the choice 6 times where the topic did not; under three times as often the
# choice was the better (7 and 15)
TOPIC_RATIO = 3
# a section's opening "it" or "the group" is the report's subject: the first group named of those named at least
# three quarters as often as the most named (`References._opens_section`)
SUBJECT_SHARE = 4 / 3

# unit nouns that name an area first: "the Menaka region", "in the region", "the buffer zone" are places, and a
# group's region or zone is told by its owner ("AQIM's Sahara region") or its own name ("the 6th Military
# Region"). On the corpus train split the resolver tied 118 of them to an entity, a group's own unit only where
# an owner said so (source: general English vocabulary, MIT like the code)
AREA_UNIT_NOUNS = frozenset({"region", "zone"})
# prepositions that open a place, not a party ("from the region", "in the zone"; general English, MIT like the code)
PLACE_PREPS = frozenset({"in", "from", "across", "throughout", "within", "into", "around", "near", "inside", "outside",
                         "beyond", "through", "to", "towards", "toward"})

# nouns for irregular armed groups and their men, which never stand for a state's army, police or government ("the
# group", "the movement", "the militants", "le groupe", "le mouvement", "les assaillants"; unlike "the unit", "the
# brigade", "the coalition", which may be a state's). General English and French vocabulary written for this
# project (MIT, like the code)
IRREGULAR_GROUP_NOUNS = frozenset({
    "group", "movement", "faction", "katiba", "caliphate", "emirate", "network", "rebels", "rebellion", "kidnappers",
    "insurgency", "jihadists", "separatists", "attackers", "gunmen", "militants", "assailants", "abductors",
    "groupe", "mouvement", "califat", "émirat", "réseau", "rebelles", "rébellion", "ravisseurs", "insurrection",
    "djihadistes", "jihadistes", "séparatistes", "assaillants", "agresseurs", "milice", "nébuleuse", "mouvance",
    "secte", "bande", "markaz",
})
# the words of a state's force or office beside its country ("the Malian army", "Sudanese Armed Forces", "the
# Nigerien authorities", "l'armée tchadienne", "les Forces armées maliennes", "Rwanda Defence Force"), and the
# small words between them; a name with any other word ("Free Syrian Army", "Syrian Democratic Forces") may be
# an armed group's
STATE_BODY_HEADS = frozenset({"armed", "government", "authorities", "ministry", "armées", "gouvernement",
                              "autorités", "ministère", "force", "defence", "defense", "défense"})
# the head nouns of a state's or an international body's offices, which issue press releases and statements and are
# never what an irregular group noun stands for ("U.S. Africa Command", "the Ministry of Defence", "Defence
# Headquarters", "the Department of State", "the National Intelligence and Security Agency"): read in a name's
# words before its "of" or "for". General English vocabulary of government written for this project (MIT, like
# the code); "council", "office", "army", "force" and "coalition" are left out, as armed groups' names hold them
# ("Shura Council", "Political Office", "Free Syrian Army", "Rapid Support Forces")
OFFICE_HEAD_NOUNS = frozenset({
    "command", "ministry", "department", "headquarters", "agency", "government", "authorities", "administration",
    "embassy", "directorate", "secretariat", "presidency", "affairs", "mission",
})
STATE_BODY_FILLERS = frozenset({"the", "of", "and", "national", "special", "security", "la", "le", "les", "l", "de",
                                "des", "du", "d", "et", "nationale", "nationales", "spéciales", "sécurité"})

# words that count or quantify part of a set ("two of them", "some of the hostages", "most of them"): general
# English vocabulary written for this project (MIT, like the code)
PARTITIVE_WORDS = frozenset({"one", "some", "many", "most", "several", "all", "none", "each", "few", "both",
                             "half", "dozen", "hundred", "score", "any", "either", "neither"})
# plural nouns for a group's men, beside the irregulars' nouns: "them" after them is the group's men
FIGHTER_NOUNS = frozenset({"fighters", "fighter", "combatants", "combatant", "insurgents", "insurgent", "raiders",
                           "extremists", "terrorists", "bandits"})

# the marks that open a list item ("- X, its rival ...", "• X, ...")
LIST_MARKS = ("-", "•", "*", "–", "—")

# French demonstratives for the latter ("celui-ci", "ce dernier"; French grammar, written for this project, MIT)
FRENCH_LATTER_PRONOUNS = frozenset({"celui-ci", "celle-ci"})
FRENCH_LATTER_WORDS = frozenset({"dernier", "dernière"})

# French prepositions that tie a group to another rather than name it ("lié à X", "allié avec X", "en guerre contre
# X"; French grammar, written for this project, MIT)
FRENCH_TIE_PREPOSITIONS = frozenset({"à", "au", "aux", "avec", "contre"})

# French words for any group, which a group's own name may hold ("Groupe de soutien ...", "Organisation de ..."):
# a bare "le groupe" is no reference to such a name (French vocabulary written for this project, MIT like the code)
FRENCH_GENERIC_GROUP_WORDS = frozenset({"groupe", "organisation"})

# the dependents that give a French group noun words of its own ("la katiba voisine", "le groupe de travail", "la
# katiba qui ..."): such a noun is no bare reference to a group named before
OWN_WORDS_DEPS = frozenset({"prep", "relcl", "acl", "appos", "amod", "nmod"})

# French "of" (after the elision and contraction of the article)
FRENCH_OF = frozenset({"de", "du", "des", "d'", "d’"})
# "trois membres présumés de l'EIGS": the parser hangs the group's "de" on the participle of suspicion, not on the
# member noun; the lemmas of that participle (French grammar; written for this project)
FRENCH_ALLEGED = frozenset({"présumer", "présumé", "supposer", "supposé"})
# Unnamed bodies of many states or people, which an English "it"/"its" in their own sentence stands for ("the
# resolve of the international community in its determination to defeat X"): no named organisation of an earlier
# sentence (``References._unnamed_body_before``; thirty-fourth round)
UNNAMED_BODY_NOUNS = frozenset({"community", "world", "public"})
# "la zone frontalière entre A, B et C": a geographic noun's "entre" names its places as its "de" does
FRENCH_BETWEEN = frozenset({"entre"})


def _compass(tok: Token) -> bool:
    """ "le nord", "l'est": a French compass word as a noun after its article (not the verb "est")."""
    return fold(tok.text).replace(" ", "-") in COMPASS and tok.i > 0 and fold(tok.nbor(-1).text) in ("le", "l")


class References:
    """Resolves noun-phrase heads of one document to local entity keys."""

    def __init__(self, index: EntityIndex, lexicon: Lexicon | None = None) -> None:
        self.index = index
        self.lex = lexicon or default_lexicon()
        # the language's articles and pronouns (the lexicon adds a French document's to the English ones)
        self.the = frozenset({"the"}) | self.lex.definite_articles
        self.the_this = frozenset({"the", "this", "that", "these"}) | self.the | self.lex.demonstratives
        self.person_pronouns = PERSON_PRONOUNS | self.lex.person_pronouns
        self.org_pronouns = ORG_PRONOUNS | self.lex.org_pronouns
        self.plural_pronouns = PLURAL_PRONOUNS | self.lex.plural_pronouns
        self.relative_pronouns = RELATIVE_PRONOUNS | self.lex.relative_pronouns  # "qui", "dont"
        # the verbs of fighting with an object (the HOSTILE_TO cues): a possessive object is the enemy's
        self._hostile_verbs = frozenset(
            c.split()[0] for c in self.lex.relation_cues.get("HOSTILE_TO", ()) if c.endswith("_obj")
        )
        # verbs of violence done to an object (the fighting cues', the incident events' triggers): what "its"
        # owns in their object is the other side's ("X attacked its positions")
        self._violent_verbs = self._hostile_verbs | frozenset(
            t
            for et in default_ontology("en").event_types.values()
            if et.incident
            for t in et.triggers
            if " " not in t
        )
        self._sents = list(index.doc.sents)
        self._sent_of = {t.i: n for n, s in enumerate(self._sents) for t in s}
        # headings ("X and the capture of Y") are not narrative: nothing there is an antecedent
        self._headings = {
            n
            for n, st in enumerate(self._sents)
            if not st.text.strip().rstrip("'\"’”)").endswith((".", "!", "?", ";"))
        }
        self._memo: dict[int, list[str]] = {}
        self._busy: set[int] = set()
        self._salience: dict[str, int] = {}
        # each group's mention starts in text order (hits are sorted; a dict keeps the first-named first)
        self._org_starts: dict[str, list[int]] = {}
        for h in index.hits:
            self._salience[h.key] = self._salience.get(h.key, 0) + 1
            if h.type == "ORGANIZATION":
                self._org_starts.setdefault(h.key, []).append(h.start)

    # -- candidates -------------------------------------------------------------------
    def _candidates(self, before: int, types: tuple[str, ...]) -> list[tuple[str, bool, int]]:
        """(key, is a subject, token index) of earlier mentions and resolved subject pronouns, nearest first.

        Main-clause subjects come before subjects of subordinate clauses ("days after the army
        left, its fighters..."): the latter are listed as non-subjects.
        """
        doc = self.index.doc
        here = self._sent_of.get(before, 0)
        out: list[tuple[str, bool, int]] = []
        for i in range(before - 1, -1, -1):
            if self._sent_of.get(i, 0) < here - LOOKBACK_SENTENCES:
                break
            tok = doc[i]
            if self._sent_of.get(i, 0) in self._headings:
                continue
            hit = self.index.hit_at(tok)
            if hit is not None:
                if i != hit.start:
                    continue  # one candidate per mention, at its first token
                root = doc[hit.start : hit.end].root
                if hit.type in types:
                    # the subject, or a name standing in it ("Tanko's flight", "X, the emir, ...")
                    holder = root
                    if root.dep_ in ("appos", "conj", "compound", "poss"):
                        holder = root.head
                    elif self._members_of(root) is not None:
                        holder = root.head.head  # "fighters of X ambushed a convoy": X acts
                    subj = holder.dep_ in SUBJECT_DEPS and _main_clause(holder.head)
                    out.append((hit.key, subj, i))
            elif (
                tok.dep_ in SUBJECT_DEPS
                and (
                    tok.lower_ in self.person_pronouns | self.org_pronouns
                    # "The group, an affiliate of X, is based in Y": a resolved subject noun
                    or (
                        tok.lemma_.lower() in self.lex.org_nouns
                        and any(c.lower_ in self.the for c in tok.children)
                    )
                )
                and i not in self._busy
            ):
                for k in self.refer(tok):
                    if self.index.type_of(k) in types:
                        out.append((k, _main_clause(tok.head), i))
            elif (
                tok.dep_ in SUBJECT_DEPS
                and "ORGANIZATION" in types
                and current_language() == "en"
                and self._band_noun(tok)
                and i not in self._busy
                and self.index.hit_at(tok) is None
            ):
                # "fighters of the katiba ambushed a convoy", "its fighters attacked": the men's group acts
                out += [(k, _main_clause(tok.head), i) for k in self._members_group(tok)]
            elif (
                tok.lemma_.lower() in VICTIM_NOUNS
                and tok.tag_ == "NN"
                and "PERSON" in types
                and i not in self._busy
                and any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children)
            ):
                for k in self.refer(tok):  # "failed to find the hostage ... he had been killed"
                    out.append((k, True, i))
        return out

    def _recent(
        self,
        before: int,
        types: tuple[str, ...],
        word: str | None = None,
        exclude: frozenset[str] = frozenset(),
        prefer_subject: bool = True,
    ) -> str | None:
        """The most recent entity of a type before a token, subjects of nearer sentences first."""
        if before in self._busy:
            return None
        self._busy.add(before)
        try:
            if (
                word is not None
            ):  # "the battalion": the last group with that word in its name, anywhere before
                named = [
                    h.key
                    for h in self.index.before(before)
                    if h.type in types and h.key not in exclude and self.index.name_has(h.key, word)
                ]
                return named[0] if named else None
            cands = [c for c in self._candidates(before, types) if c[0] not in exclude]
        finally:
            self._busy.discard(before)
        if not cands:
            return None
        if prefer_subject:
            for key, subj, _ in cands:  # nearest subject, sentence by sentence going back
                if subj:
                    return key
            here = self._sent_of.get(before, 0)
            same = [c for c in cands if self._sent_of.get(c[2], -1) == here]
            if same and self.index.doc[before].pos_ == "PRON":
                return same[0][0]  # "X commanded the FGR when it opened ...": nearest in the sentence

            # no subject nearby: the most talked-about candidate (the report's protagonist),
            # names inside a relative clause or apposition counting less
            def weight(c: tuple[str, bool, int]) -> float:
                t = self.index.doc[c[2]]
                aside = any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors)
                return self._salience.get(c[0], 0) + (1 if c is cands[0] else 0) - (2 if aside else 0)

            best = max(cands, key=weight)
            # the report's protagonist may have been named further back than the lookback
            far = [
                h for h in self.index.hits if h.start < before and h.type in types and h.key not in exclude
            ]
            if far:
                # first in text order among the most talked-about (a set's order would follow the hash seed)
                top = max(dict.fromkeys(h.key for h in far), key=lambda k: self._salience.get(k, 0))
                if self._salience.get(top, 0) > weight(best):
                    return top
            return best[0]
        return cands[0][0]

    def _topical(self, key: str | None, before: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """A group reference's antecedent, or the report's topic in its place when the antecedent is weaker: named
        in an earlier sentence only, and far less often than the group named most. English, and French since the
        forty-fourth round ("l'EI annonce la création de sa wilaya X ... le groupe s'implante": the wilaya the
        report is about; French train events right 2680 -> 2683, no event lost).

        "The Djado Front ... a list naming the Djado Guardians ... It is said to buy its weapons": a group named
        in passing (a list item, an object, an aside) is seldom what the next sentences' "it" is about while
        the article keeps naming another; a group named in the reference's own sentence keeps it.
        """
        if key is None or key not in self._org_starts:
            return key
        starts = self._org_starts[key]
        last = starts[bisect_left(starts, before) - 1] if starts[0] < before else None
        if last is not None and self._sent_of.get(last, -1) == self._sent_of.get(before, 0):
            return key
        if self._led_sentence_before(key, before):
            return key
        named = [k for k, s in self._org_starts.items() if s[0] < before and k not in exclude]
        if not named:
            return key
        top = self._topic(before, exclude) or key
        if self._opens_section(before):
            # the report's subject: the first group it names among those it names about as often as the most
            most = self._salience.get(top, 0)
            subject = next(k for k in named if SUBJECT_SHARE * self._salience.get(k, 0) >= most)
            if subject not in self._state_bodies:
                return subject
        if top != key and self._salience.get(top, 0) >= TOPIC_RATIO * self._salience.get(key, 0):
            return top
        return key

    def other_group(self, tok: Token, other_than: str, word: str | None = None) -> str | None:
        """The group a reference stands for when it cannot be ``other_than`` (the side it fights): the nearest
        other antecedent (with ``word`` in its name, when given), or the report's topic in its place."""
        exclude = frozenset({other_than})
        key = self._recent(tok.i, ("ORGANIZATION",), word=word, exclude=exclude)
        return self._topical(key, tok.i, exclude) if key is not None else None

    def _topic(self, before: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """The group named most before a token (the first named among equals), ``exclude`` left out."""
        named = [k for k, s in self._org_starts.items() if s[0] < before and k not in exclude]
        return max(named, key=lambda k: self._salience.get(k, 0)) if named else None

    def _opens_section(self, before: int) -> bool:
        """Whether the reference at ``before`` comes under a heading before its section has named any group
        ("... merged into Y. // Ghouta // The group governed Douma", "3. Violence // - In 2018 it kidnapped"):
        a section opens on what the report is about, not on the last subject of the section before it."""
        here = self._sent_of.get(before, 0)
        heading = next((n for n in range(here - 1, max(-1, here - 1 - LOOKBACK_SENTENCES), -1)
                        if n in self._headings and any(c.isalpha() for c in self._sents[n].text)), None)
        if heading is None:
            return False
        start = self._sents[heading].end
        return not any(start <= s < before for starts in self._org_starts.values() for s in starts)

    def _led_sentence_before(self, key: str, before: int) -> bool:
        """Whether the subject reference at ``before`` continues ``key`` as the acting main-clause subject of
        the sentence just before it in its paragraph (named there, or a pronoun already read as it): "Under X's
        command the Katiba Y has attacked the army. In June 2022 it attacked a post": a group the last
        sentence is about is no group named in passing, and its subject "it" continues it however often the
        report names another (its parent, its rival). Not an object or a possessive ("describing it as",
        "its affiliate"), nor across a paragraph break, nor for a state's army or government; any reference keeps
        a group an earlier acting subject of its own sentence was read as ("it has carried out attacks ...; its
        fighters took part")."""
        doc = self.index.doc
        here = self._sent_of.get(before, 0)
        if key in self._state_bodies:
            return False  # a state's army or government: the report's topic may be read in its place, as before
        if any(
            t.dep_ in SUBJECT_DEPS and self.index.hit_at(t) is None and self._memo.get(t.i) == [key] and _acting(t)
            for t in doc[self._sents[here].start : before]
        ):
            return True  # "Since 2022 it has carried out attacks ...; its fighters took part": read in this sentence
        if doc[before].dep_ not in SUBJECT_DEPS:
            return False
        if here < 1 or here - 1 in self._headings:
            return False
        prev = self._sents[here - 1]
        if "\n\n" in doc[prev.end - 1 : self._sents[here].start + 1].text_with_ws:
            return False
        for tok in prev:
            if tok.dep_ not in SUBJECT_DEPS or not _main_clause(tok.head) or not _acting(tok):
                continue
            hit = self.index.hit_at(tok)
            if (hit.key if hit is not None else None) == key or (hit is None and self._memo.get(tok.i) == [key]):
                return True
            if hit is None and tok.i not in self._busy and self._members_group(tok) == [key]:
                return True  # "Fighters of the katiba ambushed a convoy. In 2022 the unit raided X"
        for h in self.index.in_range(prev.start, prev.end):
            men = self._members_of(doc[h.start : h.end].root) if h.key == key else None
            if men is not None and men.dep_ in SUBJECT_DEPS and _main_clause(men.head) and _acting(men):
                return True  # "Fighters of X ambushed a convoy. In 2022 the unit raided Y"
        return False

    def named_with(self, tok: Token) -> str | None:
        """ "the council", "the force": the last organisation named before ``tok`` whose name holds its noun
        ("the Southern Transitional Council", "the Civilian Joint Task Force")."""
        return self._recent(tok.i, ("ORGANIZATION",), word=tok.lemma_.lower())

    def recent(self, before: int, types: tuple[str, ...]) -> str | None:
        """The entity of a type most in focus before a token (subjects first)."""
        return self._recent(before, types)

    def _clause_subject_keys(self, tok: Token) -> frozenset[str]:
        """Entities that are the subject of a pronoun's own clause (a pronoun object is not them)."""
        if tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "poss" and tok.lower_ in self.person_pronouns):
            return frozenset()  # "he commanded his own unit": a possessive may be the subject
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        keys: set[str] = set()
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and c.i != tok.i and c.i not in self._busy:
                self._busy.add(c.i)
                try:
                    keys.update(self.phrase_entities(c))  # "GSIM fighters attacked its positions"
                finally:
                    self._busy.discard(c.i)
        return frozenset(keys)

    # -- public -----------------------------------------------------------------------
    def refer(self, tok: Token) -> list[str]:
        """The entities a noun-phrase head (or pronoun) stands for; empty when unknown."""
        hit = self.index.hit_at(tok)
        if hit is not None:
            return [hit.key]
        if tok.i in self._memo:
            return self._memo[tok.i]
        self._memo[tok.i] = []  # guards against cycles while resolving
        out = self._refer(tok)
        self._memo[tok.i] = out
        return out

    def stand_ins(self, start: int, end: int) -> list[tuple[int, str]]:
        """French only: (token, entity) for each subject "il" or "elle" of the tokens ``start:end`` (a sentence)
        that stands for one entity the sentence does not name ("Né en 1978 à Gao, X ... Il rejoint Y", "elle
        est mariée à Z"): a portrait tells of its subject so, and the relation classifier paired named mentions
        only. "ils", "elles" and "le groupe", "l'organisation" were tried too and cut the dev split's combined
        relation F1 (docs/BENCHMARKS.md, "Nineteenth round (branch frref23)")."""
        if current_language() != "fr":
            return []
        doc = self.index.doc
        named = {h.key for h in self.index.in_range(start, end)}
        out: list[tuple[int, str]] = []
        for tok in doc[start:end]:
            if not (tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS and tok.lower_ in self.lex.gendered_pronouns):
                continue
            keys = self.refer(tok)
            if len(keys) == 1 and keys[0] not in named:
                out.append((tok.i, keys[0]))
        return out

    def _refer(self, tok: Token) -> list[str]:
        low = tok.lower_
        lemma = tok.lemma_.lower()
        if self._latter_fr(tok):
            return self._latter(tok)
        if tok.pos_ == "PRON" or low in self.person_pronouns | self.org_pronouns | self.plural_pronouns:
            return self._pronoun(tok, low)
        if (
            tok.pos_ == "NUM"
            and (tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "between"))
            and any(c.lower_ in self.the for c in tok.children)
        ):
            return self._the_two(tok)  # "the two have fought each other since", "fighting between the two"
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        if tok.dep_ in ("amod", "compound", "nmod") and self.lex.country_of(tok.text) and tok.is_title:
            demonym_of = self.lex.country_of(tok.text) or ""
            return [
                k
                for k, e in self.index.entities.items()  # "the French intervention" -> France
                if e.type == "LOCATION" and any(n.lower() == demonym_of.lower() for n in e.names())
            ][:1]
        # "the man who took over, Abdelmalek X": a named apposition says who it is
        named = [
            h.key
            for c in tok.children
            if c.dep_ == "appos"
            for h in [self.index.hit_at(c)]
            if h is not None and h.type in ("PERSON", "ORGANIZATION")
        ]
        if named and tok.pos_ == "NOUN":
            return named[:1]
        anchor = self.index.hit_at(tok.head) if tok.dep_ == "appos" else None
        if anchor is not None and anchor.type in ("PERSON", "ORGANIZATION"):
            return [anchor.key]  # "X, a Fulani preacher who ...": the apposition is X
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        country = self._demonym_child(tok)
        if (
            lemma in self.lex.state_force_nouns
            or low in self.lex.state_force_nouns
            or (
                lemma in STATE_ARMS_NOUNS
                and country is not None
                # "a Burkinabe air force drone": the force named in the phrase is read there
                and not any(self.index.hit_at(c) is not None for c in tok.children if c.dep_ in ("compound", "nmod"))
            )
        ):
            forces = [] if self._force_of_another(tok, country, poss) else self._state_forces(tok, country)
            if forces:
                return forces
        if poss is not None and (lemma in self.lex.member_nouns or low in self.lex.member_nouns):
            return self.refer(poss)
        if (lemma in self.lex.org_nouns or low in self.lex.org_nouns or lemma in SIDE_NOUNS) and tok.tag_ == "NNS":
            both = self._plural_orgs(tok)
            if both:
                return both
        if lemma in self.lex.org_nouns or low in self.lex.org_nouns:
            # "the 'Red Dunes' battalion", "the Katiba Nour delegation": the name modifies it
            for c in tok.children:
                h = self.index.hit_at(c)
                if c.dep_ in ("compound", "nmod", "amod") and h is not None and h.type == "ORGANIZATION" and (
                        not self._tied_to_fr(h)):
                    return [h.key]
            if lemma in AREA_UNIT_NOUNS and poss is None and current_language() == "en":
                return self._area_unit(tok)
            named_org = self._named_topic_fr(tok, lemma)
            if named_org is None and not self._generic_word_fr(tok, lemma):
                named_org = self._recent(tok.i, ("ORGANIZATION",), word=lemma)
            if named_org:
                return [named_org]
            if poss is not None:
                return self.refer(poss)
            if any(c.dep_ == "det" and c.lower_ in self.the_this for c in tok.children) or _contracted_the(tok):
                # "the group" is the group in focus; "the Peul separatists" a described, nearer one
                described = any(c.dep_ in ("amod", "compound") for c in tok.children)
                excl = self._clause_subject_keys(tok)
                if lemma in IRREGULAR_GROUP_NOUNS or low in IRREGULAR_GROUP_NOUNS:
                    excl |= self._state_bodies  # "le groupe a attaqué": never the army named last
                    offices = self._offices - excl  # "The group was founded by X": never the release's command
                else:
                    offices = frozenset()
                subject_first = tok.dep_ in SUBJECT_DEPS or not described
                org = self._recent(tok.i, ("ORGANIZATION",), exclude=excl | offices, prefer_subject=subject_first)
                if org is None and offices:
                    # only an office was near ("According to the CTD, the network was ..."): the group the report
                    # names most stands in, as for an office chosen and weaker than the topic before; a group
                    # the choice reached past the office (the report's protagonist) is kept
                    org = self._recent(tok.i, ("ORGANIZATION",), exclude=excl, prefer_subject=subject_first)
                    if org in offices:
                        org = self._topic(tok.i, excl | offices)
                excl |= offices
                if not described:
                    org = self._topical(org, tok.i, excl)
                if org is None and self._bare_group_fr(tok, lemma, low, described):
                    # "En mai 2023, le groupe avait enlevé deux guides", "le markaz installe un camp": no group
                    # named in the sentences before, the report's group stands in, as a French report tells it
                    org = self._topic(tok.i, excl)
                return [org] if org else []
            return []
        if lemma in self.lex.place_nouns and any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children):
            place = self._place(tok)
            return [place] if place else []
        if (
            lemma in VICTIM_NOUNS
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children)
        ):
            for key, subj, _ in self._candidates(tok.i, ("PERSON",)) if tok.i not in self._busy else []:
                if not subj:
                    return [key]
            return []
        if lemma in self.lex.person_role_nouns and tok.tag_ == "NNS":
            return self._plural_people(tok)  # "the two leaders", "both men"
        role_noun = lemma in self.lex.person_role_nouns or (
            self.lex.country_of(tok.text) and tok.pos_ != "ADJ"
        )
        definite = any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children)
        if lemma in self.lex.person_role_nouns and not definite:
            for t in tok.subtree:  # "a new coordinator for the Gourma, X": the name set off by a comma
                h = self.index.hit_at(t)
                if (
                    h is not None
                    and h.type == "PERSON"
                    and t.i == h.start
                    and t.i > 0
                    and t.nbor(-1).text == ","
                ):
                    return [h.key]
        # "the Emir", "the Algerian", "his leader" -> the person in focus; "his lieutenant" is someone else
        if role_noun and (definite or poss is not None):
            if poss is not None and lemma not in self.lex.leader_nouns:
                return []
            if definite and lemma in self.lex.leader_nouns:
                # "the emir": the report's leading figure among the people named lately,
                # not whoever happened to be the last subject (a go-between, a hostage)
                named = [h.key for h in self.index.hits if h.start < tok.i and h.type == "PERSON"]
                if named:
                    return [max(dict.fromkeys(named), key=lambda k: self._salience.get(k, 0))]
            p = self._recent(tok.i, ("PERSON",))
            return [p] if p else []
        return []

    def _named_topic_fr(self, tok: Token, lemma: str) -> str | None:
        """French only: "la katiba", "la brigade" with nothing of its own (no adjective, no "de", no relative
        clause) among several groups named with that word: the one the report names most, the nearest among
        equals, not one named last in passing ("... en lien avec la katiba Macina voisine. En février, la
        katiba avait enlevé ...": the report's katiba)."""
        if current_language() != "fr" or tok.i in self._busy or any(
            c.dep_ in OWN_WORDS_DEPS | {"compound", "poss"} for c in tok.children
        ) or not any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children):
            return None
        named = list(dict.fromkeys(
            h.key for h in self.index.before(tok.i) if h.type == "ORGANIZATION" and self.index.name_has(h.key, lemma)
        ))
        if len(named) < 2:
            return None
        return max(named, key=lambda k: self._salience.get(k, 0))

    def _tied_to_fr(self, hit: Hit) -> bool:
        """French only: a name the parser hangs on a group noun that comes after "à", "avec", "contre" ("le groupe
        lié à al-Qaïda", "le groupe allié avec X") is another group the noun is tied to, not its name."""
        if current_language() != "fr":
            return False
        for t in self.index.doc[hit.start : hit.end]:
            if t.dep_ == "pobj" and t.head.lower_ in FRENCH_TIE_PREPOSITIONS:
                return True
            if any(c.dep_ in ("case", "prep") and c.lower_ in FRENCH_TIE_PREPOSITIONS for c in t.children):
                return True
        return False

    def _latter_fr(self, tok: Token) -> bool:
        """French only: "celui-ci", "celle-ci", "ce dernier", "cette dernière" (the latter)."""
        if current_language() != "fr":
            return False
        if tok.lower_ in FRENCH_LATTER_PRONOUNS:
            return True
        return tok.lower_ in FRENCH_LATTER_WORDS and any(
            c.dep_ == "det" and c.lower_ in self.lex.demonstratives for c in tok.children)

    def _latter(self, tok: Token) -> list[str]:
        """ "Après la mort de celui-ci", "AQPA confirmera la mort de ce dernier", "quand celui-ci a prêté allégeance":
        the latter is the entity named last before it, not its clause's subject: a person for the masculine (a
        group's name in between is passed over: "Fondé par X, le groupe Y est dirigé depuis la mort de celui-ci"),
        a group or person whose article agrees for the feminine; in its sentence or the one before."""
        here = self._sent_of.get(tok.i, 0)
        excl = self._clause_subject_keys(tok)
        feminine = "Fem" in tok.morph.get("Gender", []) or tok.lower_ in ("celle-ci", "dernière")
        for h in self.index.before(tok.i):
            if self._sent_of.get(h.start, 0) < here - 1:
                break
            if h.key in excl:
                continue
            if h.type == "PERSON" or (feminine and h.type == "ORGANIZATION" and self._agrees(tok, h.start)):
                return [h.key]
        return []

    def _generic_word_fr(self, tok: Token, lemma: str) -> bool:
        """French only: a bare "le groupe", "l'organisation" (no words of its own) is whatever group the text is
        about, not the last one whose name happens to hold the word ("le Groupe de soutien à ...")."""
        return (
            current_language() == "fr"
            and lemma in FRENCH_GENERIC_GROUP_WORDS
            and not any(c.dep_ in OWN_WORDS_DEPS | {"compound"} for c in tok.children)
        )

    def _bare_group_fr(self, tok: Token, lemma: str, low: str, described: bool) -> bool:
        """French only: "le groupe", "la katiba", "la bande" with nothing of its own (no adjective, no "de", no
        relative clause), an irregular group's word: the group a report is about, however far back it was named
        ("le groupe de travail", "la milice locale", "la katiba qui ..." are other ones)."""
        return (
            current_language() == "fr"
            and (lemma in IRREGULAR_GROUP_NOUNS or low in IRREGULAR_GROUP_NOUNS)
            and not described
            and not any(c.dep_ in OWN_WORDS_DEPS for c in tok.children)
        )

    @cached_property
    def _offices(self) -> frozenset[str]:
        """English only: the organisations named as a state's or an international body's office ("U.S. Africa
        Command", "Ministry of Defence", "Defence Headquarters"): a word of the name before its "of" or "for" is
        one of OFFICE_HEAD_NOUNS. A press release's author is one, named more often than the group it is about,
        and "the group" never stands for it."""
        if current_language() != "en":
            return frozenset()
        out = set()
        for key, e in self.index.entities.items():
            if e.type != "ORGANIZATION":
                continue
            for name in e.names():
                words = re.findall(r"[\w.]+", name.lower())
                cut = next((n for n, w in enumerate(words) if w in ("of", "for")), len(words))
                if any(w in OFFICE_HEAD_NOUNS for w in words[:cut]):
                    out.add(key)
                    break
        return frozenset(out)

    @cached_property
    def _state_bodies(self) -> frozenset[str]:
        """The organisations whose name is a country's (or its demonym's) army, police, government or
        authorities and nothing else ("the Malian army", "l'armée tchadienne", "Nigerien authorities")."""
        lex = self.lex
        countries = lex.countries()
        heads = frozenset(w.lower() for w in lex.army_words) | STATE_BODY_HEADS
        out = set()
        for key, e in self.index.entities.items():
            if e.type != "ORGANIZATION":
                continue
            for name in e.names():
                words = [w.lower() for w in re.findall(r"\w+", name)]
                country = [w for w in words if w in countries or lex.country_of(w) or lex.country_of(w.capitalize())]
                rest = [w for w in words if w not in country and w not in STATE_BODY_FILLERS]
                if country and rest and all(w in heads for w in rest):
                    out.add(key)
                    break
        return frozenset(out)

    def _area_unit(self, tok: Token) -> list[str]:
        """An English "region" or "zone" with no owner: a group whose name holds the word ("the 6th Military
        Region" told before), unless a place names it ("the Menaka region") or a preposition of place opens it
        ("women from the region", "operating in the region", "across the zone"): an area, not the group's unit;
        never the group in focus."""
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            return []
        if any(
            h is not None and h.type == "LOCATION"
            for c in tok.children
            if c.dep_ in ("compound", "nmod", "amod")
            for h in [self.index.hit_at(c)]
        ):
            return []
        named = self._recent(tok.i, ("ORGANIZATION",), word=tok.lemma_.lower())
        return [named] if named else []

    def _place(self, tok: Token) -> str | None:
        """ "the site", "the camps": the last place named as the modifier of a place noun."""
        doc = self.index.doc
        lemma = tok.lemma_.lower()
        fallback = None
        for h in self.index.before(tok.i):
            if h.type != "LOCATION" or self._sent_of.get(h.start, 0) < self._sent_of.get(tok.i, 0) - 2:
                continue
            nxt = doc[h.end] if h.end < len(doc) else None
            if nxt is None or nxt.pos_ != "NOUN":
                continue
            words = {t.lemma_.lower() for t in doc[h.end : min(len(doc), h.end + 3)]}
            if lemma in words:
                return h.key
            fallback = fallback or h.key
        return fallback

    def _area_places(self, tok: Token, depth: int) -> list[str]:
        """ "dans les régions de Ménaka et de Gao", "les zones frontalières du Cameroun": the places a French
        geographic noun's "de" names are what it stands for (not a group's "zone", a unit noun too); so do
        a compass word's, coordinated after a named place ("dans la région de X et le nord de Y": Y); and so
        do the places its "entre" names ("dans la zone frontalière entre A, B et C": A, B and C)."""
        geo = lexicons().geo_nouns  # French only (no English list)
        if not geo or tok.pos_ != "NOUN" or not (fold(tok.lemma_) in geo or fold(tok.text) in geo or _compass(tok)):
            return []
        if self.index.hit_at(tok) is not None:
            return []
        return [k for c in tok.children if c.dep_ == "prep" and c.lower_ in FRENCH_OF | FRENCH_BETWEEN
                for p in c.children if p.dep_ == "pobj"
                for k in self.phrase_entities(p, depth + 1) if self.index.type_of(k) == "LOCATION"]

    def _members_of(self, name: Token) -> Token | None:
        """The member noun a named group's "of" hangs from, in English ("fighters of X", "members of X"), else None."""
        if current_language() != "en" or name.dep_ != "pobj" or name.head.lower_ != "of":
            return None
        noun = name.head.head
        return noun if noun.pos_ == "NOUN" and self._band_noun(noun) else None

    def _members_group(self, tok: Token) -> list[str]:
        """The organisations an English member noun's possessive pronoun or unnamed "of" phrase stands for ("its
        fighters", "fighters of the katiba"); a named one ("fighters of X") is read as X's own mention."""
        if current_language() != "en" or not self._band_noun(tok) or self.index.hit_at(tok) is not None:
            return []
        owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and self.index.hit_at(p) is None]
        return [k for ref in (owner or of)[:1] for k in self.refer(ref) if self.index.type_of(k) == "ORGANIZATION"]

    def _band_noun(self, tok: Token) -> bool:
        """A member noun of a band of men, not a state's ("fighters", "men", "militants"; not "troops", "forces")."""
        return self._member_noun(tok) and not (
            tok.lower_ in self.lex.state_force_nouns or tok.lemma_.lower() in self.lex.state_force_nouns)

    def _member_noun(self, tok: Token) -> bool:
        return tok.lower_ in self.lex.member_nouns or tok.lemma_.lower() in self.lex.member_nouns

    def _name_conjuncts(self, tok: Token) -> list[Token]:
        """French: a conjunct the parser hung on a word inside the name ``tok`` heads, after the name
        ("dans la région de Ménaka et le nord de Tillabéri": "nord" under "Ménaka", not "région")."""
        hit = self.index.hit_at(tok)
        if not lexicons().geo_nouns or hit is None or tok.i != hit.start:
            return []
        doc = tok.doc
        return [c for i in range(hit.start + 1, hit.end) for c in doc[i].children
                if c.dep_ == "conj" and c.i >= hit.end]

    def phrase_entities(self, tok: Token, depth: int = 0) -> list[str]:
        """Entities a phrase head stands for, through conjuncts, appositions and "of"-phrases."""
        if depth > 3:
            return []
        keys = self._area_places(tok, depth) or list(self.refer(tok))
        part = self._partitive(tok, depth) if not keys else None
        if part is not None:
            return part
        if not keys:
            for c in tok.children:
                if c.dep_ == "prep" and (
                    c.lower_ in ("of", "from") or (c.lower_ == "by" and tok.pos_ == "NOUN")
                    # "des combattants de la katiba X", "les hommes du GSIM": a group's members are
                    # the group (only after a member noun: a French "de" is too many other things)
                    or (c.lower_ in FRENCH_OF and self._member_noun(tok))
                ):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            keys += self.phrase_entities(p, depth + 1)
                elif c.dep_ in ("acl", "amod") and c.lemma_.lower() in FRENCH_ALLEGED and self._member_noun(tok):
                    keys += [k for pc in c.children if pc.dep_ == "prep" and pc.lower_ in FRENCH_OF
                             for p in pc.children if p.dep_ == "pobj" for k in self.phrase_entities(p, depth + 1)]
                elif c.dep_ in ("compound", "nmod", "poss", "amod") and self.index.hit_at(c) is not None:
                    keys += self.phrase_entities(c, depth + 1)
                elif c.dep_ == "poss" and c.pos_ == "PRON":  # "attacked its positions"
                    keys += self.refer(c)
        if not keys:  # "an entity, one that would later be known as X"
            for c in [tok, *[a for a in tok.children if a.dep_ == "appos"]]:
                for rc in c.children:
                    if rc.dep_ == "relcl" and rc.lemma_.lower() in NAMING_VERBS:
                        for x in rc.children:
                            targets = (
                                [p for p in x.children if p.dep_ == "pobj"]
                                if x.lower_ == "as"
                                else ([x] if x.dep_ in ("oprd", "attr") else [])
                            )
                            for p in targets:
                                keys += [k for k in self.refer(p) if k not in keys]
        for c in self._name_conjuncts(tok):
            keys += [k for k in self.phrase_entities(c, depth + 1) if k not in keys]
        for c in tok.children:
            if c.dep_ == "conj":
                keys += [k for k in self.phrase_entities(c, depth + 1) if k not in keys]
            elif c.dep_ == "appos":
                found = self.refer(c) or [
                    h.key  # "the Kel Ansar, the dominant Peul confederation": the name modifying it
                    for m in c.children
                    if m.dep_ in ("amod", "compound", "nmod")
                    for h in [self.index.hit_at(m)]
                    if h is not None
                ]
                keys += [k for k in found if k not in keys]
            elif c.dep_ == "acl" and c.lemma_.lower() in ALLY_PARTICIPLES:
                # "the FGR, backed by Katiba Nour": the backer acts along with the group
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            keys += [k for k in self.phrase_entities(p, depth + 1) if k not in keys]
        return list(dict.fromkeys(keys))

    def _partitive(self, tok: Token, depth: int) -> list[str] | None:
        """ "two of them were killed", "one of them, a Moroccan named X, was sentenced", "some of the hostages":
        a count or quantifier of a set of people stands for people of the set: the person an apposition names,
        else the people the set stands for, never a group (whose captives or suspects they were). None when ``tok``
        is no partitive, or its set is no captives' noun ("two of its fighters", "five of its facilities", "one
        of the factions") or a "them" standing for a group's men ("pursued the attackers and killed four of
        them"): read as before."""
        if not (tok.pos_ == "NUM" or tok.lemma_.lower() in PARTITIVE_WORDS):
            return None
        sets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "among")
                for p in c.children if p.dep_ == "pobj"]
        if not sets:
            return None
        whole = sets[0]
        pronoun = whole.lower_ in self.plural_pronouns
        if not pronoun and not (whole.tag_ in ("NNS", "NNPS") and whole.lemma_.lower() in VICTIM_NOUNS):
            return None  # "five of its facilities", "two of its fighters", "one of the factions": as before
        for c in tok.children:  # "one of them, a Moroccan named X"
            if c.dep_ == "appos":
                named = [h.key for t in c.subtree for h in [self.index.hit_at(t)]
                         if h is not None and h.type == "PERSON" and t.i == h.start]
                if named:
                    return named[:1]
        if pronoun and self._group_set_before(whole):
            return None  # "pursued the attackers and killed four of them": the group's men, as before
        return [k for k in self.phrase_entities(whole, depth + 1) if self.index.type_of(k) in ("PERSON", "COMMUNITY")]

    def _group_set_before(self, pronoun: Token) -> bool:
        """Whether the last plural noun before a plural pronoun, in its sentence or the one before, names a
        group's men or groups ("the attackers", "its fighters", "armed factions, most of them Shia"), which
        "them" then stands for."""
        here = self._sent_of.get(pronoun.i, 0)
        for t in reversed(self.index.doc[self._sents[max(0, here - 1)].start : pronoun.i]):
            if t.tag_ in ("NNS", "NNPS") and t.pos_ == "NOUN":
                words = {t.lower_, t.lemma_.lower()}
                groups = IRREGULAR_GROUP_NOUNS | FIGHTER_NOUNS | SIDE_NOUNS | self.lex.org_nouns
                return bool(words & groups) or (self._member_noun(t) and any(c.dep_ == "poss" for c in t.children))
        return False

    def _pronoun(self, tok: Token, low: str) -> list[str]:
        if low in self.relative_pronouns:
            left = self._left_antecedent(tok)
            if left is not None:
                return [left]
            rel = tok.head
            if rel.dep_ == "conj" and rel.head.dep_ == "relcl":  # "X, which he led and which drew ..."
                rel = rel.head
            found = self.refer(rel.head) if rel.dep_ == "relcl" and rel.head.i != tok.i else []
            if low in ("who", "whom") and not any(self.index.type_of(k) == "PERSON" for k in found):
                # "X, a commander of the FGR who broke with ...": "who" is a person, the nearest one
                near = [
                    h for h in self.index.before(tok.i) if h.start >= tok.sent.start and h.type == "PERSON"
                ]
                return [near[0].key] if near else []
            return found
        if low in self.lex.gendered_pronouns and tok.dep_ in SUBJECT_DEPS:
            continued = self._group_subject_before(tok)
            if continued is not None:
                return [continued]
            opening = self._dislocated_person_fr(tok)
            if opening is not None:
                return [opening]
        if low in self.lex.group_possessives and tok.dep_ == "poss":
            owner = self._possessing_subject(tok) or self._possessive_opening(tok)
            if owner:
                return owner
        if low == "its" and tok.dep_ == "poss" and current_language() == "en":
            owner = self._its_owner(tok)
            if owner:
                return owner
        if low in self.person_pronouns:
            p = self._recent(tok.i, ("PERSON",), exclude=self._clause_subject_keys(tok))
            return [p] if p else []
        excl = self._clause_subject_keys(tok)
        if low in ORG_PRONOUNS and current_language() == "en" and self._unnamed_body_before(tok):
            return []
        if low in self.org_pronouns:
            o = self._topical(self._recent(tok.i, ("ORGANIZATION",), exclude=excl), tok.i, excl)
            return [o] if o else []
        if low in self.plural_pronouns:
            people = self._plural_people(tok)
            if people:
                return people
            group = self._plural_subject_before(tok)  # "X's men ambushed ... Later they kidnapped"
            if group:
                return group
            o = self._topical(self._recent(tok.i, ("ORGANIZATION",), exclude=excl), tok.i, excl)
            return [o] if o else []
        return []

    def _dislocated_person_fr(self, tok: Token) -> str | None:
        """French only: "- X, Tunisien de Y, chef militaire de la katiba : il a fui Syrte", "X, membre de Z, il
        épouse ...": a person whose name opens the sentence (after a list mark), set apart before a subject "il" or
        "elle" with no other person named between, is who the pronoun stands for (French dislocation), not the last
        subject of the sentences before. Not when that name is itself a subject ("X a rejoint Y, puis il ...")."""
        if current_language() != "fr":
            return None
        doc = self.index.doc
        start = tok.sent.start
        while start < tok.i and (doc[start].is_punct or doc[start].text in LIST_MARKS or doc[start].is_space):
            start += 1
        hit = self.index.hit_at(doc[start])
        if hit is None or hit.type != "PERSON" or hit.start != start or hit.end >= tok.i:
            return None
        if doc[hit.start : hit.end].root.dep_ in SUBJECT_DEPS:
            return None
        if any(h.type == "PERSON" and h.key != hit.key and hit.end <= h.start < tok.i for h in self.index.hits):
            return None
        return hit.key

    def _unnamed_body_before(self, tok: Token) -> bool:
        """Whether an unnamed body ("the international community", "the world") is named before the pronoun in
        its sentence: the nearest singular antecedent there, which an organisation named sentences before is
        not."""
        return any(t.lemma_.lower() in UNNAMED_BODY_NOUNS and t.tag_ == "NN" and self.index.hit_at(t) is None
                   for t in tok.doc[tok.sent.start:tok.i])

    def _possessing_subject(self, tok: Token) -> list[str]:
        """The group a French possessive ("son", "ses", "leur") stands for when it is its own clause's
        subject ("L'Etat islamique a poursuivi ses opérations dans X": the group's operations). French
        possessives agree with the thing owned, so "ses" is as much a group's as a person's; the subject
        is taken when it is an organisation and no person is named between it and the possessive (who
        may own the thing: "l'armée a arrêté X et ses gardes"), never for kin ("son frère")."""
        owned = tok.head
        if owned.lemma_.lower() in self.lex.kin_words or owned.lower_ in self.lex.kin_words:
            return []
        v = owned
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            if v.dep_ == "pobj" and v.head.lower_ == "contre":
                return []  # "a mené des frappes contre ses camps": the other side's
            v = v.head
        if v.lemma_.lower() in self._hostile_verbs:
            return []  # "le GSIM a attaqué ses positions": the enemy's, not the attacker's
        return self._subject_groups(v, tok)[:1]

    def _subject_groups(self, v: Token, tok: Token) -> list[str]:
        """The groups the subject of ``v`` names, written before the possessive ``tok`` (the possessives'
        owner in both languages): none when that subject is being read already, when it names anything
        but organisations, or when a person is named between it and ``tok``."""
        subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and tok.i not in {t.i for t in c.subtree}]
        if not subjects or subjects[0].i > tok.i or subjects[0].i in self._busy:
            return []
        subject = subjects[0]
        self._busy.add(subject.i)
        try:
            keys = self.phrase_entities(subject)
        finally:
            self._busy.discard(subject.i)
        if not keys or any(self.index.type_of(k) != "ORGANIZATION" for k in keys):
            return []
        if any(h.type == "PERSON" and subject.right_edge.i < h.start < tok.i for h in self.index.hits):
            return []
        return keys

    def _its_owner(self, tok: Token) -> list[str]:
        """The group an English "its" belongs to within its own sentence: the group it is coordinated
        with ("Ansar Dine and its allies"), else its clause's subject when that is a named group ("the EU
        reaffirms its support", "ISIL concentrated its forces in Sirte"). Not when the clause is an act of
        violence done to what "its" owns ("X attacked its positions", "strikes against its camps"), whose
        owner is the other side, nor when a person is named between the subject and "its"."""
        owned = tok.head
        if owned.dep_ == "conj":  # "X and its Y": X
            hit = self.index.hit_at(owned.head)
            if hit is not None and hit.type == "ORGANIZATION" and hit.start < tok.i:
                return [hit.key]
        v = owned
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            if v.dep_ == "pobj" and v.head.lower_ in ("against", "on", "at"):
                return []
            v = v.head
        if v.lemma_.lower() in self._violent_verbs:
            return []
        keys = self._subject_groups(v, tok)
        return keys if len(keys) == 1 else []

    def _possessive_opening(self, tok: Token) -> list[str]:
        """ "La MINUSMA a été ... Ses camps de Kidal ont été visés": a French possessive named before any
        actor of its sentence continues the last main-clause subject, here or in the sentence before, when
        that is an organisation (as "il"/"elle" do, with no gender to agree: "ses" agrees with "camps")."""
        owned = tok.head
        if owned.lemma_.lower() in self.lex.kin_words or owned.lower_ in self.lex.kin_words:
            return []
        if any(h.type in ("PERSON", "ORGANIZATION") and tok.sent.start <= h.start < tok.i for h in self.index.hits):
            return []
        key = self._group_subject_before(tok, agree=False)
        return [key] if key is not None else []

    def _group_subject_before(self, tok: Token, agree: bool = True) -> str | None:
        """The group a French "il"/"elle" subject continues: the nearest main-clause subject of this
        sentence or the one before, when it is an organisation whose article or head noun agrees with
        the pronoun ("La katiba X ... Elle est dirigée par Y"); None when that subject is a person.
        ``agree=False`` for a possessive, which agrees with the thing owned."""
        if tok.i in self._busy:
            return None
        self._busy.add(tok.i)
        try:
            cands = self._candidates(tok.i, ("PERSON", "ORGANIZATION"))
        finally:
            self._busy.discard(tok.i)
        here = self._sent_of.get(tok.i, 0)
        # "La JJG a enlevé 31 passagers. Vingt-deux d'entre eux ont été libérés. Le 19 août, elle a attaqué": a
        # feminine subject pronoun, seldom a person's in these reports, reaches past sentences whose subjects name
        # nothing to the last subject named (the candidates' lookback)
        reach = LOOKBACK_SENTENCES if agree and tok.lower_ == "elle" else 1
        for key, subj, i in cands:
            if self._sent_of.get(i, 0) < here - reach:
                return None
            if subj:
                if self.index.type_of(key) != "ORGANIZATION" or (agree and not self._agrees(tok, i)):
                    return None
                return key
        return None

    def _agrees(self, pronoun: Token, i: int) -> bool:
        """Whether the mention at i (its head noun, else the article before it) has the pronoun's gender;
        a mention of no known gender ("l'EIGS") agrees."""
        want = pronoun.morph.get("Gender", [])
        doc = self.index.doc
        for t in (doc[i], doc[i - 1] if i > 0 else None):
            if t is not None and t.pos_ in ("DET", "NOUN"):
                gender = t.morph.get("Gender", [])
                if gender:
                    return not want or gender[0] == want[0]
        return True

    def _plural_subject_before(self, tok: Token) -> list[str]:
        """The entities of the last plural subject ("his men", "the rebels") here or in the last sentence."""
        here = self._sent_of.get(tok.i, 0)
        for i in range(tok.i - 1, -1, -1):
            if self._sent_of.get(i, 0) < here - 1:
                break
            t = self.index.doc[i]
            owned_members = (
                t.lower_ in self.lex.member_nouns or t.lemma_.lower() in self.lex.member_nouns
            ) and any(c.dep_ == "poss" for c in t.children)
            if (
                (t.dep_ in SUBJECT_DEPS or owned_members)
                and t.tag_ == "NNS"
                and self.index.hit_at(t) is None
                and i not in self._busy
            ):
                keys = self.refer(t)
                if keys:
                    return keys
        return []

    def _plural_people(self, tok: Token) -> list[str]:
        """ "they" after "the two leaders": the people last named together."""
        sent = tok.sent
        nouns = [
            t
            for t in sent
            if t.dep_ in SUBJECT_DEPS
            and t.tag_ == "NNS"
            and t.i <= tok.i
            and t.lemma_.lower() in self.lex.person_role_nouns
        ]
        if not nouns and not (tok.tag_ == "NNS" and tok.lemma_.lower() in self.lex.person_role_nouns):
            return []
        noun = nouns[0] if nouns else tok
        n = next((parse_number(c.text) for c in noun.children if c.dep_ == "nummod"), None)
        if any(c.lower_ == "both" for c in noun.children):
            n = 2
        here = self._sent_of.get(sent.start, 0)
        for back in (1, 2):
            keys = list(
                dict.fromkeys(
                    h.key
                    for h in self.index.hits
                    if h.type == "PERSON" and self._sent_of.get(h.start) == here - back
                )
            )
            if len(keys) >= 2:
                return keys[:n] if n else keys
        return []

    def _plural_orgs(self, tok: Token) -> list[str]:
        """ "the two factions", "both groups": the organisations last named together."""
        n = next((parse_number(c.text) for c in tok.children if c.dep_ == "nummod"), None)
        if any(c.lower_ == "both" for c in tok.children):
            n = 2
        if not n or n < 2:
            return []
        return self._last_named(tok, n, "ORGANIZATION")

    def _last_named(self, tok: Token, n: int, etype: str) -> list[str]:
        """The last ``n`` entities of a type named together in one sentence (this one before the token, or one
        of the few before it), else the last ``n`` named in those sentences ("X holds the north. Y holds the
        south. The two groups fought ...")."""
        here = self._sent_of.get(tok.sent.start, 0)
        subject = self._clause_subject_keys(tok)  # "X fought both groups": X is not one of them
        near: list[str] = []
        # a list item is about its own subject: the items above it name others
        reach = 0 if tok.sent.text.lstrip().startswith(LIST_MARKS) else LOOKBACK_SENTENCES
        for back in range(0, reach + 1):
            if here - back in self._headings:
                continue
            keys = list(
                dict.fromkeys(
                    h.key
                    for h in self.index.hits
                    if h.type == etype
                    and h.key not in subject
                    and self._sent_of.get(h.start) == here - back
                    and (back or h.start < tok.i)
                )
            )
            if len(keys) >= n:
                return keys[-n:]
            near += [k for k in reversed(keys) if k not in near]
        return near[:n] if len(near) >= n else []

    def _the_two(self, tok: Token) -> list[str]:
        """ "the two", "the three" as a subject: the organisations last named, else the people."""
        n = parse_number(tok.text)
        if not n or n < 2:
            return []
        return self._last_named(tok, n, "ORGANIZATION") or self._last_named(tok, n, "PERSON")

    def _left_antecedent(self, tok: Token) -> str | None:
        """The name just before a relative pronoun ("Katiba Nour (...), which"; "the FGR, in which")."""
        doc = self.index.doc
        i = tok.i - 1
        if i >= 0 and doc[i].pos_ == "ADP":
            i -= 1
        depth = 0
        while i >= tok.sent.start:
            t = doc[i]
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
            elif depth == 0 and not t.is_punct:
                break
            i -= 1
        if i < tok.sent.start:
            return None
        hit = self.index.hit_at(doc[i])
        if hit is None:  # "Fulani herders, among whom": the name modifying the noun
            hit = next(
                (
                    h
                    for c in doc[i].children
                    if c.dep_ in ("amod", "compound")
                    for h in [self.index.hit_at(c)]
                    if h
                ),
                None,
            )
        if hit is None:
            return None
        if tok.lower_ in ("who", "whom", "whose") and hit.type not in ("PERSON", "COMMUNITY"):
            return None
        return hit.key

    def opening_owner(self, tok: Token) -> list[str]:
        """English only: the group a sentence-opening "Its"/"Their" before a role noun stands for ("... was
        formed in 2015 by elders to keep the army out. Its commander, X, ..."): the main-clause subject of the
        sentence just before, in the same paragraph, when that subject names one group (or is a pronoun or
        "the group" already read as one), not the group named last in an object or an infinitive, which
        ``refer`` may take. Empty when the possessive does not open its sentence or no such subject is found
        (the caller then keeps ``refer``'s answer). Read by the relation rules' role phrases only (a
        separate entry point: ``refer`` and the events' readings of "its" are unchanged)."""
        if current_language() != "en" or tok.lower_ not in ("its", "their") or tok.dep_ != "poss":
            return []
        here = self._sent_of.get(tok.i)
        if here is None or here < 1 or here - 1 in self._headings:
            return []
        sent = self._sents[here]
        if any(t.is_alpha for t in self.index.doc[sent.start : tok.i]):
            return []  # not the sentence's first word
        prev = self._sents[here - 1]
        if "\n\n" in self.index.doc[prev.end - 1 : sent.start + 1].text_with_ws:
            return []  # a paragraph break: no continued subject
        for s in prev:
            if s.dep_ not in SUBJECT_DEPS or not _main_clause(s.head) or s.i in self._busy:
                continue
            self._busy.add(s.i)
            try:
                keys = self.phrase_entities(s) or self.called(s)
            finally:
                self._busy.discard(s.i)
            if len(keys) == 1 and self.index.type_of(keys[0]) == "ORGANIZATION":
                return keys
        return []

    def called(self, tok: Token) -> list[str]:
        """The name a described subject is given by a participle after it ("a clan militia known as the X
        Militia", "a faction called X"), for ``opening_owner``."""
        out: list[str] = []
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in NAMING_VERBS:
                continue
            for x in acl.children:
                targets = [p for p in x.children if p.dep_ == "pobj"] if x.lower_ == "as" else (
                    [x] if x.dep_ in ("oprd", "attr", "dobj") else []
                )
                for p in targets:
                    hit = self.index.hit_at(p)
                    if hit is not None and hit.key not in out:
                        out.append(hit.key)
        return out

    def left_actor(self, tok: Token) -> str | None:
        """The person or group named just left of a verb, skipping a comma-bounded aside.

        A fallback for verbs the parser left without a subject ("In June X, backed by Y, fought Z").
        """
        t = self.left_actor_token(tok)
        hit = self.index.hit_at(t) if t is not None else None
        return hit.key if hit is not None else None

    def left_actor_token(self, tok: Token) -> Token | None:
        doc = self.index.doc
        i = tok.i - 1
        while i >= tok.sent.start:
            t = doc[i]
            if t.text == ")":  # "the rebel Mouvement ... (MRG) captured him"
                while i >= tok.sent.start and doc[i].text != "(":
                    i -= 1
                i -= 1
                continue
            if t.text == ",":
                j = i - 1
                while j >= tok.sent.start and doc[j].text != "," and i - j < 10:
                    j -= 1
                if j >= tok.sent.start and doc[j].text == ",":
                    i = j - 1  # skip a comma-bounded aside
                    continue
                i -= 1  # "X, backed by Y, fought": the aside's opening comma
                continue
            hit = self.index.hit_at(t)
            if hit is not None:
                return doc[hit.start : hit.end].root if hit.type in ("PERSON", "ORGANIZATION") else None
            if t.pos_ in ("NOUN", "PRON") and t.i not in self._busy and self.refer(t):
                return t  # "In the summer of 2017 X's men ambushed": the parser hid the subject
            if t.pos_ not in ("ADV", "AUX", "PART"):
                return None
            i -= 1
        return None

    def _force_of_another(self, tok: Token, country: str | None, poss: Token | None) -> bool:
        """Whether an English force noun with no demonym is told to be someone else's than the state's: its
        owner ("its forces", "the movement's forces"), a name that is no place ("Houthi forces", "Peshmerga
        forces", "Danab forces"), or the idiom "joined forces with"."""
        if country is not None or current_language() != "en":
            return False
        if poss is not None:
            return True
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join" and not any(c.dep_ == "det" for c in tok.children):
            return True
        for c in tok.children:
            # a date misread as a modifier ("on 19 January special forces stormed") names no owner
            if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"):
                hit = self.index.hit_at(c)
                if hit is None or hit.type != "LOCATION":
                    return True
        return False

    def _bare_soldiers(self, tok: Token) -> bool:
        """ "soldiers killed more than 200 civilians", "soldiers and dozo hunters detained nine suspects", "five
        soldiers die": an English bare plural (counted or not) of a state's men, with no article, owner or demonym,
        as the subject of an active verb, is of the state's force the report named last, as "the soldiers" is. Not a
        passive's or an object's ("four soldiers were killed in the attack", "killed twelve soldiers": the attack's
        toll takes its own reading; read there too, it added twice as many events as it paired on train)."""
        subject = tok.dep_ == "nsubj" or (tok.dep_ == "conj" and tok.head.dep_ == "nsubj")
        return (current_language() == "en" and subject and tok.lower_ in BARE_FORCE_NOUNS and tok.tag_ == "NNS"
                and not any(c.dep_ in ("det", "poss", "compound", "amod", "nmod") for c in tok.children))

    def _demonym_child(self, tok: Token) -> str | None:
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and self.lex.country_of(c.text):
                return self.lex.country_of(c.text)
        return None

    def _demonym_forms(self, demonym: str, country: str) -> list[re.Pattern[str]]:
        """The demonym as a force's name may write it: a French one in each gender and number, a whole word ("soldats
        nigériens" -> "l'armée nigérienne", "militaires maliens" -> "les Forces armées maliennes", never "l'armée
        somalienne"); an English one as written, as before."""
        if current_language() != "fr":
            return [re.compile(re.escape(demonym.lower()))]
        forms = {demonym.lower(), *(w.lower() for w, c in self.lex.demonyms.items() if c == country)}
        return [re.compile(rf"\b{re.escape(f)}\b") for f in sorted(forms)]

    def _state_forces(self, tok: Token, country: str | None) -> list[str]:
        """ "Algerian troops" -> the Algerian army if the document names it, else Algeria."""
        ents = self.index.entities
        if country is not None:
            demonym = next(c.text for c in tok.children if self.lex.country_of(c.text) == country)
            forms = self._demonym_forms(demonym, country)
            for key, e in ents.items():
                if e.type == "ORGANIZATION" and any(
                    any(f.search(n.lower()) for f in forms)
                    and any(w in n.lower() for w in (*self.lex.army_words, *FORCE_NAME_WORDS))
                    for n in e.names()
                ):
                    return [key]
            for key, e in ents.items():
                # "Rwandan troops" -> the Rwanda Defence Force: the country's name and a force's word
                if e.type == "ORGANIZATION" and any(
                    re.search(rf"\b{re.escape(country.lower())}\b", n.lower())
                    and any(w in n.lower() for w in (*self.lex.army_words, *FORCE_NAME_WORDS))
                    for n in e.names()
                ):
                    return [key]
            for key, e in ents.items():
                if e.type == "LOCATION" and any(n.lower() == country.lower() for n in e.names()):
                    return [key]
            return []
        if any(c.dep_ == "prep" for c in tok.children):
            return []  # "troops from France": the caller reads the prepositional phrase
        if any(c.dep_ == "det" and c.lower_ in self.the for c in tok.children) or tok.lower_ == "forces" or (
                self._bare_soldiers(tok)):
            army = self._last_army(tok)
            if army is not None:
                return [] if self._told_by_another(tok, army) else [army]
        if current_language() == "fr" and any(c.dep_ == "nummod" and c.like_num for c in tok.children):
            # "quatre gendarmes ont été tués", "onze soldats sont tués": counted men of the force the sentence or the
            # one before names ("l'attaque d'un poste de la gendarmerie"), not one named pages earlier
            army = self._last_army(tok, since=tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0)
            if army is not None:
                return [army]
        return []

    def _last_army(self, tok: Token, since: int = 0) -> str | None:
        """The organisation with an army word in a name ("the Malian army", "la gendarmerie") named last before
        ``tok``, at token ``since`` or after."""
        for h in self.index.before(tok.i):
            if h.start < since:
                break
            if h.type == "ORGANIZATION" and any(
                w in n.lower() for n in self.index.entities[h.key].names() for w in self.lex.army_words
            ):
                return h.key
        return None

    def _told_by_another(self, tok: Token, force: str) -> bool:
        """ "A spokesman for the army's 4th Division said troops had arrested ...": bare soldiers in a clause whose
        teller names an organisation other than ``force`` are the teller's men (``events._telling_force``)."""
        if not self._bare_soldiers(tok):
            return False
        verb = tok.head if tok.dep_ == "nsubj" else tok.head.head
        if verb.dep_ != "ccomp":
            return False
        tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return any(h.type == "ORGANIZATION" and h.key != force
                   for c in tellers for h in self.index.in_range(c.left_edge.i, c.right_edge.i + 1))


# the French prepositions that hold the definite article ("du" = "de le", "au" = "à le"): "des hommes du groupe",
# "au groupe" read as "le groupe" ("des", "aux" are left out: "des" is as often the indefinite plural)
_CONTRACTED_THE = frozenset({"du", "au"})


def _contracted_the(tok: Token) -> bool:
    """ "des hommes du groupe ont enlevé ...": a French noun whose definite article the preposition holds."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _CONTRACTED_THE and not any(
        c.dep_ == "det" for c in tok.children) and current_language() == "fr"
