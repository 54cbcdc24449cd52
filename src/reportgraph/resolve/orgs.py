"""Names of organisations, communities and places: compared as bags of telling terms.

"Malian government" and "government of Mali", or "Movement for Justice and Democracy in Chad"
and "Mouvement pour la democratie et la justice au Tchad", are the same bag once stop words are
dropped, French words translated, demonyms and country names turned into ISO codes and plurals
stemmed. Renamed and derived organisations differ by a *qualifier* ("Al-Qaeda" / "Al-Qaeda in the
Islamic Maghreb", "Mali" / "northern Mali"), which counts against a merge; so do different heads
("Malian army" / "Malian government"). Acronyms match the initials of a long form in order
(AQIM, MUJAO from the French name) or, weaker, in another order (a translated name). An acronym
of the same name in another language (AQMI and AQIM, EIGS and ISGS, GSIM and JNIM) spells the
initials of the long form's words *translated*: each word may lend the initial of any word the
lexicon gives as its equivalent (État = State, groupe = jamaat = group, soutien = nusrat = support).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from ..errors import ResolveError
from .lexicon import _rows, lexicon
from .names import NameMatch, clean, fold, pair_up, strip_assimilated_article, token_similarity, words
from .places import Gazetteer, Place, _country_short_forms, default_gazetteer, place_key

_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
    "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12",
    "premier": "1", "premiere": "1", "deuxieme": "2", "second e": "2", "troisieme": "3",
    "quatrieme": "4", "cinquieme": "5", "sixieme": "6", "septieme": "7", "huitieme": "8",
    "neuvieme": "9", "dixieme": "10",
}
DIRECTIONS = frozenset({"north", "south", "east", "west", "center", "northeast", "northwest", "southeast",
                        "southwest"})


@dataclass(frozen=True)
class Term:
    """One telling word of a descriptive name."""

    form: str  # folded word, "@ML" for a country, "#9" for an ordinal
    weight: float
    kind: str  # word | country | ordinal | direction | generic


@dataclass(frozen=True)
class ParsedOrg:
    raw: str
    terms: tuple[Term, ...]
    acronym: str | None  # the name itself when it is an acronym (AQIM)
    words: tuple[tuple[str, bool], ...]  # (word, optional) in order, for acronym matching

    @property
    def key(self) -> str:
        return " ".join(t.form for t in self.terms)


def _stem(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if len(w) > 5 and w.endswith("is") and not w.endswith("iis"):
        return w[:-1]  # a people named in -i, in the plural: Yazidis, Houthis, Somalis
    if len(w) > 5 and w.endswith("ed"):
        return w[:-2]
    return w


def _is_acronym(name: str) -> bool:
    s = name.strip().strip(".")
    letters = re.sub(r"[.\-]", "", s)
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 \
        and " " not in s and letters.upper() == letters


@lru_cache(maxsize=1)
def _folded_map() -> dict[str, str]:
    """The lexicon's translations by the folded spelling of their word, for a spelling the lexicon
    does not list (Nusrah for nusra, Jamaah for jamaa): the same folding as personal names."""
    out: dict[str, str] = {}
    for w, c in sorted(lexicon().org_map.items()):
        if len(w) >= 4:
            out.setdefault(fold(w), c)
    return out


def _translate(w: str) -> str:
    """A word's canonical form (a translation, a synonym), through its spelling variants too."""
    lx = lexicon()
    m = lx.org_map.get(w)
    if m is not None:
        return m
    if len(w) >= 4 and w not in lx.org_stop:
        return _folded_map().get(fold(w), w)
    return w


# Words that only qualify an army's head noun: "armed forces", "defence forces", "forces armées",
# "forces de défense" are the army (the head it is compared by), "Mozambican Defence Armed Forces"
# too. Generic words of armies' names in English and French, no army's name.
_ARMY_QUALIFIERS = frozenset({"armed", "arme", "armee", "armees", "armes", "defense", "defence"})


def _army_words(ws: list[str]) -> set[int]:
    """Positions of the words that only qualify an army head next to them (or across a stop word)."""
    lx = lexicon()
    army = [i for i, w in enumerate(ws) if lx.org_map.get(w, w) == "army"]
    out: set[int] = set()
    for i in army:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(ws) and (ws[j] in _ARMY_QUALIFIERS or (ws[j] in lx.org_stop and ws[j] != "s")):
                if ws[j] in _ARMY_QUALIFIERS:
                    out.add(j)
                j += step
    return out


# An acronym written with dots inside a longer name ("U.N. Security Council", "U.K. Home Office"):
# one word, as "UN Security Council" writes it; cleaning would make each letter a word of its own,
# and the two letters ("u", "n") then told the dotted name apart from the undotted one as a qualifier.
_DOTTED_RE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?=[\s\-]|$)")


