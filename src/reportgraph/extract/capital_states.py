"""A capital standing for its state ("Washington said", "Ankara's demands", "talks with Tehran").

The annotation guide files a state acting as such under its country's entity, and a report that once
writes a capital in a state's role ("Washington blamed the group") gives that name to the country for
the whole document (its credit line "reporting in Washington" too). A capital as a place ("in Bamako",
"flown to Niamey", "the Bamako court") stays the city.

Counted on the English corpus's train and dev gold (docs/BENCHMARKS.md, twenty-first round; a
document and a capital it writes, roles read by a scratch pattern): where the report names the
capital's country and no other place of it, the gold made the capital a name of the state in 17 of 82,
and in 7 of the 10 where it held a state's role; where the report names other towns of the country (a
report set in Mali naming Bamako), the gold keeps the capital a city of its own even as a subject
("Bamako rejects report"; a state's name in 4 of 17), so the link waits for a report that names no
other such place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidates import Candidate, doc_text
from .gazetteer import capital_of, lookup
from .language import current_language
from .names import fold

WHY = "capital-as-state"  # the linked mention's method: what the dossier and the resolver show
WHY_GOVERNMENT = "capital-as-government"  # a capital retyped the government seated there
# Verbs whose subject is a place, not an actor ("Kabul fell", "Niamey lies on the Niger").
_PLACE_VERBS = frozenset({"be", "fall", "lie", "sit", "host", "become", "remain", "stand", "border", "look",
                          "sprawl", "grow", "shelter"})
# Nouns a city's possessive names as a part of the place ("Niamey's airport", "Mogadishu's Hodan district").
_PLACE_PARTS = frozenset({"airport", "district", "street", "suburb", "outskirts", "neighbourhood", "neighborhood",
                          "market", "university", "hospital", "prison", "mosque", "hotel", "port", "centre", "center",
                          "resident", "population", "mayor", "skyline", "road", "quarter", "slum", "camp",
                          "gate", "square", "station", "harbour", "harbor", "area", "edge", "heart", "periphery"})
# A government's nouns: "Kabul's authorities" names the rulers seated there, not the country (the gold
# keeps the capital a city of its own there, and its own entity for the authorities).
_RULERS = frozenset({"authority", "authorities", "government", "regime", "ruler", "rulers", "leadership",
                     "administration", "junta"})
# Nouns of a dealing between two states ("relations between Algiers and Bamako"); "between Mogadishu and
# Baidoa" after a place noun is a stretch of road.
_DEALINGS = frozenset({"relation", "tie", "talk", "agreement", "deal", "dispute", "rupture", "tension", "rift",
                       "rapprochement", "cooperation", "negotiation", "war", "accord", "contact", "standoff",
                       "row", "feud", "dialogue", "split"})


def capital_state_links(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """Pairs (capital, country) where a capital holds its state's role in a sentence of a report that
    names the country and no other place of it; the capital's candidate is marked with ``WHY``."""
    if current_language() != "en":
        return []
    countries: dict[str, int] = {}
    towns: dict[str, set[str]] = {}  # country code -> the folded names of its other places the report holds
    capitals: list[tuple[int, str]] = []
    for i, c in enumerate(cands):
        code = capital_of(c.text)
        if code:
            capitals.append((i, code))
            continue
        place = lookup(c.text) if c.type in (None, "LOCATION") else None
        if place is None or place.country is None:
            continue
        if place.kind == "country":
            countries.setdefault(place.country, i)
        else:
            towns.setdefault(place.country, set()).add(fold(c.text))
    text = doc_text(doc)
    links = []
    for i, code in capitals:
        c = cands[i]
        # a dateline or a heading ("MOGADISHU, Aug 21 -", "Baghdad, 19 June 2024"), whatever the parser
        # makes of it; "Washington said" may open a paragraph
        opens_line = not text[text.rfind("\n", 0, c.start_char) + 1 : c.start_char].strip()
        if c.text.isupper() or (opens_line and not text[c.end_char : c.end_char + 2].strip()[:1].isalpha()):
            continue
        if code in countries and not towns.get(code) and _state_role(doc[c.end - 1]):
            cands[i].method = WHY
            links.append((i, countries[code]))
    return links


# Verbs of a government's stance or decision: "Damascus denied arming them", "Bamako admitted", "Nouakchott
# summoned the ambassador", "Baghdad declared the vote illegal" ("said" is left out: the gold keeps the
# town a place in a report where "Nouakchott said" is all it does; so are "killed", "sentenced", "freed").
_STANCE_VERBS = frozenset({
    "deny", "admit", "summon", "declare", "accuse", "reject", "refuse", "insist", "blame", "condemn", "demand",
    "warn", "announce", "order", "approve", "recognise", "recognize", "claim", "protest", "vow", "dismiss",
    "threaten", "acknowledge", "expel", "suspend", "sever", "recall", "pledge", "authorise", "authorize",
    "ban", "designate", "retaliate", "deploy", "dispatch",
})


def capital_governments(doc: Doc, cands: list[Candidate]) -> None:
    """A capital that takes a government's stance in a report that names other places of its country
    ("Damascus denied arming al-Hafl's men" in a report set in Deir ez-Zor) is the government seated there:
    an organisation for the whole report (the corpus train gold types the capital so in 4 reports of 5
    where it is such a verb's subject, "Islamabad accused" the fifth, which it files under Pakistan). A
    capital of a country the report names no other place of is the country's other name instead, whether
    the report names the country (``capital_state_links``) or not ("Washington designated the group" in a
    report on Mozambique: the gold's United States)."""
    if current_language() != "en":
        return
    countries: set[str] = set()
    towns: set[str] = set()
    for c in cands:
        if capital_of(c.text):
            continue
        place = lookup(c.text) if c.type in (None, "LOCATION") else None
        if place is not None and place.country is not None:
            (countries if place.kind == "country" else towns).add(place.country)
    text = doc_text(doc)
    for c in cands:
        code = capital_of(c.text)
        if not code or c.type != "LOCATION" or c.text.isupper() or code not in towns:
            continue  # (a foreign capital, "Washington designated the group", is its country in the gold)
        if not text[text.rfind("\n", 0, c.start_char) + 1 : c.start_char].strip():
            continue  # a dateline or a heading
        tok = doc[c.end - 1]
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _STANCE_VERBS:
            c.type, c.strength, c.key = "ORGANIZATION", 3, f"government:{code.lower()}"
            c.method = WHY_GOVERNMENT


def _state_role(tok: Token) -> bool:
    """Whether a name's head token acts as a state: the subject of a verb of speech or decision, the
    possessor of a policy, the party of a dealing ("talks with X", "accused by X", "between X and Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Ankara and Tehran": the first conjunct's role
        tok = tok.head
    head = tok.head
    if tok.dep_ == "nsubj":  # (a passive's subject is acted on: "Kabul was taken")
        return head.pos_ in ("VERB", "AUX") and head.lemma_ not in _PLACE_VERBS
    if tok.dep_ == "poss":
        noun = head.lemma_.lower()
        return head.pos_ == "NOUN" and noun not in _PLACE_PARTS and noun not in _RULERS
    if tok.dep_ == "pobj":
        prep = head.lower_
        if prep == "with":
            return head.head.pos_ in ("VERB", "NOUN") and head.head.lemma_ not in ("be",)
        if prep == "by":
            return head.dep_ == "agent"
        if prep == "between":
            return head.head.lemma_.lower() in _DEALINGS
    return False
