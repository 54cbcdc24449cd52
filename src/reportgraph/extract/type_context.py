"""Words around a name that tell its type: "its subcontractor X", "deputy to X", "X's wife",
"X, a market town in Y", "an armed group, X", "tribes such as X".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from .candidates import Candidate, column, doc_text
from .gazetteer import lookup
from .language import current_language
from .lexicons import lexicons
from .names import fold

# "X fighters", "X, founded in 2015": what follows a name that only groups take
AFTER_ORG = re.compile(
    r"(?:\s(?:fighters|militants|insurgents|members|faction|splinter|leadership|ranks|"
    r"cadres|affiliate|franchise)\b|,? (?:which |that )?(?:was |had been )?(?:founded|formed|"
    r"created|established|launched) (?:by|in)\b)"
)

# French: "des combattants de X", "les membres du X", "des éléments de l'X": a group's members (never a
# place's, a person's name aside: "les combattants d'Abou Zeid" is read by the given name)
BEFORE_ORG_FR = re.compile(
    r"\b(?:combattants|membres|militants|jihadistes|djihadistes|éléments|commandants|cadres|dirigeants|"
    r"recrues|partisans|terroristes|islamistes|insurgés|miliciens|émir|fondateur|idéologue)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)

# French: "la mort de X", "l'assassinat de X": only a person dies or is murdered (train split: the 26 names after "mort
# de" are persons; a town the gazetteer knows may bear a surname, "Shekou")
BEFORE_PERSON_FR = re.compile(r"\b(?:mort|décès|assassinat|meurtre|funérailles|obsèques)\s+(?:de\s+|d['’]\s*)$",
                              re.IGNORECASE)

# French: "le chef de X" for a name of two words or more ("le chef de Boko Haram"); a one-word name
# there is as often a village's ("l'ancien chef de Gouzoudou")
BEFORE_ORG_LEADER_FR = re.compile(r"\bchefs?\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$", re.IGNORECASE)

# French: "revendiqué par X", "se réclamant de X": who claims an attack or whose name fighters claim, for a name of
# two words or more and no given name ("revendiqué par Boko Haram", which the tagger calls a place; a person's
# "revendiqué par Abubakar Shekau" is read by the given name)
BEFORE_ORG_CLAIM_FR = re.compile(r"\b(?:revendiqu[ée]e?s?\s+par|se\s+réclam\w*\s+(?:de|du|des|d['’]))\s*"
                                 r"(?:la\s+|l['’]\s*)?$", re.IGNORECASE)

# "the X commander", "an X spokesman": a role noun right after a name that is no place makes the name
# the group the role belongs to (a person's name is not used so: "the Yerima commander")
AFTER_ORG_ROLE = re.compile(r"\s(?:commander|commanders|emir|spokesman|operatives)\b")

ORG_CONTEXT = frozenset(
    {
        "company",
        "firm",
        "subcontractor",
        "contractor",
        "operator",
        "subsidiary",
        "group",
        "corporation",
        "conglomerate",
        "employees",
        "staff",
        "insurer",
        "bank",
    }
)

PERSON_BEFORE = frozenset(
    {
        "deputy",
        "successor",
        "adviser",
        "advisor",
        "aide",
        "lieutenant",
        "heir",
        "predecessor",
        "bodyguard",
        "spokesman",
        "envoy",
    }
)

KIN = frozenset(
    {
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "uncle",
        "nephew",
        "niece",
        "cousin",
        "wife",
        "husband",
        "widow",
        "son-in-law",
        "father-in-law",
        "brother-in-law",
    }
)

# "X's men": a following that only a person has (a group's "fighters" or "members" are its own)
FOLLOWERS = frozenset({"men", "followers", "loyalists", "lieutenants", "bodyguards", "entourage", "disciples"})

# "the Swiss hostage X", "the Tuareg notable X": a person noun right before the name
PERSON_NOUNS = frozenset(
    {
        "hostage",
        "hostages",
        "engineer",
        "journalist",
        "priest",
        "nun",
        "missionary",
        "tourist",
        "notable",
        "preacher",
        "veteran",
        "militant",
        "smuggler",
        "businessman",
        "trader",
        "activist",
        "politician",
        "diplomat",
        "worker",
        "soldier",
        "officer",
        "cleric",
        "scholar",
        "poet",
        "singer",
        "ideologue",
        "negotiator",
        "mediator",
        "intermediary",
        "defector",
        "recruit",
        "founder",
    }
)

PLACE_APPOSITION = frozenset(
    {
        "town",
        "village",
        "city",
        "district",
        "region",
        "area",
        "oasis",
        "well",
        "settlement",
        "locality",
        "commune",
        "forest",
        "valley",
        "plateau",
        "massif",
        "hamlet",
        "camp",
        "capital",
        "port",
    }
)

# what "X, the ... of Y" calls a place when X lies in Y ("the headquarters of Y district", "the main town
# of Y", "the largest city in Y"): a settlement or an administrative seat, not "the stronghold of" a group
SETTLEMENT_HEADS = frozenset(
    {"town", "city", "village", "hamlet", "capital", "headquarters", "seat", "port", "settlement", "oasis",
     "district", "province", "region", "island", "islands", "market", "crossing"}
)


# the nouns of an apposition that type the name a place ("X, a Fulani village in Y", "X, the headquarters
# of Y district") when written after the name's comma; not "province", which an armed group's unit is
# called too ("ISCAP, a province that covered ...", "Wilayat X, the ISIL administrative province")
PLACE_TYPING_HEADS = (PLACE_APPOSITION | SETTLEMENT_HEADS) - {"province"}

COMMUNITY_APPOSITION = frozenset(
    {"tribe", "clan", "confederation", "lineage", "fraction", "people", "community", "caste", "subclan"}
)

ORG_APPOSITION = frozenset(
    {
        "group",
        "movement",
        "organisation",
        "organization",
        "militia",
        "faction",
        "coalition",
        "alliance",
        "front",
        "party",
        "company",
        "splinter",
        "offshoot",
        "outfit",
        "franchise",
        "branch",
        "sect",
    }
)

RIVALS = frozenset({"rival", "rivals", "ally", "allies", "enemy", "enemies", "patron", "protege", "protégé"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "whose"})


def _described_as(doc: Doc, c: Candidate) -> str:
    """ "X, a district of eastern Mauritania", "Y, an Arab tribe of ...": the noun of the description;
    with "the", a settlement's only ("X, the main town of Y", "X, the headquarters of Y district"): "X,
    the leader of Y" is left to the parser's reading."""
    tail = doc_text(doc)[c.end_char : c.end_char + 60]
    if not tail.startswith(","):
        return ""  # (what the pattern below opens with: a comma right after the name)
    m = re.match(
        r",\s+(a|an|the)\s+(?:[\w-]+\s+){0,2}?(\w+)\b(?:\s+(?:of|in|on|near|north|south|east|west|from|who|based|with)\b|,|\.)",
        tail,
    )
    if m is None or (m.group(1) == "the" and (
            m.group(2).lower() not in PLACE_TYPING_HEADS or " and the " in tail or ", the " in tail[m.end() :])):
        return ""  # (not a list of definite items: "X, the village of Y and the officer are invented")
    return m.group(2).lower()