def _undotted(name: str) -> tuple[str, frozenset[str]]:
    """The name with its dotted acronyms written as words, and those words (lower case)."""
    found: set[str] = set()

    def glue(m: re.Match[str]) -> str:
        found.add(m.group(1).replace(".", "").lower())
        return m.group(1).replace(".", "")

    return _DOTTED_RE.sub(glue, name), frozenset(found)


@lru_cache(maxsize=1 << 18)
def _parse_org(name: str, gaz: Gazetteer) -> ParsedOrg:
    lx = lexicon()
    acr = re.sub(r"[.\-]", "", name.strip()).upper() if _is_acronym(name) else None
    text, dotted = _undotted(name)
    ws = [strip_assimilated_article(w) for w in words(text)]
    army_words = _army_words(ws)
    terms: list[Term] = []
    seq: list[tuple[str, bool]] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        # multi-word country names first (Burkina Faso, Saudi Arabia)
        if i + 1 < len(ws) and ws[i + 1] not in lx.org_stop and w not in lx.org_stop:
            code = gaz.country_code(f"{w} {ws[i + 1]}")
            if code:
                terms.append(Term("@" + code, 1.0, "country"))
                seq += [(w, False), (ws[i + 1], False)]
                i += 2
                continue
        i += 1
        if w in lx.org_stop or w == "s":
            # only an article may lend its letter to an acronym (the A of AQIM); other stop words never do
            if w in ("al", "el", "ul"):
                seq.append((w, True))
            continue
        # a dotted acronym's letters are initials, as they were when each letter was a word
        seq += [(c, False) for c in w] if w in dotted else [(w, False)]
        if i - 1 in army_words:
            continue  # "armed" of "armed forces": the army term stands for both
        m = _translate(w)
        if m in _ORDINALS or re.fullmatch(r"\d+(st|nd|rd|th|e|eme)?", m):
            terms.append(Term("#" + _ORDINALS.get(m, re.sub(r"\D", "", m)), 0.5, "ordinal"))
            continue
        if m in DIRECTIONS:
            terms.append(Term(m, 0.5, "direction"))
            continue
        if m in lx.org_generic:
            terms.append(Term(m, 0.3, "generic"))
            continue
        # a demonym in the plural (maliennes) or translated by the lexicon is the country too; a word
        # of two letters only when the name writes it in capitals and the short forms list it (the US
        # of "US Africa Command", not the "us" of a sentence nor AU, read as a spelling of EAU)
        forms = dict.fromkeys((w, _stem(w), m)) if len(w) > 2 else \
            {w: None} if w.upper() in _two_letter_countries() and re.search(rf"\b{w.upper()}\b", text) else {}
        code = next((c for c in map(gaz.country_code, forms) if c), None)
        if code:
            terms.append(Term("@" + code, 1.0, "country"))
            continue
        m = re.sub(r"isation$", "ization", m)  # stabilisation / stabilization
        terms.append(Term(fold(_stem(m)), 1.0 if len(m) > 2 else 0.3, "word"))
    return ParsedOrg(name, tuple(terms), acr, tuple(seq))


@cache
def _two_letter_countries() -> frozenset[str]:
    """The two-letter short forms of countries (US, UK) in data/gazetteer/country_short_forms.tsv."""
    return frozenset(f for forms in _country_short_forms().values() for f in forms if len(f) == 2 and f.isalpha())


def parse_org(name: str, gaz: Gazetteer | None = None) -> ParsedOrg:
    """Split an organisation, community or place name into weighted terms."""
    return _parse_org(name, gaz or default_gazetteer())


def _acronym_fits(acr: str, seq: tuple[tuple[str, bool], ...]) -> bool:
    """Do the acronym's letters spell the initials of the words, in order (stop words optional)?"""

    @cache
    def go(i: int, j: int) -> bool:
        if j == len(seq):
            return i == len(acr)
        w, optional = seq[j]
        if optional and go(i, j + 1):
            return True
        return i < len(acr) and w[:1].upper() == acr[i] and go(i + 1, j + 1)

    return go(0, 0)


def _term_similarity(ta: Term, tb: Term) -> float:
    if ta.kind in ("country", "ordinal") or tb.kind in ("country", "ordinal"):
        return 1.0 if ta.form == tb.form else 0.0  # Mali is not Mauritania, the ninth is not the tenth
    return token_similarity(ta.form, tb.form)


# Head nouns of a state's institutions (English and French, canonical forms of org_words.tsv): a
# country added to such a name says whose it is, where a country added to an armed group's name
# ("Islamic State" / "Islamic State Somalia") makes a branch. Generic vocabulary, no institution's name.
_INSTITUTION_HEADS = ("army", "government", "ministry", "police", "gendarmerie", "guard", "service", "agency",
                      "council", "committee", "department", "command", "court", "treasury", "navy", "parliament",
                      "assembly", "office")


