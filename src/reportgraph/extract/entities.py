"""Document-local entities: candidates -> types -> alias links -> clusters (``LocalEntity``).

``find_entities`` is the entry point; ``mention_spans`` and ``resolve_reference`` let later steps
(relations, events) get back from an entity to its tokens and from a role reference ("the Emir",
"the Algerian", "the group") to the entity it points at.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..model import LocalEntity, Mention
from .aliases import find_alias_links, nickname_glosses, record_field_spans, record_item_names, script_names
from .candidates import Candidate, column, doc_text, lower_words
from .capital_states import capital_governments
from .chunks import find_candidates
from .classify import BLOCKED, NAMESAKE_NOUNS, classify
from .french_names import kin_introduced
from .gazetteer import is_country, lookup, region
from .headlines import (
    committee_heading,
    country_headings,
    dateline_agencies,
    furniture_lines,
    heading_country,
    title_lines,
)
from .language import current_language, per_language
from .lexicon import default_lexicon
from .lexicons import lexicons
from .names import fold, is_acronym, name_key, short_form_of, words
from .shapes import region_forces_place_end

ENTITIES_KEY = "reportgraph.entities"
# geographic nouns that name another place than the name before them ("Kabul airport", "the Lake
# Chad islands", "Idlib city" beside the province): no variant of the name
OTHER_PLACE_NOUNS = frozenset(
    {"airport", "airstrip", "airbase", "air base", "islands", "island", "city", "town", "village", "camp",
     "refugee camp", "basin", "port", "border", "frontier"}
)
# organisation head nouns a name is shortened by ("the Front" for "the Djado Front", "Wagner" for
# "Wagner Group")
SHORTENED_HEADS = frozenset(
    {"group", "front", "movement", "league", "network", "organization", "organisation", "militia", "faction",
     "alliance", "coalition"}
)
# head nouns of institutions and units that name, alone after "the" ("the Ministry" after "the
# Ministry of Defence", "the Agency", "the Katiba") or as the end or beginning of a longer name
# ("the General Staff" of "the General Staff of the Armies", "the Coast Guard" of "the Yemeni Coast
# Guard"), the last organisation whose name holds them; never a name's own short form ("Wagner")
REFERENCE_HEADS = SHORTENED_HEADS | frozenset(
    {"ministry", "agency", "department", "directorate", "command", "staff", "guard", "guardians", "shield",
     "katiba", "brigade", "brigades", "battalion", "commission", "bureau", "service", "services", "tribunal",
     # "the Court" after "the International Criminal Court", "the Council" after "the Sourou Mujahidin
     # Council", "the Mission", "the Force", "the Army", "the Committee", "the Brotherhood": on the
     # English train and dev gold each such capitalised head alone is the earlier name that holds it
     "court", "council", "mission", "force", "army", "committee", "brotherhood",
     # "the Panel" after "the Panel of Experts" (a UN panel's report names itself so throughout)
     "panel",
     # "the Observatory" after "the Ituri Peace Observatory", "the Levies", "the Detachment", "the Team" after
     # "the ... Monitoring Team": on the English train gold 8 of the 9 such head nouns alone (round 27, enent)
     "observatory", "levies", "detachment", "team",
     # "the Liwa" after "Liwa Ahl al-X", "the Shura" after "the X Shura", "the Knights" after "the Knights of the X",
     # "the Corps": on the English train gold each such capitalised head alone is the earlier name that holds it
     # (7 of 7; round 43, alias43)
     "liwa", "shura", "knights", "corps"}
)
TYPE_ORDER = ("PERSON", "ORGANIZATION", "LOCATION", "COMMUNITY")
ORG_REFERENCES = frozenset(
    {
        "group",
        "organization",
        "organisation",
        "movement",
        "rebels",
        "rebel",
        "militants",
        "jihadists",
        "battalion",
        "brigade",
        "katiba",
        "front",
        "emirate",
        "unit",
        "insurgents",
        "insurgency",
        "army",
        "government",
    }
)


class _Sets:
    """Union-find over candidate indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merge_nicknames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A given name followed by a quoted nickname is one name: Abdelkrim 'El Tessiti', and with the
    surname that follows the nickname, Bulama "Kwando" Yerima."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = doc_text(doc)[a.end_char : b.start_char]
            # (a title may open the given name: Sheikh Cabdi "Dheere" Xasan)
            titled = a.end - a.start == 2 and fold(doc[a.start].text) in lexicons().titles
            # a full personal name the nickname closes (Ali Gana "Kaura", Maxamed Siyaad "Gaab"): the
            # name with and without it, and the nickname, are one person's
            whole = (not titled and a.end - a.start >= 2 and len(b.text.split()) <= 3 and b.text[-1:].isalpha()
                     and (fold(doc[a.start].text) in lexicons().given_names
                          or all(t.ent_type_ == "PERSON" for t in doc[a.start : a.end])))
            if (
                a.shape == "chunk"
                and b.shape == "quoted"
                and (a.end - a.start == 1 or titled or whole)
                and re.fullmatch(r" ['\u2018\"\u201c]", gap)
                and b.text[:1].isupper()
                and fold(doc[a.end - 1].text) not in lexicons().titles
            ):
                end_char = min(len(doc_text(doc)), b.end_char + 1)
                end, taken, also = b.end, 2, [b.text]
                # ... and the surname after it: Bulama "Kwando" Yerima, Cumar "Gaab" Nuur
                if i + 2 < len(cands):
                    c = cands[i + 2]
                    after = doc_text(doc)[b.end_char : c.start_char]
                    if c.shape == "chunk" and c.text[:1].isupper() and re.fullmatch(r"['\u2019\"\u201d] ", after):
                        end_char, end, taken = c.end_char, c.end, 3
                        also.append(f"{a.text if whole else doc[a.end - 1].text} {c.text}")
                if whole:
                    also.append(a.text)
                # the title is a role, the name with it a form the entity answers to (as
                # classify._strip_titles makes of an honorific)
                start = a.start if whole else a.end - 1
                merged = Candidate(
                    start,
                    end,
                    doc[start].idx,
                    end_char,
                    doc_text(doc)[doc[start].idx : end_char],
                    shape="nicknamed" if taken == 3 else "chunk",
                    also=also,
                )
                if titled:
                    merged.roles.append(lexicons().titles[fold(doc[a.start].text)])
                    merged.variants.append(doc_text(doc)[a.start_char : end_char])
                elif whole:
                    # the full name and the nickname are names the entity answers to, as written
                    # (the merged text, 'Maxamed X "Gaab"', is neither)
                    merged.variants.extend(n for n in also if n not in merged.variants)
                out.append(merged)
                i += taken
                continue
        out.append(a)
        i += 1
    return out


