"""Special name shapes found before the capitalised chunks: quoted names, French organisation
names, "Malian army" / "government of Mali", "the ninth zone", compass regions ("northern Mali").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .candidates import Candidate, capitalised, column, doc_text, is_cap, make_candidate, span_tokens
from .courts import courts
from .gazetteer import is_country, lookup, region
from .language import current_language
from .lexicons import lexicons
from .names import LIST_REFERENCE, acronym_matches, fold, is_acronym
from .type_context import written_as_place

FRENCH_HEADS = frozenset(
    {
        "mouvement",
        "groupe",
        "front",
        "conseil",
        "rassemblement",
        "parti",
        "coordination",
        "union",
        "armee",
        "forces",
        "alliance",
        "plateforme",
        "organisation",
        "comite",
        "jama'at",
        "jamaat",
    }
)

FRENCH_FUNCTION = frozenset({"pour", "de", "la", "le", "du", "des", "et", "l", "au", "en", "les", "d"})

ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "5th",
        "6th",
        "7th",
        "8th",
        "9th",
        "10th",
    }
)

ORDINAL_UNITS = frozenset(
    {"region", "zone", "military region", "brigade", "battalion", "katiba", "wilaya", "emirate", "sector"}
)

OPEN_QUOTES = {"\u2018": "\u2019", "'": "'", '"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}

COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "north-eastern",
        "northeast",
        "north-east",
    }
)


_OPENERS = re.compile("[" + re.escape("".join(OPEN_QUOTES)) + "]")
_FRENCH_QUOTED = re.compile(r"[^\n\u00bb]{1,80}?(?=[ \u00a0\u202f]\u00bb)")  # up to the space before »


def _quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of short quotations; apostrophes in words are not quotes."""
    text, out, i = doc_text(doc), [], 0
    while i < len(text):
        if text[i] not in OPEN_QUOTES:  # nothing happens but at a quotation mark: on to the next one
            m = _OPENERS.search(text, i)
            if m is None:
                break
            i = m.start()
        c = text[i]
        close = OPEN_QUOTES.get(c)
        prev = text[i - 1] if i else " "
        if c == "\u00ab" and i + 2 < len(text) and text[i + 1] in " \u00a0\u202f" and text[i + 2].isalnum():
            # French quotes hold a space inside: "« le Borgne »"
            m = _FRENCH_QUOTED.match(text, i + 2)
            if m is not None and len(m.group().split()) <= 8:
                out.append((i + 2, m.end()))
                i = m.end() + 2
                continue
        if close and not prev.isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
            j = i + 1
            while j < len(text) and j - i < 80 and text[j] != "\n":
                nxt = text[j + 1] if j + 1 < len(text) else " "
                if text[j] == close and not nxt.isalnum() and (text[j - 1].isalnum() or text[j - 1] in ".?!"):
                    if len(text[i + 1 : j].split()) <= 8:
                        out.append((i + 1, j))
                    break
                j += 1
            i = j + 1 if j < len(text) and text[j] == close else i + 1
            continue
        i += 1
    return out


# a quotation in brackets right after a word, its own first word an article, and nothing after it in the
# brackets but a language ("en dogon", "in Hausa"): a translated name
_GLOSS_BEFORE = re.compile(r"\w[\u2019'\"\u201d]?\s*\(\s*[\u00ab\u201c\u2018\"']\s*$")
GLOSS_ARTICLE = re.compile(r"(?i)(?:les?|la|l[\u2019']|the)\b")
GLOSS_AFTER = re.compile(r"\s*[\u00bb\u201d\u2019\"']\s*(?:(?:en|in) \w+\s*)?\)")


