"""What a name's own words say about its type: personal-name shapes (kunya, nasab, nisba),
organisation heads, place heads ("Sambisa Forest"), states' formal names, and the model's label.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidates import Candidate
from .gazetteer import lookup
from .lexicons import lexicons
from .names import fold, name_key, words

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

# a state's formal name: "(the) (Federal|Islamic|...) Republic of X", "Kingdom of X"
STATE_NAME = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][a-z]+|Democratic|Islamic|Federal|United)\s+){0,2}"
    r"(?:Republic|Kingdom|Sultanate|Principality)\s+of\s+(?:the\s+)?([A-Z][\w'\- ]+)"
)


def is_head(doc: Doc, i: int) -> bool:
    lex = lexicons()
    t = doc[i]
    low = fold(t.text)
    return t.text[:1].isupper() and (low in lex.org_heads or low in lex.unit_nouns)


def person_shape(c: Candidate) -> bool:
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
    if lex.particles.get(ws[0]) == "honorific":
        return True  # "Malam Sani X", "Alhaji Musa Y": the honorific stays in the name
    if ws[0] in lex.given_names or (len(ws) >= 3 and any(w in lex.given_names for w in ws[1:-1])):
        return True
    if any(re.fullmatch(r"abd(el|ul|al|ou|oul|u)?[a-z]{3,}", w) for w in ws):
        return True
    # a nisba: "X al-Tessiti", "Y el-Kidali"
    return bool(re.search(r"\b(al|el|ad|ed)[\s-][A-Z][a-z]+i\b", c.text))


def arabic_plural_org(text: str) -> bool:
    """al-Muhajiroun, al-Muwahhidoun: an article and a plural ending name a group, not a person."""
    return bool(re.fullmatch(r"(?i)(al|el)-[a-z'\u2019]+(oun|oon|un|een|ine|in|at)", text))


def state_name(text: str) -> str | None:
    """The place key of a state's formal name ("Republic of Chad", "the Islamic Republic of
    Mauritania", "Kingdom of Morocco"): the country when the gazetteer knows it, else the whole name."""
    if text.isupper():  # "REPUBLIC OF IRAQ" in a heading or a letterhead
        text = " ".join(w.lower() if w.lower() in ("of", "the") else w.capitalize() for w in text.split())
    m = STATE_NAME.fullmatch(text)
    if m is None:
        return None
    place = lookup(m.group(1))
    return f"place:{fold(place.name) if place else name_key(text)}"


def geo_head(doc: Doc, c: Candidate) -> bool:
    """ "Sambisa Forest", "Borno State", "Tibesti Mountains": a name ending in a capitalised place noun."""
    if c.end - c.start < 2 or c.shape != "chunk":
        return False
    last = fold(doc[c.end - 1].text)
    if last == "state":
        prefix = doc[c.start : c.end - 1]
        return len(prefix) == 1 and prefix[0].pos_ == "PROPN" and fold(prefix[0].text) not in ("islamic",)
    if any(t.lower_ == "in" for t in doc[c.start + 1 : c.end - 1]):
        return False  # "Al-Qaeda in the Arabian Peninsula": a group named with the area it is in
    return last in GEO_HEADS and not any(is_head(doc, i) for i in range(c.start, c.end))


def model_label(doc: Doc, c: Candidate) -> str | None:
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