@cache
def _institution_heads() -> frozenset[str]:
    """The term forms of the institution head nouns, as a name's parse gives them."""
    return frozenset(t.form for w in _INSTITUTION_HEADS for t in parse_org(w).terms)


def _whose_institution(a: tuple[Term, ...], b: tuple[Term, ...], rest_a: list[Term], rest_b: list[Term],
                       matched: list[tuple[str, str, float]]) -> bool:
    """One name adds only a country (and head nouns) to the other, which names none, and they share an
    institution's head noun, or the other adds only such a head noun."""
    heads = _institution_heads()
    for rest, other, other_rest in ((rest_a, b, rest_b), (rest_b, a, rest_a)):
        told = [t for t in rest if t.kind != "generic" and t.form not in heads]
        if told and all(t.kind == "country" for t in told) and not any(t.kind == "country" for t in other):
            shared = {x for x, _, _ in matched} | {y for _, y, _ in matched}
            # ... or the other adds only the head noun: "US Treasury" and "Department of the Treasury"
            return bool(shared & heads) or (bool(other_rest) and all(t.form in heads for t in other_rest))
    return False


def _operation_and_its_force(rest_a: list[Term], rest_b: list[Term]) -> bool:
    """One name's only other head is an operation, the other's a force ("opération Barkhane" / "force
    Barkhane", "Operation Serval" / "Serval force"): a military operation and the force deployed under its
    name are one entity in reports, not two heads (army / government)."""
    heads = {frozenset(t.form for t in rest_a), frozenset(t.form for t in rest_b)}
    return heads == {frozenset({"operation"}), frozenset({"army"})}


def _align_terms(a: tuple[Term, ...], b: tuple[Term, ...], kind_scale: float) -> NameMatch:
    matched, info, rest_a, rest_b = pair_up(a, b, _term_similarity)
    if not matched:
        return NameMatch(0.0, "none")
    fa = tuple(t.form for t in rest_a)
    fb = tuple(t.form for t in rest_b)
    # an institution's head noun that is a word of its own ("department", "office", "court") heads the
    # name as a generic one does: "Department of the Treasury" is "the Treasury" with its head noun
    heads = _institution_heads()
    tell_a = sum(t.weight for t in rest_a if t.kind != "generic" and t.form not in heads)
    tell_b = sum(t.weight for t in rest_b if t.kind != "generic" and t.form not in heads)
    head_a = any(t.kind == "generic" or t.form in heads for t in rest_a)
    head_b = any(t.kind == "generic" or t.form in heads for t in rest_b)
    if tell_a >= 0.5 and tell_b >= 0.5:
        # two names that differ in telling words (other words, countries, ordinals) are two entities
        return NameMatch(-4.0 if info >= 0.8 else -2.5, "conflict", tuple(matched), fa, fb)
    if head_a and head_b and not _operation_and_its_force(rest_a, rest_b):  # other head nouns: army / government
        return NameMatch(-4.0 if info >= 0.8 else 0.0, "conflict", tuple(matched), fa, fb)
    if _whose_institution(a, b, rest_a, rest_b, matched):
        # "U.S. Department of State" and "Department of State", "High Islamic Council of Mali" and
        # "High Islamic Council": a state's institution named with and without its country is one
        # institution when nothing else differs (co-mentions tell which country's, if the name is weak)
        return NameMatch(0.8 * min(3.5, kind_scale * info), "full", tuple(matched), fa, fb)
    if tell_a >= 0.5 or tell_b >= 0.5:
        # "Al-Qaeda" and "Al-Qaeda in the Islamic Maghreb": a qualifier makes another entity
        return NameMatch(-2.5 if info >= 0.8 else 0.0, "qualifier", tuple(matched), fa, fb)
    exact = not rest_a and not rest_b and all(m[2] == 1.0 for m in matched)
    score = min(3.5, kind_scale * info) + (0.5 if exact else 0.0)
    return NameMatch(score, "exact" if exact else "full", tuple(matched), fa, fb)