def _apposition_head(doc: Doc, c: Candidate, after: bool = False, root: Token | None = None) -> str:
    """The noun a name stands in apposition to: before it ("an armed group, Kel Tamart" -> group) or,
    with ``after``, after it ("Kurmin Dawa, a market town in Gandu" -> town); "" when none. ``root``:
    the root of the name's tokens, when the caller has it."""
    if root is None:
        root = doc[c.start : c.end].root
    if root.dep_ == "appos" and root.head.i < c.start:
        return str(root.head.lemma_.lower())
    if after:
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= c.end and child.i - c.end <= 6:
                return str(child.lemma_.lower())
    return ""


def _apposed_plural(doc: Doc, c: Candidate, root: Token) -> bool:
    """Whether the noun the parser sets in apposition to a one-word name is plural ("traders, X", "X,
    fishermen of ..."): a place or a list's member, no description of one person."""
    if c.end - c.start != 1:
        return False
    if root.dep_ == "appos" and root.head.i < c.start:
        return root.head.tag_ in ("NNS", "NNPS")
    return any(child.dep_ == "appos" and child.tag_ in ("NNS", "NNPS") and child.i >= c.end
               for child in root.children)


# French: the words that may stand between a name's comma and its apposition's noun
_FR_APPOSITION_DETERMINERS = frozenset({"la", "le", "l", "les", "un", "une"})
_FR_LIST_WORDS = frozenset({"et", ",", "ou"})
_FR_OF = frozenset({"de", "du", "des", "d"})


