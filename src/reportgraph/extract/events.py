"""Events coded to the ontology: trigger, participants with roles, place, date, count.

Participants come from the dependency parse around the trigger (``event_slots.py``: its subject and
object, or the subject of the verb it hangs from, passive "by" agents, prepositional attachments).
Which grammatical slot gives which role is data (``ontology.yaml``: ``roles`` per event type).
Triggers that state no fact (negated, wished, conditional) are set aside by ``event_filters.py``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cached_property
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from ..model import Event, Participant, Span
from ..ontology import EventType, Ontology
from .candidates import column, doc_lines, doc_text
from .coref import IRREGULAR_GROUP_NOUNS, References
from .event_coref import back_noun, fold_reference, fold_retellings, holds, refers_back
from .event_filters import _negated, about_the_text
from .event_slots import (
    COPULAS,
    FRENCH_ETRE_VERBS,
    OBJ,
    SUBJ,
    Slots,
    _is_passive,
    _subject_of,
    bystanding,
    collect_slots,
)
from .event_slots import PASSIVE_SUBJ as PASSIVE_SUBJ  # re-exported: cues.py reads the slots from here
from .event_slots import slot_name as slot_name
from .events_fr import (
    FRENCH_ACTOR_SLOTS,
    FRENCH_AIR_WORDS,
    FRENCH_ARMED_TYPES,
    FRENCH_ATTRIBUTING,
    FRENCH_BACK_DETERMINERS,
    FRENCH_BODIES_OF_LAW_AND_PEACE,
    FRENCH_CAPTIVE_NOUNS,
    FRENCH_COURT_NOUNS,
    FRENCH_DEMONSTRATIVES,
    FRENCH_EXECUTED_THINGS,
    FRENCH_FIGHT_NOUNS,
    FRENCH_FRAMING_WORDS,
    FRENCH_LOCATIVE_PREPS,
    FRENCH_MERGER_NOUNS,
    FRENCH_PAIR_NOUNS,
    FRENCH_PAIR_NOUNS_OF,
    FRENCH_PENALTY_WORDS,
    FRENCH_PLACE_ONLY,
    FRENCH_POSSESSIVES,
    FRENCH_POST_NOUNS,
    FRENCH_PRESENCE_TYPES,
    FRENCH_SELF_KILLING,
    FRENCH_SPLIT_TRIGGERS,
    FRENCH_STATE_MEANS,
    FRENCH_STATE_WORDS,
    FRENCH_UNARMED_WORDS,
    UnitTies,
    about_the_text_fr,
    actor_after_place,
    bare_participle,
    charged_deed_fr,
    claimed_earlier,
    contact_without_go_between,
    counted_members,
    counted_victims_fr,
    described_by_participle,
    disowned_deed_fr,
    eve_of_event_fr,
    fight_phrases,
    finite_homograph,
    followers_of,
    framing_event_fr,
    french_idiom,
    gerund_of_a_deed,
    give_claimant,
    homograph_object,
    in_a_note_on_the_text,
    in_the_ranks_fr,
    led_unit,
    light_verbs_of_nouns,
    name_read_as_complement,
    names_its_mover,
    opening_participle_subject,
    passive_toll,
    passive_victims,
    post_taken,
    pursuit,
    repeated_deeds_fr,
    report_unit,
    self_inflicted,
    settle_tolls,
    surrendered_to,
    takes_back_a_name,
    told_by,
    unnamed_armed_men,
    unnamed_side,
    verb_of,
    wished_fr,
)
from .events_fr import _plural as _plural_fr
from .followers import men_of, named_for
from .gazetteer import is_country
from .language import current_language
from .learned_args import METHOD, EventArgModel, learned_roles
from .learned_args import default_model as default_arg_model
from .learned_events import LEARNED, EventTriggerModel, learned_triggers
from .lexicon import default_lexicon
from .mentions import EntityIndex, Hit
from .numbers import count_people
from .table_events import fate_lines, table_events, verdict_lines
from .timeline import Timeline
from .triggers import TriggerHit, find_triggers

# the events a band's leaving may end in that the gold tells instead of the going (``_with_a_band``)
BAND_OUTCOMES = frozenset({"FOUNDING", "RENAMING", "MOVEMENT"})

LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "inside",
        "into",
        "to",
        "on",
        "from",
        "around",
        "outside",
        "across",
        "towards",
        "toward",
        "within",
        "throughout",
        "between",
    }
)

# triggers of taking people that take ground when their object is a place ("seized the port")
GROUND_TAKING = frozenset({"seize", "capture"})
PLACE_WORDS = frozenset({"port", "airport", "capital", "territory", "district", "area", "region", "province",
                         "harbour", "harbor", "crossing", "island", "valley", "control"})

# the first word of a named military operation ("Operation Serval", "opération Barkhane")
OPERATION_WORDS = ("operation ", "opération ", "op. ")

# words of a verdict: "death" under them is a sentence, not a death
SENTENCE_WORDS = frozenset({"sentence", "condemn", "penalty"})
# what seeks an arrest that has not been made ("a warrant for his arrest", "an arrest warrant", "a reward for his
# arrest"): general English words written for this project (MIT, like the code)
SOUGHT_ARREST_WORDS = frozenset({"warrant", "reward", "bounty", "order", "request", "demand", "call"})
# the places and the work a noun arrest before them names a kind of ("detention facilities", "a detention
# centre", "detention operations"): general English, written for this project (licence: MIT, like the code)
HOLDING_PLACES = frozenset({"facility", "centre", "center", "site", "camp", "operation", "cell", "unit"})

# A light verb whose object makes an idiom that tells of no event of its own: "took advantage of the corruption",
# "take note of", "made use of", "paid attention to". The learned trigger model reads "take" as an appointment or an
# abduction ("took power", "took hostages") and the idiom's noun is no entity it could weigh (evtnl32's note: "took
# advantage of" as an APPOINTMENT; in the seed report it made the emir LEADER_OF the Malian military).
LIGHT_VERB_IDIOMS = {
    "take": frozenset({"advantage", "note", "care", "account", "stock", "heed", "shape", "root", "notice", "pride"}),
    "make": frozenset({"use", "sure", "sense", "progress", "effort", "efforts", "point"}),
    "pay": frozenset({"attention", "heed", "tribute", "homage", "lip"}),
    # terms reached are the agreement, told by its own noun, not a journey ("reached an agreement with X")
    "reach": frozenset({"agreement", "understanding", "deal", "accord", "truce", "ceasefire", "settlement",
                        "compromise", "consensus", "conclusion", "decision", "pact", "arrangement"}),
}

# A wire's dateline up to its dash ("NIAMEY, Dec 11, 2019 (Sahel Wire) - ", "PEMBA, Mozambique, Sept 16,
# 2025 - "): the place there is where the story was filed, never an actor of the sentence it opens
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'’ ./-]{2,40}(?:,[ \t]*[A-Z][\w .'’-]{1,30})?,[ \t]"
    r"(?=[^\n]{0,60}?(?:\(|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2}/)))"  # a date or an agency
    r"[^\n]{0,60}?[ \t][-–—][ \t]",
    re.MULTILINE,
)
# The same written in mixed case, where a full date must follow the place ("Maputo, 22 August 2024 – ", "- Kerman,
# Iran, 3 January 2024 — ", a list item's too): the date and the dash tell a dateline from a sentence's opening
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_PLACE_DATELINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}(?:,[ \t]*[A-Z][\w .'’-]{1,30}?)?,[ \t]*"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH_WORD}[ \t]+\d{{4}}|{_MONTH_WORD}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[-–—][ \t]",
    re.MULTILINE,
)

# Nouns for the irregular fighters of a report ("the insurgents attacked", "killed by gunmen"): with no
# name or owner of their own they are the armed group the report is about
INSURGENT_NOUNS = frozenset({"insurgent", "insurgents", "militant", "militants", "gunman", "gunmen", "jihadist",
                             "jihadists", "attacker", "attackers", "assailant", "assailants", "fighters",
                             "extremists", "terrorists", "kidnappers", "raiders",
                             # a bare plural only: "Suicide bombers struck the police headquarters" ("a suicide
                             # bomber" is indefinite; thirty-eighth round)
                             "bombers"})
# what an insurgent noun may say of its men without naming anyone ("Islamist fighters", "Gunmen on motorbikes"):
# general English words written for this project (MIT, like the code)
CREED_WORDS = frozenset({"islamist", "jihadist", "jihadi", "extremist", "salafist", "salafi"})
# what a compound before an insurgent noun may say of how its men fight ("suicide bombers": thirty-eighth round)
MEANS_WORDS = frozenset({"suicide"})
MEANS_PREPS = frozenset({"on", "in", "aboard"})
VEHICLE_NOUNS = frozenset({"motorbikes", "motorbike", "motorcycles", "motorcycle", "pick-ups", "pickups", "pick-up",
                           "trucks", "vehicles", "boats", "canoes", "horseback", "camels", "foot", "cars"})
# posts a person becomes besides the lexicon's leader and role nouns ("became one of its members", "became
# its spokesman"): general English words written for this project (MIT, like the code)
POST_NOUNS = frozenset({"member", "minister", "chairman", "spokesman", "secretary", "treasurer", "judge", "mufti",
                        "qadi", "wali", "governor", "envoy", "representative", "adviser", "advisor"})
# what a transfer of money moves ("transferred several thousand dollars", "money transfers"), and its signs:
# general English words written for this project (MIT, like the code)
MONEY_WORDS = frozenset({"money", "cash", "bank", "funds", "dollars", "euros", "francs", "sums", "proceeds", "payments",
                         "remittance", "remittances", "wire"})
CURRENCY_SIGNS = frozenset({"$", "US$", "€", "£"})
# armed bands named by what they do or how they move, not by a name ("clashed with smugglers", "with the
# column"): general English words written for this project (MIT, like the code)
IRREGULAR_NOUNS = frozenset({"rebels", "bandits", "smugglers", "traffickers", "column", "cell", "cells", "elements",
                             "remnants"})
# words in the name of a state's force or office (never "the group the report is about")
STATE_WORDS = frozenset({"army", "military", "forces", "force", "gendarmerie", "police", "government", "ministry",
                         "navy", "guard", "troops", "service", "services", "authorities", "president", "presidency"})
VIOLENT = frozenset({"ATTACK", "KILLING", "ABDUCTION", "ARMED_CLASH"})
# a court's decisions: dated by the judgment a report tells of when their sentence states no date
VERDICT_TYPES = frozenset({"SENTENCING"})
# prepositions that name members of a group counted before ("nine fighters, including X")
INCLUDING = frozenset({"including"})
# verbs in the present by which a release or a statement speaks in its author's own voice ("the EU condemns the
# attack", "the Union reiterates its support", "the Council calls on"; not "the group describes itself as")
# (source: general English usage of diplomatic statements, written for this project; licence MIT, like the code)
VOICE_VERBS = frozenset({
    "condemn", "denounce", "deplore", "welcome", "mourn", "regret", "call", "praise", "commend", "hail", "applaud",
    "note", "recall", "reiterate", "reaffirm", "urge", "support", "express", "encourage", "salute", "stress",
    "underline", "emphasise", "emphasize", "recognise", "recognize", "expect", "extend", "offer", "request",
    "invite", "insist",
})
# "remain" and "stand" speak only with a stance ("remains concerned", "stands ready"; not "it remains active"),
# "call" only on someone ("calls on all parties"; not "the militants, who call themselves X")
VOICE_STANCES = frozenset({"concerned", "committed", "ready", "determined", "convinced", "prepared", "firm"})
# head nouns of bodies of states and their missions (general English organisation head nouns; MIT, like the code)
INTERGOVERNMENTAL_HEADS = frozenset({"mission", "community"})
# words in an organisation's name that say it is no armed group: a news agency, a body of the United Nations or an
# aid organisation ("the United Nations", "the International Committee of the Red Cross", "Human Rights Watch";
# source: English nouns of the press and of international aid, and the initials of wire services and UN agencies).
# No "party": some armed groups bear it ("the Kurdistan Workers' Party"); French: events_fr.FRENCH_UNARMED_WORDS
UNARMED_WORDS = frozenset({"agency", "press", "news", "nations", "unhcr", "unicef", "ocha", "icrc", "cross", "ngo",
                           "humanitarian", "amnesty", "watch", "reuters", "afp"})
# a state's fighters the speaker owns ("our forces arrested three men"; source: English military nouns)
OWN_FORCE_NOUNS = frozenset({"forces", "force", "troops", "soldiers", "units", "men", "personnel"})
# words in the name of a release's issuer that say it is a state's armed or security body, besides STATE_WORDS
# ("DEFENCE HEADQUARTERS", "NATIONAL INTELLIGENCE AND SECURITY AGENCY", "COUNTER TERRORISM DEPARTMENT", "WESTERN
# MINDANAO COMMAND"; source: English military and security nouns, written for this project, MIT like the code)
# (not "service(s)": "X Marine Services" is a firm)
ISSUER_FORCE_WORDS = STATE_WORDS - {"service", "services"} | frozenset({
    "command", "headquarters", "defence", "defense", "security", "intelligence", "terrorism", "brigade", "division",
    "corps", "armed"})
# the label by which a heading line says its document is a release or a statement of the body above it ("PRESS
# RELEASE", "Press Statement", "FOR IMMEDIATE RELEASE", "Release No. 20181106-01", "Statement No. 417", "Statement to
# public opinion"; source: English press-office usage, written for this project, MIT like the code)
RELEASE_LABEL = re.compile(r"^\W*(?:(?:press|news)\s+(?:release|statement)|for\s+immediate\s+release|release\s+no\b"
                           r"|statement\s+(?:no\b|to\b)|communiqu[eé]\b)", re.IGNORECASE)
# the lines at a document's top read for its heading (its issuer's name, its label)
HEADING_LINES = 12
# verbs by which a force tells of its own deeds ("the army said reinforcements had been sent")
TELLING_OWN = frozenset({"say", "tell", "announce", "confirm", "report", "add", "state"})
# verbs of founding that, with no object, tell the subject itself coming into being ("the militia formed in 2013",
# "the task force began in 1994"; source: English usage, written for this project, MIT like the code)
SELF_FORMING = frozenset({"form", "begin", "appear"})
# where a group "appears" without coming into being ("appeared in a video", "appeared before the court")
APPEARING_IN = frozenset({"video", "videos", "court", "footage", "recording", "photograph", "photo", "image",
                          "statement", "broadcast", "tape", "message", "clip", "public", "person", "interview", "film",
                          "list", "lists", "report", "reports", "document", "documents", "record", "records"})
# the closing quotation marks of a gloss in brackets ("X ("the people of the stones"), a militia ...")
GLOSS_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})
# what a report releases that is no person ("a statement was released", "figures released on Monday")
# verbs of ground lost, read as the taker's attack: who loses it (or what falls) is attacked, "to" names the taker
LOSING_GROUND: dict[str, dict[str, str]] = {
    "lose": {"subject": "patient", "to": "agent"},
    "fall": {"subject": "patient", "to": "agent"},
}
# the prepositions by which a release is told to come of talks ("released after negotiations", "freed through
# the mediation of", "released in an exchange mediated by")
RELEASE_MEANS = frozenset({"after", "following", "through", "in", "via"})
RELEASED_THINGS = frozenset({"statement", "communiqué", "video", "photo", "image", "footage", "report", "figure",
                             "list", "result", "name", "detail", "recording", "message", "fund", "budget", "data"})
# words in the name of a court ("Federal High Court", "Trial Chamber II", "the Chief Magistrate's Court at X",
# "Specialised Judicial Unit"): the judge of a verdict that names none (source: the English words for courts)
COURT_WORDS = frozenset({"court", "courts", "tribunal", "chamber", "judicial", "magistrate", "assize", "assizes"})
# the words opening a state's formal name ("Republic of X", "Kingdom of Y", "Federal Republic of Z")
STATE_TITLES = ("republic", "kingdom", "federal republic", "islamic republic", "state of", "emirate of", "sultanate")
# countries named by their initials (the demonym table names them in full)
COUNTRY_INITIALS = frozenset({"u.s.", "us", "usa", "u.s.a.", "uk", "u.k.", "uae", "drc"})
# prepositions of a date at which an act is told repeated ("in 2013 and again in 2015", "on 3 May and on 9 June")
REPEAT_PREPS = frozenset({"in", "on", "during"})
# determiners that make an insurgent noun refer back to the group the report is about
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those"})
# the events whose noun, with no agent named, is the report's group's (``_by_the_report_s_group``), and the means of
# an attack a state uses more often than not (general English words written for this project, MIT like the code)
UNCLAIMED_TYPES = frozenset({"ATTACK", "ABDUCTION", "KILLING"})
STATE_MEANS = frozenset({"strike", "airstrike", "operation", "bombardment", "shelling", "offensive", "campaign",
                         "death"})
AIR_WORDS = frozenset({"drone", "air"})
CLAIM_WORDS = frozenset({"claim"})
NOBODY = frozenset({"nobody", "none", "no-one"})
# the words by which a sentence gives its source ("according to X"; "X said"): general English verbs of telling
SOURCE_VERBS = frozenset({"say", "tell", "report", "state", "add", "announce", "confirm"})
# what a group announces into being ("announced a new group", "the alliance was announced", "X, the affiliate
# announced in 2014"): nouns for organisations, general English words written for this project (MIT, like the code)
ANNOUNCED_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "front", "coalition",
                                   "alliance", "faction", "council", "affiliate", "branch", "wing", "brigade",
                                   "battalion", "network", "party", "province", "emirate", "caliphate", "militia",
                                   "katiba", "force"})

class EventExtractor:
    """Builds the events of one document."""

    def __init__(
        self,
        index: EntityIndex,
        refs: References,
        timeline: Timeline,
        ontology: Ontology,
        triggers_from: str = "combined",
        model: EventTriggerModel | None = None,
        threshold: float | None = None,
        leaders: Callable[[], UnitTies] | None = None,
        arg_model: EventArgModel | None | Literal["shipped"] = "shipped",
        arg_threshold: float | None = None,
    ) -> None:
        self.index = index
        # the learned reading of participants, for a found trigger from which the rules read none ("shipped":
        # the package's model; None: the rules alone); never with the rules' triggers alone
        self.arg_model = (default_arg_model() if arg_model == "shipped" else arg_model) if (
            triggers_from != "rules") else None
        self.arg_threshold = arg_threshold
        self._args_pass = False
        self._learned_hits: set[TriggerHit] = set()  # the triggers the learned model found (set by ``extract``)
        self.refs = refs
        # each person's organisations by the relation rules' LEADER_OF, asked for only when a person's men
        # act (French); given by the caller, since the relation rules read the events (no import circle)
        self._leaders = leaders
        self.timeline = timeline
        self.onto = ontology
        # where triggers come from: the ontology's words ("rules"), the learned model ("learned"), or
        # both ("combined": the model's where the rules found none)
        self.triggers_from = triggers_from
        self.model = model
        self.threshold = threshold
        self.so_far: list[Event] = []  # the events kept so far, in reading order (set by ``extract``)
        # a man with the group his men stand for ("his men fought ..."), read as one side (English)
        self._bands: set[frozenset[str]] = set()
        self._band_alone = False  # (set while a two-sided event is read again with the band for the man)

    def triggers(self, skip: set[int]) -> tuple[list[TriggerHit], set[TriggerHit]]:
        """The triggers of the document in reading order, and those of them the model found."""
        ruled = find_triggers(self.index.doc, self.onto, skip) if self.triggers_from != "learned" else []
        if self.triggers_from == "rules":
            return (self._finite_homographs(ruled, skip) if current_language() == "fr" else ruled), set()
        if current_language() == "fr":
            ruled = self._finite_homographs(ruled, skip)
        taken = {i for h in ruled for i in range(h.start, h.end)}
        learned = learned_triggers(self.index, self.onto, skip, taken, self.model, self.threshold)
        if current_language() == "fr":  # "Paris annonce le retrait de X": the noun's event, told once
            learned = light_verbs_of_nouns(self.index.doc, ruled, learned)
        return sorted(ruled + learned, key=lambda h: h.start), set(learned)

    @cached_property
    def _verb_triggers(self) -> dict[str, str]:
        """The ontology's one-word verb triggers (infinitives), with their event types."""
        return {t: et.name for et in self.onto.event_types.values() for t in et.triggers
                if " " not in t and t.endswith(("er", "ir", "re"))}

    def _finite_homographs(self, hits: list[TriggerHit], skip: set[int]) -> list[TriggerHit]:
        """The triggers with French verbs the tagger took for nouns read as verbs ("le groupe combat
        l'EIGS", "le Mujao chasse le MNLA": ``events_fr.finite_homograph``)."""
        doc = self.index.doc
        in_phrases = {i for h in hits if len(h.tokens) > 1 for i in h.tokens}
        single = {h.start: k for k, h in enumerate(hits) if len(h.tokens) == 1}
        out = list(hits)
        # the words spelt like a verb trigger's present tense, read from one column (a Token per word of a
        # long report is what find_triggers avoids)
        for i, low in enumerate(column(doc, "lower_")):
            if i in skip or i in in_phrases or verb_of(low, self._verb_triggers) is None:
                continue
            verb = finite_homograph(doc[i], self._verb_triggers)
            if verb is not None:
                hit = TriggerHit(self._verb_triggers[verb], verb, (i,))
                if i in single:
                    out[single[i]] = hit
                else:
                    out.append(hit)
        return sorted(out, key=lambda h: h.start)

    @property
    def _fight_nouns(self) -> frozenset[str]:
        return frozenset(
            t
            for name in ("ATTACK", "ARMED_CLASH")
            for t in self.onto.event_types[name].triggers
            if " " not in t
        ) | {"strike", "airstrike", "operation", "offensive"}

    def _fight_actors(self, noun: Token) -> list[str]:
        keys: list[str] = []
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                keys += self.refs.refer(c)
            elif c.dep_ == "prep" and c.lower_ in ("against", "by", "with", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys += self.refs.phrase_entities(p)
        return list(dict.fromkeys(keys))

    def _french_fight_actors(self, verb: Token) -> list[str]:
        """The actors of the fight a French killing is set inside ("tué lors d'une frappe de l'armée", "tués au
        cours de l'assaut des jihadistes", "lors de l'assaut donné par X", "lors de l'opération X", "lors d'une
        incursion d'hommes armés": the group in focus); where the fight names none ("son frère est tué lors des
        combats"), the agent of the attack told in this sentence or the one before."""
        nouns = self._fight_nouns | FRENCH_FIGHT_NOUNS
        fights = [t for t in fight_phrases(verb) if t.lemma_.lower() in nouns or t.lower_ in nouns]
        if not fights:
            return []
        keys: list[str] = []
        for t in fights:
            for c in t.children:
                found = self.refs.refer(c) if c.dep_ in ("poss", "nmod", "appos") else []
                inner: list[Token] = []
                if c.dep_ == "prep" and slot_name(c) in ("de", "du", "des", "par"):
                    inner = [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "acl":  # "l'assaut donné dans la nuit par les forces spéciales"
                    inner = [p for x in c.subtree if x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ == "par")
                             for p in x.children if p.dep_ == "pobj"]
                for p in inner:
                    found += self.refs.phrase_entities(p)
                    if not found and self.focus_group is not None and unnamed_armed_men(p):
                        found.append(self.focus_group)  # "lors d'une incursion d'hommes armés"
                keys += [k for k in found if self.index.type_of(k) in ("ORGANIZATION", "PERSON")]
        if keys:
            return list(dict.fromkeys(keys))
        for ev in self._recent(verb):
            if ev.type == "ATTACK":
                return [p.entity for p in ev.participants if p.role == "agent"][:1]
        return []

    def _takes_ground(self, slots: Slots) -> bool:
        """The object taken (or the passive subject) is a place or a place noun, not people."""
        lex = default_lexicon()
        ground = lex.place_nouns | lex.target_nouns | PLACE_WORDS
        held = lex.place_nouns | lex.base_nouns | PLACE_WORDS
        for t in slots.heads.get("object", []) + slots.heads.get("passive_subject", []):
            # the tagger's lemma of "bases" is "basis": the plain plural is read too
            words = {t.lemma_.lower(), t.lower_, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_}
            if t.pos_ == "NOUN" and words & held and not self.index.in_range(t.i, t.i + 1):
                return True  # "seized the army's base", "captured the group's camp": ground, whoever held it
            keys = self.np_entities(t)
            if keys and all(self.index.type_of(k) == "LOCATION" for k in keys):
                return True
            if not keys and words & ground:
                return True
        return False

    def _takes_goods(self, slots: Slots) -> bool:
        """What is seized (the object, or the passive subject) is things, not people: "seized weapons and
        burned vehicles", "seized the goats", "seized power" state no abduction or arrest."""
        goods = default_lexicon().goods_nouns
        taken = [_counted_of(t) for t in slots.heads.get("object", []) + slots.heads.get("passive_subject", [])]

        def is_goods(t: Token) -> bool:
            # "seized explosive belts", "weapons caches": a goods word before the head tells what it is
            return t.lemma_.lower() in goods or t.lower_ in goods or any(
                c.dep_ in ("amod", "compound") and (c.lemma_.lower() in goods or c.lower_ in goods)
                for c in t.children)

        return bool(taken) and all(
            is_goods(t) and (not self.np_entities(t) or not self.index.in_range(t.i, t.i + 1)) for t in taken
        )

    def _past_dateline(self, slots: Slots) -> None:
        """"NIAMEY, Dec 11 (Wire) - Gunmen killed ...": where the parser made the dateline's place the verb's
        subject, with the actor after it as a second subject or in apposition, the subject is the actor."""
        subj = slots.heads.get("subject", [])
        if not subj or not all(t.i in self.dateline for t in subj):
            return
        verb = subj[0].head
        after = [c for c in verb.children if c.dep_ in SUBJ and c.i not in self.dateline and c.i < verb.i] or [
            c for t in subj for c in t.children if c.dep_ == "appos" and c.i not in self.dateline  # "- Gunmen"
        ]
        if after:
            slots.heads["subject"] = after[-1:]

    def _operations(self, slots: Slots) -> set[str]:
        """The named military operations ("Operation X") the object or passive subject names, if it
        names nothing else (read on the names alone: resolving references here would change the order in
        which ``References`` resolves the sentence's pronouns)."""
        heads = slots.heads.get("object", []) + slots.heads.get("passive_subject", [])
        hits = [self.index.hit_at(t) for t in heads]
        keys = {h.key for h in hits if h is not None}
        named = {k for k in keys if any(n.lower().startswith(OPERATION_WORDS) for n in self.index.entities[k].names())}
        return named if heads and None not in hits and named == keys else set()

    def _names_groups(self, tok: Token) -> bool:
        """Whether a phrase stands for organisations only (read on the names alone, as ``_operations`` is)."""
        hit = self.index.hit_at(tok)
        return hit is not None and hit.type == "ORGANIZATION"

    def np_entities(self, tok: Token) -> list[str]:
        """The entities a slot's phrase stands for, less a wire's dateline inside it and less a state's
        force taken for an insurgent noun."""
        keys = self._described_name(tok) or self.refs.phrase_entities(tok) or self._included(tok) or self._loyal_to(tok)
        if not keys and current_language() == "fr":
            members = counted_members(tok, self.refs.lex.member_nouns)
            if members is not None:  # "des centaines de combattants de la JAS": the group's men
                return self.np_entities(members)
        if not keys:
            return keys
        if current_language() == "fr" and followers_of(tok):
            keys = self._followers_unit(tok, keys)
        elif current_language() == "en" and men_of(tok, self.index):
            # "his men", "Shekau's fighters": the group he leads acts, and the man with it (the annotation reads
            # the shape both ways: the band's organisation, or the man who sent it)
            unit = self._followers_unit(tok, keys)
            if unit != keys:
                self._bands.add(frozenset(unit + keys))
            keys = unit if self._band_alone else list(dict.fromkeys(unit + keys))
        if current_language() == "fr" and self.index.hit_at(tok) is None:
            keys = list(dict.fromkeys(self._unit_of_report(k) for k in keys))
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        hits = self.index.in_range(lo, hi)
        told = {h.key for h in hits if h.start not in self.dateline}
        if self.dateline and any(i in self.dateline for i in range(lo, hi)):
            # "PEMBA, Mozambique, Sept 16, 2025 (Wire) - Insurgents linked to X burned ...": the parser may
            # hang the dateline on the subject; the place the story was filed from names no actor
            filed = {h.key for h in hits if h.start in self.dateline}
            keys = [k for k in keys if k not in filed or k in told]
        if not told and tok.lower_ in INSURGENT_NOUNS and all(self._is_state(k) for k in keys):
            # "the militants", "its fighters" that the references took for the army or the authorities the
            # report named last: irregulars are never a state's force (a named one, "SDF fighters", stays)
            return []
        return keys

    def _described_name(self, tok: Token, founded: bool = False) -> list[str]:
        """ "X, a preaching association that Y set up": a common noun in apposition to a name, naming nobody
        itself, stands for that name, and so does a relative pronoun of its clause (English). ``founded``: the
        noun a participle of founding describes ("X (XY), a vigilante force formed in 2013"), read whatever
        the parser's label and past an acronym in brackets (the name itself, once more)."""
        if tok.lower_ in ("that", "which", "who", "whom") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        if current_language() != "en" or (tok.dep_ != "appos" and not founded) or tok.pos_ != "NOUN":
            return []
        if founded and tok.left_edge.lower_ not in ("a", "an", "the"):
            return []  # ("X, a vigilante force", "X, a fishers' association": an article opens the description)
        lo = tok.left_edge.i
        if lo < 2 or tok.doc[lo - 1].text != "," or any(
                h.type != "COMMUNITY" for h in self.index.in_range(lo, tok.i + 1)):
            # (a people named before the noun, "X, a Dogon self-defence militia created in 2016", names whose
            # militia it is, not who it is: the noun still stands for the name)
            return []
        # the name just before the comma: the parser often hangs the apposition on an earlier noun; a gloss in
        # brackets may stand between ("X ("the people of the stones"), a Songhay militia created in 2019")
        before = lo - 2
        if tok.doc[before].text == ")" and tok.doc[before - 1].text in GLOSS_QUOTES:
            # (a quoted gloss, not an acronym in brackets: "X (VDP), the militia that fights alongside the army"
            # stays unread, as before, where the present tense tells a habit the gold leaves out)
            while before > 0 and tok.doc[before].text != "(" and lo - before < 20:
                before -= 1
            before -= 1
        elif founded and tok.doc[before].text == ")" and before >= 3 and tok.doc[before - 2].text == "(":
            inner = self.index.hit_at(tok.doc[before - 1])  # "the Civilian Joint Task Force (CJTF), a ... formed"
            outer = self.index.hit_at(tok.doc[before - 3])
            if inner is not None and outer is not None and inner.key == outer.key:
                before -= 3
        hit = self.index.hit_at(tok.doc[before]) if before >= 0 else None
        return [hit.key] if hit is not None else []

    def _followers_unit(self, tok: Token, keys: list[str]) -> list[str]:
        """ "En septembre 2022, ses hommes ont enlevé trois commerçants", "ses hommes affrontent des jihadistes": a
        person's men are the organisation he leads, as the French annotation reads them (French; a person who
        leads none the document names stays)."""
        if len(keys) != 1 or self.index.type_of(keys[0]) != "PERSON":
            return keys
        led = list(self._led_groups.leaders.get(keys[0], []))
        for ev in self.so_far:  # "Il commande depuis 2020 la katiba X", "il fonde le groupe Y" told before
            roles = {p.entity: p.role for p in ev.participants}
            if ev.type in ("APPOINTMENT", "FOUNDING") and roles.get(keys[0]) == "agent":
                led += [k for k, r in roles.items() if r in ("other", "patient")
                        and self.index.type_of(k) == "ORGANIZATION"]
        unit = led_unit(led, self.index, tok.i, self._led_groups.parents)
        if unit is None and current_language() == "en":
            unit = named_for(keys[0], self.index)  # "Tchoukou's men": the "Bandes de Tchoukou"
        return [unit] if unit is not None else keys

    def _unit_of_report(self, key: str) -> str:
        """French: a group a reference resolved to, or the unit of it the report is about (``report_unit``)."""
        if self.index.type_of(key) != "ORGANIZATION":
            return key
        return report_unit(key, self._led_groups.parents, self._organisation_mentions) or key

    @cached_property
    def _led_groups(self) -> UnitTies:
        """Each person's organisations by the relation rules' LEADER_OF ("X, chef de la katiba Y", "Y, dirigée par
        X"), and each organisation's parents by their SUBUNIT_OF, as the caller's ``leaders`` reads them (none
        when it gives none)."""
        return self._leaders() if self._leaders is not None else UnitTies({}, {})

    def _included(self, tok: Token) -> list[str]:
        """ "two suspected collaborators, including X, were apprehended", "captured nine fighters, including the
        financier X": a group named by what it includes stands for the names it includes."""
        return [
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in INCLUDING
            for p in c.children
            if p.dep_ == "pobj"
            for k in self.refs.phrase_entities(p)
        ]

    def _loyal_to(self, tok: Token) -> list[str]:
        """ "fighters loyal to X", "troops loyal to X's government": men loyal to someone are his men, as "his
        men" are (the noun names nobody else)."""
        return [
            k
            for c in tok.children
            if c.dep_ == "amod" and c.lower_ == "loyal"
            for pr in c.children
            if pr.dep_ == "prep" and pr.lower_ == "to"
            for p in pr.children
            if p.dep_ == "pobj"
            for k in self.refs.phrase_entities(p)
        ]

    def _own_forces(self, tok: Token, kind: str) -> list[str]:
        """ "our forces", "our troops" in a statement or a release: the force the report names most (the
        speaker's own), when the report names a state's force at all, else the force that issues it (``issuer``:
        a ministry's "our forces" are its army, which it names). In a
        state force's release, a bare "troops" or "the forces" (nobody's, undescribed: "Troops also rescued 15
        persons") are the troops the release named before ("troops of Operation X", "X troops"), else the
        issuer's own, where they fight, take, free or kill (``kind``; not "reports that troops withdrew", which a
        release tells to deny; English)."""
        if tok.lower_ not in OWN_FORCE_NOUNS:
            return []
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
            own = self._state_force or self.issuer
            return [own] if own is not None else []
        if kind not in VIOLENT | {"ARREST", "TRANSFER"} or tok.tag_ != "NNS" or any(
            c.dep_ not in ("det", "punct", "cc", "conj") or (c.dep_ == "det" and c.lower_ != "the")
            for c in tok.children
        ):
            return []
        force = self._release_force(tok)
        return [force] if force is not None else []

    def _release_force(self, tok: Token) -> str | None:
        """In a state force's release (``issuer``), the force that does what it tells with nobody named: the
        troops it named last before ``tok``, else the issuer (English)."""
        if self.issuer is None:
            return None
        return self._troops_named_before(tok) or self.issuer

    def _troops_named_before(self, tok: Token) -> str | None:
        """The organisation whose troops or forces the document named last before ``tok`` ("troops of Operation
        X", "X forces", "the X's troops"), if any."""
        for t in reversed(self.index.doc[: tok.i]):
            if t.lower_ not in OWN_FORCE_NOUNS or self.index.hit_at(t) is not None:
                continue  # ("the Armed Forces of Nigeria": a name, not some body's forces)
            for c in t.children:
                phrases = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else (
                    [c] if c.dep_ in ("compound", "poss") else [])
                for p in phrases:
                    keys = [k for k in self.refs.phrase_entities(p) if self.index.type_of(k) == "ORGANIZATION"]
                    if keys:
                        return keys[0]
        return None

    @cached_property
    def issuer(self) -> str | None:
        """The state's armed or security body that issues the document: a release or statement one of whose first
        ``HEADING_LINES`` lines says it is one (``RELEASE_LABEL``) and which names, in a heading line there (short,
        with no sentence end), an organisation whose name is a force's (``ISSUER_FORCE_WORDS``: "DEFENCE
        HEADQUARTERS", "NATIONAL INTELLIGENCE AND SECURITY AGENCY (NISA)"); of several, the most named (English)."""
        if current_language() != "en":
            return None
        heads: list[tuple[int, int]] = []
        labelled = False
        for pos, line in doc_lines(self.index.doc)[:HEADING_LINES]:
            bare = line.strip()
            labelled = labelled or bool(RELEASE_LABEL.match(bare))  # ("PRESS RELEASE (exercise text: ...)")
            if bare and len(bare) <= 80 and not bare.endswith((".", "!", "?", ";", ":")) and not bare.startswith(
                    ("[", "(")) and not re.search(r"[.;!?]\s", bare):  # (not "[Exercise text. X, Y ...]": a note)
                heads.append((pos, pos + len(line)))
        if not labelled:
            return None
        doc = self.index.doc
        found: list[str] = []
        for h in self.index.hits:
            if h.type != "ORGANIZATION" or h.key in found or not any(a <= doc[h.start].idx < b for a, b in heads):
                continue
            words = {w.lower() for n in self.index.entities[h.key].names() for w in re.findall(r"\w+", n)}
            if words & ISSUER_FORCE_WORDS and not self._unarmed_name(words):
                found.append(h.key)
        counts = self._organisation_mentions  # (a heading's name cut short, "SECURITY AGENCY", is named once)
        return max(found, key=lambda k: counts.get(k, 0)) if found else None

    @staticmethod
    def _unarmed_name(words: set[str]) -> bool:
        """A name's words that say its body is a news agency or a body of the United Nations, less "agency"
        (an intelligence agency is armed enough to arrest)."""
        return bool(words & (UNARMED_WORDS - {"agency"}))

    def _is_state(self, key: str) -> bool:
        """A country, or an organisation whose name says it is a state's force or office."""
        if self.index.type_of(key) == "LOCATION":
            return True
        words = {w.lower() for n in self.index.entities[key].names() for w in re.findall(r"\w+", n)}
        return bool(words & (STATE_WORDS | FRENCH_STATE_WORDS if current_language() == "fr" else STATE_WORDS))

    def _unarmed(self, key: str) -> bool:
        """An organisation whose name says it is no armed group: a news agency, a body of the United Nations
        or an aid organisation, a political party (``UNARMED_WORDS``, ``events_fr.FRENCH_UNARMED_WORDS``): never
        the group a report's unnamed attackers or captors belong to."""
        words = {w.lower() for n in self.index.entities[key].names() for w in re.findall(r"\w+", n)}
        return bool(words & (FRENCH_UNARMED_WORDS if current_language() == "fr" else UNARMED_WORDS))

    @cached_property
    def focus_group(self) -> str | None:
        """The organisation the report names most often that is no state's force or office (French: or the unit
        of it the report is about, ``events_fr.report_unit``)."""
        top = next(iter(self._groups_by_mentions), None)
        return self._unit_of_report(top) if top is not None and current_language() == "fr" else top

    def _bare_insurgents(self, tok: Token) -> bool:
        """ "the insurgents", "the militants", and a bare plural ("Gunmen killed ...", "Fighters attacked
        ..."): an insurgent noun that refers back or stands alone, with no name, owner or modifier naming
        anyone, is the group the report is about (as the corpus's annotators read it: in its gold such
        events have that group as their agent). An indefinite or described one ("a gunman", "some
        militants", "unidentified gunmen", "gunmen loyal to X") is not."""
        lex = self.refs.lex  # a French document's words too ("les assaillants", lexicon_fr.yaml)
        if (tok.lower_ not in INSURGENT_NOUNS and tok.lower_ not in lex.insurgent_nouns and tok.lower_ != "group") or \
                self.index.hit_at(tok) is not None:
            return False  # ("the group" when the references found no organisation before it)
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets:
            plural = tok.tag_ in ("NNS", "NNPS") or (tok.pos_ == "PROPN" and tok.lower_.endswith(("s", "men")))
            return plural and not any(  # a bare plural: "Gunmen attacked", "insurgents had attacked"
                self._names_someone(c)
                and c.i not in self.dateline  # ("NIAMEY, May 2 (Wire) - Gunmen ...": the parser may hang it there)
                for c in tok.children
            )
        if not any(c.lower_ in ANAPHORIC_DETERMINERS or c.lower_ in lex.anaphoric_determiners for c in dets):
            return False  # "a gunman", "some militants", "des assaillants": someone the report does not name
        return not any(self._names_someone(c) for c in tok.children)

    def _left_unnamed(self, head: Token) -> bool:
        """Where the text does not give an act's unnamed doers ("gunmen", "the attackers", "an ambush") to the
        group the report is about: its sentence, or one of the two after it in its paragraph and line, says nobody
        claimed it ("no group claimed responsibility", "the attack was not claimed", English)."""
        doc = head.doc
        sent = head.sent
        text = doc.text
        stop = min(i for i in (text.find("\n", sent.end_char - 1), len(text)) if i >= 0)
        sents, t = [sent], sent.end
        while len(sents) < 3 and t < len(doc) and doc[t].idx < stop:
            nxt = doc[t].sent
            sents.append(nxt)
            t = nxt.end
        return any(_denies_claim(s) for s in sents)

    def _told_by_the_group(self, head: Token) -> bool:
        """The group the report is about is the source of the sentence ("..., according to the X", "X officials
        said", "X said"): the unnamed fighters it tells of are not its own (a reporter is no attacker; English). Only
        for insurgent nouns: a noun of an act ("X's command says a second raid ...") may be its own."""
        doc = head.doc
        sent = head.sent
        group = self.focus_group
        for h in self.index.hits:
            if h.key != group or not sent.start <= h.start < sent.end:
                continue
            root = doc[h.start : h.end].root
            while root.dep_ in ("compound", "poss", "pobj") and root.head.dep_ in SUBJ + ("pobj",) and \
                    root.head.i != root.i and not (root.dep_ == "pobj" and root.head.lower_ == "to"):
                root = root.head  # ("X officials said", "the X's command says")
            if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
                return True
            if root.dep_ in SUBJ and root.head.lemma_.lower() in SOURCE_VERBS:
                return True
        return False

    def _names_someone(self, mod: Token) -> bool:
        """A modifier of an insurgent noun that tells whose men they are or singles some out ("loyal to X",
        "unidentified", "X's fighters", "gunmen who had crossed from Y"); not one that only says what they
        believe, how they came or, between commas, what the reader already knows of them ("Islamist fighters",
        "Gunmen on motorbikes", "The insurgents, known locally as al-Shabaab, ...": still the report's group)."""
        if mod.dep_ not in ("poss", "compound", "amod", "nmod", "prep", "acl", "relcl", "appos"):
            return False
        if current_language() == "fr":
            return True
        if mod.dep_ == "compound" and mod.lower_ in MEANS_WORDS and not any(True for _ in mod.children):
            return False  # "suicide bombers": how they fight, not whose men they are
        if mod.dep_ == "amod":
            return mod.lower_ not in CREED_WORDS or any(True for _ in mod.children)
        if mod.dep_ == "prep":
            return mod.lower_ not in MEANS_PREPS or any(
                t.lower_ not in VEHICLE_NOUNS for t in mod.children if t.dep_ == "pobj"
            ) or not any(t.dep_ == "pobj" for t in mod.children)
        if mod.dep_ in ("acl", "relcl"):
            # ("The insurgents, known locally as X, ...": an aside that names them is no aside)
            doc = mod.doc
            aside = mod.left_edge.i > 0 and doc[mod.left_edge.i - 1].text == ","
            return not aside or bool(self.index.in_range(mod.left_edge.i, mod.right_edge.i + 1))
        return True

    def _participle_after_name(self, hit: TriggerHit, head: Token, slots: Slots) -> None:
        """ "un successeur à X, tué par l'armée": the participle's noun is the name before its comma, not
        the noun the parser hung it on (``events_fr.described_by_participle``)."""
        slot = "passive_subject" if "passive_subject" in slots.heads else "subject"
        noun = slots.heads[slot][0] if slots.heads.get(slot) else None
        name = described_by_participle(head, hit.type, self.index, noun)
        if name is None or (noun is not None and name.key in self.np_entities(noun)):
            return
        slots.heads[slot if noun is not None else "passive_subject"] = [self.index.doc[name.start]]

    @cached_property
    def _organisation_mentions(self) -> dict[str, int]:
        """Each organisation's mentions in the document, in the order they are first named."""
        counts: dict[str, int] = {}
        for h in self.index.hits:
            if h.type == "ORGANIZATION":
                counts[h.key] = counts.get(h.key, 0) + 1
        return counts

    @cached_property
    def _groups_by_mentions(self) -> list[str]:
        """The organisations that are no state's force or office, the most named first; in English, less the
        report's own voice and the force that issues it."""
        counts = self._organisation_mentions
        # (the force whose release it is, "COUNTER TERRORISM DEPARTMENT", is no group its text fights: ``issuer``)
        voice = (self._voice | ({self.issuer} if self.issuer is not None else set())) if current_language() == "en" \
            else set()
        return [k for k in sorted(counts, key=lambda k: -counts[k])
                if not self._is_state(k) and k not in voice and not self._intergovernmental(k)
                and not self._unarmed(k)]

    def _intergovernmental(self, key: str) -> bool:
        """A body of states named by its head noun ("the African Union Transition Mission", "the Economic
        Community of West African States"): no insurgent noun refers to it (English)."""
        if current_language() != "en":
            return False
        words = {w.lower() for n in self.index.entities[key].names() for w in re.findall(r"\w+", n)}
        return bool(words & INTERGOVERNMENTAL_HEADS)

    @cached_property
    def _voice(self) -> set[str]:
        """The organisations the report speaks as: the subject of a verb of statement in the present ("The
        European Union condemns the attack", "the Union reiterates", "the EU also remains concerned"). Its
        most named body, it is no group the insurgents of the report belong to (English)."""
        found: set[str] = set()
        for tok in self.index.doc:
            lemma = tok.lemma_.lower()
            if tok.tag_ not in ("VBZ", "VBP") or lemma not in VOICE_VERBS | {"remain", "stand"}:
                continue
            if lemma in ("remain", "stand") and not any(c.lower_ in VOICE_STANCES for c in tok.children):
                continue
            if lemma == "call" and not any(c.lower_ in ("on", "upon", "for") for c in tok.children):
                continue
            for c in tok.children:
                # named in the subject itself ("The European Union condemns"; not "it", read back by a guess)
                if c.dep_ in SUBJ and self.index.in_range(c.left_edge.i, c.right_edge.i + 1):
                    found.update(k for k in self.refs.phrase_entities(c) if self.index.type_of(k) == "ORGANIZATION")
        return found

    @cached_property
    def _state_force(self) -> str | None:
        """The organisation the report names most often that is a state's force or office (the first
        named of a tie)."""
        counts = {k: n for k, n in self._organisation_mentions.items() if self._is_state(k)}
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _armed_side(self, hit: TriggerHit, et: EventType, roles: dict[str, str], slots: Slots,
                    parts: dict[str, str]) -> None:
        """ "Deux assaillants ont été arrêtés", "onze terroristes ont été neutralisés", "la confrérie affronte
        les jihadistes": armed men the report does not name, on the side a violent event or an arrest is
        done to (or the other side of a clash), are the group in focus, as the French annotation reads
        them; where that group is the one acting (a militia's portrait: "la confrérie affronte les
        jihadistes"), the next most named (French documents; the actor's side is ``_bare_insurgents``'s)."""
        side = "agent" if et.multi_party else "patient"
        if side == "patient" and hit.type not in VIOLENT | {"ARREST"}:
            return
        focus = next((k for k in self._groups_by_mentions if k not in parts), None)
        if focus is None:
            return
        for slot, toks in slots.heads.items():
            if slot in ("subject", "by", "par") or roles.get(slot) != side:
                continue
            # (the references may have taken "les jihadistes" for the actor's own group: never both sides)
            if any(t.i not in self.dateline and unnamed_armed_men(t, any_determiner=True)
                   and set(self.np_entities(t)) <= set(parts) for t in toks):
                parts[focus] = side
                return

    def _by_the_report_s_group(self, hit: TriggerHit, head: Token) -> bool:
        """A singular noun of an attack, abduction or killing ("an ambush on X", "the abduction of Y", "a raid
        on Z") with no agent of its own: the corpus's annotators give it the group the report is about. Not a
        strike, an air or drone attack, an operation or an offensive (a state's means more often than not),
        nor a plural ("attacks on police have risen", "carried out raids": a habit or a tally, not one event).
        Measured on the corpus's dev and train splits (docs/BENCHMARKS.md, "Eighteenth round (branch evt22)"); French
        (attacks and abductions, with guards of its own): "Twenty-eighth round (branch frslot34)"."""
        if hit.type not in UNCLAIMED_TYPES:
            return False
        words = {self.index.doc[i].lemma_.lower() for i in hit.tokens}
        if current_language() == "fr":
            # "l'embuscade contre une patrouille", "la prise d'otages à l'hôtel X": a singular noun (by its tag or
            # article: the tagger reads some plurals as singular), not a state's means or an air attack
            # ("cette attaque" refers back to one told before; "a appris avec consternation l'attaque", "enquêter sur
            # cette attaque", "condamné pour la destruction de X": a bystander's clause; a killing noun, "l'assassinat
            # d'un berger", the French annotation leaves without the group; "une embuscade tendue par des jihadistes
            # présumés", "la reprise de Kidal, le 14 novembre, par l'armée": an agent the slots missed is named; "tués
            # lors de l'attaque d'une base", "au cours d'un raid": the frame of a toll, which the annotation gives the
            # group in some reports and nobody in others)
            gov = head.head.head if head.dep_ == "pobj" else head.head
            group = self.focus_group
            if group is not None and {w.lower() for n in self.index.entities[group].names()
                                      for w in re.findall(r"\w+", n)} & FRENCH_BODIES_OF_LAW_AND_PEACE:
                return False  # a court's, a mission's or a commission's report: its most named body did no attack
            return hit.type != "KILLING" and head.pos_ == "NOUN" and not _plural_fr(head) and not (
                words & FRENCH_STATE_MEANS) and not any(
                c.lower_ in FRENCH_AIR_WORDS or (c.dep_ == "det" and c.lower_ in FRENCH_DEMONSTRATIVES)
                for c in head.children) and not bystanding(gov) and not any(
                t.lower_ == "par" for t in head.doc[head.i : min(head.i + 12, head.sent.end)]) and not any(
                t.lower_ in FRENCH_FRAMING_WORDS for t in head.doc[max(head.sent.start, head.left_edge.i - 3) : head.i])
        if head.tag_ != "NN" or (back_noun(head) and any(e.type in VIOLENT for e in self.so_far)):
            # "The attack took place near X" after an act of violence told: that act told again, by whoever its
            # first telling names (a first telling, "the EU condemns the attack on X", keeps the group)
            return False
        return not words & STATE_MEANS and not any(
            c.dep_ == "compound" and c.lower_ in AIR_WORDS for c in head.children
        ) and not _unclaimed(head)

    def _formed_itself(self, hit: TriggerHit, head: Token, slots: Slots) -> bool:
        """Whether an English "form" or "begin" (``SELF_FORMING``) with no object or attribute tells an organisation
        coming into being ("the vigilante force formed in 2013", "the task force began in 1994"): an active verb
        whose subject names organisations only (not "the two men formed in 2015", nor "X and Y formed an
        alliance", nor "X began operations"); "begin" only with a name in its subject ("the insurgency began" is
        a campaign as often as a group)."""
        if hit.type != "FOUNDING" or len(hit.tokens) != 1 or head.lemma_.lower() not in SELF_FORMING or (
                head.pos_ != "VERB"):
            return False
        if _is_passive(head) or any(s in slots.heads for s in ("object", "attr", "oprd", "passive_subject")):
            return False
        subjects = slots.heads.get("subject", [])
        if head.lemma_.lower() == "begin" and not all(self.index.in_range(t.left_edge.i, t.i + 1) for t in subjects):
            return False  # "The insurgency began in 2017": a campaign begun, named by nothing the references can pin
        if head.lemma_.lower() == "appear" and not _came_into_view(head):
            return False
        keys = [k for t in subjects for k in self.np_entities(t)]
        return bool(keys) and all(self.index.type_of(k) == "ORGANIZATION" for k in keys)

    def _telling_force(self, head: Token, slots: Slots) -> str | None:
        """The state's force named in the subject of a verb of saying whose complement holds ``head``, a passive
        with no "by" or a verb whose subject is a bare "troops" (English)."""
        if head.pos_ not in ("VERB", "AUX"):
            return None
        bare = [t for t in slots.heads.get("subject", []) if t.lower_ in OWN_FORCE_NOUNS and not any(
            c.dep_ not in ("det", "punct") for c in t.children)]
        if not ((_is_passive(head) and "by" not in slots.heads) or bare):
            return None
        v = head
        while v.dep_ == "conj":
            v = v.head
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in TELLING_OWN:
            return None
        for s in v.head.children:
            if s.dep_ == "nsubj":
                orgs = [h.key for h in self.index.in_range(s.left_edge.i, s.right_edge.i + 1)
                        if h.type == "ORGANIZATION"]
                if any(self._is_state(k) for k in orgs):
                    return orgs[-1]  # ("a spokesman for the Iraqi army's 9th Division": the unit the force names)
        return None

    def _founded_descriptor(self, head: Token, slots: Slots) -> list[str]:
        """The organisation a common noun founded stands for, where the references read it as nobody (English):
        the name it is given ("a clan militia known as the X Militia was formed"), the name it describes ("X
        (XY), a vigilante force formed in 2013", "X, the civilian auxiliaries created by law"), or, for a definite
        noun, the last organisation named before whose name holds that noun ("The council was announced in Y",
        "The vigilante force formed in 2013" after "the Civilian Joint Task Force")."""
        passive = slots.heads.get("passive_subject", [])
        # ("a fishers' association founded in 2021": the noun the participle describes, where no slot holds it)
        for t in passive or ([head.head] if head.dep_ == "acl" else []):
            if t.pos_ != "NOUN":
                continue
            keys = [] if passive else self.np_entities(t)  # (a passive subject's entities are read already)
            keys = keys or self.refs.called(t) or self._described_name(t, founded=True)
            if not keys and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
                named = self.refs.named_with(t)
                keys = [named] if named is not None else []
            keys = [k for k in keys if self.index.type_of(k) == "ORGANIZATION"]
            if keys:
                return keys
        return []

    def _announces_group(self, slots: Slots) -> bool:
        """ "announced a new group, X", "X was announced in 2017", "the affiliate announced in Yemen": what is
        announced (the object, or the passive subject) is an organisation or a noun for one; an announced
        arrest, death or offensive founds nothing."""
        for t in slots.heads.get("object", []) + slots.heads.get("passive_subject", []):
            hit = self.index.hit_at(t)
            if hit is not None and hit.type == "ORGANIZATION":
                return True
            if t.lemma_.lower() in ANNOUNCED_GROUP_NOUNS or t.lower_ in ANNOUNCED_GROUP_NOUNS:
                return True
        return False

    def _takes_post(self, slots: Slots) -> bool:
        """ "X became its commander", "became the leader of Y", "became one of Y's deputy leaders": a person
        (the subject) becomes a post (a leader or role noun, or "one of" such nouns)."""
        subjects = [k for t in slots.heads.get("subject", []) for k in self.np_entities(t)]
        if not any(self.index.type_of(k) == "PERSON" for k in subjects):
            return False
        lex = self.refs.lex
        posts = lex.leader_nouns | lex.person_role_nouns | POST_NOUNS
        for t in slots.heads.get("attr", []):
            heads = [t] + ([p for c in t.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                           if t.lower_ == "one" else [])
            if any(h.lemma_.lower() in posts or h.lower_ in posts for h in heads):
                return True
        return False

    def _unnamed_opponent(self, roles: dict[str, str], slots: Slots, parts: dict[str, str]) -> None:
        """ "Mauritanian soldiers clashed with armed gold smugglers", "a battalion clashed with about forty
        fighters", "insurgents raided the town, clashing with troops": a fight whose one side is named and whose
        other is armed men the sentence does not name is fought against the report's own sides: a state's force
        fights the group the report is about, and that group (or any irregulars) fights the state's force the
        report names most."""
        (side,) = parts
        other = self._other_side(roles, slots, side)
        if other is not None:
            parts[other] = "agent"
            return
        state_side = self._is_state(side)
        lex = self.refs.lex
        for slot in ("with", "against", "object"):
            if roles.get(slot) != "agent":
                continue
            for t in slots.heads.get(slot, []):
                word = t.lower_
                if t.i in self.dateline or self.np_entities(t) or self.index.hit_at(t) is not None or any(
                    c.dep_ in ("compound", "amod", "nmod", "poss") and (c.text[:1].isupper() or c.pos_ == "PRON")
                    for c in t.subtree if c.i < t.i
                ):
                    continue  # ("U.S.-led forces", "Kenyan troops", "their fighters": someone the rule cannot guess)
                if word in lex.state_force_nouns or word in ("soldier", "army"):
                    other = None if state_side else self._state_force
                elif word in INSURGENT_NOUNS or word in lex.member_nouns or word in IRREGULAR_NOUNS:
                    other = self.focus_group if state_side else None
                else:
                    continue
                if other is not None and other != side:
                    parts[other] = "agent"
                    return

    def _other_side(self, roles: dict[str, str], slots: Slots, side: str) -> str | None:
        """ "The group then fought the Islamic State of Iraq", "X rejected any alliance with the group and fought
        it", "the committees clashed with the Houthis": a fight's one side is named and its other is a reference
        ("the group", "it", a plural of a word of a group's name) the references gave to that same side or to
        nobody; no one fights himself: the reference is the nearest other group it can stand for (English)."""
        heads = [t for slot in ("subject", "with", "against", "object") if roles.get(slot) == "agent"
                 for t in slots.heads.get(slot, []) if t.i not in self.dateline]
        named = [t for t in heads if self.index.hit_at(t) is not None]
        told = [t for t in heads if self.index.hit_at(t) is None]
        if not named or len(told) != 1 or any(self.np_entities(t) != [side] for t in named):
            return None
        (ref,) = told
        if any(c.dep_ in ("poss", "compound", "amod", "nummod", "prep", "relcl", "acl", "appos") for c in ref.children):
            return None  # ("its fighters", "Nigerien units", "forty fighters": someone's own, or counted)
        keys = self.np_entities(ref)
        word = None
        if ref.pos_ == "PRON":
            if ref.lower_ not in ("it", "they", "them") or keys != [side]:
                return None
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in ref.children):
            return None
        elif keys:
            if keys != [side] or (ref.lower_ not in IRREGULAR_GROUP_NOUNS and ref.lower_ != "group"):
                return None
        elif ref.tag_ == "NNS":
            word = ref.text  # "the committees": a group with that word in its name
        else:
            return None
        other = self.refs.other_group(ref, side, word)
        return other if other != side else None

    def _before_verb(self, keys: list[str], subject: Token, verb: Token) -> list[str]:
        """The entities of a homograph's subject less those named only after the verb (French)."""
        before = {h.key for h in self.index.in_range(subject.left_edge.i, verb.i)}
        after = {h.key for h in self.index.in_range(verb.i + 1, max(verb.i + 1, subject.right_edge.i + 1))}
        return [k for k in keys if k in before or k not in after]

    def _homograph_slots(self, verb: Token) -> Slots:
        """The subject and object of a finite verb the tagger took for a noun: the actor just left of it (a
        name, a reference, or a side ``_unnamed_side`` reads) and the noun phrase after it."""
        slots = Slots()
        subj = self.refs.left_actor_token(verb)
        if subj is None:
            i = verb.i - 1
            while i > verb.sent.start and verb.doc[i].pos_ == "ADV":
                i -= 1
            subj = verb.doc[i] if unnamed_side(verb.doc[i]) else None
        if subj is not None:
            slots.add("subject", subj)
        obj = homograph_object(verb)
        if obj is not None:
            slots.add("object", obj)
        return slots

    def _own_founding(self, head: Token, slots: Slots, parts: dict[str, str]) -> None:
        """ "l'EIAO a cherché, depuis sa création en 2016, à ...", "le GSPC à sa création": a founding noun
        whose possessive the references left to no organisation is the founding of the organisation last
        named before it in its sentence (French)."""
        owners = [t for t in slots.heads.get("poss", []) if t.lower_ in FRENCH_POSSESSIVES]
        if head.pos_ != "NOUN" or not owners:
            return
        org = next((h.key for h in self.index.before(head.i)
                    if h.start >= head.sent.start and h.type == "ORGANIZATION"), None)
        if org is not None and org not in parts:
            for k in {k for t in owners for k in self.np_entities(t)}:
                parts.pop(k, None)  # the person the references took "sa" for founded nothing here
            parts[org] = "patient"

    def _described_group(self, slots: Slots) -> str | None:
        """ "X est un groupe d'autodéfense zarma créé en 2020", "X (MRT), groupe rebelle fondé en 2019 par Y": a
        founding participle describing a group noun the references leave to nobody, itself said of a named
        organisation (the copula's subject, or the name the noun is set beside after a comma), founds that
        organisation (French)."""
        for t in slots.heads.get("passive_subject", []):
            if t.lemma_.lower() not in self.refs.lex.org_nouns or self.np_entities(t):
                continue
            said_of: list[Token] = []
            if t.dep_ == "attr" and t.head.lemma_.lower() in COPULAS:
                said_of = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            elif t.dep_ in ("appos", "conj") and t.head.i < t.i and t.doc[t.i - 1].text == ",":
                said_of = [t.head]
            for s in said_of:
                org = next((k for k in self.np_entities(s) if self.index.type_of(k) == "ORGANIZATION"), None)
                if org is not None:
                    return org
        return None

    def _unnamed_side(self, roles: dict[str, str], slots: Slots, parts: dict[str, str]) -> None:
        """ "Ses hommes ont affronté une patrouille du GSIM", "le groupe chasse le MNLA", "l'armée tchadienne
        les affronte", "il a négocié avec eux": a clash or talks of one named side whose other side is a group
        word, a force's men or a pronoun the references left unresolved are with the group the report names
        most, or the next where that one is the named side, as the French annotation reads them (French)."""
        for slot in ("subject", "object", "passive_subject"):
            if roles.get(slot) != "agent":
                continue
            for t in slots.heads.get(slot, []):
                if t.i in self.dateline or not set(self.np_entities(t)) <= set(parts) or not unnamed_side(t):
                    continue
                other = next((k for k in self._groups_by_mentions if k not in parts), None)
                if other is not None:
                    parts[other] = "agent"
                return

    def _pair(self, tok: Token) -> list[str]:
        """ "les deux groupes", "les deux camps", "les deux katibas" with no name of their own: the last two
        organisations named before them; "les deux hommes", "les deux communautés": the last two people or
        communities (French)."""
        etype = "ORGANIZATION" if tok.lower_ in FRENCH_PAIR_NOUNS else FRENCH_PAIR_NOUNS_OF.get(tok.lower_)
        if etype is None or not any(c.lower_ == "deux" for c in tok.children):
            return []
        out: list[str] = []
        for h in self.index.before(tok.i):
            if h.type == etype and h.key not in out:
                out.append(h.key)
                if len(out) == 2:
                    return out
        return []

    def _left_actor(self, verb: Token) -> Token | None:
        """The actor just left of a verb the parser gave no subject: a name (``References``), or the
        noun an opening date phrase took as its object ("On 3 May 2016 KN fighters ambushed ...": the
        parser reads "2016 KN fighters" as the object of "On", and the verb has no subject)."""
        tok = self.refs.left_actor_token(verb)
        if tok is not None:
            return tok
        doc = verb.doc
        i = verb.i - 1
        while i > verb.sent.start and doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        t = doc[i]
        if t.dep_ != "pobj" or t.pos_ not in ("NOUN", "PROPN") or t.head.dep_ != "prep" or t.head.head.i != verb.i:
            return None
        if not any(j in self._dated for j in range(t.head.i + 1, t.i)):
            return None  # "In the town fighters attacked": no date took it, the parse is read as it is
        return t

    @cached_property
    def _dated(self) -> set[int]:
        return self.timeline.date_spans()

    @cached_property
    def dateline(self) -> frozenset[int]:
        """The tokens of the document's datelines (never slot fillers)."""
        doc = self.index.doc
        out: set[int] = set()
        text = doc_text(doc)
        for m in [*_DATELINE.finditer(text), *(_PLACE_DATELINE.finditer(text) if current_language() == "en" else ())]:
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None:
                out.update(range(span.start, span.end))
        return frozenset(out)

    def _owner_of_people(self, start: int, end: int) -> bool:
        """A place name modifying a noun for people ("U.S. service members", "the Niger troops"): it tells
        whose they are, not where anything happened."""
        root = self.index.doc[start:end].root
        if root.dep_ not in ("compound", "amod", "nmod", "poss") or root.head.i in range(start, end):
            return False
        noun = root.head
        lex = default_lexicon()
        people = lex.member_nouns | lex.state_force_nouns | lex.person_role_nouns | OWN_FORCE_NOUNS
        return noun.tag_ in ("NNS", "NNPS") and (noun.lemma_.lower() in people or noun.lower_ in people)

    def _location(self, slots: Slots, head: Token, taken: set[str]) -> str | None:
        def place(h: Hit) -> bool:
            return h.type == "LOCATION" and h.key not in taken and not self._owner_of_people(h.start, h.end)

        def first_loc(tok: Token) -> str | None:
            for h in self.index.in_range(tok.left_edge.i, tok.right_edge.i + 1):
                if place(h):
                    return h.key
            return None

        def nearest_loc(tok: Token) -> str | None:
            hits = [h for h in self.index.in_range(tok.left_edge.i, tok.right_edge.i + 1) if place(h)]
            return min(hits, key=lambda h: abs(h.start - head.i)).key if hits else None

        for name, toks in slots.heads.items():
            if name in LOCATIVE_PREPS:
                for t in toks:
                    loc = first_loc(t)
                    if loc:
                        return loc
        for t in slots.heads.get("object", []):
            loc = first_loc(t)
            if loc:
                return loc
        for t in [head, *head.ancestors][:4]:  # "the Termit mountains, where X captured him"
            for c in t.children:
                if c.lower_ == "where" and c.dep_ == "advmod":
                    for h in self.index.before(c.i):
                        if h.type == "LOCATION" and h.start >= head.sent.start:
                            return h.key
                        break
        clause = head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        return nearest_loc(clause) or nearest_loc(head.sent.root)

    def build(self, hit: TriggerHit) -> Event | None:
        """The event a trigger tells, or None; where the rules read no participant, read again with the
        learned model's (``learned_args``)."""
        ev = self._build(hit)
        if ev is None and self.arg_model is not None and not self._args_pass:
            self._args_pass = True
            try:
                ev = self._build(hit)
            finally:
                self._args_pass = False
        return ev

    def _learned_parts(self, hit: TriggerHit, head: Token, et: EventType, roles: dict[str, str],
                       parts: dict[str, str]) -> tuple[str | None, bool]:
        """Fill ``parts`` with the model's reading of the sentence's mentions (the slot loop's type checks
        applied to them): all of it where the rules read nobody, else only the most likely entity of each
        role the event lacks (its required role, the second side of a two-sided event; not a killing's
        victim: "Where X negotiated, Y killed" names none); returns the place it reads, if any, and whether
        it added anyone."""
        assert self.arg_model is not None
        if not parts and _unclaimed(head):
            return None, False  # "a video claiming an abduction carried out two months earlier": told where it is told
        need: set[str] | None = None
        if parts:
            need = set()
            required = roles.get("requires", "location")
            if required != "location" and required not in parts.values():
                need.add(required)
            if et.multi_party and len(parts) < 2:
                need.add("agent")
            if not need:
                return None, False
        location = None
        before = len(parts)
        for k, role, _ in learned_roles(self.index, head, hit.type, hit.tokens, self.arg_model,
                                        self.arg_threshold, self.dateline, hit in self._learned_hits):
            if need is not None and (role not in need or k in parts):
                continue
            etype = self.index.type_of(k)
            if etype == "LOCATION" and (role in ("location", "patient") or not self._is_country(k)):
                if location is None and role not in ("mediator", "other"):
                    location = k
                continue
            if role == "location":
                continue
            if et.done_to == "people" and role == "patient" and etype not in ("PERSON", "ORGANIZATION", "COMMUNITY"):
                continue
            if role == "agent" and roles.get("agent_type", etype) != etype:
                continue
            if hit.type == "APPOINTMENT" and role == "agent" and etype != "PERSON":
                continue
            if need is not None:
                need.discard(role)
            if et.done_to == "organization" and etype == "PERSON" and role in ("patient", "other"):
                role = "agent"
            parts.setdefault(k, role)
        return (location if need is None else None), len(parts) > before

    def _build(self, hit: TriggerHit) -> Event | None:
        doc = self.index.doc
        if _negated(doc[hit.start]):
            return None
        if current_language() == "en" and about_the_text(doc[hit.start]):
            return None  # "the commanders named and the attacks described are invented": no fact told
        if hit.trigger == "death" and (
            {doc[hit.start].head.lemma_.lower(), doc[hit.start].head.head.lemma_.lower()} & SENTENCE_WORDS
        ):
            return None  # "sentenced to death", "a death sentence": a verdict, not a killing
        if hit.trigger == "arrest" and _sought_arrest(doc[hit.start]):
            return None  # "a warrant for his arrest", "the arrest warrant": sought, not made
        if hit.type == "ARREST" and _kind_of_place(doc[hit.start]):
            return None  # "detention facilities run by X", "detention operations": a kind of place or work
        if hit.trigger == "name" and any(c.lower_ in ("after", "for") for c in doc[hit.start].children):
            return None  # "a preacher named after the valley": a name given, not a post
        if len(hit.tokens) == 1 and (idiom := LIGHT_VERB_IDIOMS.get(doc[hit.start].lemma_.lower())) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in idiom for c in doc[hit.start].children):
            return None  # "took advantage of", "made use of", "paid tribute to": an idiom, no deed of the verb's
        if hit.trigger == "condemn" and not any(
            c.lower_ == "to" or (c.lower_ == "in" and any(p.lower_ == "absentia" for p in c.children))
            for c in doc[hit.start].children
        ):
            return None  # "the elders condemned the killing": a denunciation; a verdict condemns *to* a penalty
        french = current_language() == "fr"
        if french and (about_the_text_fr(doc[hit.start]) or in_a_note_on_the_text(doc[hit.start])):
            return None  # "... et les personnes nommées sont inventés": a fictional report's note tells no event
        if french and french_idiom(doc[hit.start], hit.trigger):
            return None
        if french and hit.type == "MEDIATION" and contact_without_go_between(doc[hit.start]):
            return None  # "X a noué des contacts avec Y": a tie, no talks (those tell who carried them)
        if french and hit.trigger in FRENCH_SELF_KILLING and not self_inflicted(doc[hit.start]):
            return None  # "X a donné la mort à Y": no suicide (the trigger's roles read its subject as the one dead)
        if french and charged_deed_fr(doc[hit.start]):
            return None  # "des ONG accusent la milice d'exécutions sommaires": a charge, no event told
        if french and wished_fr(doc[hit.start]):
            return None  # "a menacé de retirer ses troupes", "réclame un dialogue": wished or threatened, not done
        if french and hit.type == "ARMED_CLASH" and in_the_ranks_fr(doc[hit.start]):
            return None  # "il a combattu dans les rangs d'Ansar Dine": one of its men, no clash
        if french and hit.type in ("TRANSFER", "MOVEMENT") and any(
                doc[i].lemma_.lower() == "rendre" for i in hit.tokens):
            # "s'est rendu aux autorités" gives himself up, "se rend à Gao" goes there: one reading each (the rules'
            # phrases or the learned model's "rendre"); a surrender's subject is handed over
            surrender = surrendered_to([doc[i] for i in hit.tokens])
            if not surrender and hit.type == "TRANSFER":
                return None
            if surrender and hit.trigger != "se rendre":
                return self.build(TriggerHit("TRANSFER", "se rendre", hit.tokens))
        if french and hit.type == "BASE_ESTABLISHMENT" and bare_participle(doc[hit.tokens[-1]]):
            return None  # "X, solidement implanté dans la forêt de Y": where a group is, not its settling there
        if french and hit.trigger == "condamner" and not _verdict_fr(doc, hit.start):
            return None  # "elle a condamné son cousin": a denunciation; a verdict condemns "à" a penalty
        taken_back = {hit.trigger, doc[hit.start].lemma_.lower()} & {"reprendre", "reprise"}
        if french and hit.type == "ATTACK" and taken_back and takes_back_a_name(doc[hit.start]):
            # "la faction a repris l'ancien nom du groupe", "la reprise en main de X par Y": a renaming, no retaking
            # (built as a renaming, its sides came out wrong on French train: docs/BENCHMARKS.md, frevt34)
            return None
        et: EventType = self.onto.event_types[hit.type]
        roles = {**et.roles, **et.trigger_roles.get(hit.trigger, {})}
        if hit.type == "ATTACK" and not french and doc[hit.start].lemma_.lower() in LOSING_GROUND:
            # "the group lost Mosul in July 2017 to Iraqi forces", "Kidal fell to the army" (the learned model's
            # triggers): the loser is attacked and the taker attacks
            roles = {**roles, **LOSING_GROUND[doc[hit.start].lemma_.lower()]}
            if doc[hit.start].pos_ in ("NOUN", "PROPN"):
                roles["subject"] = "none"  # "After the fall of Kabul, X went to Panjshir": X took nothing
        slots, head = collect_slots(doc, hit, self._left_actor, self._dated)
        if not french and (named := _object_read_as_complement(head)) is not None:
            # "the Front named X as its governor": the parser reads X as the complement of "named" ("named X
            # governor"), and with no verb of its own in the sentence as a name ("a man named X") that the noun
            # before it describes; X is the object, and that noun the subject
            if head.dep_ == "acl":
                slots.heads.pop("passive_subject", None)
                slots.heads["subject"] = [head.head]
            if named in slots.heads.get("attr", []):
                slots.heads["attr"].remove(named)
            slots.add("object", named)
        if not french and self._formed_itself(hit, head, slots):
            # "The militia formed in Maiduguri in 2013", "a faction of 800 men formed in 2017 in Idlib": "form" with
            # no object says the group came into being, as "emerge" does: its subject is what was founded
            roles = {**roles, "subject": "patient"}
        if french and repeated_deeds_fr(head):
            return None  # "ont multiplié les attaques contre l'armée": a habit, no one event
        if french and hit.type not in FRENCH_ARMED_TYPES and framing_event_fr(head):
            # "Après la scission de 2016, X rejoint Y": X split nothing (a fight's winner may be the clause's
            # subject: "X a chassé Y de la ville après de violents combats")
            slots.heads.pop("subject", None)
        if french and eve_of_event_fr(head):
            # "La veille de l'embuscade, la Garde nationale a ...": the Garde set no ambush, and an ambush of the
            # report's told before is that one named again to date the clause
            if any(ev.type == hit.type for ev in self.so_far):
                return None
            slots.heads.pop("subject", None)
        disowned = disowned_deed_fr(head) if french else None
        if disowned is not None:
            # "X a nié toute implication dans l'attaque de Y": X denies a part in it, the attack stands without X
            slots.heads.pop("subject", None)
        finite = french and finite_homograph(head, self._verb_triggers) == hit.trigger
        if finite:  # "le groupe combat aussi l'EIGS": the noun's slots are the parser's misreading
            slots = self._homograph_slots(head)
        if french and hit.type not in ("RENAMING", "APPOINTMENT") and "object" not in slots.heads and (
                (named := name_read_as_complement(head)) is not None):
            slots.add("object", named)  # "il crée Ansar Dine": the parser's open complement is the object
        if french and hit.type == "MOVEMENT" and "quitter" in (hit.trigger, head.lemma_.lower()) and any(
                t.lower_ in self.refs.lex.org_nouns or self._names_groups(t) for t in slots.heads.get("object", [])):
            return None  # "il quitte l'UFDD", "ont quitté le GSIM pour l'EIGS": a group left, no place (a defection)
        if french and hit.trigger in ("exécution", "exécuter") and any(
            t.lower_ in FRENCH_EXECUTED_THINGS for s in ("object", "de", "des", "du") for t in slots.heads.get(s, [])
        ):
            return None  # "l'exécution d'actes terroristes": a thing carried out, nobody killed
        if french and hit.trigger == "naître" and not any(t.i in self._dated for t in head.subtree):
            # "le premier groupe jihadiste né au Burkina Faso", "Né dans le nord-est du Nigeria, le groupe a ...": where
            # a group comes from; its founding is told with its date ("est né le 2 mars 2017", "En août 2014 naît X")
            return None
        if french and "subject" not in slots.heads and "passive_subject" not in slots.heads:
            described = opening_participle_subject(head)
            if described is not None:  # "Fondé fin 2016 par X, le groupe Y a ...": Y was founded
                # read first: the parser often hangs Y on X as an apposition, which would make it an agent
                slots.heads = {"passive_subject": [described], **slots.heads}
        if french and hit.type == "FOUNDING" and bare_participle(head) and slots.heads.get("subject") and (
                "passive_subject" not in slots.heads):
            # "il rallie le MAA, créé quelques mois plus tôt": the parser's subject of the participle was founded
            slots.heads["passive_subject"] = slots.heads.pop("subject")
        if french:
            self._participle_after_name(hit, head, slots)
        if french and head.lemma_.lower() in FRENCH_ETRE_VERBS and "subject" not in slots.heads and (
                "passive_subject" in slots.heads):
            # "une colonne de X est arrivée à Y": a verb conjugated with "être" has no passive; its subject went
            slots.heads["subject"] = slots.heads.pop("passive_subject")
        if french:  # "le retrait de la mission, exigé par Bamako": who asks for it is no actor of it
            for slot in ("by", "par"):
                if slots.heads.get(slot):
                    slots.heads[slot] = [t for t in slots.heads[slot] if not told_by(head, t)]
        if french and hit.type in FRENCH_PRESENCE_TYPES:
            after = actor_after_place(head, slots.heads, self.index)
            if after is not None:  # "l'arrivée au Mali d'éléments du groupe X": X came, to Mali
                slot, place, actor = after
                if slot in ("de", "du", "des"):  # "le retrait du Niger des forces de Y": the country left is where
                    slots.heads[slot].remove(place)
                    slots.add("en", place)
                slots.add("de", actor)
            lex = self.refs.lex
            if names_its_mover(head, slots.heads, self.index, lex.member_nouns | lex.state_force_nouns):
                slots.heads.pop("subject", None)  # "X se félicite du départ des troupes françaises": X stays
        self._past_dateline(slots)
        if roles.get("since") == "required" and not (
            self.timeline.date_for(head, [doc[i] for i in hit.tokens]) or ""
        ).endswith("/.."):
            return None  # "dirigé par X" tells who leads; "dirigé depuis 2017 par X", when he took the post
        if et.done_to == "people" and hit.trigger in GROUND_TAKING and self._takes_goods(slots):
            # "seized weapons", "captured ammunition": nobody is taken (read before ground: "seized 18 vehicles")
            return None
        if et.done_to == "people" and hit.trigger in GROUND_TAKING and self._takes_ground(slots):
            # "seized the port of X", "captured Idlib city": what is taken is ground, so it is an attack
            return self.build(TriggerHit("ATTACK", hit.trigger, hit.tokens))
        if hit.type == "FOUNDING" and hit.trigger == "announce" and not self._announces_group(slots):
            return None  # "announced the arrest of ...", "announced his death": only a group announced is founded
        if hit.type == "FOUNDING" and hit.trigger != "announce" and not french and self._operations(slots):
            # "the army launched Operation X against Y": a named military operation is the army's attack,
            # with the operation acting in it, not an organisation founded (English: the French annotation
            # reads "le président lance l'opération X" as the founding of the operation, its launcher the agent)
            ev = self.build(TriggerHit("ATTACK", hit.trigger, hit.tokens))
            if ev is not None:
                ops = self._operations(slots)
                ev.participants = [Participant(p.entity, "agent") if p.entity in ops else p for p in ev.participants]
            return ev
        if hit.type == "RENAMING" and hit.trigger == "become" and not french and self._takes_post(slots):
            # "X became its commander", "became one of the council's eight members": a person who becomes a
            # post is appointed to it; a group that becomes another is renamed
            return self.build(TriggerHit("APPOINTMENT", hit.trigger, hit.tokens))
        if french and hit.type == "RENAMING" and hit.trigger == "devenir" and len(hit.tokens) == 1:
            post = post_taken(head, self.refs.lex.leader_nouns | FRENCH_POST_NOUNS)
            if post and any(self.index.type_of(k) == "PERSON" for t in slots.heads.get("subject", [])
                            for k in self.np_entities(t)):
                # "X devient secrétaire général du Y", "il devient l'un des commandants du Y": a person who
                # becomes a post is appointed to it (the post's own "de" names what of), as "became its
                # commander" in English (``_takes_post``)
                return self.build(TriggerHit("APPOINTMENT", hit.trigger, (head.i, *(t.i for t in post))))
        if hit.type == "ARMED_CLASH" and not french and head.tag_ in ("VBZ", "VBP") and "alongside" in slots.heads \
                and not {"object", "with", "against", "between"} & set(slots.heads):
            # "the CJTF, a militia that fights alongside the army", "his committee fights alongside GATIA patrols": the
            # present of a fight beside an ally, naming no enemy, tells an alliance, not a fight
            return None
        if hit.type == "TRANSFER" and not french and _moves_money(head, slots):
            return None  # "money transfers to X", "received transfers from Y", "transferred US$ 600,000"
        if hit.type == "TRANSFER" and not french and self._releases_things(slots):
            return None  # "ISMP videos released in 2021", "the group released a statement": no one is freed
        if head.pos_ in ("NOUN", "PROPN") and any(self.np_entities(t) for t in slots.heads.get("poss", [])):
            slots.heads.pop("subject", None)  # "the French intervention": the noun names its actor
        parts: dict[str, str] = {}
        location: str | None = None
        syntactic_place = False
        filled = 0
        # "killed in a French strike", "in fighting against troops from X": the actors of the
        # fight the event happened in are its agents, not its place
        for slot in ("in", "during"):
            for t in slots.heads.get(slot, []):
                if t.lemma_.lower() in self._fight_nouns and hit.type in ("KILLING", "ATTACK", "ARMED_CLASH"):
                    for k in self._fight_actors(t):
                        parts.setdefault(k, "agent")
        if french and hit.type == "KILLING":
            for k in self._french_fight_actors(head):  # "tué lors des combats", "lors d'une frappe de l'armée"
                parts.setdefault(k, "agent")
        for slot, toks in slots.heads.items():
            role = roles.get(slot)
            if slot in INCLUDING and not french:
                # "Three others were arrested, including the courier X": the parser hangs the inclusion on the
                # verb; it names some of what the verb's object or passive subject counts
                role = roles.get("passive_subject" if "passive_subject" in slots.heads else "object")
            if role is None and french and slot in FRENCH_LOCATIVE_PREPS:
                role = "location"  # "tué à Bankass", "enlevés dans leur campement de X": where it happened
            if role is None or role == "none":
                continue
            for t in toks:
                if t.i in self.dateline:
                    continue
                keys = (self._pair(t) if french and et.multi_party else []) or self.np_entities(t)
                if finite and slot == "subject" and t.i < head.i:
                    # "l'armée malienne tue X": the parser hangs X on the subject it took the verb for a modifier
                    # of; the names after the verb are its object's
                    keys = self._before_verb(keys, t, head)
                if not keys and role == "agent" and slot in ("subject", "by", "between"):
                    keys = self._own_forces(t, hit.type)  # "our forces arrested three men": the speaker's own
                if keys and role == "agent" and hit.type in VIOLENT and not french and all(
                    k in self._voice for k in keys
                ) and not self.index.in_range(t.left_edge.i, t.right_edge.i + 1):
                    # "they raided police posts", read back to the EU whose statement tells it: the report's
                    # voice does not fight; an unnamed actor of it is the group in focus, as "the insurgents" are
                    keys = [self.focus_group] if self.focus_group is not None and (
                        t.tag_ == "PRP" or self._bare_insurgents(t)
                    ) else []
                filled += bool(keys)
                for k in keys:
                    etype = self.index.type_of(k)
                    if french and etype == "LOCATION" and role == "agent" and (
                        slot not in FRENCH_ACTOR_SLOTS or (hit.type in FRENCH_ARMED_TYPES and not self._is_country(k))
                    ):
                        # "attaqué près d'In-Zekar": the place, not an actor; nor is a town, a well or a hotel
                        # ever a side of a fight ("un accrochage ... près de Dan-Makeri"), where a state may be
                        if location is None:
                            location, syntactic_place = k, True
                        continue
                    # places are where it happened, unless they act (states) or mediate/receive
                    if role == "location" or (
                        etype == "LOCATION"
                        and (slot in LOCATIVE_PREPS or role == "patient")
                        and role not in ("mediator", "other")
                        # "the agreement between Russia and Turkey", "fighting between X and Y": the parties
                        and not (slot == "between" and role == "agent" and et.multi_party)
                    ):
                        if location is None and etype == "LOCATION":
                            location, syntactic_place = k, True
                        continue
                    if (
                        etype == "LOCATION"
                        and role == "agent"
                        and not french
                        and (
                            hit.type in VERDICT_TYPES
                            # "the siege of X has killed hundreds", "the attack on a post near X that killed four",
                            # "X, Iran, 3 January - two bombers struck": a town or a province the slot's phrase
                            # only holds (a modifier, an antecedent, a dateline) is where; one standing as the
                            # slot itself may act ("Puntland launched an operation"), as a state may, and so may
                            # the one a force or its men are named by ("X state forces", "the fighters of X")
                            # "the Geneva talks", "the 2019 Kohat agreement": a town that names an agreement or
                            # talks is where they were held or signed, not a party (a state may be one)
                            or (hit.type == "MEDIATION" and slot == "poss" and t.dep_ == "compound")
                            or (hit.type in VIOLENT and (
                                (slot == "poss" and t.dep_ == "compound")
                                or (getattr(self.index.hit_at(t), "key", None) != k
                                    and t.lower_ not in INSURGENT_NOUNS | OWN_FORCE_NOUNS)))
                        )
                        and not self._is_country(k)
                    ):
                        # "the 2016 Ouagadougou attack", "the Marawi siege", "the criminal court of Tamanrasset
                        # convicted": a town or a region does not attack or judge (a state does); it is where
                        if location is None:
                            location, syntactic_place = k, True
                        continue
                    if (
                        etype == "LOCATION"
                        and slot in ("of", "on", "object")
                        and role == "agent"
                        and hit.type == "MOVEMENT"
                    ):
                        continue
                    if (
                        et.done_to == "people"
                        and role == "patient"
                        and etype not in ("PERSON", "ORGANIZATION", "COMMUNITY")
                    ):
                        continue
                    if role == "agent" and roles.get("agent_type", etype) != etype:
                        continue
                    if hit.type == "APPOINTMENT" and role == "agent" and etype != "PERSON":
                        continue  # the appointee is a person ("a Peul herder named after the valley" is not)
                    if et.done_to == "organization" and etype == "PERSON" and role in ("patient", "other"):
                        role = "agent"  # a person never is the organisation founded or renamed
                    if k not in parts:
                        parts[k] = role
        learned_args = False
        if self._args_pass:
            read, learned_args = self._learned_parts(hit, head, et, roles, parts)
            if location is None and read is not None:
                location, syntactic_place, learned_args = read, True, True
        if hit.type == "ATTACK" and "patient" not in parts.values():
            # "ambushed the emir's convoy", "stormed one of their hideouts": the target's owner is hit
            objs = slots.heads.get("object", [])
            objs = objs + [
                p for o in objs if o.lower_ == "one" for c in o.children if c.lower_ == "of" for p in c.children
            ]
            if french:  # "un convoi du MDT a été attaqué", "l'attaque du poste de l'armée", "contre une patrouille de"
                objs = objs + [t for sl in ("passive_subject", "de", "du", "des", "contre", "sur")
                                for t in slots.heads.get(sl, [])]
            for t in objs:
                if t.lemma_.lower() not in default_lexicon().target_nouns:
                    continue
                for c in t.children:
                    owners = self.refs.refer(c) if c.dep_ == "poss" else []
                    if french and c.dep_ == "prep" and slot_name(c) in ("de", "du", "des"):
                        owners = [k for p in c.children if p.dep_ == "pobj" for k in self.refs.phrase_entities(p)]
                    for k in owners:
                        if self.index.type_of(k) in ("PERSON", "ORGANIZATION") and k not in parts:
                            parts[k] = "patient"
        if french and hit.type == "ARMED_CLASH" and len(parts) < 2:
            # "l'armée algérienne a accroché un convoi de la katiba": the convoy's owner is the other side
            for t in slots.heads.get("object", []):
                if t.lemma_.lower() not in default_lexicon().target_nouns:
                    continue
                for c in t.children:
                    if c.dep_ == "prep" and slot_name(c) in ("de", "du", "des"):
                        for k in [k for p in c.children if p.dep_ == "pobj" for k in self.refs.phrase_entities(p)]:
                            if self.index.type_of(k) in ("PERSON", "ORGANIZATION") and k not in parts:
                                parts[k] = "agent"
        if hit.trigger == "death" and head.dep_ in OBJ and head.head.pos_ in ("VERB", "AUX"):
            # "X announced his death": nobody announces his own death, so "his" is someone else
            subj = _subject_of(head.head)
            if subj is not None and set(self.np_entities(subj[1])) & {k for k, r in parts.items() if r == "patient"}:
                return None
        if french and hit.type == "FOUNDING" and "patient" not in parts.values():
            self._own_founding(head, slots, parts)
            said_of = self._described_group(slots)
            if "patient" not in parts.values() and said_of is not None and said_of not in parts:
                parts[said_of] = "patient"  # "X est un groupe d'autodéfense créé en 2020", "X, groupe rebelle fondé"
        if not french and hit.type == "FOUNDING" and "patient" not in parts.values():
            for k in self._founded_descriptor(head, slots):
                parts[k] = "patient"  # (a tagger's past tense reads the noun a participle describes as its founder)
        if roles.get("requires", "location") != "location" and roles["requires"] not in parts.values():
            return None
        if hit.trigger == "arrest" and head.tag_ == "NNS" and "patient" not in parts.values():
            return None  # "the army announces arrests almost weekly", "took part in arrests": a habit, nobody named
        if "agent_type" in roles and "agent" not in parts.values():
            return None
        focus_role = roles.get("focus_org", "none")
        if focus_role != "none" and not any(self.index.type_of(k) == "ORGANIZATION" for k in parts):
            org = self.refs.recent(head.i, ("ORGANIZATION",))  # "X took over": the group in focus
            if org is not None and org not in parts:
                parts[org] = focus_role
        taken = set(parts)
        if location is None:
            location = self._location(slots, head, taken)
        if roles.get("requires") == "location" and not syntactic_place and not (
                not french and parts and self._with_a_band(head)):
            return None  # "moved hostages": a movement is to or from a place the clause names
        count = None
        if et.counted:
            for i in hit.tokens[1:]:  # "let three of them go"
                for c in doc[i].children:
                    if c.pos_ == "NUM" and c.dep_ in SUBJ + OBJ:
                        count = count or count_people(c)
            for slot in ("object", "passive_subject", "of"):
                for t in slots.heads.get(slot, []):
                    if roles.get(slot) in ("patient", "agent") or slot == "of":
                        count = count or count_people(t)
        unnamed = not french and self.focus_group is not None and self._left_unnamed(head)
        told = not french and self.focus_group is not None and self._told_by_the_group(head)
        bare = not unnamed and not told  # (French: both false, its own guards as before)
        if hit.type in VIOLENT and "agent" not in parts.values() and self.focus_group is not None and bare:
            # "the insurgents also abducted five children", "killed by gunmen": the group in focus
            for slot in ("subject", "by"):
                if roles.get(slot) == "agent" and any(
                    self._bare_insurgents(t) or (french and unnamed_armed_men(t))
                    for t in slots.heads.get(slot, []) if t.i not in self.dateline
                ):
                    parts.setdefault(self.focus_group, "agent")
        if hit.type == "ARMED_CLASH" and not french and self.focus_group is not None and self.focus_group not in parts \
                and bare:
            # "SAMIM forces fought the insurgents", "clashed with the militants": the other side, an insurgent
            # noun naming nobody, is the group the report is about (as for the agent of an attack)
            for slot in ("object", "with", "against"):
                if roles.get(slot) == "agent" and any(
                    self._bare_insurgents(t) for t in slots.heads.get(slot, []) if t.i not in self.dateline
                ):
                    parts[self.focus_group] = "agent"
                    break
        if hit.type == "ARMED_CLASH" and not french and len(parts) == 1 and head.pos_ in ("VERB", "AUX"):
            self._unnamed_opponent(roles, slots, parts)
        if hit.type in VERDICT_TYPES and "agent" not in parts.values() and not french and head.pos_ == "VERB":
            # "The first defendant was convicted on nine counts", "A fifth accused was acquitted": the court
            # the report last named gave the verdict (the annotation's agent of a sentencing)
            court = self._court(head.i)
            if court is not None and court not in parts:
                parts[court] = "agent"
        if french:
            self._armed_side(hit, et, roles, slots, parts)
        attributed = False
        if french and hit.type in VIOLENT and "agent" not in parts.values():
            for k in self._attributions.get(head.sent.start, []):  # "attribué à X": X did it
                if k not in parts:
                    parts[k], attributed = "agent", True
        if hit.type == "TRANSFER" and hit.trigger != "se rendre" and (  # (who surrenders is handed over)
            french or any(t.pos_ == "PRON" for t in slots.heads.get("passive_subject", []))
        ):
            captor = self._captor()
            if captor is not None and parts.get(captor) == "patient":
                # "ils ont été libérés", "they were released to their families" read as the captors: the
                # captors release, they are not released
                parts[captor] = "agent"
        if (
            hit.type == "TRANSFER"
            and "agent" not in parts.values()
            and head.pos_ in ("VERB", "AUX")
            and _is_passive(head)
            and (french or self._people_released(slots, head))
        ):
            # "Seven were freed in April", "The shepherds were released a week later", "Les sept chasseurs
            # ont été relâchés le 5 octobre": a release nobody is said to make is the captors' of the last
            # abduction or arrest told (the annotation's agent of a release, in both languages)
            captor = self._captor()
            if captor is not None and captor not in parts:
                parts[captor] = "agent"
        # a French passive whose doer the sentence does not say (no agent read, no "par"): the three readings
        # below give it one from the report, each for its own event type
        unsaid_fr_passive = (
            french
            and "agent" not in parts.values()
            and head.pos_ in ("VERB", "AUX")
            and _is_passive(head)
            and not slots.heads.get("par")
        )
        if (
            unsaid_fr_passive
            and hit.type == "MOVEMENT"
            and any(t.lower_ in FRENCH_CAPTIVE_NOUNS for t in slots.heads.get("passive_subject", []))
        ):
            # "Les otages auraient été conduits vers l'île de X", "les captifs ont été emmenés à Y": hostages moved
            # by nobody the sentence names were moved by their captors, those of the last abduction told (not of an
            # arrest: a state's prisoners are no hostages)
            captor = self._captor(abduction_only=True)
            if captor is not None and captor not in parts:
                parts[captor] = "agent"
        if (
            unsaid_fr_passive
            and hit.type == "ABDUCTION"
            and self.focus_group is not None
            and self.focus_group not in parts
        ):
            # "Quatre employés de l'ONG X ont été enlevés dimanche près de Y": people taken by nobody the
            # sentence names were taken by the group the report is about, as the French annotation reads it
            parts[self.focus_group] = "agent"
        if unsaid_fr_passive and hit.type == "ARREST":
            # "Plusieurs suspects ont été arrêtés dans la journée": people arrested by nobody the sentence
            # names were arrested by the state's force the report names most
            force = self._state_force
            if force is not None and force not in parts:
                parts[force] = "agent"
        if (
            not french
            and hit.type == "ARREST"
            and "agent" not in parts.values()
            and head.pos_ in ("VERB", "AUX")
            and _is_passive(head)
            and "by" not in slots.heads
            # ("The men were detained on Saturday", "X was among those arrested": people told of before, whose
            # arrest the report has told already)
            and not any(self._told_before(t) for t in slots.heads.get("passive_subject", []))
        ):
            # "the army raided a safe house; three fighters were killed and two were arrested", "Five members of
            # the cell were arrested" (in a state force's own release): arrested by nobody the sentence names,
            # they were arrested by the state's force acting just before, or by the force the report is about, else
            # in a state force's release by its own force ("Five members of the cell were arrested alive" in the
            # release of the agency that arrested them; not a participle describing someone, "reports that they
            # were civilians arrested at random")
            force = self._state_actor_before(head)
            if force is None and self._state_force is not None and self._state_force == next(
                iter(self._organisation_mentions_ranked), None
            ):
                force = self._state_force
            if force is None and head.dep_ != "acl":
                force = self._release_force(head)
            if force is not None and force not in parts:
                parts[force] = "agent"
        if not french and hit.type in ("ARREST", "MOVEMENT", "TRANSFER") and "agent" not in parts.values():
            teller = self._telling_force(head, slots)
            if teller is not None and teller not in parts:
                # "The Nigerien army said on Monday that reinforcements had been sent to Tillia", "the army says
                # ... one hundred and fifty captured": a state's force telling a deed of its kind nobody is said
                # to do tells its own
                parts[teller] = "agent"
        if (
            hit.type == "KILLING"
            and "agent" not in parts.values()
            and head.pos_ == "VERB"
            and _is_passive(head)
            and "by" not in slots.heads
            and "par" not in slots.heads
        ):
            # "The army bombed the camp on 19 January. Four civilians were killed.", "Local elders say nineteen
            # militants and four militiamen were killed" (after a fight): a toll told in the sentence after an
            # attack or a fight is that event's, and its agents killed them (in its own sentence the toll is
            # folded into the attack or fight instead)
            for k in self._toll_actors(head, slots, hit):
                parts.setdefault(k, "agent")
        if hit.type == "ARMED_CLASH" and not parts and head.pos_ in ("NOUN", "PROPN"):
            # "In the ensuing fighting, 24 terrorists were neutralised", "After fierce fighting, the enemy was
            # routed", "l'accrochage a fait deux morts": a fight naming no side is fought by the sides of the
            # fight or attack told just before, else by the forces the sentence before names
            for k in self._sides_before(head) or self._forces_named_before(head):
                parts[k] = "agent"
        if hit.type == "KILLING" and not french and not parts and disowned is None:
            force = self._killer_of_insurgents(head, slots)
            if force is not None:
                parts[force] = "agent"
            else:
                parts.update(self._captives_killed(head, slots))
        group = self.focus_group
        if (group is not None and "agent" not in parts.values() and not unnamed and disowned is None
                and self._by_the_report_s_group(hit, head)):
            # "a multi-day assault on Palma killed dozens", "- 6 January: an ambush on a gendarmerie pick-up": one
            # attack, abduction or killing whose clause names nobody who did it is by the group the report is about
            parts.setdefault(group, "agent")
        if french and "agent" not in parts.values() and disowned is None:
            told_before = self._told_again_fr(hit, head)
            for k in [p.entity for p in told_before.participants if p.role == "agent"] if told_before else []:
                # "Le FDT a attaqué le camp de X. L'assaut a fait six morts.": a definite noun with nobody of its own
                # tells the attack of the sentence before again, by its agents
                parts.setdefault(k, "agent")
        if hit.type == "MEDIATION" and not french and "agent" not in parts.values() and self._ends_a_captivity(head):
            # "they were released in August after talks mediated by an imam", "freed after negotiations by tribal
            # elders": the talks that end a captivity are the captors' (the sides of the annotation's mediation)
            captor = self._captor()
            if captor is not None and captor not in parts:
                parts[captor] = "agent"
        if hit.type == "MEDIATION" and not french and head.pos_ == "VERB" and self._talks_for_a_release(head):
            self._go_between(slots, parts)
        # a killing or attack with nobody named still counts when it has a toll or a stated place
        # (its place may come from the paragraph: see _carry_places)
        if not parts and not ((et.place_only or unnamed) and (count or syntactic_place)):
            # (an act nobody claimed, at a place the clause names, is still told: its doers are unnamed)
            return None
        if (
            hit.type == "KILLING"
            and parts
            and "patient" not in parts.values()
            and not count
            and not attributed
            and not (french and counted_victims_fr(head, slots.heads, roles))
            and not (head.pos_ == "VERB" and "object" in slots.heads and (not french or gerund_of_a_deed(head)))
            and not (french and passive_victims(head, slots.heads.get("passive_subject", [])))
        ):
            # "Where X negotiated, Y killed": no victim, no toll, no event ("killed several dozen civilians",
            # "murdered residents": victims the report does not count or name are still victims)
            return None
        if french and et.multi_party and len(parts) == 1 and (finite or head.pos_ in ("VERB", "AUX")):
            self._unnamed_side(roles, slots, parts)
        if et.multi_party and len(parts) < 2 and (finite or head.pos_ in ("VERB", "AUX")) and not (
            # "The exchange was negotiated over four months by Sheikh X", "He then mediated a settlement between the
            # two families": a go-between named is a mediation of its own, its sides told before or unnamed; not a
            # participle describing him ("X, mediating on behalf of Y, ...": the talks it tells come after) or the
            # noun its sides are told with ("an agreement between A and B, mediated by Qatar"), nor a trade
            # brokered ("believed to broker fuel deals")
            hit.type == "MEDIATION" and not french and (
                ("mediator" in parts.values() and head.lemma_.lower() in ("mediate", "negotiate")
                 and head.tag_ != "VBG" and head.dep_ != "acl")
                or ("agent" in parts.values() and self._ends_a_captivity(head)))
        ):
            return None
        sent = head.sent
        trig = doc[hit.start : hit.end]
        return Event(
            type=hit.type,
            trigger=trig.text,
            participants=[Participant(k, r) for k, r in parts.items()],
            location=location,
            date=_started(self._date(hit, head), et),
            count=count,
            evidence=[Span(sent.start_char, sent.end_char, sent.text)],
            trigger_span=Span(trig.start_char, trig.end_char, trig.text),
            confidence=round(min(0.9, 0.4 + 0.15 * filled), 2),
            method=(METHOD if learned_args else "rule-dep")
            + ("" if syntactic_place or location is None else "/place-near"),
        )

    def _listed_acts(self, ev: Event, hit: TriggerHit, head: Token) -> list[Event]:
        """One event more for each further date a trigger's clause lists ("took X in August 2016 and Y in
        October 2017": two captures), each at the place named just before its date where one is; ``ev``
        keeps the first date (English; a verdict is dated by the court, not by the acts it lists)."""
        if current_language() != "en" or ev.type in VERDICT_TYPES:
            return []
        doc = self.index.doc
        listed = self.timeline.listed(head, [doc[i] for i in hit.tokens])
        if not listed:
            return []
        et = self.onto.event_types[ev.type]
        ev.date = _started(listed[0][0], et)
        out: list[Event] = []
        for (_v, _s, prev_end), (value, start, _e) in zip(listed, listed[1:], strict=False):
            places = {h.key for h in self.index.in_range(max(prev_end, head.i + 1), start) if h.type == "LOCATION"}
            one = copy.deepcopy(ev)
            one.date = _started(value, et)
            if len(places) == 1:
                one.location = places.pop()
            out.append(one)
        return out

    def _date(self, hit: TriggerHit, head: Token) -> str | None:
        """The trigger's date (``Timeline.date_for``); a verdict whose sentence states no date took place
        on the court decision's date ("He was sentenced to twenty years" under "Judgment of 24 April
        2025"), not on the running date of the facts the report has been retelling."""
        if hit.type in VERDICT_TYPES and not self.timeline.stated_in_sentence(head):
            verdict = self.timeline.verdict_date(head)
            if verdict is not None:
                return verdict
        value = self.timeline.date_for(head, [self.index.doc[i] for i in hit.tokens])
        if hit.type in VERDICT_TYPES:
            # (a sentence dating only the crime judged: the decision's day)
            return self.timeline.judged(head, value) or value
        return value

    def _named_in_sentence(self, tok: Token) -> set[str]:
        """The entities the sentence of ``tok`` names."""
        return {h.key for h in self.index.in_range(tok.sent.start, tok.sent.end)}

    @cached_property
    def _attributions(self) -> dict[int, list[str]]:
        """ "un meurtre attribué à des hommes de la katiba X", "que les autorités attribuent à X", "des
        sources les attribuent à X" (what the sentence before told): the organisations or people events
        are laid at the door of, by the start token of the sentence they are laid for (French)."""
        doc = self.index.doc
        out: dict[int, list[str]] = {}
        previous = None
        for sent in doc.sents:
            for tok in sent:
                if tok.lemma_.lower() not in FRENCH_ATTRIBUTING or _negated(tok):
                    continue
                # the "à" the verb opens, or the one right after it (the parser often hangs it elsewhere)
                preps = [c for c in tok.children if c.dep_ == "prep"] + list(doc[tok.i + 1 : min(tok.i + 3, sent.end)])
                # "attribuent l'attaque au X": the parser hangs the "au" on the object
                preps += [p for c in tok.children if c.dep_ in OBJ + PASSIVE_SUBJ
                          for p in c.children if p.dep_ == "prep"]
                keys = [
                    k
                    for c in dict.fromkeys(preps)
                    if slot_name(c) in ("à", "au", "aux")
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in self.np_entities(p)
                    if self.index.type_of(k) in ("ORGANIZATION", "PERSON")
                ]
                if not keys:
                    continue
                out.setdefault(sent.start, []).extend(keys)
                # a pronoun object ("les attribuent à X") is what the sentence before told
                pronoun = any(c.dep_ in OBJ + PASSIVE_SUBJ and c.pos_ == "PRON" for c in tok.children)
                if previous is not None and pronoun:
                    out.setdefault(previous.start, []).extend(keys)
            previous = sent
        return {k: list(dict.fromkeys(v)) for k, v in out.items()}

    def _people_released(self, slots: Slots, verb: Token) -> bool:
        """An English passive release that nobody is said to make, of people: "Seven were freed", not "photos
        released by the presidency" (its "by" names who made it), "a statement was released"."""
        if any(c.dep_ == "agent" for c in verb.children):
            return False
        things = default_lexicon().goods_nouns | RELEASED_THINGS
        return not any(t.lemma_.lower() in things for t in slots.heads.get("passive_subject", []))

    def _court(self, i: int) -> str | None:
        """The last court named before token ``i``: an organisation with a court's word in one of its names."""
        for h in self.index.before(i):
            if h.type == "ORGANIZATION" and any(
                w.lower() in COURT_WORDS for n in self.index.entities[h.key].names() for w in re.findall(r"\w+", n)
            ):
                return h.key
        return None

    @cached_property
    def _organisation_mentions_ranked(self) -> list[str]:
        """Every organisation of the document, the most named first (the first named of a tie)."""
        counts = self._organisation_mentions
        return sorted(counts, key=lambda k: -counts[k])

    def _recent(self, head: Token) -> Iterator[Event]:
        """The events kept in ``head``'s sentence or the one before, the last kept first."""
        sent = head.sent
        start = self.index.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for ev in reversed(self.so_far):
            if not ev.evidence or ev.evidence[0].start < start:
                return
            yield ev

    def _state_actor_before(self, head: Token) -> str | None:
        """The state's force acting in the last violent event or arrest kept in this sentence or the one
        before, if that event's agent is one."""
        for ev in self._recent(head):
            if ev.type in VIOLENT | {"ARREST"}:
                agent = next((p.entity for p in ev.participants if p.role == "agent"), None)
                if agent is not None:
                    return agent if self._is_state(agent) else None
        return None

    def _repeated_dates(self, head: Token, told: str | None) -> list[str]:
        """The other dates of a trigger that tells one act repeated on dates coordinated in its own clause
        ("attacked X in 2013 and again in 2015", "clashed in July 2016 and in mid-2017", "in 2013 and 2015");
        empty unless the date the trigger took is one of them (a range, "between 2013 and 2015", is one
        date, and a date of another verb is that verb's)."""
        if told is None:
            return []
        found: list[tuple[int, str]] = []
        for te, root in self.timeline.exprs:
            if not te.edtf or "/" in te.edtf or te.relative or not te.anchors:
                continue
            t = root
            while t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ in ("CD", "NNP"):
                t = t.head  # "in 2013 and 2015"
            if t.dep_ != "pobj":
                continue
            prep = t.head
            while prep.dep_ == "conj" and prep.head.dep_ == "prep":
                prep = prep.head  # "in 2013 and in 2015"
            if prep.dep_ == "prep" and prep.lower_ in REPEAT_PREPS and prep.head.i == head.i:
                found.append((root.i, te.edtf))
        dates = list(dict.fromkeys(d for _, d in sorted(found)))
        if len(dates) < 2 or told not in dates:
            return []
        lo, hi = min(i for i, _ in found), max(i for i, _ in found)
        between = self.index.doc[lo:hi]
        if not any(t.lower_ == "and" for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
            return []
        return [d for d in dates if d != told]

    def _sides_before(self, head: Token) -> list[str]:
        """The groups and people on both sides of the last attack or fight kept in this sentence or the one
        before (empty unless it has two sides)."""
        for ev in self._recent(head):
            if ev.type in ("ATTACK", "ARMED_CLASH"):
                sides = [
                    p.entity
                    for p in ev.participants
                    if p.role in ("agent", "patient") and self.index.type_of(p.entity) in ("ORGANIZATION", "PERSON")
                ]
                roles = {p.role for p in ev.participants if p.entity in sides}
                return sides if len(sides) >= 2 and (ev.type == "ARMED_CLASH" or len(roles) == 2) else []
        return []

    def _told_again_fr(self, hit: TriggerHit, head: Token) -> Event | None:
        """ "Le 3 mai, le FDT a attaqué le camp de X. L'assaut a fait six morts.", "tué lors de l'enlèvement": the last
        attack or abduction kept in the sentence before, which a singular definite noun of its type with no
        complement, clause, owner or apposition of its own (``back_noun``'s test, with the French determiners) tells
        again (French; "l'attaque du camp de Y", "l'embuscade de 2019", "une attaque" tell another, and a noun in its
        own sentence's event is that event's); None where that event has no agent."""
        if hit.type not in ("ATTACK", "ABDUCTION") or head.pos_ != "NOUN" or _plural_fr(head):
            return None
        if not any(c.dep_ == "det" and c.lower_ in FRENCH_BACK_DETERMINERS for c in head.children) or any(
                c.dep_ in ("prep", "acl", "relcl", "poss", "appos", "nummod") for c in head.children):
            return None
        sent_start = head.sent.start_char
        for ev in self._recent(head):
            if ev.evidence[0].start >= sent_start or ev.type != hit.type:
                continue
            return ev if any(p.role == "agent" for p in ev.participants) else None
        return None

    def _forces_named_before(self, head: Token) -> list[str]:
        """ "A mixed unit of the army and the National Guard surrounded terrorists of X. In the ensuing fighting,
        ...": the organisations the sentence before names, where it tells no event of theirs and names two or more
        (English; a fight of one side is none). French: the first force the sentence before names where it tells of
        a chase (``events_fr.pursuit``), and the men it chases."""
        doc = self.index.doc
        if head.sent.start == 0 or head.lemma_.lower() == "fight" or (
                current_language() == "fr" and head.lower_ == "combat"):
            return []  # ("the fight is not over", "le combat contre le terrorisme": a campaign more than a battle)
        before = doc[head.sent.start - 1].sent
        named = [h.key for h in self.index.in_range(before.start, before.end) if h.type == "ORGANIZATION"]
        sides = list(dict.fromkeys(named))
        if current_language() == "fr":
            # "L'armée a lancé une poursuite. Un accrochage a eu lieu dimanche", "Des éléments du bataillon X de
            # l'armée ont pris en chasse les ravisseurs. Un accrochage a eu lieu": the pursuers (the first force
            # named; a unit's army is its own side) and those they chase, the men of the last abduction, attack or
            # killing told before (French; two forces named without a chase are a unit and its army as often as
            # two sides)
            chased = self._last_violent_agent(before.start, set(sides)) if sides and pursuit(before) else None
            return [sides[0], chased] if chased is not None else []
        if len(sides) == 1:
            # "The troops were responding ... when they were fired upon by a group of ASG members. A ten-minute
            # firefight ensued.", "On the arrival of the CTD team the terrorists opened fire. In the exchange of fire
            # ...": the one side named and the other told by a noun naming nobody, a release's bare troops
            # (``_release_force``) or the report's insurgents (``_bare_insurgents``: the group in focus)
            for t in before:
                other = None
                if t.lower_ in OWN_FORCE_NOUNS and t.tag_ == "NNS" and self.index.hit_at(t) is None:
                    other = self._release_force(t)
                elif self.focus_group is not None and self._bare_insurgents(t) and self.index.hit_at(t) is None:
                    other = self.focus_group
                if other is not None and other not in sides:
                    return sides + [other]
        return sides if len(sides) >= 2 else []

    def _last_violent_agent(self, before: int, other_than: set[str]) -> str | None:
        """The agent of the last abduction, attack or killing kept that is told before token ``before`` and
        has an agent other than those of ``other_than``."""
        doc = self.index.doc
        end = doc[before].idx
        for ev in reversed(self.so_far):
            if ev.type not in ("ABDUCTION", "ATTACK", "KILLING") or not ev.evidence or ev.evidence[0].start >= end:
                continue
            agent = next((p.entity for p in ev.participants if p.role == "agent" and p.entity not in other_than), None)
            if agent is not None:
                return agent
        return None

    def _toll_of_attack(self, ev: Event, head: Token, attack: Event, attack_head: Token) -> bool:
        """Give the killing ``ev``, a counted toll of the attack of its sentence, the attack's agents and patients,
        and say whether it has any; English only. The toll is a counted passive naming nobody ("in which 11
        soldiers were killed", "and seventeen soldiers were killed") or a counted participle hanging from the
        attack's verb (", killing twelve soldiers"). A vague toll (", killing dozens") stays the attack's: the
        corpus's gold splits it once in eight on train. A fight's toll stays the fight's: the gold gives it no
        killing of its own ("X and Y fought near Z; at least seven men were killed")."""
        if current_language() != "en" or attack.type != "ATTACK" or not ev.count:
            return False
        participle = head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and head.head.i == attack_head.i
        # "attacked a post at X and killed seven soldiers": the attack's second verb tells the counted toll as the
        # participle does (not a relative clause of an attack noun, "the bombing of X, which killed 70 people": the
        # gold gives it a killing of its own 4 times in 17 on train)
        participle = participle or (
            head.pos_ == "VERB" and head.dep_ == "conj" and head.head.i == attack_head.i and not _is_passive(head)
        )
        if not participle and (ev.participants or head.pos_ != "VERB" or not _is_passive(head)):
            return False
        have = {(p.entity, p.role) for p in ev.participants}
        ev.participants += [
            Participant(p.entity, p.role)
            for p in attack.participants
            if p.role in ("agent", "patient") and (p.entity, p.role) not in have
        ]
        return bool(ev.participants)

    @staticmethod
    def _attack_noun_toll(ev: Event, head: Token, attacks: list[int], heads: list[Token]) -> int | None:
        """The index (among ``attacks``, the attacks kept in the killing's own sentence) of the attack whose noun
        is the subject of ``ev``, a counted killing naming no victim ("a Katiba X ambush killed six hunters", "an
        al-Shabaab suicide car bomb kills 9 soldiers"); English only. None when the killing names a victim ("a
        U.S. strike killed its commander X"), counts none, or its subject is no attack noun of the sentence."""
        if current_language() != "en" or ev.type != "KILLING" or not ev.count or head.pos_ != "VERB":
            return None
        if any(p.role == "patient" for p in ev.participants):
            return None
        subjects = {c.i for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"}
        # (a trigger of two words, "car bomb", "air strike", starts at the compound before the subject noun)
        return next((k for k in attacks if heads[k].i in subjects or (
            heads[k].dep_ == "compound" and heads[k].head.i in subjects)), None)

    def _toll_actors(self, head: Token, slots: Slots, hit: TriggerHit) -> list[str]:
        """The agents of the last attack or fight kept in the sentence before ``head``'s, when ``head``'s own
        sentence has kept none so far; not the attackers when those killed are insurgents and the attack is
        no state's ("Gunmen stormed the hotel. Five attackers were killed": the defenders killed them)."""
        sent_start = head.sent.start_char
        for ev in self._recent(head):
            if ev.evidence[0].start >= sent_start:
                if ev.type in ("ATTACK", "ARMED_CLASH"):
                    return []
                continue
            if ev.type not in ("ATTACK", "ARMED_CLASH"):
                continue
            agents = [p.entity for p in ev.participants if p.role == "agent"]
            killed = slots.heads.get("passive_subject", []) + slots.heads.get("object", [])
            insurgents = INSURGENT_NOUNS | (IRREGULAR_GROUP_NOUNS if current_language() == "fr" else frozenset())
            if ev.type == "ATTACK" and any(t.lower_ in insurgents for t in killed) and not any(
                self._is_state(k) for k in agents
            ):
                return []
            if current_language() == "fr":
                # "Trois assaillants auraient été tués" above; "vingt miliciens du FDT sont tués": those killed are not
                # their killers; "le 2 janvier, cent villageois avaient été tués": a date of its own is another event
                named = {k for t in killed for k in self.np_entities(t)}
                own = self._date(hit, head) if self.timeline.stated_in_sentence(head) else None
                if own and ev.date and not (own == ev.date or holds(own, ev.date) or holds(ev.date, own)):
                    return []
                return [k for k in agents if k not in named]
            return agents
        return []

    @cached_property
    def _one_word_triggers(self) -> dict[str, str]:
        """The ontology's one-word triggers, with their event types."""
        return {t: et.name for et in self.onto.event_types.values() for t in et.triggers if " " not in t}

    def _with_a_band(self, verb: Token) -> bool:
        """ "X left with about 60 fighters", "leaves Katiba Y with some forty men", "crossed into Z district with some
        25 men": a verb whose "with" counts the men going along tells a band on the move, wherever the clause says
        it went (English)."""
        men = OWN_FORCE_NOUNS | INSURGENT_NOUNS | self.refs.lex.member_nouns
        beside = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        if any(self._one_word_triggers.get(v.lemma_.lower()) in BAND_OUTCOMES for v in beside):
            # "left JAS with some 70 fighters and founded X", "... and took the new name", "... and moved to Y": the
            # gold reads the break as the group it made, and the band's going as the other verb's
            return False
        return verb.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lower_ in men and count_people(p) for p in c.children)
            for c in verb.children)

    def _told_before(self, tok: Token) -> bool:
        """A phrase that refers back: a pronoun, "those", a noun with "the", "these" or "those", or a number all
        of whom were told of ("All five were arrested with weapons": the five arrested before)."""
        return tok.pos_ == "PRON" or tok.lower_ in ANAPHORIC_DETERMINERS or any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children
        ) or (tok.pos_ == "NUM" and any(c.lower_ in ("all", "both") for c in tok.children))

    def _releases_things(self, slots: Slots) -> bool:
        """What is released (the object, or the passive subject) is a statement, a video, figures: things."""
        things = default_lexicon().goods_nouns | RELEASED_THINGS
        def thing(t: Token) -> bool:
            return t.lemma_.lower() in things or t.lower_ in things

        released = slots.heads.get("object", []) + slots.heads.get("passive_subject", [])
        # (a subject that is a thing was released: the parser may read "X videos released in 2021" so)
        subject = slots.heads.get("subject", [])
        return (bool(released) and all(thing(t) for t in released)) or (bool(subject) and all(map(thing, subject)))

    def _is_country(self, key: str) -> bool:
        """A place named as a country: by the lexicon's demonym table (with the initials of a few, "U.S.", "UK",
        and a state's title, "Republic of ...") or by the gazetteer, in either language."""
        countries = default_lexicon().countries() | COUNTRY_INITIALS
        return any(
            n.lower() in countries or n.lower().startswith(STATE_TITLES) or is_country(n)
            for n in self.index.entities[key].names()
        )

    def _ends_a_captivity(self, head: Token) -> bool:
        """ "released after talks mediated by X", "freed in November after negotiations", "released in a prisoner
        exchange mediated by sheikhs": a mediation trigger (or the noun its participle describes) that is the
        means or the time of a release (English)."""
        noun = head.head if head.dep_ == "acl" and head.tag_ == "VBN" else head
        if noun.dep_ != "pobj" or noun.head.lower_ not in RELEASE_MEANS:
            return False
        return self._releases(noun.head.head)

    def _releases(self, verb: Token) -> bool:
        """A verb that is one of the ontology's one-word TRANSFER triggers ("released", "freed")."""
        released = {t for t in self.onto.event_types["TRANSFER"].triggers if " " not in t}
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in released

    def _killer_of_insurgents(self, head: Token, slots: Slots) -> str | None:
        """ "Nineteen terrorists were neutralised", "Our forces reacted vigorously; 11 assailants were killed": the
        unnamed insurgents a clause says were killed, by nobody it names, were killed by the state's force the
        report tells of: the one its sentence names, else (in a force's release) the troops it named last or itself,
        else the state's force the report names most; never where the sentence names an armed group, whose fight
        the toll may be. As the annotation reads a toll of the enemy (English)."""
        if head.pos_ != "VERB" or not _is_passive(head) or "by" in slots.heads:
            return None
        victims = slots.heads.get("passive_subject", [])
        if not victims or not all(
            t.lower_ in INSURGENT_NOUNS and t.tag_ == "NNS" and not self.np_entities(t)
            and not any(c.dep_ in ("poss", "compound", "prep", "relcl", "appos") for c in t.children)
            for t in victims
        ):
            return None
        sent = head.sent
        named = [h.key for h in self.index.in_range(sent.start, sent.end) if h.type == "ORGANIZATION"]
        if any(not self._is_state(k) for k in named):
            return None  # ("X fought Y ... and five fighters were killed": a fight of groups, not the state's toll)
        if named:
            return named[0]  # ("the Recce Squad stormed the building; all four attackers were killed")
        return self._release_force(victims[0]) or self._state_force

    def _captives_killed(self, head: Token, slots: Slots) -> dict[str, str]:
        """ "X abducted six aid workers of Y; two were executed in December", "they kidnapped five herders; two
        were killed and three released", "the governor was abducted and killed": a passive killing naming nobody,
        whose victims are only counted (or who is the abduction's own captive, by a verb coordinated with it), told
        after an abduction in its sentence, is of that abduction's captives by their captors (the annotation gives
        the killing the abduction's participants; English)."""
        if head.pos_ != "VERB" or "by" in slots.heads:
            return {}
        victims = slots.heads.get("passive_subject", [])
        sent = head.sent
        abductions = [
            ev for ev in self.so_far
            if ev.type == "ABDUCTION" and ev.trigger_span is not None and ev.participants
            and sent.start_char <= ev.trigger_span.start < head.idx
        ]
        if not abductions:
            return {}
        last = abductions[-1]
        assert last.trigger_span is not None
        coordinated = head.dep_ == "conj" and head.tag_ == "VBN" and head.head.idx == last.trigger_span.start
        counted = _is_passive(head) and bool(victims) and all(
            t.pos_ == "NUM" and not any(c.dep_ == "prep" for c in t.children) for t in victims)
        if not (coordinated or counted):
            return {}
        return {p.entity: p.role for p in last.participants if p.role in ("agent", "patient")}

    def _talks_for_a_release(self, head: Token) -> bool:
        """ "were released after Mwani elders negotiated with the group": talks whose clause tells when or how a
        release came (English; the noun's "after talks mediated by X" is ``_ends_a_captivity``)."""
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in RELEASE_MEANS for c in head.children):
            verb = head.head
        elif head.dep_ == "acl" and head.head.dep_ == "pobj" and head.head.head.lower_ in RELEASE_MEANS:
            verb = head.head.head.head  # ("after [a Fulani chief negotiated with ...]", as the parser reads it)
        else:
            return False
        return self._releases(verb)

    def _go_between(self, slots: Slots, parts: dict[str, str]) -> None:
        """ "after a Fulani chief negotiated with their captors", "after Garre elders negotiated with his men": who
        talks with the captors to free their captives is a go-between (the annotation's mediator), and those he
        talks with are the captors, the agent of the last abduction where the clause does not name them."""
        withs = slots.heads.get("with", [])
        # (the parser may read "a chief negotiated with" as a passive subject)
        talkers = slots.heads.get("subject", []) or slots.heads.get("passive_subject", [])
        if len(withs) != 1 or not talkers:
            return
        # (elders, a chief: a community or a person; a group that talks is a side, "negotiated with the emir")
        mediators = [k for t in talkers for k in self.np_entities(t) if self.index.type_of(k) != "ORGANIZATION"]
        captors = self.np_entities(withs[0])
        if not captors and mediators and withs[0].pos_ != "PROPN":
            # "with the group" the references left unread: the group the report is about; "with their captors",
            # "with his men": the last abduction's
            captor = self.focus_group if withs[0].lower_ in IRREGULAR_GROUP_NOUNS else self._captor(abduction_only=True)
            captors = [captor] if captor is not None else []
        if not captors or not mediators or set(captors) & set(mediators):
            return
        for k in mediators:
            parts[k] = "mediator"
        for k in captors:
            parts[k] = "agent"

    def _captor(self, abduction_only: bool = False) -> str | None:
        """The agent of the last abduction or arrest kept so far, if one has an agent (``abduction_only``: none
        where the last is an arrest)."""
        for ev in reversed(self.so_far):
            if ev.type in ("ABDUCTION", "ARREST"):
                if abduction_only and ev.type != "ABDUCTION":
                    return None
                return next((p.entity for p in ev.participants if p.role == "agent"), None)
        return None

    def extract(self) -> list[Event]:
        doc = self.index.doc
        skip = not_triggers(self.index, self.timeline)
        events: list[Event] = []
        self.so_far = events
        heads: list[Token] = []
        # the events kept so far by their evidence, in order: a trigger is compared with those of its
        # own sentence only (comparing it with every earlier event was quadratic in a long report)
        by_evidence: dict[tuple[Span, ...], list[int]] = {}
        hits, learned = self.triggers(skip)
        self._learned_hits = learned
        tolls: list[tuple[Event, Event | None]] = []  # French killings told as an attack's toll, with that attack
        unnamed: dict[int, list[TriggerHit]] = {}  # attack and fight triggers that built no event, by sentence
        for hit in hits:
            ev = self.build(hit)
            if ev is not None and ev.type == "MARRIAGE" and self._bands:
                # "directed his fighters to marry women of the region": men marry, not their group
                bands = {k for pair in self._bands for k in pair if self.index.type_of(k) == "ORGANIZATION"}
                ev.participants = [p for p in ev.participants if p.entity not in bands or p.role != "agent"]
            if ev is not None and ev.type in ("ARMED_CLASH", "MEDIATION") and frozenset(
                    p.entity for p in ev.participants if p.role == "agent") in self._bands:
                # "his men fought only in Khyber": a man and his band are one side, read again as the band alone
                self._band_alone = True
                try:
                    ev = self.build(hit)
                finally:
                    self._band_alone = False
            if ev is None:
                if hit.type in ("ATTACK", "ARMED_CLASH"):
                    unnamed.setdefault(doc[hit.start].sent.start, []).append(hit)
                continue
            if hit in learned:
                ev.method += LEARNED
            head = doc[hit.start]
            mine = by_evidence.get(tuple(ev.evidence), [])
            same = next(
                (
                    events[k]
                    for k in mine
                    if _same_event(ev, events[k]) and ev.date == events[k].date
                    and "NOUN" in (head.pos_, heads[k].pos_)
                ),
                None,
            )
            if same is not None:
                _merge(same, ev)
                continue
            told = refers_back(head, ev, events, self._dated)
            if told is not None:
                fold_reference(told, ev, head)  # "the group claimed the attack": told before
                continue
            told = self._told_again_fr(hit, head) if current_language() == "fr" else None
            if told is not None and {p.entity for p in ev.participants if p.role == "agent"} == {
                    p.entity for p in told.participants if p.role == "agent"} and (
                    not ev.date or not told.date or holds(told.date, ev.date) or holds(ev.date, told.date)):
                # "Le FDT a enlevé le maire de X. Son garde du corps a été tué lors de l'enlèvement.": the noun tells
                # the abduction before again, whatever else its own sentence hangs on it (its place or toll is kept)
                fold_reference(told, ev, head)
                continue
            claimed = claimed_earlier(head, ev.type, heads, events, self._named_in_sentence) if (
                current_language() == "fr") else None
            if claimed is not None and give_claimant(events[claimed], ev):
                continue  # "L'attaque a été revendiquée par X": the lead's attack, by X
            toll_of = self._attack_noun_toll(ev, head, [k for k in mine if events[k].type == "ATTACK"], heads)
            if toll_of is not None:
                # "a Katiba X ambush killed six hunters", "an al-Shabaab car bomb kills 9 soldiers": an attack noun
                # as the subject of a counted killing naming no victim tells the attack's toll (the corpus's gold
                # keeps the attack only, with the count), not a killing of its own
                events[toll_of].count = events[toll_of].count or ev.count
                continue
            # "overran a garrison ..., killing fifteen soldiers", "fought ...; thirty were killed":
            # a killing with nobody named, or hanging from the fight, is the fight's toll
            if (
                ev.type == "KILLING"
                and not any(p.role == "patient" for p in ev.participants)
                and ((head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp")) or not ev.participants)
            ):
                at = next(
                    (
                        k
                        for k in mine
                        if events[k].type in ("ATTACK", "ARMED_CLASH")
                        and (heads[k].i == head.head.i or not ev.participants)
                    ),
                    None,
                )
                if at is not None and current_language() == "fr" and gerund_of_a_deed(head) and (
                        heads[at].i == head.head.i):
                    # "ont attaqué le hameau peul de X, tuant dix-neuf civils": the French annotation tells the
                    # killing apart from the attack, by its actors and on the side attacked
                    have = {p.entity for p in ev.participants}
                    ev.participants += [Participant(p.entity, p.role) for p in events[at].participants
                                        if p.entity not in have and p.role in ("agent", "patient")]
                elif at is not None:
                    parent = events[at]
                    parent.count = parent.count or ev.count
                    # "an attack on an army post, in which twelve soldiers were killed", "attacked a post, killing
                    # twelve soldiers": the corpus's guide reads one event per predicate, and a counted toll of an
                    # attack is its own killing, by the attackers, of those the attack hit
                    if current_language() == "fr" and passive_toll(ev, head, parent):
                        tolls.append((ev, parent))  # its actors are the attack's once the document is read
                    elif not self._toll_of_attack(ev, head, parent, heads[at]):
                        continue
                elif current_language() == "fr" and passive_toll(ev, head, None):
                    tolls.append((ev, None))  # "Quatre soldats ont été tués lors de l'attaque de X": told after it
            if ev.type == "KILLING" and not ev.participants and ev.count and current_language() == "en" and any(
                h.start < hit.start for h in unnamed.get(head.sent.start, [])
            ):
                # "federal forces clashed with X troops in Y; at least eleven people were killed", "a drone strike
                # hit a gathering in Y, killing forty": a counted toll naming no one, in the sentence of an attack or
                # fight whose sides went unread, is that event's count (corpus/ANNOTATION.md: "ATTACK/ARMED_CLASH =
                # people killed"), not a killing of its own. It is dropped, not made the attack: the gold gives the
                # fight or attack its sides, so one naming no one paired 1 of 10 on train and dev (toll33)
                continue
            listed = self._listed_acts(ev, hit, head)
            for one in [ev, *listed]:
                by_evidence.setdefault(tuple(one.evidence), []).append(len(events))
                events.append(one)
                heads.append(head)
            for date in [] if listed else self._repeated_dates(doc[hit.start], ev.date):
                # "attacked X in 2013 and again in 2015": one trigger telling two events, one for each date
                by_evidence[tuple(ev.evidence)].append(len(events))
                events.append(replace(ev, participants=list(ev.participants), date=date, count=None))
                heads.append(head)
        # an event whose participants the model read, in a sentence where the rules built one of its type, is
        # mostly that event told again by another word ("acted as intermediary ... at the end of negotiations")
        ruled = {(e.type, tuple(e.evidence)) for e in events if not e.method.startswith(METHOD)}
        kept = [k for k, e in enumerate(events)
                if not (e.method.startswith(METHOD) and (e.type, tuple(e.evidence)) in ruled)]
        events, heads = [events[k] for k in kept], [heads[k] for k in kept]
        # told again by a singular noun with no target or clause of its own ("the raid", "his release")
        nouns = {id(e) for e, h in zip(events, heads, strict=True) if h.tag_ == "NN" and not any(
            c.dep_ in ("prep", "acl", "relcl") for c in h.children)}
        _fold_merger_products(events)
        _carry_places(events)
        if tolls:
            events = settle_tolls(events, tolls)
        events = fold_retellings(events, nouns)
        events = table_events(doc, self.onto, self.index, self.timeline, events)  # a table's rows, read by its header
        if current_language() == "en":  # "- Adama X, the cell's leader — life imprisonment.": a list of verdicts
            events = verdict_lines(doc, self.index, events, self._court,
                                   lambda tok: self._date(TriggerHit("SENTENCING", tok.lower_, (tok.i,)), tok))
            events = fate_lines(doc, self.index, self.timeline, events)
        if current_language() == "fr":
            # the French annotation gives nearly every event a participant (26 of 928 in the corpus's
            # train and dev splits have none, most of them killings with a toll): a place alone is no event
            return [e for e in events if e.participants or (e.location and e.type in FRENCH_PLACE_ONLY)]
        # the English annotation gives an event naming no one only when it counts its victims at a named place
        # ("nine people were killed in X"): a place alone ("fighting broke out in X") is no event
        return [e for e in events if e.participants or (e.location and e.count)]


def _came_into_view(head: Token) -> bool:
    """Whether an English "appear" tells a group's first showing ("X appeared in late 2011 as a splinter of Y", "first
    appeared in the border areas around 2018"), not an appearance in a medium or before a body ("appeared in a
    video", "appeared before the court", "appears to be")."""
    for c in head.children:
        if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("before", "on", "at", "to"):
            return False
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in APPEARING_IN for g in c.children):
            return False
    return True


def _object_read_as_complement(head: Token) -> Token | None:
    """The object of a verb trigger that the parser read as its complement, as it does when "as" follows it ("the
    Front named X as its governor", "named X, a cousin of Y, as acting commander"), the verb finite or read as a
    participle describing the noun before it; None otherwise (English)."""
    if head.pos_ != "VERB" or any(c.dep_ in OBJ for c in head.children):
        return None
    if head.dep_ == "acl" and (head.tag_ != "VBN" or head.head.pos_ not in ("PROPN", "NOUN")):
        return None
    doc = head.doc
    for c in head.children:
        if c.dep_ == "oprd":
            # (the parser hangs the "as" anywhere: read it as the word after the object's phrase)
            j = c.right_edge.i + 1
            j += j < len(doc) and doc[j].text == ","
            if j < len(doc) and doc[j].lower_ == "as":
                return c
    return None


def _unclaimed(head: Token) -> bool:
    """ "although the group never claimed it", "an attack no group has claimed", "a video claiming an abduction
    carried out two months earlier": the sentence says nobody claimed the event, or tells of a claim of one told
    elsewhere (the claimant is named where it is told)."""
    if _denies_claim(head.sent):
        return True
    return any(t.lemma_.lower() in CLAIM_WORDS and head.head.i == t.i and head.dep_ in OBJ for t in head.sent)


def _denies_claim(sent: TokenSpan) -> bool:
    """ "no group claimed responsibility", "the attack was not claimed", "nobody has claimed it", "the
    unclaimed attack": the sentence says nobody claimed what it tells."""
    for t in sent:
        if t.lower_ == "unclaimed":
            return True
        if t.lemma_.lower() not in CLAIM_WORDS:
            continue
        if any(c.dep_ == "neg" for c in t.children) or any(
            c.dep_ in SUBJ and (c.lower_ in NOBODY or any(d.lower_ == "no" for d in c.children)) for c in t.children
        ):
            return True
    return False


def _counted_of(tok: Token) -> Token:
    """ "eight of his trucks", "a quantity of documents": the head of a count or a quantity's "of" is what was
    counted."""
    if tok.like_num or tok.lemma_.lower() in ("quantity", "number", "amount", "batch", "lot"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return tok


def _moves_money(head: Token, slots: Slots) -> bool:
    """Money transferred, not a person handed over: "transfers" in the plural or with "money", "cash" or "bank"
    on them (a handover of people is told one at a time: "the transfer of some 30 fighters"), or a verb whose
    object is a sum ("transferred US$ 600,000", "several hundred thousand dollars")."""
    if (
        head.lemma_.lower() == "transfer"
        and head.pos_ in ("NOUN", "PROPN")
        and (head.tag_ == "NNS" or any(c.lower_ in MONEY_WORDS for c in head.children if c.i < head.i))
    ):
        return True
    return any(
        w.lower_ in MONEY_WORDS or w.text in CURRENCY_SIGNS
        for t in slots.heads.get("object", []) + slots.heads.get("passive_subject", [])
        for w in t.subtree
        if w.i <= t.i
    )


_YEARS = re.compile(r"(\d{4})/(\d{4})")
# a decade and its thirds as edtf.py writes them ("the 1990s", "the mid-2010s"): an approximate time, no span told
_DECADE_PARTS = frozenset({(0, 9), (0, 3), (3, 3), (6, 3)})


def _started(date: str | None, et: EventType) -> str | None:
    """ "has led the group since 2014": an event that does not last happened when the span began. So too,
    in English, an event that begins a state (``begins``: a founding, an appointment, ...) told with a span of
    three years or more ("From 2008 to 2013 he served as treasurer", "Between 2014 and 2020 he was a member
    of X, the group founded by Y"): it happened once, at the span's start, not through it (a span that long
    is no date of one act; a decade or a third of one, "the mid-2010s", is an approximate time and stays as
    told). A span of acts ("between 2021 and 2023 the network moved trucks") stays a span."""
    if date and date.endswith("/..") and not et.lasting:
        return date[: -len("/..")]
    years = _YEARS.fullmatch(date) if date and et.begins and current_language() == "en" else None
    if years is not None:
        lo, hi = int(years[1]), int(years[2])
        if hi - lo >= 2 and (lo % 10, hi - lo) not in _DECADE_PARTS:
            return years[1]
    return date


def _kind_of_place(tok: Token) -> bool:
    """ "detention facilities", "a detention centre", "detention operations": a noun arrest written before a
    place or a line of work names a kind of them, and tells no arrest (English)."""
    return (
        current_language() == "en"
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("compound", "amod")
        and tok.head.lemma_.lower() in HOLDING_PLACES
    )


def _verdict_fr(doc: Doc, at: int) -> bool:
    """Whether the French "condamner" at token ``at`` is a verdict: a penalty in the next words ("à vingt ans de
    prison", "à mort"), or a court as the agent of its passive ("ont été condamnés mardi par le tribunal de X")."""
    window = doc[at + 1 : min(at + 16, doc[at].sent.end)]
    words = [t.lower_ for t in window]
    if any(w in FRENCH_PENALTY_WORDS for w in words):
        return True
    return any(w == "par" and FRENCH_COURT_NOUNS & set(words[k + 1 : k + 4]) for k, w in enumerate(words))


def _sought_arrest(tok: Token) -> bool:
    """ "a warrant for his arrest", "an arrest warrant", "a reward for the arrest of X": a noun arrest that a
    warrant or a reward seeks has not been made ("announced the arrest of X", "after his arrest" tell one)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in SOUGHT_ARREST_WORDS:
        return True
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    return gov is not None and gov.lemma_.lower() in SOUGHT_ARREST_WORDS


def not_triggers(index: EntityIndex, timeline: Timeline) -> set[int]:
    """The tokens that cannot be triggers: names, dates, and the words of headings (not narrative)."""
    skip = set(index.by_token) | timeline.date_spans()
    for sent in index.doc.sents:
        if not sent.text.strip().rstrip("'\"’”)").endswith((".", "!", "?", ";")):
            skip.update(range(sent.start, sent.end))
    return skip


def _same_event(a: Event, b: Event) -> bool:
    """Two triggers of one type in one sentence sharing a participant are one event."""
    return (
        a.type == b.type
        and a.evidence == b.evidence
        and bool(
            {p.entity for p in a.participants} & {p.entity for p in b.participants}
            or not a.participants
            or not b.participants
            # "opened talks ... through Nigerien mediation": a go-between joins the talks
            or all(p.role in ("mediator", "other") for p in a.participants)
            or all(p.role in ("mediator", "other") for p in b.participants)
        )
    )


def _merge(into: Event, other: Event) -> None:
    have = {p.entity for p in into.participants}
    into.participants += [p for p in other.participants if p.entity not in have]
    into.location = into.location or other.location
    into.count = into.count or other.count
    into.date = into.date or other.date


def _fold_merger_products(events: list[Event]) -> None:
    """ "X merged with Y to form Z": Z is the merger's product, not a separate founding by Y (French "fait
    scission et fonde Z": Z is the split's product and is founded too)."""
    renamings: dict[tuple[Span, ...], list[Event]] = {}
    for o in events:
        if o.type == "RENAMING" and not o.method.endswith(LEARNED):  # a guess never folds a rule's event
            renamings.setdefault(tuple(o.evidence), []).append(o)
    folded: set[int] = set()
    for ev in events:
        if ev.type != "FOUNDING":
            continue
        merger = next(
            (
                o
                for o in renamings.get(tuple(ev.evidence), [])
                if not any(p.role == "patient" for p in o.participants)
            ),
            None,
        )
        if merger is None:
            continue
        split = merger.trigger.lower() in FRENCH_SPLIT_TRIGGERS
        if merger.trigger.lower() in FRENCH_MERGER_NOUNS:
            # "le GSIM a été créé par la fusion de X et Y", "le MNLA, fondé par la fusion du MNA": the French
            # annotation keeps the founding beside the merger, whose product it is
            _merger_noun_product(ev, merger)
            continue
        if split:
            # "il fait scission et fonde le MIA": the group split off (the split's product, as a merger's) is
            # also founded, by whoever split off: the founding stands beside the split
            founders = {p.entity for p in ev.participants}
            ev.participants += [p for p in merger.participants if p.role != "patient" and p.entity not in founders]
        have = {p.entity for p in merger.participants}
        merger.participants += [
            Participant(p.entity, "patient")
            for p in ev.participants
            if p.role == "patient" and p.entity not in have
        ]
        if not split:
            folded.add(id(ev))
    if folded:
        events[:] = [e for e in events if id(e) not in folded]


def _merger_noun_product(founding: Event, merger: Event) -> None:
    """The organisation founded is the merger's product (its patient), whatever role the merger gave it."""
    made = {p.entity for p in founding.participants if p.role == "patient"}
    merger.participants = [Participant(p.entity, "patient") if p.entity in made else p for p in merger.participants]
    have = {p.entity for p in merger.participants}
    merger.participants += [Participant(k, "patient") for k in sorted(made - have)]
    founding.participants += [p for p in merger.participants if p.role == "other" and p.entity not in made and all(
        q.entity != p.entity for q in founding.participants)]


def _carry_places(events: list[Event]) -> None:
    """An event with no named place happened where the previous one in its paragraph did."""
    for prev, ev in zip(events, events[1:], strict=False):
        if ev.location is None and prev.location is not None and ev.evidence and prev.evidence:
            gap = ev.evidence[0].start - prev.evidence[0].end
            between = ev.evidence[0].start - prev.evidence[0].start
            if gap < 400 and between < 600 and "\n\n" not in _text_between(prev, ev):
                ev.location = prev.location
                base = METHOD if ev.method.startswith(METHOD) else "rule-dep"
                ev.method = base + "/place-carried" + (LEARNED if ev.method.endswith(LEARNED) else "")


def _text_between(a: Event, b: Event) -> str:
    return a.evidence[0].text[-2:] if a.evidence[0].end <= b.evidence[0].start else ""


def extract_events(
    index: EntityIndex,
    refs: References,
    timeline: Timeline,
    ontology: Ontology,
    triggers_from: str = "combined",
    leaders: Callable[[], UnitTies] | None = None,
) -> list[Event]:
    """The events of one document (``triggers_from``: "rules", "learned" or "combined"; ``leaders``: each
    person's organisations, read when a person's men act, see ``relations.led_groups``)."""
    return EventExtractor(index, refs, timeline, ontology, triggers_from, leaders=leaders).extract()