def _parent_written_out(raw: str, other: ParsedOrg) -> str | None:
    """The name with the acronym it is built on ("ISIS-Mozambique", "UN Security Council") written
    out in the words that begin the other name and spell its leading letters ("Islamic State
    Mozambique Province", "United Nations Security Council"), or None. A branch or body named after
    its parent says the parent by acronym or in full; the letters past those spelt (the second "IS"
    of "ISIS", "in Iraq and Syria") are the parent's own fuller name, not the branch's."""
    if raw.isupper() or not _built_on_acronym(raw) or _built_on_acronym(other.raw):
        return None  # two names built on acronyms compare as they are ("ISIS-Sahel", "ISIS-Somalia")
    toks = [t for t in re.split(r"[\s\-]+", raw.strip()) if t]
    if len(toks) < 2:
        return None
    lead = [w for w, _ in other.words]
    for i, t in enumerate(toks):
        if not _is_acronym(t):
            continue
        letters = re.sub(r"[.\-]", "", t.strip(".")).upper()
        for k in range(len(letters), 1, -1):  # the most letters spelt first, by the fewest words
            for j in range(2, len(other.words) + 1):
                if not other.words[j - 1][1] and _acronym_fits(letters[:k], other.words[:j]):
                    return " ".join([*toks[:i], *lead[:j], *toks[i + 1:]])
    return None


def _acronym_terms(p: ParsedOrg) -> set[str]:
    """The term forms of the acronyms a name is built on ("isis" of "ISIS-Mozambique")."""
    return {fold(_stem(t.lower())) for t in re.split(r"[\s\-]+", p.raw) if _is_acronym(t)}


def _two_acronyms_one_branch(pa: ParsedOrg, pb: ParsedOrg) -> bool:
    """Both names are built on acronyms, other ones that begin alike (ISIS, ISIL: one parent's
    variants; AQ and ISIS are two parents), and the rest of their words agree."""
    if not (_built_on_acronym(pa.raw) and _built_on_acronym(pb.raw)):
        return False
    xa, xb = _acronym_terms(pa), _acronym_terms(pb)
    if xa == xb or not any(x[:2] == y[:2] for x in xa for y in xb):
        return False
    rest_a = tuple(t for t in pa.terms if t.form not in xa)
    rest_b = tuple(t for t in pb.terms if t.form not in xb)
    return bool(rest_a and rest_b) and _align_terms(rest_a, rest_b, 2.2).kind in ("full", "exact")


# Head nouns by which a group names its territorial branches ("Sahel Province", "Wilayat Sinai"; the
# Arabic wilayah in its transliterations): generic vocabulary of such names, no group's or place's name.
_PROVINCE_HEADS = frozenset({"province", "wilayah", "wilayat", "wilaya", "vilayat"})


def _province_of_parent(pa: ParsedOrg, pb: ParsedOrg) -> bool:
    """One name is a branch's own name with a province head noun ("Sahel Province"), the other the
    same branch named inside its parent, in full or by acronym ("Islamic State Sahel Province",
    "ISIS-Somalia" beside "Somalia Province"): the other's last words, the head aside, are the same."""
    for short, long in ((pa, pb), (pb, pa)):
        sw = [w for w, _ in short.words]
        if len(sw) < 2 or not {sw[0], sw[-1]} & _PROVINCE_HEADS or _built_on_acronym(short.raw):
            continue
        core = [w for w in sw if w not in _PROVINCE_HEADS]
        lw = [w for w, _ in long.words if w not in _PROVINCE_HEADS]
        if core and len(lw) > len(core) and lw[-len(core):] == core:
            return True
    return False


# The preposition by which a coalition's or campaign's name says whom it is against ("Global Coalition
# against Daesh", "Coalition mondiale contre Daech"): generic English and French vocabulary, no group's name.
_PURPOSE_RE = re.compile(r"^(?P<own>.*?\S)\s+(?:against|contre)\s+\S.*$", re.IGNORECASE)


def _telling(p: ParsedOrg) -> bool:
    """Does the name hold a telling word or a country (not only head nouns, directions, ordinals)?"""
    return any(t.kind in ("word", "country") and t.weight >= 1.0 for t in p.terms)


@cache
def _peoples() -> frozenset[str]:
    """The folded names of peoples, tribes and confessions (the extractor's community list, English and
    French: ``data/lexicons/communities.tsv``, sourced there), in every spelling the list gives."""
    from ..extract.lexicons import _lexicons  # imported late: the resolver needs no spaCy

    return frozenset(_lexicons("fr").communities)


def _people_left_out(pa: ParsedOrg, pb: ParsedOrg) -> NameMatch | None:
    """One name is the other with a people's adjective before it ("Kurdish Peshmerga" / "Peshmerga"): the
    people whose force it is, said once, not a qualifier making another entity. The adjective is the
    longer name's first word and its only word the other lacks, and the other keeps a word that is no head
    noun (``org_heads.tsv``, the generic words of ``org_words.tsv``) and no people's name."""
    from ..extract.lexicons import _lexicons
    from ..extract.names import fold as lexicon_fold  # the community list's folding

    heads = _lexicons("fr").org_heads
    for long, short in ((pa, pb), (pb, pa)):
        ws = [w for w, optional in long.words if not optional]
        if len(ws) < 2 or lexicon_fold(ws[0]) not in _peoples():
            continue
        # the other keeps a word of its own, not only a head noun ("militia", "front": "Fulani militia" is
        # not every militia)
        if not any(not optional and lexicon_fold(w) not in heads and _translate(w) not in lexicon().org_generic
                   and lexicon_fold(w) not in _peoples() for w, optional in short.words):
            continue
        first = {_translate(ws[0]), fold(_stem(_translate(ws[0])))}
        rest = tuple(t for t in long.terms if t.form not in first)
        if len(rest) != len(long.terms) - 1:
            continue
        m = _align_terms(rest, short.terms, 2.2)
        if m.kind in ("full", "exact"):
            return NameMatch(0.8 * m.score, "full", m.matched, m.unmatched_a, m.unmatched_b)
    return None