def _french_apposition_type(doc: Doc, c: Candidate) -> str | None:
    """ "X, la principale milice dogon", "X, un village du cercle de Y", "X, une tribu arabe": the type
    the noun of a French apposition gives the name before it (``lexicons/fr/apposition_nouns.tsv``), its
    article and up to two adjectives between; not where the noun opens a name of its own ("X, la milice
    Y": a list), nor where the name ends a longer phrase or a list ("le Comité de X, un groupe ...", "les
    villages de Y et X, l'association ...": the apposition is the phrase's or a next item; "X, le village de Y et
    le Z sont inventés": the noun is the next item's, ``FR_LISTED_AFTER``)."""
    nouns = lexicons().apposition_nouns
    before = fold(doc[c.start - 1].text).rstrip("'’") if c.start > 0 else ""
    if before in _FR_LIST_WORDS:
        return None
    if before in _FR_OF:  # "Comité de défense de X, un groupe": the capitalised phrase X ends
        for t in reversed(doc[max(0, c.start - 6) : c.start - 1]):
            if t.text[:1].isupper():
                return None
            if t.pos_ in ("DET", "PUNCT", "VERB", "AUX", "PRON"):
                break
    if FR_LISTED_AFTER.match(doc_text(doc), c.end_char):
        return None
    i = c.end
    if i + 2 >= len(doc) or doc[i].text != "," or fold(doc[i + 1].text).rstrip("'’") not in _FR_APPOSITION_DETERMINERS:
        return None
    j = i + 2
    while j < len(doc) and j - i <= 4 and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1
    if j >= len(doc) or not doc[j].text.islower() or fold(doc[j].text) not in nouns:
        return None
    if (j + 1 < len(doc) and doc[j + 1].text[:1].isupper()) or doc[j].dep_ in ("nsubj", "nsubjpass"):
        return None  # "X, la milice Y" (a list); "Avec X, le groupe chasse ...": a clause's subject
    return nouns[fold(doc[j].text)]