def _with_nested_countries(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "northern Mali" also names Mali (as the annotation guide's gold files read it). A compass
    part of a place the gazetteer does not list as a region ("western Aleppo", "eastern Mosul") is
    that place, answering also to the compass phrase: reports name the place, not a region of it.
    A French compass part of a country ("le nord du Mali", "le sud de la Libye") is a place of its own,
    apart from the country: neither its name nor a mention of it (the French annotation's reading)."""
    french = current_language() == "fr"
    out = []
    for c in cands:
        if french and c.shape == "subregion" and _of_country(doc, c):
            out.append(c)
            out.extend(_nested_country(doc, c))
            continue
        poss = next((k for k in range(c.start + 1, c.end) if doc[k].text in ("'s", "\u2019s")), None) \
            if c.shape == "institution" else None
        if poss is not None:  # "Mali's government" also names Mali
            country = doc[c.start : poss].text
            place = lookup(country)
            out.append(c)
            out.append(Candidate(c.start, poss, c.start_char, doc[poss].idx, country, shape="nested",
                                 type="LOCATION", strength=3,
                                 key=f"place:{fold(place.name) if place else name_key(country)}"))
            continue
        if c.shape == "region-forces" and c.type == "ORGANIZATION" \
                and (end := region_forces_place_end(doc, c)) > c.start and doc[end - 1].text != "State":
            # "Galmudug state forces" also names Galmudug, a place: its other mentions ("a Galmudug
            # minister") are the place's whatever their own shape says. Not a capitalised "X State":
            # the polity's own name, that the gold reads as its administration as often as a place
            name = doc[c.start : end].text
            place = lookup(name) or region(name)
            out.append(c)
            out.append(Candidate(c.start, end, c.start_char, doc[end - 1].idx + len(doc[end - 1].text), name,
                                 shape="nested", type="LOCATION", strength=3,
                                 key=f"place:{fold(place.name) if place else name_key(name)}"))
            continue
        if c.shape == "subregion" and lookup(c.text) is None:
            k = next((k for k in range(c.start + 1, c.end) if doc[k].text[:1].isupper()), None)
            if k is not None:
                name = doc_text(doc)[doc[k].idx : c.end_char]
                place = lookup(name)
                c = Candidate(k, c.end, doc[k].idx, c.end_char, name, shape="chunk", type="LOCATION", strength=3,
                              key=f"place:{fold(place.name) if place else name_key(name)}", variants=[c.text])
        out.append(c)
        if c.shape == "subregion":
            out.extend(_nested_country(doc, c))
    return out


def _nested_country(doc: Doc, c: Candidate) -> list[Candidate]:
    """The country that ends a compass phrase ("northern Mali", "le nord du Mali"), a mention of its own."""
    for k in range(c.start + 1, c.end):
        place = lookup(doc[k : c.end].text)
        if place is not None and place.kind == "country":
            return [Candidate(k, c.end, doc[k].idx, c.end_char, doc_text(doc)[doc[k].idx : c.end_char],
                              shape="nested", type="LOCATION", strength=3, key=f"place:{fold(place.name)}")]
    return []


def _of_country(doc: Doc, c: Candidate) -> bool:
    """Whether the capitalised words ending a compass phrase name a country ("nord-est du Nigeria")."""
    k = next((k for k in range(c.start + 1, c.end) if doc[k].text[:1].isupper()), None)
    return k is not None and is_country(doc_text(doc)[doc[k].idx : c.end_char])


def _split_known_places(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "Ansar al-Tessit in the Tasreft": an organisation name kept whole over "in the Y" is cut there
    when the document names Y as a place elsewhere (not a country: "... in Chad" is part of names), and
    "Operation X in the Y" wherever Y is a known place."""
    places = {name_key(c.text) for c in cands if c.type == "LOCATION" and c.strength >= 2}
    out: list[Candidate] = []
    for c in cands:
        cut = None
        if c.type == "ORGANIZATION" and c.shape == "chunk":
            for k in range(c.start + 1, c.end - 1):
                if doc[k].lower_ == "in":
                    rest = doc[k + 2 : c.end] if doc[k + 1].lower_ == "the" else doc[k + 1 : c.end]
                    place = lookup(rest.text)
                    if name_key(rest.text) in places and (place is None or place.kind != "country"):
                        cut = (k, rest)
                    elif place is not None and fold(doc[c.start].text) == "operation":
                        cut = (k, rest)  # "Operation Barkhane in the Sahel": where it ran, never its name
                    break
        if cut is None:
            out.append(c)
            continue
        k, rest = cut
        head = Candidate(c.start, k, c.start_char, doc[k - 1].idx + len(doc[k - 1].text), "", shape="chunk")
        head.text = doc_text(doc)[head.start_char : head.end_char]
        head.type, head.strength, head.key = "ORGANIZATION", c.strength, name_key(head.text)
        tail = Candidate(rest.start, rest.end, rest.start_char, rest.end_char, rest.text, shape="chunk")
        tail.type, tail.strength, tail.key = "LOCATION", 2, f"place:{name_key(rest.text)}"
        out.extend((head, tail))
    return out


def _country_heading_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A French country line ("BURKINA FASO" above a dispatch) is one name: the French parser tags
    capitals as common nouns and adjectives, and the finder kept "FASO" alone, as an acronym."""
    spans = country_headings(doc)
    if not spans:
        return cands
    out = [c for c in cands if not any(a < c.end_char and c.start_char < b for a, b in spans)]
    for a, b in spans:
        span = doc.char_span(a, b)
        if span is not None:
            c = Candidate(span.start, span.end, a, b, span.text, shape="chunk")
            c.type, c.strength, c.key = "LOCATION", 3, f"place:{name_key(heading_country(span.text) or span.text)}"
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def _committee_heading_name(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A sanctions committee named at a listing narrative's top is one organisation's name, whose
    words are no names of their own there (``headlines.committee_heading``)."""
    span = committee_heading(doc) if current_language() == "en" else None
    if span is None or (found := doc.char_span(*span)) is None:
        return cands
    a, b = span
    c = Candidate(found.start, found.end, a, b, found.text, shape="chunk")
    c.type, c.strength, c.key = "ORGANIZATION", 3, name_key(found.text)
    return sorted([x for x in cands if not (a <= x.start_char < b)] + [c], key=lambda x: x.start)


def _drop_weak_headline_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """In a Title Case headline only names the rules know, or the body repeats, are names; in a
    heading, byline or other page furniture (headlines.furniture_lines) only names the body repeats."""
    lines = title_lines(doc)
    furniture = furniture_lines(doc)
    text = doc_text(doc)
    # a wire story's agency, also where the story names it as its source ("told Levant Wire")
    agencies = {name_key(text[a:b]) for a, b in dateline_agencies(doc)}
    if agencies:
        cands = [c for c in cands if name_key(c.text) not in agencies]
    if not lines and not furniture:
        return cands

    def inside(c: Candidate, spans: list[tuple[int, int]]) -> bool:
        return any(a <= c.start_char < b for a, b in spans)

    body = {name_key(c.text) for c in cands if not inside(c, lines) and not inside(c, furniture)}
    fields = record_field_spans(doc)  # "Surnoms : « X », Y" in a profile: names, not furniture
    return [c for c in cands if name_key(c.text) in body or inside(c, fields)
            or (not inside(c, furniture) and (not inside(c, lines) or c.strength >= 3))]


def _coordinated_types(doc: Doc, cands: list[Candidate]) -> None:
    """ "Kanuri and Buduma fishermen": a weakly typed name listed with communities (or places) is one too."""
    text = doc_text(doc)
    for _ in range(2):  # both directions of a list
        for a, b in zip(cands, cands[1:], strict=False):
            if not re.fullmatch(r"\s*,?\s(?:and|or)\s+(?:the\s+)?", text[a.end_char : b.start_char]):
                continue
            for strong, weak in ((a, b), (b, a)):
                if (
                    strong.type in ("COMMUNITY", "LOCATION")
                    and weak.type != strong.type
                    and weak.strength <= 1
                    and (strong.strength > weak.strength or (weak.type == "PERSON" and weak.end - weak.start == 1))
                    and weak.key != BLOCKED
                    and weak.shape == "chunk"
                ):
                    weak.type, weak.strength = strong.type, min(2, strong.strength)
                    if strong.type == "LOCATION":
                        weak.key = f"place:{name_key(weak.text)}"


def _geo_noun_variants(doc: Doc, cands: list[Candidate]) -> dict[str, list[int]]:
    """A place written before a generic geographic noun ("the Wagadou forest", "Tillaberi region")
    also answers to the name with the noun, as many reports write it; one that ends in such a noun
    ("the Tirah Valley") also to the name without it: the keys of those short names, and whose."""
    geo = lexicons().geo_features
    text = doc_text(doc)
    shorts: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if c.type != "LOCATION" or c.shape in ("desert", "nested"):
            continue
        for width in (2, 1):
            if c.end + width > len(doc):
                continue
            toks = doc[c.end : c.end + width]
            noun = " ".join(t.lower_ for t in toks)
            if noun in geo and noun not in OTHER_PLACE_NOUNS and all(t.is_lower for t in toks) \
                    and toks[0].idx == c.end_char + 1:
                c.variants.append(text[c.start_char : toks[-1].idx + len(toks[-1].text)])
                break
        parts = c.text.split()
        if len(parts) >= 2 and parts[-1][:1].isupper() and (fold(parts[-1]) in geo or fold(parts[-1]) == "state") \
                and fold(parts[-1]) not in OTHER_PLACE_NOUNS:
            short = text[c.start_char : c.end_char - len(parts[-1])].rstrip()
            # not a country's name: "Niger State" (of Nigeria) is not Niger, as "the Niger river" is not
            if short and not short.lower().endswith((" of", " the")) and not is_country(short):
                shorts.setdefault(name_key(short), []).append(i)
    return shorts


def _place_short_forms(cands: list[Candidate], sets: _Sets, shorts: dict[str, list[int]]) -> None:
    """ "Tirah" for "the Tirah Valley": the name without its capitalised geographic noun joins the
    place, when it names a place too (or nothing the rules know): "Nuba" stays the people."""
    for j, c in enumerate(cands):
        owners = shorts.get(name_key(c.text))
        if owners and (c.type == "LOCATION" or c.strength <= 1) and c.key != BLOCKED:
            sets.union(owners[0], j)
            c.type = "LOCATION"


# what "its" owns that marks its owner as a group: "Its leader, X", "its fighters"
GROUP_POSSESSIONS = frozenset(
    {"members", "fighters", "founder", "founders", "ranks", "leadership", "leaders", "militants", "recruits", "cells"}
)


def _its_antecedents(doc: Doc, cands: list[Candidate]) -> None:
    """ "Yan Sakai Dogo emerged in Zurmi. Its leader, ...": a name only the model typed as a person
    is a group when "its" + a title or group noun points back to it (a person takes "his"/"her")."""
    lex = lexicons()
    starts = [c.start for c in cands]
    for i, lower in enumerate(column(doc, "lower_")):
        if lower != "its" or i + 1 >= len(doc):
            continue
        tok = doc[i]
        noun = fold(tok.head.text) if tok.dep_ == "poss" else fold(doc[tok.i + 1].text)
        if noun not in GROUP_POSSESSIONS and noun not in lex.titles:
            continue
        k = bisect_left(starts, tok.i) - 1
        while k >= 0 and (cands[k].type == "LOCATION" or cands[k].key == BLOCKED or cands[k].type is None):
            k -= 1
        if k < 0 or tok.i - cands[k].end > 40:
            continue
        c = cands[k]
        if c.type == "PERSON" and c.strength <= 1 and c.end - c.start >= 2 and c.shape == "chunk":
            c.type, c.strength = "ORGANIZATION", 2


def _align_weak_types(cands: list[Candidate], sets: _Sets) -> None:
    """Weakly typed names take the type of the strong names they were linked to (before short forms)."""
    best: dict[int, Candidate] = {}
    for c_i, c in enumerate(cands):
        root = sets.find(c_i)
        if c.type and c.strength >= 2 and (root not in best or c.strength > best[root].strength):
            best[root] = c
    for c_i, c in enumerate(cands):
        strong = best.get(sets.find(c_i))
        if strong is not None and c.strength <= 1 and c.key != BLOCKED:
            c.type = strong.type


# "Department of the Treasury", "Ministry of Finance": the department's one capitalised word after "of"
_PORTFOLIO = re.compile(r"\b(?:Department|Ministry) of (?:the )?([A-Z][a-z]{3,})$")


def _org_short_forms(cands: list[Candidate], sets: _Sets) -> None:
    """ "Ansar al-Wadi" for "Jama'at Ansar al-Wadi", "Islamic Courts" for "Islamic Courts Union":
    an organisation named without its leading or trailing head noun."""
    lex = lexicons()
    heads = lex.org_heads | lex.unit_nouns
    variants: dict[str, int] = {}
    # the text's first mention of each name: a name the text gives before a longer one that holds it
    # after a head noun ("Hizballah" ... "Kata'ib Hizballah, which is a separate organisation") is
    # another organisation, not its short form
    first: dict[str, int] = {}
    for c in cands:
        first.setdefault(name_key(c.text), c.start)
    for i, c in enumerate(cands):
        if c.type != "ORGANIZATION" or c.shape not in ("chunk", "french-org"):
            continue
        parts = c.text.split()
        if parts[-1] in NAMESAKE_NOUNS:
            continue  # "the Hafiz Gul Bahadur group" is never "Hafiz Gul Bahadur", the person's name
        if len(parts) >= 2 and len(words(c.text)) >= 3 and fold(parts[0]) in heads:
            rest = " ".join(parts[1:])
            if first.get(name_key(rest), c.start) >= first.get(name_key(c.text), c.start):
                variants.setdefault(" ".join(words(rest)), i)
        if len(parts) >= 3 and fold(parts[-1]) in heads:
            variants.setdefault(" ".join(words(" ".join(parts[:-1]))), i)
        if len(parts) >= 3 and re.match(r"(?i)wa(l|\s)?-", parts[-1]):  # "... wal-Hijra" dropped
            variants.setdefault(" ".join(words(" ".join(parts[:-1]))), i)
        if len(parts) >= 2 and fold(parts[0]) == "operation":
            variants.setdefault(" ".join(words(" ".join(parts[1:]))), i)  # "Barkhane" of "Operation Barkhane"
        if len(parts) >= 3 and fold(parts[0]) in heads and re.match(r"(?i)al-", parts[-1]):
            # "Ahrar al-Sham" of "Harakat Ahrar al-Sham al-Islamiyya": the head and its adjective dropped
            variants.setdefault(" ".join(words(" ".join(parts[1:-1]))), i)
        if len(parts) == 1 and re.match(r"(?i)(?:al|el)-\w{3,}$", parts[0]):
            variants.setdefault(words(parts[0])[-1], i)  # "Shabaab" of "al-Shabaab"
        # "Treasury" of "the U.S. Department of the Treasury": an English department or ministry named by
        # the one capitalised word after its "of", unless that word is a generic head ("the State"), a
        # place or a people
        portfolio = _PORTFOLIO.search(c.text) if current_language() != "fr" else None
        if (
            portfolio
            and (word := fold(portfolio.group(1))) not in lex.generic_heads | _generic_nouns()
            and lookup(portfolio.group(1)) is None
            and word not in lex.demonyms
            and word not in lex.communities
        ):
            variants.setdefault(word, i)
        # "Wagner" for "Wagner Group", "Nusra" for "Nusra Front": a two-word name's own word, unless
        # it names a place, a people or a nationality ("Djado" of "Djado Front" stays the plateau)
        if (
            len(parts) == 2
            and fold(parts[-1]) in SHORTENED_HEADS
            and parts[0][:1].isupper()
            and lookup(parts[0]) is None
            and fold(parts[0]) not in lex.demonyms
            and fold(parts[0]) not in lex.communities
        ):
            variants.setdefault(" ".join(words(parts[0])), i)
    # "Taliban" of "the Afghan Taliban": a two-word name opening on a nationality is shortened to its
    # own word, unless two such names share it ("the Afghan Taliban" and "the Pakistani Taliban")
    national: dict[str, set[int]] = {}
    # every "<nationality> <Word>" the text writes, whatever the rules typed it so far (a weak PERSON:
    # "Allies: Afghan Taliban"): another nationality's group of that word keeps the word from being
    # the first group's short form
    rivals: dict[str, set[int]] = {}
    for i, c in enumerate(cands):
        parts = c.text.split()
        # (or a people's adjective: "Peshmerga" of "the Kurdish Peshmerga")
        if not (len(parts) == 2 and (fold(parts[0]) in lex.demonyms or fold(parts[0]) in lex.communities)
                and parts[1][:1].isupper()
                and fold(parts[1]) not in heads and fold(parts[1]) not in lex.institutions):
            continue
        rivals.setdefault(" ".join(words(parts[1])), set()).add(sets.find(i))
        if c.type == "ORGANIZATION" and c.shape == "chunk":
            national.setdefault(" ".join(words(parts[1])), set()).add(sets.find(i))
    # "the Department of State" of "the U.S. Department of State", "Central Command" of "U.S. Central
    # Command": a state's body named without its country, a name of two or more words that opens on a
    # capitalised head noun or holds one (unless two countries' bodies share it)
    for i, c in enumerate(cands):
        parts = c.text.split()
        if c.type != "ORGANIZATION" or c.shape != "chunk" or len(parts) < 3:
            continue
        lead = next((k for k in (2, 1) if k < len(parts) - 1 and is_country(" ".join(parts[:k]))), 0)
        own = parts[lead:]
        if lead and own[0][:1].isupper() and any(fold(w) in heads for w in own if w[:1].isupper()):
            national.setdefault(" ".join(words(" ".join(own))), set()).add(sets.find(i))
    for short, owners in national.items():
        if len(owners) == 1 and rivals.get(short, owners) <= owners:
            variants.setdefault(short, next(i for i, c in enumerate(cands) if sets.find(i) in owners))
    if not variants:
        return
    strong_other = {
        sets.find(i) for i, c in enumerate(cands) if c.type not in ("ORGANIZATION", None) and c.strength >= 2
    }
    for j, c in enumerate(cands):
        if c.type in ("ORGANIZATION", None) or c.strength <= 1:
            # (a sentence's capital article may open the candidate: "The Department of the Treasury's office")
            full = variants.get(" ".join(words(re.sub(r"^(?:The|THE)\s+(?=\S+\s)", "", c.text))))
            if full is not None and full != j and c.key != BLOCKED and sets.find(j) not in strong_other:
                sets.union(full, j)
                if c.type is None:  # a word the rules could not type ("Sandfox troops") is the group's
                    c.type = "ORGANIZATION"


def _head_noun_references(doc: Doc, cands: list[Candidate], sets: _Sets) -> None:
    """ "the Front", "the League" after "the Djado Front": a capitalised head noun alone names the
    first organisation whose name holds it."""
    for j, c in enumerate(cands):
        head = fold(c.text)
        if head not in REFERENCE_HEADS or " " in c.text or not c.text[:1].isupper():
            continue
        if c.start == 0 or doc[c.start - 1].lower_ != "the":
            continue
        # the first organisation named so, the report's own, not the last ("the Brigades" after "the Zaraniq Coast
        # Brigades ... the Giants Brigades"): on the English train gold, of 7 such heads after two holders the
        # first holder is named 5 times, the last never
        for i in range(j):
            other = cands[i]
            if other.type == "ORGANIZATION" and len(words(other.text)) >= 2 and head in words(other.text):
                sets.union(i, j)
                c.type, c.strength = "ORGANIZATION", max(c.strength, 1)
                break


def _beginning_of(cands: list[Candidate], sets: _Sets, ws: list[str],
                  completes: Callable[[list[str]], bool]) -> set[int]:
    """The sets of the organisation candidates whose name begins with the words ``ws`` and goes on, two words or
    more, with a tail that ``completes`` accepts (its complement: "for the Liberation of ...", "du Y")."""
    return {
        sets.find(i)
        for i, other in enumerate(cands)
        if other.type == "ORGANIZATION"
        and len(ow := words(other.text)) > len(ws) + 1
        and ow[: len(ws)] == ws
        and completes(ow[len(ws) :])
    }


def _partial_org_names(doc: Doc, cands: list[Candidate], sets: _Sets) -> None:
    """ "the Hunters Group" after "the Kauwa Gana Hunters Group", "the al-Tessit Front" of "the
    al-Tessit Front for the Liberation of the Valley": an organisation named by the end of an earlier
    name that closes on its head noun, or by the beginning of a longer name up to its head noun."""
    for j, c in enumerate(cands):
        ws = words(c.text)
        # (a movement's "Sahel Province" of its "Islamic State Sahel Province", wherever it is written: on the
        # English train gold such a province is 10 times in 10 the longer name's, written with "its" or alone)
        province = len(ws) >= 2 and ws[-1] == "province" and c.type == "ORGANIZATION"
        if len(ws) < 2 or (ws[-1] not in REFERENCE_HEADS | {"force"} and not province) or c.key == BLOCKED:
            continue
        if c.type not in ("ORGANIZATION", None) and c.strength >= 2:
            continue
        longer = _beginning_of(cands, sets, ws, lambda tail: tail[0] in ("for", "of"))
        if not longer and province:
            longer = {
                sets.find(i)
                for i, other in enumerate(cands)
                if other.type == "ORGANIZATION" and len(ow := words(other.text)) > len(ws) and ow[-len(ws) :] == ws
            }
        if not longer and c.start > 0 and doc[c.start - 1].lower_ == "the":
            longer = {
                sets.find(i)
                for i, other in enumerate(cands[:j])
                if other.type == "ORGANIZATION"
                and len(ow := words(other.text)) > len(ws)
                and ow[-len(ws) :] == ws
            }
        if len(longer) == 1:
            sets.union(longer.pop(), j)
            c.type, c.strength = "ORGANIZATION", max(c.strength, 1)


# the French words after which a longer organisation name completes a shorter one with its own complement ("le
# Comité de défense" of "le Comité de défense de X", "le Groupe d'experts" of "le Groupe d'experts sur la Libye");
# "au", "en", "dans" open another organisation's place ("l'Etat islamique au Sahel" is not "l'Etat islamique")
_FRENCH_COMPLEMENTS = frozenset({"de", "du", "des", "d", "pour", "sur"})


def _complement_of_country(tail: list[str]) -> bool:
    """Whether a name's complement ("d irak", "de la libye") names a country after "de": "l'Etat islamique d'Irak"
    is another organisation than "l'Etat islamique" ("sur la Libye" is the subject of a panel, not its owner)."""
    rest = [w for w in tail[1:] if w not in ("la", "le", "les", "l")]
    return tail[0] in ("de", "du", "des", "d") and bool(rest) and is_country(rest[0])


def _french_org_beginnings(cands: list[Candidate], sets: _Sets) -> None:
    """ "la katiba X" after "la katiba X du Y", "la Coalition de l'Ennedi" of "la Coalition de l'Ennedi pour la
    justice": a French organisation of two words or more named by the beginning of one longer organisation's
    name, up to a complement of that name."""
    for j, c in enumerate(cands):
        ws = words(c.text)
        # (an acronym in the short name is a body of its own: "le groupe VDP" is not "le groupe VDP de X")
        if c.type != "ORGANIZATION" or len(ws) < 2 or c.key == BLOCKED or any(is_acronym(w) for w in c.text.split()):
            continue
        longer = _beginning_of(
            cands, sets, ws, lambda tail: tail[0] in _FRENCH_COMPLEMENTS and not _complement_of_country(tail))
        if len(longer) == 1:
            sets.union(longer.pop(), j)


# a nickname in quotes after a full name, inside the one candidate ('Kaka X "Abu Y"')
_QUOTED_NICKNAME = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]")


def _person_fulls(cands: list[Candidate]) -> tuple[list[int], set[int]]:
    """Indices of multi-word personal names, and of those that are nobody's short form: the full
    names ("Souleymane Ould Mahfoud", not "Ould Mahfoud" when the longer name is in the text)."""
    particles = frozenset(lexicons().particles)
    fulls = [i for i, c in enumerate(cands) if c.type == "PERSON" and c.strength >= 1 and len(words(c.text)) >= 2]
    texts = {cands[i].text for i in fulls}
    shorts = {t for t in texts if any(short_form_of(t, f, particles) for f in texts if f != t)}
    return fulls, {i for i in fulls if cands[i].text not in shorts}


def _shared_short_forms(cands: list[Candidate], real: set[int]) -> set[int]:
    """Candidates that are a short form of two different full names ("Ould Mahfoud" when the text
    names the brothers "Souleymane Ould Mahfoud" and "Hamma Ould Mahfoud"): each occurrence is
    resolved on its own, never through the same-name key that would chain the brothers together."""
    particles = frozenset(lexicons().particles)
    # (a full name with its quoted nickname, 'Kaka X "Abu Y"', owns the short forms of "Kaka X")
    full_keys = {name_key(_QUOTED_NICKNAME.sub("", cands[i].text)) for i in real}
    if len(full_keys) < 2:
        return set()
    out = set()
    # "Houthi" beside "the Houthis" (a movement) and three al-Houthi brothers: the movement's name,
    # which the same-name key joins to it
    movements = {name_key(c.text)[:-1] for c in cands
                 if c.type in ("ORGANIZATION", "COMMUNITY") and re.fullmatch(r"[A-Z][a-z]{3,}s", c.text)}
    for j, c in enumerate(cands):
        if c.type not in (None, "PERSON", "LOCATION", "ORGANIZATION") or c.shape == "quoted":
            continue
        if (c.type == "ORGANIZATION" and c.strength >= 2) or name_key(c.text) in movements:
            continue
        owners = {k for k in full_keys if short_form_of(c.text, k, particles)}
        if len(owners) >= 2:
            out.add(j)
    return out


# a place preposition right before a name ("near Tillia", "in Markoye", "around Kessi"), lower case and
# not before a possessive ("in Shekau's faction" names the man)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|around|outside)\s+$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _after_place_preposition(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is written as a place: after "in", "near", "around" or "outside",
    lower case, and not before a possessive."""
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 12) : start])) and not _POSSESSIVE_AFTER.match(text, end)


def _written_as_places(doc: Doc, cands: list[Candidate]) -> set[str]:
    """The names the text writes as a place at least once: a man named after his town or area
    ("Hamidou Markoye" beside "in Markoye", "Issa Tillia" beside "near Tillia") does not take that
    place as his short form. On the English train and dev gold no person's short form follows one of
    these words, and eight places that close a person's name do."""
    text = doc_text(doc)
    return {name_key(c.text) for c in cands if _after_place_preposition(text, c.start_char, c.end_char)}


def _named_person(c: Candidate) -> bool:
    """A person by a cue or a title (strength 2 or more), or a name opening on a listed given name:
    not a place a weak label calls a person ("Iraqi Kurdistan")."""
    return c.strength >= 2 or fold(c.text.split()[0]) in lexicons().given_names


# what a lone surname owns that marks the man, not a place or a people of that name ("Bakura's
# lieutenant", "Sahrawi's faction", "X's men", "X's death"): with the titles and kinship nouns
_PERSONAL_POSSESSIONS = frozenset(
    {"faction", "men", "death", "killing", "loyalists", "followers", "supporters", "fighters", "wing"}
)


def _named_for_person(doc: Doc, c: Candidate) -> bool:
    """A one-word name (or "al-" and one word) right before a possessive and what a person owns
    ("Bakura's lieutenant", "Sahrawi's faction"), or before a lower-case "faction" ("the Bakura
    faction", "Boko Haram (Shekau faction)"): written as a man, whatever it was typed (a town of the
    gazetteer, a people, the faction's organisation); the caller joins it only to a person's full
    name that closes on it."""
    if len(words(c.text)) > 2 or c.end >= len(doc) or is_country(c.text) or is_acronym(c.text):
        return False
    nxt = doc[c.end]
    if nxt.text == "faction":
        return True
    if nxt.text not in ("'s", "\u2019s") or c.end + 1 >= len(doc):
        return False
    noun = doc[c.end + 1].lower_
    return noun in _PERSONAL_POSSESSIONS or noun in lexicons().titles or noun in default_lexicon().kin_words


def _weak_org_surname(cands: list[Candidate], sets: _Sets, j: int, particles: frozenset[str]) -> bool:
    """ "loyal to Bakra Doro ... Doro's men", "the Bakra faction": a one-word name written as a man joins
    the one full name opening or closing on it that only a weak label called an organisation (two or
    three capitalised words, no organisation head or unit noun), and the full name becomes the man's."""
    lex = lexicons()
    c = cands[j]
    keys: dict[str, list[int]] = {}
    for i, o in enumerate(cands):
        ws = o.text.split()
        if (
            o.type == "ORGANIZATION" and o.strength <= 1 and o.shape == "chunk" and 2 <= len(ws) <= 3
            and all(w[:1].isupper() and fold(w) not in lex.org_heads and fold(w) not in lex.unit_nouns for w in ws)
            and not is_acronym(o.text) and sets.find(i) != sets.find(j)
            and short_form_of(c.text, o.text, particles) in (1, 3)
        ):
            keys.setdefault(name_key(o.text), []).append(i)
    if len(keys) != 1:
        return False
    (owners,) = keys.values()
    for i in owners:
        sets.union(i, j)
        cands[i].type = "PERSON"
    c.type, c.strength = "PERSON", 1
    return True


def _short_form_links(doc: Doc, cands: list[Candidate], sets: _Sets) -> None:
    """Join later short forms ("Kerroumi", "Ag Tessit", "El Tessiti") to the full personal name.

    A short form that two full names share joins the one the text wrote first of those written before
    it (in French, ``_FrenchNamesakes`` ranks them: a relative named after a kinship noun never takes
    it, then the one named more often), and a short form never brings a second full name into a
    cluster that already holds one.
    """
    lex = lexicons()
    particles = frozenset(lex.particles)
    fulls, real = _person_fulls(cands)
    namesakes = _FrenchNamesakes(doc, cands, sets, fulls) if current_language() == "fr" else None

    # where the text first writes each full name: "Sharifjon Nazarov ... his younger brother, Firuz
    # Nazarov ... Nazarov recruited": the bare surname stays with the report's own bearer, the relative
    # named later keeps his full name (on the train and dev gold, of the full names written before the
    # surname, the first owns it 45 times in 49, the most recent one before every use 25 times)
    introduced: dict[str, int] = {}
    for k in fulls:
        introduced.setdefault(name_key(cands[k].text), cands[k].start)
        # (a full name written with its nickname in quotes, as a scenario's preface lists its cast: "the
        # commander Kaka X "Abu Y", his brother Modu X" introduces "Kaka X" there, before the brother)
        bare = _QUOTED_NICKNAME.sub("", cands[k].text)
        if bare != cands[k].text and len(words(bare)) >= 2:
            introduced.setdefault(name_key(bare), cands[k].start)
    groups_and_peoples: set[int | str] = set()
    places = _written_as_places(doc, cands)
    # a lone surname written as a man ("Bakura's lieutenant", "the Bakura faction"), English only
    manly = {j for j, c in enumerate(cands) if _named_for_person(doc, c)} if current_language() != "fr" else set()
    for i, c in enumerate(cands):
        if i in manly:
            continue
        if c.type in ("ORGANIZATION", "COMMUNITY") and (c.strength >= 2 or re.fullmatch(r"[A-Z][a-z]{3,}s", c.text)):
            groups_and_peoples.update((sets.find(i), name_key(c.text), name_key(c.text).removesuffix("s")))
    for j, c in enumerate(cands):
        if (
            c.type not in (None, "PERSON")
            and not (c.type == "LOCATION" and c.strength <= 2)
            and not (c.type == "ORGANIZATION" and c.strength <= 1)
            and j not in manly
        ):
            continue
        if c.start > 0 and doc[c.start - 1].lower_ == "the" and not (j in manly and doc[c.end].text == "faction"):
            continue
        if is_acronym(c.text):
            continue
        if sets.find(j) in groups_and_peoples or name_key(c.text) in groups_and_peoples:
            continue  # "Houthi", joined to "the Houthis", is no short form of "Abdul Malik al-Houthi"
        if namesakes and namesakes.relative(c):
            continue  # "Son frère, Abakar X" beside "Fatimé Abakar X": a relative, not her short name
        owners = [(i, score) for i in fulls if i != j and sets.find(i) != sets.find(j)
                  and (score := short_form_of(c.text, cands[i].text, particles))]
        if j in manly and c.type != "PERSON":
            owners = [(i, score) for i, score in owners if score == 3]  # only the surname of a full name
            if not owners and _weak_org_surname(cands, sets, j, particles):
                continue
        if name_key(c.text) in places and not (c.type == "PERSON" and c.strength >= 2):
            # "near Tillia" beside "Issa Tillia": the place he is named after, not his surname (a
            # leading word, or the end of a name only a weak label calls a person, stays: "Saada" of
            # "Saada Governorate", "in Kurdistan" of "Iraqi Kurdistan")
            owners = [(i, score) for i, score in owners if score != 3 or not _named_person(cands[i])]
        if namesakes:
            owners = namesakes.likely_owners(c, owners)
        best: tuple[int, ...] | None = None
        for i, score in owners:
            if namesakes and len(owners) > 1:
                near = -abs(cands[i].start - c.start) if i > j else cands[i].start
                rank: tuple[int, ...] = (score, namesakes.salience(i, c.start), near, i)
            else:
                # (a full name first written after the short form ranks below every one written before it)
                rank = (score, -introduced[name_key(cands[i].text)], -abs(cands[i].start - c.start), i)
            if best is None or rank > best:
                best = rank
        if best is None:
            continue
        if (
            c.type == "LOCATION"
            and c.start > 0
            and doc[c.start - 1].lower_ in ("in", "near", "from", "at")
            and re.search(rf"\b[ae][ln][\s-]{re.escape(c.text)}$", cands[best[-1]].text)
        ):
            continue  # "born in Shaddadi": the place of the nisba "Abu Qutaiba al-Shaddadi", not him
        # already the short form of a full name in its own cluster ("Ould Mahfoud" joined to one
        # brother by a cue or a repeat): joining the other brother would make the two one person
        mine = {
            name_key(cands[k].text)
            for k in real
            if sets.find(k) == sets.find(j) and short_form_of(c.text, cands[k].text, particles)
        }
        if mine and name_key(cands[best[-1]].text) not in mine:
            continue
        sets.union(best[-1], j)
        if namesakes:
            namesakes.linked(best[-1], c.start)
        if c.type is None or c.type != "PERSON":
            c.type, c.strength = "PERSON", 1


class _FrenchNamesakes:
    """Which of two full names sharing a surname a lone surname is, in French (``_short_form_links``).

    A full name introduced as someone's relative ("son cousin Mamadou X", "son frère aîné, Modu X") is
    named in passing: the lone "X" later is the other namesake, the one the report is about, and the
    relative's own name is no short form of a longer one ("Son frère, Abakar X" beside "Fatimé Abakar
    X"). Between namesakes neither of whom is such a relative, the one named more often before the
    surname takes it (a portrait's subject over the deputy named once since), then the nearest before.
    """

    def __init__(self, doc: Doc, cands: list[Candidate], sets: _Sets, fulls: list[int]) -> None:
        self.relatives = {name_key(cands[i].text) for i in fulls if kin_introduced(doc, cands[i].start)}
        roots = {sets.find(i) for i in fulls}
        by_root: dict[int, list[int]] = {}
        for k, c in enumerate(cands):
            root = sets.find(k)
            if root in roots:
                by_root.setdefault(root, []).append(c.start)
        self.before = {i: sorted(by_root.get(sets.find(i), [])) for i in fulls}
        self.later: dict[int, list[int]] = {}
        self.cands = cands

    def relative(self, c: Candidate) -> bool:
        return len(words(c.text)) >= 2 and name_key(c.text) in self.relatives

    def likely_owners(self, c: Candidate, owners: list[tuple[int, int]]) -> list[tuple[int, int]]:
        others = [(i, s) for i, s in owners if name_key(self.cands[i].text) not in self.relatives]
        return others or owners

    def salience(self, i: int, start: int) -> int:
        """How often the full name i (and what is already joined to it) is named before ``start``."""
        return bisect_left(self.before[i], start) + bisect_left(self.later.get(i, []), start)

    def linked(self, i: int, start: int) -> None:
        insort(self.later.setdefault(i, []), start)  # in text order already: an append


def _cluster_type(members: list[Candidate]) -> str | None:
    """The strongest evidence decides; among equals, the most mentions."""
    score: dict[str, tuple[int, int]] = {}
    for c in members:
        if c.type:
            top, n = score.get(c.type, (0, 0))
            score[c.type] = (max(top, c.strength), n + 1)
    if not score:
        return None
    return max(score, key=lambda t: (score[t], -TYPE_ORDER.index(t)))


def _preferred(members: list[Candidate]) -> str:
    """The first full name: not an acronym, not a lone surname, not a quoted epithet ("the Blue
    Lion"). An unquoted full name comes first; a quoted full name ("'Mokhtar Balmokhtar' also known
    as ...", as a report writes every name of a man in quotes) still comes before a one-word name. An
    apostrophe inside a word does not make two: "Bal'ur", "N'Djamena" are one word."""

    def rank(c: Candidate) -> tuple[bool, bool, bool]:
        full = len(re.split(r"[\s\-]+", c.text.strip())) >= 2
        epithet = c.shape == "quoted" and (c.text[:1].islower() or c.text.lower().startswith("the "))
        return (not is_acronym(c.text) and not epithet, full and c.shape != "quoted", full)

    best = max(members, key=lambda c: (rank(c), -c.start))
    return best.text


def find_entities(doc: Doc, learned: bool = True) -> list[LocalEntity]:
    """The document's entities as local clusters, every mention with exact character offsets; ``learned``:
    with the learned shape finder among the rules' (``chunks.find_candidates``; False: the rules alone)."""
    cands = _merge_nicknames(doc, find_candidates(doc, learned))
    for c in cands:
        classify(doc, c)
    cands = _country_heading_names(doc, cands)
    cands = _drop_weak_headline_words(doc, _with_nested_countries(doc, _split_known_places(doc, cands)))
    cands = nickname_glosses(doc, record_item_names(doc, script_names(doc, _committee_heading_name(doc, cands))))
    _coordinated_types(doc, cands)
    _its_antecedents(doc, cands)
    capital_governments(doc, cands)
    place_shorts = _geo_noun_variants(doc, cands)
    sets = _Sets(len(cands))
    linked: set[int] = set()
    for a, b in find_alias_links(doc, cands):
        sets.union(a, b)
        linked.update((a, b))
    shared = _shared_short_forms(cands, _person_fulls(cands)[1])
    from ..resolve.names import spelling_key  # imported late, as ``french_names`` imports the resolver

    by_key: dict[str, int] = {}
    bare_of: dict[str, str] = {}  # a key first given by a name's other form (``also``): that name's type
    for i, c in enumerate(cands):
        if (c.type is None and i not in linked) or c.key == BLOCKED or i in shared or c.shape == "gloss":
            continue  # (a nickname's translation, "the thin one", is that man's alone: no key joins it)
        # the canonical key ("place:mali", "institution:mali:army") and the name as written
        own = {c.key or name_key(c.text), name_key(c.text)}
        bare = {name_key(a) for a in c.also} - own
        keys = own | bare
        if (c.type in ("ORGANIZATION", "COMMUNITY") or c.strength <= 1) and re.fullmatch(r"[A-Z][a-z]{3,}s", c.text):
            keys.add(name_key(c.text)[:-1])  # "the Houthis" and "the Houthi" movement
        if c.type in ("PERSON", "ORGANIZATION") and not is_acronym(c.text) and (spelled := spelling_key(c.text)):
            # two spellings of one name in one text ("Ansar Dine" and "Ansar Eddine", "al-Qaeda" and
            # "al-Qaida", "Da'esh" and "Daesh"), of one type
            keys.add(f"spelling:{c.type}:{spelled}")
        if c.type == "ORGANIZATION" and (army := _national_army_key(c.text)):
            keys.add(army)  # "the Rwanda Defence Force" and "Rwandan troops": the one army of that country
        if c.type == "ORGANIZATION" and c.strength >= 2:
            # "the West Africa Province of the Islamic State", "Islamic State West Africa Province" and
            # "the Islamic State's West Africa Province": one name, its words in another order
            content = sorted({w for w in words(c.text.replace("'s ", " ").replace("\u2019s ", " "))} - {"of", "the"})
            if len(content) >= 4:
                keys.add("words:" + " ".join(content))
        for key in keys:
            if key in bare and bare_of.get(key, c.type) != c.type:
                # "la katiba Macina" and "le cercle de Macina", "la vallée de X": a unit named after its
                # area and the area named with its noun both answer to the bare name, and are two
                # entities (each keeps it; a bare mention joins the first)
                continue
            if key in by_key:
                sets.union(by_key[key], i)
            else:
                by_key[key] = i
                if key in bare and c.type is not None:
                    bare_of[key] = c.type
    # a word the rules could not type that a strong name gives as its own other form ("Marenga" for
    # "the Republic of Marenga") is that name
    alternates = {name_key(a): i for i, c in enumerate(cands) if c.strength >= 2 for a in c.also}
    for i, c in enumerate(cands):
        if c.type is None and i not in linked and name_key(c.text) in alternates and c.shape == "chunk":
            sets.union(alternates[name_key(c.text)], i)
            linked.add(i)
    _place_short_forms(cands, sets, place_shorts)
    _align_weak_types(cands, sets)
    _short_form_links(doc, cands, sets)
    _org_short_forms(cands, sets)
    _head_noun_references(doc, cands, sets)
    _partial_org_names(doc, cands, sets)
    if current_language() == "fr":
        _french_org_beginnings(cands, sets)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if (c.type is None and i not in linked) or c.key == BLOCKED:
            continue
        groups.setdefault(sets.find(i), []).append(i)
    entities: list[LocalEntity] = []
    token_map: list[tuple[int, int, str]] = []
    generic: dict[str, bool] = {}  # each name's answer once (a list may repeat one name 250,000 times)
    for root in sorted(groups, key=lambda r: min(cands[i].start for i in groups[r])):
        members = [cands[i] for i in sorted(groups[root], key=lambda i: cands[i].start)]
        etype = _cluster_type(members)
        if etype is None or all(c.shape not in LOWER_CASE_NAMES and (
                generic[c.text] if c.text in generic else generic.setdefault(c.text, _generic_word(doc, c.text)))
                for c in members):
            continue
        key = f"L{len(entities)}"
        name = _preferred(members)
        names: dict[str, None] = {}
        roles: dict[str, None] = {}
        mentions = []
        for c in members:
            names.setdefault(c.text, None)
            names.update(dict.fromkeys(c.variants))
            roles.update(dict.fromkeys(c.roles))
            conf = 0.9 if c.strength >= 3 else 0.75 if c.strength == 2 else 0.6
            mentions.append(
                Mention(
                    c.start_char,
                    c.end_char,
                    c.text,
                    method=c.method if c.strength else "alias",
                    confidence=conf,
                )
            )
            token_map.append((c.start, c.end, key))
        best = max(c.strength for c in members)
        entities.append(
            LocalEntity(
                key=key,
                type=etype,
                name=name,
                aliases=[n for n in names if n != name],
                mentions=mentions,
                roles=list(roles),
                confidence=0.9 if best >= 3 else 0.7,
            )
        )
    doc.user_data[ENTITIES_KEY] = (entities, sorted(token_map))
    return entities


# the full names of a country's armed forces: "the Rwanda Defence Force", "the Uganda People's Defence Force",
# "the Kenya Defence Forces", "the Mozambican Defence and Security Forces", "the Armed Forces of X"; never a
# "National Army" (a rebel or rival army's name as often: "the Libyan National Army"), an air force, a navy, a
# police. On the English train gold each such name shares its entity with the country's "<demonym> army",
# "troops" or "forces" whenever both are written (11 of 11; dev 7 of 7), which the rules key
# "institution:<country>:army" (``classify``)
_ARMY_NAME = re.compile(r"(?i)^(?:the\s+)?(?:(?P<lead>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}?)\s+"
                        r"(?:(?:people'?s|defen[cs]e)\s+)?(?:defen[cs]e(?:\s+and\s+security)?\s+forces?|armed\s+forces)"
                        r"|armed\s+forces\s+of\s+(?:the\s+)?(?P<tail>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}))$")


def _national_army_key(text: str) -> str | None:
    """The army key of a country's armed forces named in full ("Rwanda Defence Force": "institution:rwanda:army"),
    or None."""
    m = _ARMY_NAME.match(text)
    if m is None:
        return None
    place = m.group("lead") or m.group("tail")
    demonym = lexicons().demonyms.get(fold(place))
    country = demonym if demonym is not None else place if is_country(place) else None
    if country is None:
        return None
    found = lookup(country)
    return f"institution:{fold(found.name if found else country)}:army"


# the special shapes that name in lower case ("the gendarmerie", "militias known as macawisley"): never
# a common word dropped below
LOWER_CASE_NAMES = frozenset({"bare-institution", "known-as"})


def _generic_word(doc: Doc, text: str) -> bool:
    """One capitalised common word is no name: "Share", "Media", "Brigade", "Committee", "Government"
    (page furniture, or a unit or institution named only by its head noun; "the State", "the Council",
    "l'État": a generic head noun of the lexicons, whatever the gazetteer says). A word the text also
    writes in lower case, or a head noun, title or geographic noun of the lexicons, counts, unless it
    names a known place or community."""
    if " " in text or "-" in text or not text.isalpha() or text.isupper():
        return False
    key = fold(text)
    lex = lexicons()
    if key in lex.communities or is_country(text):
        return False
    if key in lex.generic_heads or key.rstrip("s") in lex.generic_heads:
        return True  # "the Council", "la Mission": the gazetteer's towns of that name do not count
    generic = _generic_nouns()
    if key in generic or key.rstrip("s") in generic:
        return lookup(text) is None
    # a gazetteer town that the text also writes as a common word ("Share", "Media") is that word
    return key in lower_words(doc)


@per_language
def _generic_nouns() -> frozenset[str]:
    """Unit and institution nouns, titles and geographic nouns: no name alone."""
    lex = lexicons()
    return (lex.unit_nouns | lex.institutions).union(lex.titles, lex.geo_features)


def mention_spans(doc: Doc, entity: LocalEntity) -> list[Span]:
    """The spaCy spans of an entity's mentions (the doc must be the one ``find_entities`` read)."""
    out = []
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def entity_at(doc: Doc, token_index: int) -> str | None:
    """The key of the entity one of whose mentions covers the token, if any."""
    stored = doc.user_data.get(ENTITIES_KEY)
    if stored is None:
        return None
    for start, end, key in stored[1]:
        if start <= token_index < end:
            return str(key)
        if start > token_index:
            break
    return None


def resolve_reference(doc: Doc, token_index: int) -> str | None:
    """The entity key a definite role reference points back to ("the Emir", "the Algerian", "the group").

    The token is the reference's head noun; the answer is the most recent compatible entity
    mentioned before it, preferring one that holds the title when the noun is a title.
    """
    stored = doc.user_data.get(ENTITIES_KEY)
    if stored is None:
        return None
    entities, token_map = stored
    by_key = {e.key: e for e in entities}
    lex = lexicons()
    word = fold(doc[token_index].text)
    singular = word[:-1] if word.endswith("s") else word
    if word in lex.titles or singular in lex.titles:
        wanted, role = "PERSON", lex.titles.get(word) or lex.titles.get(singular)
    elif word in lex.demonyms:
        wanted, role = "PERSON", None
    elif word in ORG_REFERENCES or singular in ORG_REFERENCES:
        wanted, role = "ORGANIZATION", None
    else:
        return None
    recent: list[str] = []
    for start, _end, key in token_map:
        if start >= token_index:
            break
        if by_key[key].type == wanted:
            if key in recent:
                recent.remove(key)
            recent.append(key)
    if not recent:
        return None
    if role:
        for key in reversed(recent[-3:]):
            if role in by_key[key].roles:
                return key
    return recent[-1]


# words that make a multi-word name an epithet or a title's phrase, not a personal name ("the Hunter of
# Gobnangou"): its last word is a place, not a surname
_EPITHET_WORDS = frozenset({"of", "the", "du", "des"})


_GEO_NOUN_AFTER = re.compile(r"\s([a-z]+)(?:\s([a-z]+))?")


def geo_noun_mentions(doc: Doc, entities: list[LocalEntity]) -> None:
    """A place written before its generic geographic noun ("the Ménaka region", "Idlib province") is
    named there by both forms: the mention of the bare name gets a second mention of the name with
    its noun, the variant ``_geo_noun_variants`` already gave the entity as an alias. Reports write a
    place either way, and another report's name for it may be either; a mention is where a document
    names an entity, so the longer form is one too; not after a country's name ("the Niger river" is
    not Niger). Run after every post-step (relations, events and the learned check read the bare
    mentions only), in place."""
    text = doc_text(doc)
    for e in entities:
        if e.type != "LOCATION" or not e.aliases:
            continue
        forms = set(e.aliases) | {e.name}
        added = []
        seen = {(m.start, m.end) for m in e.mentions}
        for m in e.mentions:
            g = _GEO_NOUN_AFTER.match(text, m.end)
            if g is None or is_country(m.text):
                continue  # "the Niger river", "the Chad basin": a country's name before a noun is another place
            for end in (g.end(2), g.end(1)):
                if end < 0:
                    continue
                longer = text[m.start : end]
                if longer in forms and (m.start, end) not in seen:
                    seen.add((m.start, end))
                    added.append(Mention(m.start, end, longer, method=m.method, confidence=m.confidence))
                    break
        if added:
            e.mentions = sorted(e.mentions + added, key=lambda m: (m.start, m.end))


# Generic nouns written after a group's name that reports also name it by ("the Houthi movement", "the
# Haqqani network"): counted on the corpus train gold (thirtieth round), where the name with the noun is
# the same entity's name or no name at all. Not "group": after a group's own name the gold keeps the name
# alone ("the Lakurawa group", thirteenth round), and after a person's the rules already read a group of
# its own (``classify._namesake_group``); nor "cell", "faction", "militia": after a place they name
# another group ("the Brussels cell"), or the gold leaves the noun out.
_GROUP_NOUN_AFTER = re.compile(r"\s(movement|network)(?![\w\-])")


def group_noun_names(doc: Doc, entities: list[LocalEntity]) -> None:
    """An organisation written before a generic group noun ("the Houthi movement") answers to the name
    with it as well: the name with its noun is added to the entity's names and, where so written, to
    its mentions. English only (French puts the noun first: "le mouvement X"). Run after every post-step,
    in place, like ``geo_noun_mentions``."""
    if current_language() != "en":
        return
    text = doc_text(doc)
    for e in entities:
        if e.type != "ORGANIZATION":
            continue
        added = []
        for m in e.mentions:
            g = _GROUP_NOUN_AFTER.match(text, m.end)
            if g is None or m.text.islower() or m.text.lower().endswith(" " + g.group(1)):
                continue
            longer = text[m.start : g.end()]
            added.append(Mention(m.start, g.end(), longer, method=m.method, confidence=m.confidence))
            if longer != e.name and longer not in e.aliases:
                e.aliases.append(longer)
        if added:
            e.mentions = sorted(e.mentions + added, key=lambda m: (m.start, m.end))


def join_surnames(doc: Doc, entities: list[LocalEntity]) -> list[LocalEntity]:
    """A person named by a surname alone ("Hapilon", "al-Hamwi") joins the one person of the report
    whose full name ends with it ("Isnilon Hapilon"), once the types are final.

    ``_short_form_links`` makes that link while clustering, but only between names the rules already
    call persons: a full name the rules typed weakly as a group or a place ("El Shafee Elsheikh", ORG by
    the model's label) and its later surname end as two entities that the learned check then retypes
    as persons. Every name of the short entity must be a trailing short form of the other's full
    name, and only one person of the report may own it (two brothers sharing a nasab keep it apart); a
    name with a given name before the surname is a person of its own (a father beside his son).
    """
    particles = frozenset(lexicons().particles)
    people = [e for e in entities if e.type == "PERSON"]

    def fulls(e: LocalEntity) -> list[str]:
        return [n for n in e.names() if len(words(n)) >= 2 and not _EPITHET_WORDS & set(words(n))]

    full_names = {e.key: fulls(e) for e in people}
    text = doc_text(doc)
    into: dict[str, LocalEntity] = {}
    for short in people:
        names = short.names()
        if any(_after_place_preposition(text, m.start, m.end) for m in short.mentions):
            continue  # "near Tillia": the place the man "Issa Tillia" is named after (``_written_as_places``)
        # a surname alone, with its particles ("al-Hamwi", "Ould Benslim"): not a given name and a
        # surname ("Idriss Kalla" beside his son "Mahamat Idriss Kalla" is another man)
        if any(is_acronym(n) or len([w for w in words(n) if w not in particles]) != 1 for n in names):
            continue
        owners = [
            e for e in people
            if e is not short and full_names[e.key]
            and all(any(short_form_of(n, f, particles) == 3 for f in full_names[e.key]) for n in names)
        ]
        if len(owners) == 1 and owners[0].key not in into:
            into[short.key] = owners[0]
    if not into:
        return entities
    for short in people:
        owner = into.get(short.key)
        if owner is None:
            continue
        owner.mentions = sorted(owner.mentions + short.mentions, key=lambda m: m.start)
        owner.aliases.extend(n for n in short.names() if n != owner.name and n not in owner.aliases)
        owner.roles.extend(r for r in short.roles if r not in owner.roles)
        owner.confidence = max(owner.confidence, short.confidence)
    stored = doc.user_data.get(ENTITIES_KEY)
    if stored is not None:
        keys = {k: o.key for k, o in into.items()}
        doc.user_data[ENTITIES_KEY] = (
            [e for e in stored[0] if e.key not in keys],
            [(s, t, keys.get(k, k)) for s, t, k in stored[1]],
        )
    return [e for e in entities if e.key not in into]