def _purpose_left_out(pa: ParsedOrg, pb: ParsedOrg, gaz: Gazetteer) -> NameMatch | None:
    """One name is the other with the purpose it is against added ("Global Coalition" / "Global Coalition
    against Da'esh"): the short form reports write once the full name is known, not a qualifier making
    another entity. The own part must keep a telling word (a bare "Coalition" says nothing of which);
    the match is a full one, weighed down a little (0.8), as a translation is not needed to read it."""
    hit_a, hit_b = _PURPOSE_RE.match(pa.raw.strip()), _PURPOSE_RE.match(pb.raw.strip())
    if hit_a and hit_b:
        # two purposes: "... against ISIS" / "... against Da'esh" may be one group's two names, and
        # "... against the Houthis" another; the names alone say nothing, the rest of the evidence decides
        own_a, own_b = _parse_org(hit_a.group("own"), gaz), _parse_org(hit_b.group("own"), gaz)
        if _telling(own_a) and _align_terms(own_a.terms, own_b.terms, 2.2).kind in ("full", "exact"):
            return NameMatch(0.0, "none")
        return None
    for long, short in ((pa, pb), (pb, pa)):
        hit = _PURPOSE_RE.match(long.raw.strip())
        if not hit:
            continue
        own = _parse_org(hit.group("own"), gaz)
        if not _telling(own):
            continue
        m = _align_terms(own.terms, short.terms, 2.2)
        if m.kind in ("full", "exact"):
            return NameMatch(0.8 * m.score, "full", m.matched, m.unmatched_a, m.unmatched_b)
    return None


@lru_cache(maxsize=1 << 18)
def _compare(a: str, b: str, entity_type: str, gaz: Gazetteer) -> NameMatch:
    pa, pb = _parse_org(a, gaz), _parse_org(b, gaz)
    if entity_type == "ORGANIZATION":
        if pa.acronym and pb.acronym:
            if pa.acronym == pb.acronym:
                return NameMatch(3.0 if len(pa.acronym) >= 3 else 2.0, "exact", ((a, b, 1.0),))
            return NameMatch(0.0, "none")
        if pa.acronym and len(pb.words) > 1:
            return _acronym_match(pa.acronym, pb)
        if pb.acronym and len(pa.words) > 1:
            return _acronym_match(pb.acronym, pa)
        # "ISIS-Mozambique" and "Islamic State Mozambique Province": the parent's acronym written out
        wa, wb = _parent_written_out(a, pb), _parent_written_out(b, pa)
        if wa or wb:
            pa, pb = _parse_org(wa or a, gaz), _parse_org(wb or b, gaz)
        elif _two_acronyms_one_branch(pa, pb):
            # "ISIL Mozambique Province" and "ISIS-Mozambique": two acronyms of a parent are no
            # evidence against, as two acronyms are not (one group has several); nor are they for
            return NameMatch(0.0, "none")
    if entity_type == "LOCATION":
        la, lb = _readings(gaz, a), _readings(gaz, b)
        if la and lb:
            ids_a, ids_b = {p.id for p in la}, {p.id for p in lb}
            # a spelling no source lists is read as the nearest listed place (Azwad: Azawad); two names
            # that reach one place that way must be close spellings of each other too (Barawe and
            # Bajaur both near "Beira" are not one place)
            near = (gaz.listed(a) and gaz.listed(b)) or token_similarity(place_key(a), place_key(b)) >= 0.88
            if ids_a & ids_b and near:
                place = next(p for p in la if p.id in ids_b)
                country = place.precision == "country" and gaz.listed(a) and gaz.listed(b)
                weight = 3.5 if country or _close_spellings(a, b) or _exonyms(a, b) else _FAR_VARIANT
                return NameMatch(weight, "gazetteer", ((a, b, 1.0),), (place.id,), (place.name,))
            if ids_a & ids_b:
                return NameMatch(0.0, "none")
            if la[0].precision == lb[0].precision == "country" or clean(a) != clean(b):
                return NameMatch(-3.0, "gazetteer-different", (), (la[0].id,), (lb[0].id,))
    scale = 3.0 if entity_type == "COMMUNITY" else 2.2
    m = _align_terms(pa.terms, pb.terms, scale)
    if not m.matched:
        return m
    if entity_type == "ORGANIZATION" and m.kind in ("qualifier", "conflict"):
        m = _purpose_left_out(pa, pb, gaz) or m
    if entity_type == "ORGANIZATION" and m.kind == "qualifier":
        m = _people_left_out(pa, pb) or m
    if entity_type == "ORGANIZATION" and m.kind == "qualifier" and _province_of_parent(pa, pb):
        # "Sahel Province" and "Islamic State Sahel Province": the province's own name, its parent left out
        info = min(sum(t.weight for t in pa.terms), sum(t.weight for t in pb.terms))
        m = NameMatch(min(3.5, scale * info), "full", m.matched, m.unmatched_a, m.unmatched_b)
    # in words: the names' own words, so a translation shows ("etat~state", "groupe~group")
    sa, sb = _surface(pa), _surface(pb)
    return NameMatch(m.score, m.kind, tuple((sa.get(x, x), sb.get(y, y), s) for x, y, s in m.matched),
                     m.unmatched_a, m.unmatched_b)


