"""Typing candidates: lexicons and name shapes first, the gazetteer next, the statistical model last.

Each rule sets ``type`` with a ``strength`` (3 rule/lexicon, 2 gazetteer city, 1 model) and a
clustering ``key``; a candidate that is no name at all (a demonym, a title, a month) gets no type.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .chunks import Candidate, doc_text
from .gazetteer import lookup
from .lexicons import lexicons
from .names import fold, is_acronym, name_key, words

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
        "sect",
    }
)
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
COMMUNITY_PREFIXES = frozenset({"kel", "ahl", "awlad", "ouled", "oulad", "ulad", "beni", "bani", "banu"})
NEAR_PREPS = frozenset({"at", "near", "between", "around", "outside"})
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "oasis", "outskirts", "capital"})
SPACY_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
GEO_HEADS = frozenset(
    {
        "forest",
        "mountains",
        "mountain",
        "desert",
        "valley",
        "river",
        "basin",
        "plateau",
        "oasis",
        "massif",
        "hills",
        "highlands",
        "district",
        "park",
        "reserve",
        "island",
        "islands",
        "peninsula",
        "gulf",
        "coast",
        "delta",
        "region",
        "wadi",
    }
)
# "X fighters", "X, founded in 2015": what follows a name that only groups take
AFTER_ORG = re.compile(
    r"(?:\s(?:fighters|militants|insurgents|members|faction|splinter|leadership|ranks|"
    r"cadres|affiliate|franchise)\b|,? (?:which |that )?(?:was |had been )?(?:founded|formed|"
    r"created|established|launched) (?:by|in)\b)"
)
# a state's formal name: "(the) (Federal|Islamic|...) Republic of X", "Kingdom of X"
STATE_NAME = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][a-z]+|Democratic|Islamic|Federal|United)\s+){0,2}"
    r"(?:Republic|Kingdom|Sultanate|Principality)\s+of\s+(?:the\s+)?([A-Z][\w'\- ]+)"
)
BLOCKED = "-"  # key of a candidate that is certainly no name
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
ORG_AFTER = frozenset(
    {
        "movement",
        "group",
        "militia",
        "militias",
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
COMMUNITY_APPOSITION = frozenset(
    {"tribe", "clan", "confederation", "lineage", "fraction", "people", "community", "caste", "subclan", "sect"}
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
    }
)
POSSESSIVES = frozenset({"his", "her", "their", "its", "whose"})
ARMY_WORDS = {"army": "army", "military": "army", "armed forces": "army", "forces": "army"}


def _set(c: Candidate, etype: str | None, strength: int, key: str | None = None) -> None:
    c.type, c.strength = etype, strength
    if key is None:
        key = f"place:{name_key(c.text)}" if etype == "LOCATION" else name_key(c.text)
    c.key = key


def _strip_titles(doc: Doc, c: Candidate) -> None:
    """Move leading titles ("President", "Emir") out of the name and into roles."""
    lex = lexicons()
    while c.end - c.start > 1:
        t = fold(doc[c.start].text)
        if t not in lex.titles or c.shape != "chunk":
            break
        if fold(doc[c.start + 1].text) in lex.particles:
            break  # "Cheikh Ag Aoussa": the title word is the given name
        c.roles.append(lex.titles[t])
        c.start += 1
        c.start_char = doc[c.start].idx
        c.text = doc_text(doc)[c.start_char : c.end_char]
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
        if fold(doc[k].text) in lex.titles:
            c.roles.append(lex.titles[fold(doc[k].text)])


def _person_shape(c: Candidate) -> bool:
    lex = lexicons()
    ws = words(c.text)
    if len(ws) < 2:
        return False
    if any(w in lex.particles and lex.particles[w] in ("kunya", "nasab") for w in ws[1:]) or ws[0] in (
        "abu",
        "abou",
        "ibn",
        "bin",
        "ould",
        "ag",
    ):
        return True
    if ws[0] in lex.given_names or (len(ws) >= 3 and any(w in lex.given_names for w in ws[1:-1])):
        return True
    if any(re.fullmatch(r"abd(el|ul|al|ou|oul|u)?[a-z]{3,}", w) for w in ws):
        return True
    # a nisba: "X al-Tessiti", "Y el-Kidali"
    return bool(re.search(r"\b(al|el|ad|ed)[\s-][A-Z][a-z]+i\b", c.text))


def _arabic_plural_org(text: str) -> bool:
    """al-Muhajiroun, al-Muwahhidoun: an article and a plural ending name a group, not a person."""
    return bool(re.fullmatch(r"(?i)(al|el)-[a-z'\u2019]+(oun|oon|un|een|ine|in|at)", text))


def classify(doc: Doc, c: Candidate) -> None:
    """Give the candidate a type, strength and clustering key (or no type when it is no name)."""
    lex = lexicons()
    text = c.text
    ws = words(text)
    if not ws:
        return
    if c.shape == "institution":
        country = next(
            (lex.demonyms[fold(t.text)] for t in doc[c.start : c.end] if fold(t.text) in lex.demonyms), None
        )
        if country is None:
            place = lookup(doc[c.end - 1].text)
            country = place.name if place else doc[c.end - 1].text
        noun = " ".join(
            w for w in ws if w not in ("of",) and fold(w) not in lex.demonyms and lookup(w) is None
        )
        noun = ARMY_WORDS.get(noun, noun)
        _set(c, "ORGANIZATION", 3, f"institution:{fold(country)}:{noun}")
        return
    if c.shape == "desert":
        _set(c, "LOCATION", 3)
        return
    if c.shape == "tribe":
        _set(c, "COMMUNITY", 2)
        return
    if c.shape in ("ordinal-unit", "unit-apposition"):
        _set(c, "ORGANIZATION", 3)
        return
    if c.shape == "subregion":
        place = lookup(text)
        _set(c, "LOCATION", 3, f"place:{fold(place.name) if place else fold(text)}")
        return
    if c.shape == "french-org":
        _set(c, "ORGANIZATION", 3)
        return
    _strip_titles(doc, c)
    text, ws = c.text, words(c.text)
    if ws[0] == "operation" and len(ws) > 1 and c.shape == "chunk":
        _set(c, "ORGANIZATION", 3)  # "Operation Barkhane": a named force deployment acts as an actor
        return
    has_head = any(_is_head(doc, i) for i in range(c.start, c.end - 1))
    if (ws[-1] in NON_NAME_HEADS and not has_head) or (
        len(ws) == 1 and (ws[0] in lex.non_names or ws[0] in lex.titles)
    ):
        c.key = BLOCKED
        return
    nxt = c.end
    while c.shape == "quoted" and nxt < len(doc) and doc[nxt].text in ("'", "\u2019", '"', "\u201d"):
        nxt += 1  # the closing quote mark
    after = fold(doc[nxt].text) if nxt < len(doc) else ""
    after2 = " ".join(fold(t.text) for t in doc[c.end : c.end + 2])
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    folded = fold(text)
    if folded in lex.communities:
        _set(c, "COMMUNITY", 3, f"community:{fold(lex.communities[folded])}")
        return
    if folded in lex.demonyms and c.shape != "quoted":
        c.key = BLOCKED
        return
    if after in lex.unit_nouns and c.shape == "chunk":
        c.end += 1
        c.end_char = doc[c.end - 1].idx + len(doc[c.end - 1].text)
        c.text = doc_text(doc)[c.start_char : c.end_char]
        _set(c, "ORGANIZATION", 3)
        return
    if after in lex.unit_nouns and c.shape == "quoted":
        _set(c, "ORGANIZATION", 3)
        return
    place = lookup(text)
    if place is not None and place.kind != "city":
        _set(c, "LOCATION", 3, f"place:{fold(place.name)}")
        return
    state = _state_name(text)
    if state is not None and c.shape == "chunk":
        _set(c, "LOCATION", 3, state)  # "the Republic of Niger" is the country Niger
        return
    context = _context_type(doc, c)
    if context is not None:
        _set(c, context, 3)
        return
    if ws[0] in COMMUNITY_PREFIXES and len(ws) > 1 and c.shape == "chunk" and not has_head:
        _set(c, "COMMUNITY", 2)  # "Kel Adagh", "Awlad Tamim", "Ahl Bouzeid": the people / sons of
        return
    if (
        len(ws) > 1
        and ws[0] in lex.toponym_prefixes
        and c.shape == "chunk"
        and doc[c.start].text[0].isupper()
    ):
        _set(c, "LOCATION", 3)  # "Tin Fadimata", "Bir Moghrein", "Oued Tessouk"
        return
    if _geo_head(doc, c):
        _set(c, "LOCATION", 3, f"place:{name_key(doc[c.start : c.end - 1].text)}")
        return
    if any(_is_head(doc, i) for i in range(c.start, c.end)):
        _set(c, "ORGANIZATION", 3)
        return
    if after in ORG_AFTER and c.shape in ("chunk", "quoted"):
        _set(c, "ORGANIZATION", 2)  # "the Kel Tamart militia": the noun is not part of the name
        return
    if after in COMMUNITY_HEADS:
        _set(c, "COMMUNITY", 3)
        return
    if is_acronym(text.replace(" ", "")) and lookup(text) is None:
        _set(c, "ORGANIZATION", 3)  # "an FLT camp": the group's camp, not a place
        return
    if (
        after2 in lex.geo_features
        or after in lex.geo_features
        or (after == "-" and c.end + 1 < len(doc) and doc[c.end + 1].lower_ == "based")
    ):
        great = ws[0] in ("great", "greater") and len(ws) > 1
        p = lookup(" ".join(ws[1:])) if great else place
        _set(c, "LOCATION", 3, f"place:{fold(p.name)}" if p else None)
        return
    if len(ws) > 1 and ws[0] in ("great", "greater"):
        p = lookup(" ".join(ws[1:]))
        if p is not None:
            _set(c, "LOCATION", 3, f"place:{fold(p.name)}")
            return
    if c.shape == "chunk" and _arabic_plural_org(text):
        _set(c, "ORGANIZATION", 3)
        return
    if _person_shape(c) or (c.roles and len(ws) >= 1 and c.shape == "chunk" and place is None):
        _set(c, "PERSON", 3)
        return
    if is_acronym(text.replace(" ", "")):
        _set(c, "ORGANIZATION", 3)
        return
    if place is not None:
        _set(c, "LOCATION", 2, f"place:{fold(place.name)}")
        return
    if before in PLACE_NOUNS or (
        c.start > 1 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].lower_ in PLACE_NOUNS
    ):
        _set(c, "LOCATION", 2)
        return
    if c.shape == "chunk" and any(t.lower_ in ("in", "of", "for", "the") for t in doc[c.start + 1 : c.end]):
        # (quoted nicknames may hold them: 'Hamoud the Lame')
        _set(c, "ORGANIZATION", 1)  # "X in the Y", "X of Y": never a personal name
        return
    label = _model_label(doc, c)
    if c.shape == "chunk" and (
        (before in PLACE_PREPS and len(ws) == 1 and label != "LOCATION")
        or (before in NEAR_PREPS and len(ws) <= 3 and label != "LOCATION")
    ):
        # a lone word after "in/at/near/between" is a place; a later short form of a
        # person ("to Kerroumi") is still joined to the person by the clustering step
        _set(c, "LOCATION", 1)
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


def _state_name(text: str) -> str | None:
    """The place key of a state's formal name ("Republic of Chad", "the Islamic Republic of
    Mauritania", "Kingdom of Morocco"): the country when the gazetteer knows it, else the whole name."""
    m = STATE_NAME.fullmatch(text)
    if m is None:
        return None
    place = lookup(m.group(1))
    return f"place:{fold(place.name) if place else name_key(text)}"