def _quoted(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out = []
    for sc, ec in _quoted_spans(doc):
        inner = doc_text(doc)[sc:ec]
        words = inner.split()
        if not words:
            continue
        content = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
        capital = content[0][:1].isupper()
        toks = span_tokens(doc, sc, ec)
        if toks is None:
            continue
        before = " ".join(t.lower_ for t in doc[max(0, toks[0] - 6) : toks[0]])
        cue = re.search(r"\b(as|(?:called|dubbed|nicknamed|named)(?: him| her| them| it)?|guerre|alias)\W*$", before)
        if cue is None and re.search(r"[\u2019'\"\u201d]\s*\(\s*$", doc_text(doc)[max(0, sc - 8) : sc - 1]):
            cue = re.search(r"\($", "(")  # ('the man with the book'): a translation of the name before
        if cue is None and _GLOSS_BEFORE.search(doc_text(doc)[max(0, sc - 8) : sc]) and GLOSS_ARTICLE.match(inner) \
                and GLOSS_AFTER.match(doc_text(doc), ec):
            # "la katiba X (« Les Enturbannés »)", "Y (« les chasseurs qui se confient à Dieu » en dogon)": a
            # translation in quotes, in brackets, with its article: the name's other name, in any case
            cue = re.search(r"\($", "(")
        # a French or Arabic article before a capital: "le Renard", "al-Fath"
        capital = capital or bool(re.match(r"(?i)(le|la|les|l'|el|al|ad|an|as)[\s\-\u2019'][A-Z]", inner))
        if not (capital or cue is not None) or (cue is None and len(words) > 8):
            continue
        out.append(make_candidate(doc, toks[0], toks[1], "quoted", sc, ec))
    return out


def _french_orgs(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out = []
    for i, text in enumerate(column(doc, "text")):
        if taken[i] or not capitalised(text) or fold(text) not in FRENCH_HEADS:
            continue
        tok = doc[i]
        j, french = tok.i + 1, 0
        while j < len(doc) and j - tok.i < 16 and (not doc[j].is_punct or doc[j].text in ("'", "\u2019", "-")):
            w = fold(doc[j].text).rstrip("'")
            if w in FRENCH_FUNCTION:
                french += 1
            j += 1
        if french >= 1 and j - tok.i >= 3 and not doc[tok.i + 1].text[:1].isupper():
            out.append(make_candidate(doc, tok.i, j, "french-org"))
    return out


def _lower_shapes(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Malian army, the government of Mali, the Algerian desert, the ninth zone."""
    lex = lexicons()
    out = []
    n = len(doc)
    # only a word of one of the shapes below is looked at (a Token object for each word of a long
    # report cost more than the rules)
    starts = {*lex.demonyms, *lex.institutions, *ORDINALS, *LED_NOUNS, *REGION_FORCE_NOUNS, *GROUP_POLICE_NOUNS,
              "federal"}
    for i, text in enumerate(column(doc, "text")):
        if taken[i] or (fold(text) not in starts and text not in POSSESSIVES and not _NUMBERED.match(text)):
            continue
        tok = doc[i]
        low = fold(tok.text)
        if text in POSSESSIVES:
            found = _country_possessive(doc, i, taken)
            if found is not None:
                out.append(found)
        elif low == "federal":
            if (found := _federal_government(doc, i, taken)) is not None:
                out.append(found)
        elif low in lex.demonyms and is_cap(tok):
            for width in (2, 1):
                if tok.i + width < n:
                    noun = " ".join(fold(t.text) for t in doc[tok.i + 1 : tok.i + 1 + width])
                    if noun in lex.institutions or (width == 1 and noun in DEMONYM_TROOPS
                                                    and current_language() == "en"):
                        out.append(make_candidate(doc, tok.i, tok.i + 1 + width, "institution"))
                        break
                    if width == 1 and lex.geo_features.get(noun):
                        out.append(make_candidate(doc, tok.i, tok.i + 2, "desert"))
                        break
        elif low in BARE_INSTITUTIONS and (found := _bare_institution(doc, i, taken)) is not None:
            out.append(found)  # "arrested by the gendarmerie in Dori"
        elif low in GROUP_POLICE_NOUNS and current_language() == "en":
            out.append(make_candidate(doc, i, i + 1, "bare-institution"))  # "the IS hisba", "the Hisbah"
        elif low in lex.institutions and tok.i + 2 < n and doc[tok.i + 1].lower_ == "of":
            place = doc[tok.i + 2]
            if is_cap(place):
                p = lookup(place.text)
                if p is not None and p.kind == "country":
                    out.append(make_candidate(doc, tok.i, tok.i + 3, "institution"))
        elif low in LED_NOUNS and (found := _led_coalition(doc, i, taken)):
            out.append(found)  # "the Saudi-led coalition", "U.S.-led forces"
        elif low == "forces" and (found := _country_institution(doc, i, taken)):
            out.append(found)  # "U.S. forces", "United States special forces"
        elif low in REGION_FORCE_NOUNS and (found := _region_forces(doc, i, taken)):
            out.append(found)  # "Puntland forces", "the Galmudug state forces"
        elif _NUMBERED.match(tok.text) and (unit := _numbered_unit(doc, tok.i)) is not None:
            out.append(unit)  # "the 128th Brigade", "7 Division", "the 14th Infantry Division"
        elif low in ORDINALS and tok.i + 1 < n:
            for width in (2, 1):
                noun = " ".join(fold(t.text) for t in doc[tok.i + 1 : tok.i + 1 + width])
                if noun in ORDINAL_UNITS and tok.i + width < n:
                    out.append(make_candidate(doc, tok.i, tok.i + 1 + width, "ordinal-unit"))
                    out.extend(_unit_apposition(doc, tok.i + 1 + width, noun))
                    break
    return out


# a country's troops named by its demonym ("French troops", "Ethiopian troops"): the train gold writes it as
# the country's forces (an alias of "the Algerian army" where both are written) in 36 of the 59 documents that
# write one; kept out of the institutions lexicon, whose nouns the learned models read as features, and off
# "soldiers" (a name in 4 documents of 34)
DEMONYM_TROOPS = frozenset({"troops"})

_NUMBERED = re.compile(r"^\d{1,3}(?:st|nd|rd|th)?$")
POSSESSIVES = frozenset({"'s", "\u2019s"})
# the institutions a country's possessive names ("Mali's government"); "France's military intervention",
# "Pakistan's security forces" read as descriptions more often than names in the annotated corpus
POSSESSIVE_INSTITUTIONS = frozenset(
    {"government", "army", "police", "defence ministry", "defense ministry", "foreign ministry", "interior ministry"}
)


def _country_possessive(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "Mali's government", "Turkey's defence ministry": a state institution named by its country's
    possessive (token ``i`` is the "'s"); the country inside it is found as a nested name later."""
    noun_end = None
    for width in (2, 1):
        noun = " ".join(fold(t.text) for t in doc[i + 1 : i + 1 + width])
        if i + width < len(doc) and noun in POSSESSIVE_INSTITUTIONS:
            noun_end = i + 1 + width
            break
    if noun_end is None or any(taken[i + 1 : noun_end]):
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        if taken[j] or not is_cap(doc[j]):
            return None
        place = lookup(doc[j:i].text)
        if place is not None and place.kind == "country":
            return make_candidate(doc, j, noun_end, "institution")
    return None


def _country_institution(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "U.S. forces", "the United States special forces": a state's forces named by its country's name
    written as an adjective (token ``i`` is "forces"). On the train and dev gold the U.S. written so
    before "[special] forces" is the forces' name in 12 of 21 uses (the country's alone in 7);
    "U.S. government", "U.S. military" are not names there."""
    lex = lexicons()
    start = i
    if i > 0 and doc[i - 1].text.islower() and f"{fold(doc[i - 1].text)} {fold(doc[i].text)}" in lex.institutions:
        start = i - 1  # "special forces", "security forces"
    for j in range(start - 1, max(-1, start - 4), -1):
        if taken[j] or not is_cap(doc[j]):
            return None
        place = lookup(doc[j:start].text)
        before = doc[j - 1] if j > 0 else None
        if (place is not None and place.kind == "country"
                and not (before is not None and is_cap(before) and not before.is_stop)
                # "in Mali forces loyal to the junta": a place, then the sentence's subject
                and not (before is not None and before.lower_ in ("in", "across", "throughout", "inside"))):
            return make_candidate(doc, j, i + 1, "institution")
    return None


# the nouns of a region's armed men ("Puntland forces", "Jubaland troops") and the lower-case words between
# the region and the noun ("the Galmudug state forces", "Borno security forces")
REGION_FORCE_NOUNS = frozenset({"forces", "troops"})
_REGION_FORCE_WORDS = frozenset({"state", "security", "special", "regional", "armed"})


def _region_forces(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "Puntland forces", "Jubaland troops", "the Galmudug state forces", "South West State forces": the
    forces of a region or state inside a country, named by the place's name before "forces" or "troops"
    (token ``i``). The name is a place's when the gazetteer lists it as a place other than a country (a
    country's forces are ``_country_institution``'s), when "state" ends it ("Galmudug state", "South West
    State"), or when the report writes it where only places are written ("based in Puntland",
    ``type_context.written_as_place``). On the train and dev gold a place's name so written is an
    organisation's name with its noun ("Puntland forces") 13 times of 15 (the other two: no entity), and
    the place alone is the report's other mentions' entity. A demonym ("Somali forces"), an acronym
    ("SDF forces") or a name the report never writes as a place ("Danab forces": an organisation modifying
    the noun, typed in ``classify``) is no region's. English only."""
    if current_language() != "en" or not doc[i].text.islower():
        return None  # "Puntland Security Forces": a capitalised name, the chunks' own
    lex = lexicons()
    k = i
    while k > 0 and doc[k - 1].text.islower() and fold(doc[k - 1].text) in _REGION_FORCE_WORDS and i - k < 2:
        k -= 1  # "state forces", "security forces"
    state_word = any(doc[x].lower_ == "state" for x in range(k, i))
    end = k
    for j in range(end - 1, max(-1, end - 4), -1):
        if taken[j] or not is_cap(doc[j]) or doc[j].is_stop:
            return None  # "Our forces", "The troops"
        if j > 0 and is_cap(doc[j - 1]) and not doc[j - 1].is_stop and not taken[j - 1]:
            continue  # "South West State": the name goes on before
        name = doc[j:end].text
        words_ = name.split()
        if any(fold(w) in lex.demonyms for w in words_) or is_acronym(name):
            return None
        if words_[-1] == "State":
            state_word = True
        place = lookup(name) or region(name)
        if place is not None and place.kind == "country":
            return None  # a country's forces: "_country_institution"
        before = doc[j - 1] if j > 0 else None
        if before is not None and before.lower_ in ("in", "across", "throughout", "inside"):
            return None  # "in Puntland forces loyal to ...": a place, then the sentence's subject
        if place is not None or state_word or written_as_place(doc, name) or _written_as_region(doc, name):
            return make_candidate(doc, j, i + 1, "region-forces")
        return None
    return None


def _written_as_region(doc: Doc, name: str) -> bool:
    """Whether the report writes ``name`` as a state's or a region's: before a lower-case "state"
    ("Jubaland state", "the region of Galmudug state"), or owning a region, province or district ("X's
    Bari region", "X's northern districts")."""
    pattern = (rf"(?<![\w'’-]){re.escape(name)}(?: state\b|['’]s (?:[A-Z][\w'’-]+ |[a-z]+ )?"
               r"(?:regions?|provinces?|districts?|governorates?)\b)")
    return re.search(pattern, doc_text(doc)) is not None


def region_forces_place_end(doc: Doc, c: Candidate) -> int:
    """Where the region's name ends inside a ``_region_forces`` candidate ("Galmudug" of "Galmudug state
    forces": the lower-case words before the noun are no part of it)."""
    end = c.end - 1
    while end > c.start + 1 and doc[end - 1].text.islower():
        end -= 1
    return end


def _federal_government(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "the federal government", "the Federal Government of Somalia": a federal state's government
    (token ``i`` is "federal"), a name in either case. On the train and dev gold "federal government"
    is an organisation's name in 24 of the 25 documents that write it, with "of <country>" when the
    text writes it ("Federal Government of Nigeria"), without "in <capital>" (6 uses of 8) or
    the nationality or possessive before it ("the Iraqi federal government", "Somalia's federal
    government"). "Transitional Federal Government" and other capitalised names are left whole to
    the chunks."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "government" or taken[i + 1]:
        return None
    if doc[i].text[:1].isupper() != doc[i + 1].text[:1].isupper() and not doc[i].is_sent_start:
        return None  # "the Federal government": no name's capitals, nor a sentence's
    if i > 0 and is_cap(doc[i - 1]) and not doc[i - 1].is_sent_start and not doc[i - 1].is_stop \
            and fold(doc[i - 1].text) not in lexicons().demonyms:
        return None  # "the Transitional Federal Government", "Somali Federal Government"
    end = i + 2
    if end + 1 < len(doc) and doc[end].lower_ == "of" and is_cap(doc[end + 1]) and not taken[end + 1]:
        for k in (end + 3, end + 2):  # "of Somalia", "of Burkina Faso"
            if k > len(doc) or any(not is_cap(t) for t in doc[end + 1 : k]):
                continue  # "of Iraq, led by": the comma is no word of the country's name
            place = lookup(doc[end + 1 : k].text)
            if place is not None and place.kind == "country":
                end = k
                break
    return make_candidate(doc, i, end, "federal-government")


# state bodies the reports name by their common noun alone, in lower case: on the train and dev gold "the
# gendarmerie" written alone is an organisation's name in 6 of the 8 documents that write it, while "the army"
# (0 of 73), "the government" (0 of 37), "the military" (0 of 22) or "the police" are never names there
BARE_INSTITUTIONS = frozenset({"gendarmerie"})
# the transliterated Arabic noun of an armed group's religious police (the hisba, "accountability"), which
# reports write in lower case as often as not ("the IS hisba (religious police)", "the so-called hisba of the
# camp", "ISWAP's internal police, the hisbah"): on the train and dev gold it is an organisation's name in all
# 10 English documents that write it, 6 of them in lower case (thirty-third round)
GROUP_POLICE_NOUNS = frozenset({"hisba", "hisbah"})


def _bare_institution(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "arrested by the gendarmerie in Sevare": a state body named by its lower-case noun after "the"
    (token ``i``), not as a modifier or with its own complement ("the gendarmerie school", "the
    gendarmerie of Niono", "the gendarmerie's unit"). English only."""
    if current_language() != "en" or not doc[i].text.islower() or i == 0 or doc[i - 1].lower_ != "the":
        return None
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if taken[i + 1] or nxt.lower_ == "of" or nxt.tag_ in ("POS", "NN", "NNS", "JJ", "HYPH") or nxt.text == "-":
            return None
    return make_candidate(doc, i, i + 1, "bare-institution")


# nouns that a country's "-led" names ("the Saudi-led coalition", "U.S.-led forces"): on the train and
# dev gold such a phrase is a gold name in 11 of 15 uses ("Turkish-backed" ones are not, and stay out)
LED_NOUNS = frozenset({"coalition", "forces"})


def _led_coalition(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "the Saudi-led [military] coalition", "US-led forces": a coalition named by the state that leads
    it (token ``i`` is the noun); the country written as its name or its nationality."""
    lex = lexicons()
    j = i - 1
    if j >= 0 and doc[j].lower_ == "military" and doc[i].lower_ == "coalition":
        j -= 1
    if j < 0 or taken[j]:
        return None
    tok = doc[j]
    if tok.lower_ == "led" and j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j - 2].whitespace_ and not taken[j - 2]:
        start, country = j - 2, doc[j - 2].text
    elif tok.text.lower().endswith("-led") and len(tok.text) > 4:
        start, country = j, tok.text[:-4]
    else:
        return None
    place = lookup(country)
    known = fold(country) in lex.demonyms or (place is not None and place.kind == "country")
    if not country[:1].isupper() or not known:
        return None
    return make_candidate(doc, start, i + 1, "led-coalition")


# heads that close a numbered formation's name after an ordinal ("the 407th Air Expeditionary Group",
# "the 158th Fighter Wing", "the 5th Fleet"); after a bare number they count things ("12 Group")
FORMATION_HEADS = frozenset({"group", "wing", "fleet", "command", "force", "unit", "battery", "company", "team"})


def _numbered_unit(doc: Doc, i: int) -> Candidate | None:
    """A numbered military formation: a number, up to two capitalised words, a capitalised unit noun
    ("7 Division", "128th Brigade", "1st Marine Division"), or an ordinal and an acronym ("407th AEG").
    The unit noun must be written with a capital, so "3 brigades" or "the 12th battalion" of a running
    text are no names."""
    lex = lexicons()
    ordinal = not doc[i].text.isdigit()
    for width in (1, 2, 3):
        end = i + 1 + width
        if end > len(doc):
            break
        words = doc[i + 1 : end]
        if width == 1 and ordinal and is_acronym(words[0].text) and _spelt_elsewhere(doc, i):
            return make_candidate(doc, i, end, "ordinal-unit")  # "the 407th AEG": a formation's acronym
        if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words):
            break
        last = fold(words[-1].text)
        if (last in lex.unit_nouns and last not in ("corps",)) or (ordinal and last in FORMATION_HEADS):
            return make_candidate(doc, i, end, "ordinal-unit")
    return None


def _spelt_elsewhere(doc: Doc, i: int) -> bool:
    """Does the text also write the ordinal at ``i`` before the capitalised words its acronym spells
    ("the 407th Air Expeditionary Group" for "the 407th AEG")?"""
    for t in doc:
        if t.text != doc[i].text or t.i == i:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 5 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end - t.i > 2 and acronym_matches(doc[i + 1].text, doc[t.i + 1 : end].text):
            return True
    return False


def _unit_apposition(doc: Doc, i: int, noun: str) -> list[Candidate]:
    """ "the ninth region, the Sahrawi region": a second name of the same unit right after it."""
    k = i
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k == i or k >= len(doc) or not is_cap(doc[k]):
        return []
    e = k
    while e < len(doc) and is_cap(doc[e]) and e - k < 4:
        e += 1
    width = len(noun.split())
    if " ".join(fold(t.text) for t in doc[e : e + width]) != noun:
        return []
    return [make_candidate(doc, k, e + width, "unit-apposition")]


def subregions(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "northern Mali", "the north of Mali": compass regions the gazetteer lists as places."""
    out = []
    for i, lower in enumerate(column(doc, "lower_")):
        if taken[i] or lower not in COMPASS:
            continue
        tok = doc[i]
        for width in (4, 3, 2):
            if tok.i + width > len(doc):
                continue
            span = doc[tok.i : tok.i + width]
            p = lookup(span.text)
            if p is not None and p.kind == "subregion" and is_cap(doc[tok.i + width - 1]):
                out.append(make_candidate(doc, tok.i, tok.i + width, "subregion"))
                break
        else:
            end = _compass_place_end(doc, tok.i, taken)
            if end:
                out.append(make_candidate(doc, tok.i, end, "subregion"))
    return out


def _compass_place_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """ "southern Tamesna", "northern Zamfara": a lower-case compass adjective before a proper noun
    names the part of a place, whether or not the gazetteer knows it; 0 when the words after it are
    no place (a people, a demonym, a group: "southern Fulani herders", "northern Malian army") or
    a country ("southern Algeria" is Algeria)."""
    lex = lexicons()
    tok = doc[i]
    if not tok.text.islower() or not tok.lower_.endswith("ern") and tok.lower_ != "central":
        return 0
    end = i + 1
    while end < len(doc) and end - i <= 3 and not taken[end] and is_cap(doc[end]):
        if doc[end].tag_ not in ("NNP", "NNPS") and lookup(doc[end].text) is None:
            break
        end += 1
    if end == i + 1:
        return 0
    for t in doc[i + 1 : end]:
        w = fold(t.text)
        if w in lex.communities or w in lex.demonyms or w in lex.org_heads or w in lex.unit_nouns:
            return 0
        if w in lex.titles or w in lex.given_names or w in lex.particles:
            return 0
    if is_country(doc[i + 1 : end].text):
        # "southern Algeria": the annotation guide names the country alone unless the compass region
        # is an established one (the gazetteer's list: "northern Mali")
        return 0
    if end < len(doc):
        nxt = fold(doc[end].text)
        if nxt in lex.institutions or nxt in lex.unit_nouns or nxt in lex.org_heads:
            return 0
        if doc[end].text in ("-", "'s") or doc[end].tag_ == "POS":
            return 0
    return end


# lower-case words inside a listed organisation's name ("Al-Qaida in Iraq", "Front for the People of the Levant")
_LISTED_CONNECTORS = frozenset({"in", "of", "the", "for", "and", "al", "el", "ul", "wa", "wal", "fi", "bin", "ibn"})


def _listed(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "Al-Qaida in Iraq (QDe.115)": an entity's name right before its sanctions list reference is
    one name, kept whole ("in Iraq" is the listed name's, not a place of the sentence). English only:
    the French names are read by french_names.py."""
    out: list[Candidate] = []
    if current_language() != "en":
        return out
    for i, text in enumerate(column(doc, "text")):
        if not (LIST_REFERENCE.fullmatch(text) and text[2] == "e") or i < 2 or doc[i - 1].text != "(":
            continue
        end = i - 1
        if taken[end - 1] or not is_cap(doc[end - 1]):
            continue
        start = end - 1
        while start > 0 and end - start < 12 and not taken[start - 1] and not doc[start - 1].is_sent_end:
            prev = doc[start - 1]
            glued = not prev.whitespace_  # "Al-Qaida", "Jamaat-ul-Ahrar": one written word
            if not (is_cap(prev) or glued or prev.lower_ in _LISTED_CONNECTORS) or prev.is_punct and not glued:
                break
            start -= 1
        while start < end and not is_cap(doc[start]):
            start += 1  # no connector or article opens the name ("the Levant")
        if end - start >= 3:  # a name of one or two tokens ("Hizballah") is left to the chunks
            out.append(make_candidate(doc, start, end, "listed"))
    return out


# plural nouns of armed groups that "known as" names in lower case ("clan militias known as macawisley")
_KNOWN_GROUP_NOUNS = frozenset({"militia", "militias", "fighters", "forces", "units", "groups", "vigilantes"})
_KNOWN_ADVERBS = frozenset({"locally", "collectively", "widely", "commonly", "popularly"})


def _known_as_lower(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "clan militias known as macawisley, rising up against": a group's name the report writes in lower
    case after "known as" (no article, one word closing the phrase), when what is so known is a group
    noun; a capitalised name there is the chunks'. English only."""
    out: list[Candidate] = []
    if current_language() != "en":
        return out
    for i, lower in enumerate(column(doc, "lower_")):
        if lower != "known" or i + 2 >= len(doc) or i < 1:
            continue
        j = i + 1
        if doc[j].lower_ in _KNOWN_ADVERBS:
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ != "as":
            continue
        name = doc[j + 1]
        closed = j + 2 >= len(doc) or doc[j + 2].is_punct or doc[j + 2].lower_ in ("and", "or")
        k = i - 1
        if doc[k].text == ",":
            k -= 1
        if (taken[j + 1] or not name.text.islower() or not name.is_alpha or name.is_stop or not closed
                or k < 0 or doc[k].lower_ not in _KNOWN_GROUP_NOUNS):
            continue
        out.append(make_candidate(doc, j + 1, j + 2, "known-as"))
    return out


ShapeFinder = Callable[[Doc, list[bool]], list[Candidate]]
SHAPE_FINDERS: tuple[ShapeFinder, ...] = (_quoted, _french_orgs, subregions, courts, _lower_shapes, _listed,
                                          _known_as_lower)