# Two spellings the gazetteer files under one place but that differ in more than a letter or two
# (Tombouctou / Timbuktu, and Séno / Sanaa, Sirwah / Syria, Mosul / Messalo through GeoNames' many
# alternate names and the folding of vowels): the gazetteer alone does not decide, a co-mention must.
_FAR_VARIANT = 2.2


@cache
def _exonym_rows() -> dict[str, int]:
    """``data/resolve/place_exonyms.tsv``: each English and French name of a city (place keys) -> its row."""
    out: dict[str, int] = {}
    for n, row in enumerate(_rows("place_exonyms.tsv")):
        if len(row) != 2:
            raise ResolveError(f"place_exonyms.tsv: expected an English name and its French names, got {row!r}")
        for name in (row[0], *row[1].split("|")):
            out[place_key(name)] = n
    return out


def _exonyms(a: str, b: str) -> bool:
    """Two names of one city in English and French (Algiers / Alger), as the exonym table pairs them."""
    rows = _exonym_rows()
    ra, rb = rows.get(place_key(a)), rows.get(place_key(b))
    return ra is not None and ra == rb


def _close_spellings(a: str, b: str) -> bool:
    """Two place names written alike but for an edit per four letters (Niamey / Niamei, Shabwa /
    Shabwah), with the same first four letters and another ending, or one the other with words added
    (Borno / Borno State)."""
    wa, wb = [w for w in words(a) if w != "the"], [w for w in words(b) if w != "the"]
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    x, y = " ".join(wa), " ".join(wb)
    distance = Levenshtein.distance(x, y)
    if distance <= 2 and len(os.path.commonprefix([x, y])) >= 4:
        return True  # the same stem, another ending
    return distance <= max(1, min(len(x), len(y)) // 4)


def _readings(gaz: Gazetteer, name: str) -> list[Place]:
    """The places a name may mean; a country's name means the country alone ("Algérie" is also an
    alternate name of Algiers in GeoNames, and Algiers is not Algeria)."""
    found = gaz.lookup(name)
    if found and found[0].precision == "country":
        return [p for p in found if p.precision == "country"]
    return found


def _surface(p: ParsedOrg) -> dict[str, str]:
    """Each term form of a parsed name with the word it was read from."""
    out: dict[str, str] = {}
    for w, optional in p.words:
        if optional:
            continue
        m = _translate(w)
        for form in (m, fold(_stem(m))):
            out.setdefault(form, w)
    return out


def _built_on_acronym(raw: str) -> bool:
    """A name one of whose words is itself an acronym ("ISIS-Sahel", "ISIL-Somalia"), in a name not
    written all in capitals: a branch named after its parent's acronym, not a long form to spell."""
    if raw.isupper():
        return False
    return any(_is_acronym(t) for t in re.split(r"[\s\-]+", raw.strip()) if t)


def _acronym_match(acr: str, other: ParsedOrg) -> NameMatch:
    if _built_on_acronym(other.raw):
        return NameMatch(0.0, "none")
    if _acronym_fits(acr, other.words):
        return NameMatch(3.0 if len(acr) >= 3 else 1.5, "acronym", ((acr, other.raw, 1.0),))
    initials = sorted(w[:1].upper() for w, opt in other.words if not opt)
    if len(acr) >= 3 and initials == sorted(acr):
        return NameMatch(1.5, "acronym-reordered", ((acr, other.raw, 0.9),))
    if len(acr) >= 3:
        translated = _translated_acronym(acr, other)
        return translated if translated.score > 0 else _syllable_acronym(acr, other)
    return NameMatch(0.0, "none")


# The fewest letters of a syllable acronym matched across documents: four let "ISPR" (Inter-Services Public
# Relations) spell "Islamic State Khorasan Province" (IS, PR, Khorasan passed over), 115 false pairs on the
# English train split (twenty-sixth round).
_SYLLABLE_LETTERS = 5


def _syllable_acronym(acr: str, other: ParsedOrg) -> NameMatch:
    """An acronym of five letters or more that spells the long name's syllables, as the within-document
    link does (``spelt_by_syllables``): each content word lends its first letters or none, the first and
    the last words lend, and one word at most is passed over ("MINUSMA": MIssion [multidimensionnelle]
    Integree Nations Unies Stabilisation MAli; "AMISOM": African [Union] MIssion SOMalia, not "African
    Union Transition Mission in Somalia", its successor, whose acronym passes over two). The long name
    needs three content words (two words' letters are too easily spelt by chance)."""
    content = [w for w, optional in other.words if not optional]
    if len(acr) < _SYLLABLE_LETTERS or len(content) < 3:
        return NameMatch(0.0, "none")
    from ..extract.french_names import spelt_by_syllables  # imported late: the resolver needs no spaCy

    if spelt_by_syllables(acr, content, whole=True, most_passed=1):
        return NameMatch(2.5, "acronym-syllabic", ((acr, other.raw, 0.9),))
    return NameMatch(0.0, "none")


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, frozenset[str]]:
    """Each word of the lexicon with every word that means the same (groupe, jamaat, group)."""
    lx = lexicon()
    by_canon: dict[str, set[str]] = {}
    for w, c in lx.org_map.items():
        by_canon.setdefault(c, {c}).add(w)
    return {w: frozenset(ws) for ws in by_canon.values() for w in ws}