def _geo_head(doc: Doc, c: Candidate) -> bool:
    """ "Sambisa Forest", "Borno State", "Tibesti Mountains": a name ending in a capitalised place noun."""
    if c.end - c.start < 2 or c.shape != "chunk":
        return False
    last = fold(doc[c.end - 1].text)
    if last == "state":
        prefix = doc[c.start : c.end - 1]
        return len(prefix) == 1 and prefix[0].pos_ == "PROPN" and fold(prefix[0].text) not in ("islamic",)
    return last in GEO_HEADS and not any(_is_head(doc, i) for i in range(c.start, c.end))


def _described_as(doc: Doc, c: Candidate) -> str:
    """ "X, a district of eastern Mauritania", "Y, an Arab tribe of ...": the noun of the description."""
    tail = doc_text(doc)[c.end_char : c.end_char + 60]
    m = re.match(
        r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(\w+)\b(?:\s+(?:of|in|on|near|north|south|east|west)\b|,|\.)",
        tail,
    )
    return m.group(1).lower() if m else ""


def _apposition_head(doc: Doc, c: Candidate, after: bool = False) -> str:
    """The noun a name stands in apposition to: before it ("an armed group, Kel Tamart" -> group) or,
    with ``after``, after it ("Kurmin Dawa, a market town in Gandu" -> town); "" when none."""
    root = doc[c.start : c.end].root
    if root.dep_ == "appos" and root.head.i < c.start:
        return str(root.head.lemma_.lower())
    if after:
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= c.end and child.i - c.end <= 6:
                return str(child.lemma_.lower())
    return ""