# French: the name is an item of a list whose next item the parser hangs on it as an apposition ("X, le village
# de Y et le « secteur Z » sont inventés", "A, B, X, le village de Y et ..."): "village" describes Y's item, not X
FR_LISTED_AFTER = re.compile(r",\s+(?:la|le|l['’]|un|une)\s*[a-zà-ÿ-]+\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?"
                             r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s+et\s+(?:la|le|les|l['’]|un|une|des)\b")


def _listed_after_community_noun(doc: Doc, i: int) -> bool:
    """ "tribes such as the Tarabin and the Sawarka", "clans including the X": a listed community."""
    text = " ".join(column(doc, "lower_")[max(0, i - 10) : i])
    if "such as" not in text and "including" not in text and "like" not in text:
        return False  # (the words the pattern below needs)
    m = re.search(r"\b(tribes|clans|communities|confederations|peoples|ethnic groups) (such as|including|like)\b", text)
    return m is not None and not re.search(r"[.;:]", text[m.end() :])


def context_type(doc: Doc, c: Candidate) -> str | None:
    """Words around the name that tell its type: "its subcontractor X", "deputy to X", "X's wife"."""
    if c.shape not in ("chunk", "quoted"):
        return None
    tail = doc_text(doc)[c.end_char : c.end_char + 40]
    if AFTER_ORG.match(tail):
        return "ORGANIZATION"
    if (AFTER_ORG_ROLE.match(tail) and c.start > 0 and doc[c.start - 1].lower_ in ("the", "a", "an")
            and lookup(c.text) is None):
        return "ORGANIZATION"
    if (
        current_language() == "fr"
        and (
            BEFORE_ORG_FR.search(doc_text(doc)[max(0, c.start_char - 40) : c.start_char])
            or (c.end - c.start >= 2
                and any(cue.search(doc_text(doc)[max(0, c.start_char - 40) : c.start_char])
                        for cue in (BEFORE_ORG_LEADER_FR, BEFORE_ORG_CLAIM_FR)))
        )
        and not any(fold(t.text) in lexicons().given_names or fold(t.text) in lexicons().particles
                    for t in doc[c.start : c.end])
        and lookup(c.text) is None
    ):
        return "ORGANIZATION"
    if (current_language() == "fr" and BEFORE_PERSON_FR.search(doc_text(doc)[max(0, c.start_char - 30) : c.start_char])
            and ((place := lookup(c.text)) is None or place.kind == "city")):
        return "PERSON"
    if current_language() == "fr":
        apposed = _french_apposition_type(doc, c)
        if apposed is not None:
            return apposed
    b1 = fold(doc[c.start - 1].text) if c.start > 0 else ""
    b2 = fold(doc[c.start - 2].text) if c.start > 1 else ""
    root = doc[c.start : c.end].root  # (read twice below)
    if (
        b1 in ORG_CONTEXT
        or (b1 == "of" and b2 in ("employees", "staff", "subsidiary", "shareholders"))
        or _apposition_head(doc, c, root=root) in ORG_APPOSITION
    ):
        return "ORGANIZATION"
    if b1 in PERSON_NOUNS:
        return "PERSON"
    if b1 in RIVALS and b2 in POSSESSIVES:
        return "ORGANIZATION" if b2 == "its" else "PERSON"  # "his rival X", "its ally X"
    if _listed_after_community_noun(doc, c.start):
        return "COMMUNITY"
    described = _described_as(doc, c)
    head = ("" if current_language() == "fr" and FR_LISTED_AFTER.match(doc_text(doc), c.end_char)
            else _apposition_head(doc, c, after=True, root=root)) or described
    if head in PLACE_APPOSITION or described in PLACE_TYPING_HEADS:
        # "X, a Fulani village in Y", "X, the headquarters of Y district": the written noun after the
        # comma (the parser lemmatises "headquarters" "headquarter", and its link may run back to a noun
        # before the name, "an emir for the Diffa islands, Bukar Ari", which only the shorter list types)
        return "LOCATION"
    if head in COMMUNITY_APPOSITION:
        return "COMMUNITY"
    if head in PERSON_NOUNS and not (current_language() == "en" and (
            written_as_place(doc, c.text) or _apposed_plural(doc, c, root))):
        # "X, a Fulani preacher from Y" (not "the village of X, the priest and ...": a list; nor
        # "Interviews with tribal notables, X, 2023": a plural noun describes no one person)
        return "PERSON"
    if head in ORG_APPOSITION and head not in ("company",):
        return "ORGANIZATION"  # "X, a splinter of Y", "X, a sect founded by Y"
    if (b1 == "to" and b2 in PERSON_BEFORE) or (b1 == "of" and b2 in KIN) or (b1 in KIN and b2 in POSSESSIVES):
        return "PERSON"
    if (
        c.end + 1 < len(doc)
        and doc[c.end].tag_ == "POS"
        and (fold(doc[c.end + 1].text) in KIN or (fold(doc[c.end + 1].text) in FOLLOWERS and c.end - c.start >= 2))
    ):
        return "PERSON"  # "X's wife", "Bello Kane's men": a person's kin or following
    return None


# The words before a name that a person's name never follows: a preposition of place ("in X", "near
# X", "via X"), a verb of taking a place ("retook X", "stormed X") or the "of" of a place noun, a
# compass word or a place's office ("the hamlet of X", "north of X", "the gold site of X", "the
# district head of X"), a list of capitalised names perhaps between ("in Diyala and X", "around Aleppo
# and X"). On the train and dev gold, a name of two words or more so written somewhere in its report is
# a place 613 times, a person 2 (an organisation 37: typed by their heads before this is read).
_PLACE_PREPS = (r"(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout|[Vv]ia|"
                # the verbs of taking a place ("retook X"; "captured" and "seized" take persons too)
                r"(?:re)?took|retake|recaptured|stormed|entered|occupied)")
_PLACE_OF = (r"(?:towns?|city|villages?|hamlets?|regions?|islands?|districts?|area|department|commune|canton|"
             r"locality|municipality|neighbou?rhood|residents|oasis|forest|jungles|port|sites?|markaz|sultan|"
             r"governor|(?:district|village) head)")
# ("north of the Tilemsi valley"; but "the villages of the Hawaadle" are a people's)
_SIDE_OF = r"(?:outskirts|edge|(?:north|south)(?:-?(?:east|west))?|east|west)"
_CAPITALISED = r"[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,3}"
# "at X" (not "aimed at X", "looked at X": a person's), a verb of going or being placed ("fled to X",
# "stationed at X") or of origin ("a native of X", "hails from X"); twenty-seventh round (placecue33): on the
# train gold a name of two words or more after "at" is a place 39 times, a person never
_AT_PLACE = (r"(?:(?<!aimed )(?<!directed )(?<!looked )(?<!laughed )(?<!glance )(?<!swipe )(?<!jab )(?<!shots )"
             r"\b[Aa]t|(?:fled|retreated|withdrew|relocated|redeployed|displaced) (?:to|into|towards?)|"
             r"(?:stationed|located|garrisoned|encamped) (?:at|near)|"
             r"(?:native|natives|hails?|hailing|originally) (?:of|from))")
PLACE_CUE_BEFORE = re.compile(
    rf"(?:\b{_PLACE_PREPS}\s+(?:the\s+)?|{_AT_PLACE}\s+(?:the\s+)?|\b{_PLACE_OF} of\s+|\b{_SIDE_OF} of\s+(?:the\s+)?)"
    # a list before the name: "A and X", "A, B and X", "A, B, and X" (not "in A, and X led ...": a clause)
    rf"(?:(?:{_CAPITALISED},\s+){{0,4}}{_CAPITALISED}\s+(?:and|or)\s+(?:the\s+)?"
    rf"|(?:{_CAPITALISED},\s+){{1,4}}{_CAPITALISED},\s+(?:and|or)\s+(?:the\s+)?)?$"
)

# a one-word name after a place and its comma ("in Jolo, X, on 27 January"), read with what follows it
PLACE_PAIR_BEFORE = re.compile(rf"\b{_PLACE_PREPS}\s+(?:the\s+)?{_CAPITALISED},\s+$")
PLACE_PAIR_AFTER = re.compile(r"(?:\.(?:\s|$)|,\s+(?:on|in|at|during|between|from|when|where)\b|,\s+\d|;)")


# The French words before a name that a person's name never follows: a preposition of nearness or
# origin ("près de X", "originaire de X", "aux environs de X", "vers X"), "dans le/la" ("dans le X":
# a region; a person is "chez X"), a verb of being placed at ("installé à X", "basé à X", "né à X",
# "remis ... à X" is left: a bare "à" precedes persons, "une lettre à X", "selon ... à X"), a compass
# word or a settlement's noun and its "de" ("au nord de X", "la localité de X"; not "le camp de X":
# a leader's camp). On the French train gold (twenty-seventh round), a name of two words or more so
# written is a place 9 times, a person never; a bare "à" before it, a person 11 times, a place 5.
_PLACE_OF_FR = (r"(?:localités?|villages?|villes?|communes?|hameaux?|campements?|zones?|régions?|cercles?|"
                r"départements?|sites?|cantons?|quartiers?|oasis|forêts?|marchés?|chefs?-lieux?|préfectures?|"
                r"sous-préfectures?|arrondissements?|îles?|wilayas?|moughataas?|provinces?|vallées?|massifs?)")
_SIDE_OF_FR = (r"(?:(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?|(?:à la|la) (?:périphérie|sortie|"
               r"frontière)|(?:aux|les) (?:environs|abords|alentours))")
_PLACE_VERBS_FR = (r"(?:installée?s?|installe|basée?s?|stationnée?s?|réfugiée?s?|repliée?s?|née?|implantée?s?|"
                   r"retranchée?s?|cantonnée?s?|située?s?|localisée?s?)")
PLACE_CUE_BEFORE_FR = re.compile(
    r"(?:\b(?:[Pp]rès|[Nn]on loin|[Oo]riginaires?|[Àà] proximité|[Ee]n direction|[Àà] destination|[Ee]n provenance|"
    rf"{_PLACE_OF_FR}|{_SIDE_OF_FR}) d(?:e\s+|['’])|\b[Vv]ers\s+|\b[Dd]ans (?:le|la)\s+|\b[Dd]ans l['’]|"
    rf"\b{_PLACE_VERBS_FR} à\s+)$"
)


def written_as_place(doc: Doc, name: str) -> bool:
    """Whether the report writes ``name`` where only a place is written ("in X", "the village of X",
    "north of X"; in French "près de X", "originaire de X", "la localité de X"): evidence against a
    personal name's shape or the model's PERSON label, for every mention of the name. Not where the
    name goes on into a phrase of its own ("in X's", "in the X group": the name modifies a noun there)."""
    if current_language() == "fr":
        return _written_after(doc, name, PLACE_CUE_BEFORE_FR, 60, modifier=False)
    # a place noun after the name is a list's ("in Diyala and X governorates"), not a phrase of the name's own
    return _written_after(doc, name, PLACE_CUE_BEFORE, 120, lexicons().geo_features) or (
        # "in Jolo, X, on 27 January", "near Gao, X.": a one-word name after a place and its comma, closing
        # the place phrase (not "In Mosul, X, the leader of ..., declared": an apposition follows)
        " " not in name.strip() and _written_after(doc, name, PLACE_PAIR_BEFORE, 80, follow=PLACE_PAIR_AFTER))



# The words before a name that only a group follows: its members, fighters or parts ("members of X",
# "an offshoot of X") or a verb of founding or joining it ("founded X", "joined X"). On the train and
# dev gold a name of two words or more so written is an organisation 103 times, a person once ("joined
# Iyad Ag Ghaly": a personal name's shape types it first); one-word names are left out ("joined
# Baitullah", "members of the Hajal": a commander's men, a clan's). A faction splits from, and fighters
# defect from, a group ("ISWAP, which split from X"; twenty-seventh round: 2 train entities, none wrong).
GROUP_CUE_BEFORE = re.compile(
    r"\b(?:(?:members|fighters|militants|ranks|wing|offshoot|splinter|factions|founders?|spokesman) of|"
    r"(?:split|splintered|broke|breaking|defected|defectors)(?: away)? from|"
    r"(?:co-?)?founded|formed|created|established|joined)\s+(?:the\s+)?$"
)


def written_as_group(doc: Doc, name: str) -> bool:
    """Whether the report writes ``name`` where only a group is written ("an offshoot of X", "founded
    X"): evidence against the model's PERSON label, for every mention of the name. Not where the name
    modifies a noun ("members of the X clan") or is a possessive."""
    return _written_after(doc, name, GROUP_CUE_BEFORE, 40)


def written_with_members(doc: Doc, name: str) -> bool:
    """Whether the report writes ``name`` right before a group's own noun ("X fighters", "X militants",
    "X, founded in 2015"; ``AFTER_ORG``): evidence against a personal name's shape for every mention of
    a name of two words or more. A person's following takes the possessive ("X's fighters"), which
    this does not read; on the train and dev gold a name of two words or more written so is a person
    never (80 uses: 69 organisations, 9 places, 2 communities)."""
    text = doc_text(doc)
    return any(AFTER_ORG.match(text, m.end())
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))


def _written_after(doc: Doc, name: str, cue: re.Pattern[str], window: int,
                   spared: Collection[str] = (), follow: re.Pattern[str] | None = None,
                   modifier: bool = True) -> bool:
    """Whether some mention of ``name`` in the report follows ``cue`` (searched in the ``window`` characters
    before it) and ends its phrase: neither a possessive nor a lower-case noun after it that the name
    modifies, the folded nouns in ``spared`` excepted (``modifier`` False: a noun after the name is no
    phrase of its, as in French, "près de X jeudi", where a name modifies no noun after it)."""
    text = doc_text(doc)
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if not cue.search(text, max(0, m.start() - window), m.start()):
            continue
        if follow is not None and not follow.match(text, m.end()):
            continue  # (the words after the name must close the phrase too)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        if nxt is not None and (nxt.tag_ == "POS" or (
                modifier and nxt.pos_ == "NOUN" and nxt.text.islower() and fold(nxt.text) not in spared
                and fold(nxt.lemma_) not in spared)):
            continue
        return True
    return False