def _translated_acronym(acr: str, other: ParsedOrg) -> NameMatch:
    """The acronym of the long form in another language: each letter the initial of one word's
    equivalent, in the words' order (2.5) or in another (1.5: that language orders its words
    differently, "État islamique" / "Islamic State")."""
    eq = _equivalents()
    slots: list[tuple[str, bool, dict[str, str]]] = []  # (word, optional, initial -> equivalent)
    for w, optional in other.words:
        choices: dict[str, str] = {w[:1].upper(): w}
        for x in sorted(eq.get(w, ())):
            choices.setdefault(x[:1].upper(), x)
        slots.append((w, optional, choices))

    @cache
    def ordered(i: int, j: int) -> tuple[tuple[str, str, str], ...] | None:
        if j == len(slots):
            return () if i == len(acr) else None
        w, optional, choices = slots[j]
        if optional:
            skip = ordered(i, j + 1)
            if skip is not None:
                return skip
        if i < len(acr) and acr[i] in choices:
            rest = ordered(i + 1, j + 1)
            if rest is not None:
                return ((acr[i], w, choices[acr[i]]), *rest)
        return None

    found = ordered(0, 0)
    if found is not None:
        return NameMatch(2.5, "acronym-translated", tuple((f"{c}: {w}", x, 1.0) for c, w, x in found))
    required = [s for s in slots if not s[1]]
    spare_slots = [s for s in slots if s[1]]
    if len(required) > len(acr):
        return NameMatch(0.0, "none")

    def any_order(letters: tuple[str, ...], todo: list[tuple[str, bool, dict[str, str]]],
                  spare: list[tuple[str, bool, dict[str, str]]]) -> list[tuple[str, str, str]] | None:
        if not todo:  # the letters left come from optional words (an article's A), each used once
            if not letters:
                return []
            for k, (w, _, choices) in enumerate(spare):
                if letters[0] in choices:
                    rest = any_order(letters[1:], [], spare[:k] + spare[k + 1:])
                    if rest is not None:
                        return [(letters[0], w, choices[letters[0]]), *rest]
            return None
        w, _, choices = todo[0]
        for k, c in enumerate(letters):
            if c in choices and c not in letters[:k]:
                rest = any_order(letters[:k] + letters[k + 1:], todo[1:], spare)
                if rest is not None:
                    return [(c, w, choices[c]), *rest]
        return None

    pairs = any_order(tuple(acr), required, spare_slots)
    if pairs is None:
        return NameMatch(0.0, "none")
    if all(w == x for _, w, x in pairs):  # no word translated: the letters of one language, reordered
        return NameMatch(1.5, "acronym-reordered", ((acr, other.raw, 0.9),))
    pairs.sort(key=lambda p: acr.index(p[0]))
    return NameMatch(1.5, "acronym-translated-reordered", tuple((f"{c}: {w}", x, 0.9) for c, w, x in pairs))