def _listed_after_community_noun(doc: Doc, i: int) -> bool:
    """ "tribes such as the Tarabin and the Sawarka", "clans including the X": a listed community."""
    text = " ".join(t.lower_ for t in doc[max(0, i - 10) : i])
    m = re.search(
        r"\b(tribes|clans|communities|confederations|peoples|ethnic groups) (such as|including|like)\b", text
    )
    return m is not None and not re.search(r"[.;:]", text[m.end() :])


def _context_type(doc: Doc, c: Candidate) -> str | None:
    """Words around the name that tell its type: "its subcontractor X", "deputy to X", "X's wife"."""
    if c.shape not in ("chunk", "quoted"):
        return None
    tail = doc_text(doc)[c.end_char : c.end_char + 40]
    if AFTER_ORG.match(tail):
        return "ORGANIZATION"
    b1 = fold(doc[c.start - 1].text) if c.start > 0 else ""
    b2 = fold(doc[c.start - 2].text) if c.start > 1 else ""
    if (
        b1 in ORG_CONTEXT
        or (b1 == "of" and b2 in ("employees", "staff", "subsidiary", "shareholders"))
        or _apposition_head(doc, c) in ORG_APPOSITION
    ):
        return "ORGANIZATION"
    if b1 in PERSON_NOUNS:
        return "PERSON"
    if _listed_after_community_noun(doc, c.start):
        return "COMMUNITY"
    head = _apposition_head(doc, c, after=True) or _described_as(doc, c)
    if head in PLACE_APPOSITION:
        return "LOCATION"
    if head in COMMUNITY_APPOSITION:
        return "COMMUNITY"
    if (
        (b1 == "to" and b2 in PERSON_BEFORE)
        or (b1 == "of" and b2 in KIN)
        or (b1 in KIN and b2 in POSSESSIVES)
    ):
        return "PERSON"
    if (
        c.end + 1 < len(doc)
        and doc[c.end].tag_ == "POS"
        and (fold(doc[c.end + 1].text) in KIN or (fold(doc[c.end + 1].text) in FOLLOWERS and c.end - c.start >= 2))
    ):
        return "PERSON"  # "X's wife", "Bello Kane's men": a person's kin or following
    return None


def _is_head(doc: Doc, i: int) -> bool:
    lex = lexicons()
    t = doc[i]
    low = fold(t.text)
    return t.text[:1].isupper() and (low in lex.org_heads or low in lex.unit_nouns)


def _model_label(doc: Doc, c: Candidate) -> str | None:
    """The statistical model's type for the span, when most of its tokens carry one."""
    labels: dict[str, int] = {}
    for t in doc[c.start : c.end]:
        if t.ent_type_:
            labels[t.ent_type_] = labels.get(t.ent_type_, 0) + 1
    if not labels:
        return None
    best = max(labels, key=lambda k: labels[k])
    if labels[best] * 2 < (c.end - c.start):
        return None
    return SPACY_TYPES.get(best)