def _translated_initials(seq: tuple[tuple[str, bool], ...], cap: int = 64) -> set[str]:
    """The sorted letters of every acronym the words' equivalents could spell (at most ``cap``), so
    that an acronym in another language is filed under the same key as the long form."""
    eq = _equivalents()
    out = {""}
    for w, optional in seq:
        initials = {w[:1].upper()} | {x[:1].upper() for x in eq.get(w, ())}
        out = ({x + i for x in out for i in initials} | (out if optional else set()))
        if len(out) > cap:
            return set()
    return {"".join(sorted(x)) for x in out if len(x) >= 3}


def places_apart(a: str, b: str, entity_type: str = "ORGANIZATION",
                 gaz: Gazetteer | None = None) -> tuple[list[str], list[str]] | None:
    """Two names that share words but each add a place of its own (a country, a listed region):
    "Islamic State Sahel Province" and "Islamic State in the Greater Sahara", "Afghan Taliban" and
    "Tehrik-i-Taliban Pakistan", the same kind of group in two places. The places each adds, or None."""
    g = gaz or default_gazetteer()
    m = _compare(a, b, entity_type, g)
    if m.kind != "conflict":
        return None
    found = []
    for name, forms in ((a, m.unmatched_a), (b, m.unmatched_b)):
        surface = _surface(_parse_org(name, g))
        found.append([f if f.startswith("@") else surface.get(f, f) for f in forms
                      if f.startswith("@") or (g.listed(surface.get(f, f)) and g.lookup(surface.get(f, f)))])
    return (found[0], found[1]) if found[0] and found[1] else None


def compare_org_names(a: str, b: str, entity_type: str = "ORGANIZATION",
                      gaz: Gazetteer | None = None) -> NameMatch:
    """Compare two organisation, community or place names (signed weight, see NameMatch)."""
    return _compare(a, b, entity_type, gaz or default_gazetteer())


def _initials(seq: tuple[tuple[str, bool], ...]) -> set[str]:
    """Every acronym the words could make, each stop word's initial in or out (at most 16)."""
    out = {""}
    n_optional = 0
    for w, optional in seq:
        if optional:
            n_optional += 1
            if n_optional > 4:
                continue
            out |= {x + w[:1].upper() for x in out}
        else:
            out = {x + w[:1].upper() for x in out}
    return {x for x in out if len(x) >= 2}


def org_keys(name: str, entity_type: str, gaz: Gazetteer | None = None) -> set[str]:
    """Blocking keys: telling terms, the acronym (own or of the long form), gazetteer ids."""
    g = gaz or default_gazetteer()
    p = _parse_org(name, g)
    keys: set[str] = set()
    if p.acronym:
        keys.add("a:" + p.acronym)
    content = [w for w, opt in p.words if not opt]
    if len(p.words) > 1:
        keys.update("a:" + a for a in _initials(p.words))
        keys.add("s:" + "".join(sorted(w[:1] for w in content)).upper())
    if p.acronym:
        keys.add("s:" + "".join(sorted(p.acronym)))
    elif len(p.words) > 2:
        keys.update("s:" + x for x in _translated_initials(p.words))
    for t in p.terms:
        if t.kind in ("word",) and len(t.form) >= 3:
            keys.add("w:" + t.form)
    if any(k.startswith("w:") for k in keys) and len(p.terms) > 1:
        # the whole bag of translated terms in sorted order: "État islamique" and "Islamic State" share
        # it, where their one telling word's block ("islamic") is too large for either to be read
        keys.add("x:" + " ".join(sorted(t.form for t in p.terms)))
    if not any(k.startswith("w:") for k in keys):
        keys.add("k:" + p.key)  # only generic/country/ordinal terms: the whole bag is the key
        # and the bag in sorted order, as languages order the words differently ("armée nigérienne",
        # "Nigerien army"); the key in the name's order is kept for knowledge bases filed under it
        keys.add("k:" + " ".join(sorted(t.form for t in p.terms)))
    if entity_type == "LOCATION":
        keys.update("g:" + pl.id for pl in g.lookup(name)[:3])
    if entity_type == "ORGANIZATION" and not p.acronym:
        keys.update(_branch_keys(p))
    return keys


def _branch_keys(p: ParsedOrg) -> set[str]:
    """A branch's place, where the name says the branch ("ISIS-Mozambique", "Mozambique Province",
    "Islamic State Mozambique Province" all have "b:@MZ"): the last telling term, the parent's acronym
    aside, of a name built on an acronym or headed by a province word (see _province_of_parent)."""
    ws = [w for w, _ in p.words]
    if not (_built_on_acronym(p.raw) or (len(ws) >= 2 and {ws[0], ws[-1]} & _PROVINCE_HEADS)):
        return set()
    acronyms = _acronym_terms(p)
    told = [t.form for t in p.terms if t.kind in ("word", "country") and t.form not in acronyms]
    return {"b:" + told[-1]} if told else set()
