"""Evidence for and against two clusters being one entity, and the verdict it adds up to.

Weights are log-odds-like: a full multi-part name in both clusters (about +3) or an acronym that
spells a long form (+3) decides alone; a single surname (+1) or a single rare organisation word
needs shared context; a conflicting name part, a qualifier that makes another organisation, two
places the gazetteer tells apart or two records the extractor kept apart in one document count
against. Precision before recall: the threshold asks for more than one weak signal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TypeVar

from .blocking import name_keys_of as _name_keys
from .keys import normalize_name
from .lexicon import lexicon
from .names import (
    TOKEN_MATCH,
    NameMatch,
    Part,
    clean,
    compare_person_names,
    fold,
    is_common,
    parse_name,
    part_key,
    skeleton,
    token_similarity,
    words,
)
from .orgs import DIRECTIONS, _acronym_fits, _is_acronym, compare_org_names, parse_org
from .places import Gazetteer, demonym_country
from .records import ClusterSummary, Evidence, Explanation, beside_key

T = TypeVar("T")

GENERIC_ROLES = frozenset({"agent", "patient", "mediator", "other", ""})


@dataclass(frozen=True)
class ScoringConfig:
    threshold: float = 2.5  # total weight needed to merge
    min_name: float = 0.9  # best name evidence needed to merge (context alone never merges)
    context_weight: float = 0.35  # per shared co-mentioned entity
    context_cap: float = 1.4
    role_weight: float = 0.4
    role_cap: float = 0.8
    several_names_bonus: float = 0.5
    acronym_clash: float = -2.0  # an acronym match whose clusters' full names disagree
    same_document: float = -0.25  # the extractor kept the two apart in one document (it may miss aliases)
    max_names: int = 12  # names per cluster compared (the most used)
    type_disagreement: float = -0.75  # two clusters typed differently that share a name (the type vote)
    part_of_place: float = -3.0  # one place's own name is the other's with a compass word: another place
    countries_apart: float = -3.0  # two spellings of a place, each among places of another country
    same_document_partial: float = -2.0  # two persons kept apart in one document, no full name shared


@lru_cache(maxsize=1 << 18)
def normalise(text: str) -> str:
    """The form context names and roles are compared in."""
    return clean(text).replace("-", " ")


@lru_cache(maxsize=1 << 18)
def context_key(name: str) -> str:
    """The form two co-mentioned names are matched in: a normalised name with its spelling variants,
    particles and articles folded away, so that one report's "Bel Mokhtar" and another's
    "Belmokhtar", or "Abou Zeid" and "Abu Zaid", count as the same co-mentioned entity."""
    lex = lexicon()
    drop = lex.nasab | lex.article | lex.titles | lex.org_stop
    joined = "".join([w for w in words(name) if w not in drop] or words(name))
    return skeleton(joined) if len(joined) >= 5 else fold(joined)  # a short name keeps its vowels


def _memo(summary: ClusterSummary, attr: str, state: object, build: Callable[[], T]) -> T:
    """A value derived from a summary, kept on it until ``state`` (what the value depends on) changes:
    a cluster met again and again is not re-derived (the global caches of names.py cannot hold every
    name of a corpus of a million mentions)."""
    cached: tuple[object, T] | None = getattr(summary, attr, None)
    if cached is not None and cached[0] == state:
        return cached[1]
    value = build()
    setattr(summary, attr, (state, value))
    return value


def _folded(summary: ClusterSummary) -> dict[str, str]:
    """A cluster's context names by their context key (one normalised name kept per key); context
    names are only ever added, so their number tells when to fold again."""
    def build() -> dict[str, str]:
        out: dict[str, str] = {}
        for c in summary.context:
            out.setdefault(context_key(c), c)
        return out
    # context names are only added, but a bounded tally is cut back (records.py): that counts too
    return _memo(summary, "_folded_context", (len(summary.context), summary.dropped.get("context", 0)), build)


def compare_names(a: str, b: str, entity_type: str, gaz: Gazetteer) -> NameMatch:
    """The type's name comparison: personal names or descriptive (organisation, place) names."""
    if entity_type == "PERSON":
        return compare_person_names(person_name(a, gaz), person_name(b, gaz))
    return compare_org_names(a, b, entity_type, gaz)


@lru_cache(maxsize=1 << 16)
def person_name(name: str, gaz: Gazetteer) -> str:
    """A personal name less the demonyms an extraction kept before it ("Algerian Abdelhamid Abou
    Zeid", "Jordanian Abu Musab al-Zarqawi"): they say where the man is from, they are no part of his
    name (and read as a given name, they made him another man). Only capitalised, before two words."""
    ws = name.split()
    i = 0
    while i < len(ws) - 2 and ws[i][:1].isupper() and demonym_country(ws[i], gaz):
        i += 1
    return " ".join(ws[i:]) if i else name


def _describe(a: str, b: str, m: NameMatch) -> str:
    if m.kind.startswith("acronym-translated"):
        letters = ", ".join(f"{x} = {y}" if not x.endswith(" " + y) else x for x, y, _ in m.matched)
        order = " (the words in that language's order)" if m.kind.endswith("reordered") else ""
        return (f"'{a}' ~ '{b}': acronym of the same name in another language{order}, each letter a word "
                f"or its translation ({letters})")
    if m.kind in ("acronym", "acronym-reordered"):
        return f"'{a}' ~ '{b}': acronym of the long form" + (" (letters reordered)" if "re" in m.kind else "")
    if m.kind == "gazetteer":
        return f"'{a}' ~ '{b}': both the gazetteer place {m.unmatched_a[0]} ({m.unmatched_b[0]})"
    if m.kind == "gazetteer-different":
        return f"'{a}' vs '{b}': different gazetteer places ({m.unmatched_a[0]}, {m.unmatched_b[0]})"
    parts = ", ".join(x if x == y else f"{x}~{y}" for x, y, _ in m.matched)
    if m.kind == "qualifier":
        extra = ", ".join(m.unmatched_a or m.unmatched_b)
        return f"'{a}' vs '{b}': one adds {extra} (a branch or successor is another entity)"
    if m.kind == "conflict":
        return (f"'{a}' vs '{b}': share {parts} but differ in "
                f"{', '.join(m.unmatched_a)} / {', '.join(m.unmatched_b)}")
    return f"'{a}' ~ '{b}': {m.kind} match ({parts})"


def _rarity(m: NameMatch, part_df: Callable[[str], int]) -> tuple[float, int]:
    """Down-weighting of a person-name match whose rarest telling part is still common."""
    dfs = [part_df(part_key(x)) for x, y, _ in m.matched if len(x) >= 3 and not is_common(x)]
    if not dfs:
        return 1.0, 0
    df = min(dfs)
    if df <= 3:
        return 1.0, df
    factor = max(0.45, 1.0 - 0.2 * math.log2(df / 3))
    if m.kind == "exact" and len(m.matched) >= 3:
        # a common surname with two more names alike on both sides: the whole name is far rarer than
        # its rarest part ("Hassan Sheikh Mohamud" beside 44 other Mohamuds)
        factor = 1.0 - (1.0 - factor) / (len(m.matched) - 1)
    return factor, df


def _keyed_names(summary: ClusterSummary, n: int, gaz: Gazetteer) -> list[tuple[str, frozenset[str]]]:
    """A cluster's n most used names with their blocking keys, until its names or their counts change."""
    state = (len(summary.names), sum(summary.names.values()), summary.dropped.get("names", 0), n)
    return _memo(summary, "_keyed_names", state,
                 lambda: [(x, _name_keys(summary.type, x, gaz)) for x in summary.top_names(n)])


def _full_names_clash(a: ClusterSummary, b: ClusterSummary, n: int, gaz: Gazetteer) -> tuple[str, str] | None:
    """Two full names (three words or more), one on each side, when no full name of one side matches
    any of the other: an acronym shared by such clusters is a collision (JAS for Jama'atu Ahlis
    Sunna and for another front), not one group."""
    long_a = [x for x in a.top_names(n) if len(words(x)) >= 3]
    long_b = [y for y in b.top_names(n) if len(words(y)) >= 3]
    if not long_a or not long_b:
        return None
    if any(compare_names(x, y, a.type, gaz).score > 0 for x in long_a for y in long_b):
        return None
    return long_a[0], long_b[0]


def _one_word(name: str) -> bool:
    """A name of one word once articles and stop words are dropped ("al-Shabaab", "Wagner")."""
    stop = lexicon().org_stop
    return len([w for w in words(name) if w not in stop]) == 1


def _unmatched_full_name(a: ClusterSummary, b: ClusterSummary, n: int, gaz: Gazetteer) -> str | None:
    """A full name (three words or more) of ``a`` that none of ``b``'s names matches, if any: what a
    cluster says of itself beyond a one-word name the other shares ("Ahlu Sunnah Wal Jamaa" beside
    "al-Shabaab", against a cluster named "al-Shabaab" only). Only a name its records use (not the
    "Bilad al-Rafidayn" one report gave al-Qaeda among thirty that call it al-Qaeda) says so."""
    theirs = b.top_names(n)
    own = established_names(a)
    for x in a.top_names(n):
        if len(words(x)) >= 3 and normalize_name(x) in own and \
                not any(compare_names(x, y, a.type, gaz).score > 0 for y in theirs):
            return x
    return None


def _stray_acronym(name: str) -> bool:
    """An acronym of three letters or more: a stray one ("ISCAP" glued onto a record of the group whose
    branch it names) is as telling as a stray full name, unlike a one-word nickname, against a cluster
    whose records, two or more, use a name of their own that the group's names do not match."""
    return _is_acronym(name) and len(re.sub(r"[.\-]", "", name)) >= 3


def _stray_name_match(x: str, y: str, a: ClusterSummary, b: ClusterSummary, n: int,
                      gaz: Gazetteer) -> tuple[str, str] | None:
    """The pair matches only through a name one side holds as a stray (``x``, a name one record of many
    gave ``a``: "al-Dawla al-Islamiyya", the Arabic gloss an encyclopaedia gave the Islamic State),
    while the other side's records use a name of their own (established) that none of ``a``'s names
    matches ("Maute group" beside "Dawlah Islamiyah", the same Arabic words as another group's name):
    (the stray name, the unmatched name). A group that only answers to the stray name, or whose other
    names ``a`` knows too, is not held back. The stray name is one of two words or more (a translated
    full name; a one-word nickname such as "Da'esh", which reports write beside the group's other names,
    is not read so), and the unmatched name no acronym (an acronym glued onto a record, "UNITAD" beside
    "Daesh" in one speech, says nothing of the group). A community's names are one word ("Tuareg",
    "Ifoghas"): there a one-word stray counts too ("Ifoghas", a tribe one report's record gave the Tuareg
    cluster, against a cluster whose records call it "Kel Adagh" as well: a tribe, not the community)."""
    if normalize_name(x) in established_names(a) or normalize_name(y) not in established_names(b) or \
            (a.type == "ORGANIZATION" and _one_word(x) and not _stray_acronym(x)):
        return None
    mine = a.top_names(n)
    # a stray acronym against a name one text wrote beside it (one record's "Units of the National Army"
    # and its acronym) says nothing: the other side must be a name two records use
    least = 2 if a.type == "ORGANIZATION" and _one_word(x) else 1
    for z in best_names_of(b, n):
        if normalize_name(z) == normalize_name(y) or _is_acronym(z) or b.names.get(z, 0) < least:
            continue
        if not any(compare_names(w, z, a.type, gaz).score > 0 for w in mine):
            return x, z
    return None


def _part_of_place(a: ClusterSummary, b: ClusterSummary, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """The two places' own names (each one's most used) when one is the other with a compass word
    ("central Mali", "Mali"): a region of it, whatever aliases a document gave either."""
    top_a, top_b = a.top_names(1), b.top_names(1)
    if not top_a or not top_b:
        return None
    m = compare_org_names(top_a[0], top_b[0], "LOCATION", gaz)
    extra = (*m.unmatched_a, *m.unmatched_b)
    if m.kind == "qualifier" and extra and all(x in DIRECTIONS for x in extra):
        return top_a[0], top_b[0], ", ".join(extra)
    return None


def _countries_around(summary: ClusterSummary, gaz: Gazetteer) -> frozenset[str]:
    """The countries of a place cluster's co-mentioned places: each context name the gazetteer lists
    itself (no close spelling) whose readings all lie in one country, and country names and demonyms."""
    def build() -> frozenset[str]:
        out: set[str] = set()
        for c in summary.context:
            code = gaz.country_code(c) if gaz.listed(c) or demonym_country(c, gaz) else None
            if code is None and gaz.listed(c):
                codes = {p.country_code for p in gaz.lookup(c)}
                code = codes.pop() if len(codes) == 1 else None
            if code:
                out.add(code)
        return frozenset(out)
    return _memo(summary, "_countries_around", (len(summary.context), summary.dropped.get("context", 0)), build)


def _countries_apart(x: str, y: str, m: NameMatch, a: ClusterSummary, b: ClusterSummary,
                     gaz: Gazetteer) -> tuple[str, str] | None:
    """Two names of a place that meet only through a close spelling ("Moura", a spelling no source lists,
    read as "Mora"; "Mudiyah" and "Mueda" alike in letters) whose clusters' co-mentioned places lie in
    different countries, none shared: two places of like names (their countries, one each side). Not
    names both listed (exonyms, a name with its geographic noun), nor a country's ("U.S." / "United
    States"): the places around a country are often other countries'."""
    close = (m.kind == "gazetteer" and not (gaz.listed(x) and gaz.listed(y))) or \
        any(s < 1.0 for _, _, s in m.matched)
    if not close or normalise(x) == normalise(y) or gaz.country_code(x) or gaz.country_code(y):
        return None
    ca, cb = _countries_around(a, gaz), _countries_around(b, gaz)
    if not ca or not cb or ca & cb:
        return None
    return ", ".join(sorted(ca)[:3]), ", ".join(sorted(cb)[:3])


def _spelt_by(acronym: str, names: list[str]) -> bool:
    """Is an acronym the initials of another of the cluster's names? "AFP" beside "Armed Forces of
    the Philippines" is that army's acronym, not the news agency's."""
    if not _is_acronym(acronym):
        return False
    letters = re.sub(r"[.\-]", "", acronym).upper()
    agencies = lexicon().news_agencies
    return any(len(words(x)) > 1 and " ".join(words(x)) not in agencies and _acronym_fits(letters, parse_org(x).words)
               for x in names if x != acronym)


# the least a person's whole name (two parts or more, each alike) weighs in company it shares (_rarity)
_FULL_NAME_IN_COMPANY = 0.8
_SPELT_ACRONYM = 3.0  # a two-letter acronym that spells a long form the clusters use weighs as three letters


def _two_letters_spelt(x: str, y: str, a: ClusterSummary, b: ClusterSummary, n_names: int) -> str:
    """A two-letter acronym ("UN", "U.N.") met in a cluster whose records use nothing else, against the
    same acronym or a long form it spells in a cluster whose records use such a long form ("United
    Nations"): not any two letters, but the known short form of that name. The long form, or ''.
    ("IS" beside "Islamic State" in one record spells "Ilaalada Saleebaan" too: that stays weak.)"""
    def letters(n: str) -> str:
        return re.sub(r"[.\-]", "", n).upper() if _is_acronym(n) else ""

    acr = letters(x) or letters(y)
    if len(acr) != 2:
        return ""
    for long_side, short_side in ((a, b), (b, a)):
        if not all(letters(n) == acr for n in best_names_of(short_side, n_names)):
            continue
        for n in best_names_of(long_side, n_names):
            if not letters(n) and len(words(n)) > 1 and _acronym_fits(acr, parse_org(n).words):
                return n
    return ""


def _complement_made_head(x: str, y: str, m: NameMatch, gaz: Gazetteer) -> bool:
    """Does the longer name end in "of", a word of the other name and a head noun, all it adds ("Department
    of State" or "State Department" / "Department of State Services")? What the first calls its
    complement ("of State") has become the modifier of another head ("State Services"): another body,
    named with the first one's words ("Kenya Police" / "Kenya Police Service", with no "of", stays one)."""
    for short, long, extra in ((x, y, m.unmatched_b), (y, x, m.unmatched_a)):
        ws, wl = words(short), words(long)
        if len(extra) != 1 or len(wl) < 4 or wl[-3] != "of" or wl[-2] not in ws or wl[-1] in ws:
            continue
        terms = parse_org(long, gaz).terms
        if terms and terms[-1].kind == "generic" and terms[-1].form == extra[0]:
            return True
    return False


def _adds_a_branch_head(long_name: str, extra: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Do the words a longer name adds to a group's name hold a head noun or a compass word of their own
    ("Islamic State Central Africa Province", "... in the Greater Sahara": a province, a region, a
    branch)? A group's fuller (older or translated) name adds places and words only ("... of Iraq and
    the Levant"); the words a branch's name adds name what the branch is."""
    added = set(extra)
    return any(t.form in added and t.kind in ("generic", "direction") for t in parse_org(long_name, gaz).terms)


def _fuller_form(x: str, y: str, m: NameMatch, a: ClusterSummary, b: ClusterSummary, n: int,
                 gaz: Gazetteer) -> tuple[str, str, str] | None:
    """A qualifier between two organisations' names ("Islamic State" / "Islamic State in Iraq and the
    Levant") that is no branch: the shorter name's cluster also uses an acronym, by two records or
    more, that spells the longer name in order, itself or through a translated word (ISIS: Sham =
    Levant), and that the longer name's cluster does not use. The group is called by the short name
    and by the acronym of a longer one, so the words the longer one adds are its own (a former or
    translated name), where a branch ("... in the Greater Sahara", ISGS) is spelt by no acronym of
    the short name's. (acronym, long name, short name), or None."""
    for short, long_side, short_name, long_name, extra in ((a, b, x, y, m.unmatched_b), (b, a, y, x, m.unmatched_a)):
        if not extra:
            continue  # the longer name is the one that adds words
        if _adds_a_branch_head(long_name, extra, gaz):
            continue  # "... Central Africa Province": a province's, a region's name, whatever acronym spells it
        theirs = {normalize_name(z) for z in long_side.names}
        for acr in short.top_names(n):  # used by two records: one record's stray alias says nothing
            if short.names.get(acr, 0) < 2 or not _is_acronym(acr):
                continue
            if normalize_name(acr) in theirs and short.beside.get(beside_key(acr, short_name), 0) < 2:
                # the other cluster uses the acronym too: only texts that write it beside the short name
                # ("the Islamic State (ISIS)"), two or more, make it that group's, not a branch's glued once
                continue
            letters = re.sub(r"[.\-]", "", acr)
            if len(letters) < 3:
                continue
            if compare_org_names(acr, long_name, short.type, gaz).kind in ("acronym", "acronym-translated"):
                return acr, long_name, short_name
    return None



def _nationality_of_its_own(x: str, y: str, m: NameMatch, a: ClusterSummary, b: ClusterSummary,
                            gaz: Gazetteer) -> str | None:
    """A qualifier that is a nationality written before the other name and nothing else ("Afghan
    Taliban" / "Taliban"), where the cluster of the longer name holds the shorter name too (its own
    records call it both): the adjective is how that same group is told from another's (the
    "Pakistani" one), not a branch's name. The shorter name must hold a telling word (not "the army",
    "the government": every state has one). The longer name, or None."""
    for short_side, long_side, short_name, long_name, extra, other in (
            (a, b, x, y, m.unmatched_b, m.unmatched_a), (b, a, y, x, m.unmatched_a, m.unmatched_b)):
        if other or len(extra) != 1 or not extra[0].startswith("@"):
            continue
        first, _, rest = long_name.partition(" ")
        if demonym_country(first, gaz) != extra[0][1:] or normalize_name(rest) != normalize_name(short_name):
            continue
        if not any(t.kind == "word" for t in parse_org(short_name, gaz).terms):
            continue
        if normalize_name(short_name) in established_names(long_side) and \
                not any(compare_org_names(z, long_name, "ORGANIZATION", gaz).kind == "conflict"
                        for z in short_side.top_names(8)):
            return long_name
    return None

# Head nouns of a state's government and its ministries (canonical forms of org_words.tsv): every
# state has a Ministry of Defence and a Federal Government (generic vocabulary, no institution's name)
_PORTFOLIO_HEADS = ("ministry", "government")
# Head nouns of a state's forces, and the words that describe a state's force or command without naming
# whose it is: every state has a National Guard, Special Forces, a General Staff (generic vocabulary)
_FORCE_HEADS = ("army", "guard", "police", "gendarmerie")
_STATE_WORDS = ("national", "special", "armed", "security", "defence", "defense", "republican", "presidential",
                "federal", "regular", "border", "royal", "state", "general", "staff", "interior", "territorial",
                "auxiliary", "mobile", "rural", "elite", "joint", "command", "high")


@cache
def _forms(words_: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.form for w in words_ for t in parse_org(w).terms)


def _portfolio_heads() -> frozenset[str]:
    return _forms(_PORTFOLIO_HEADS)


def _stateless_institution(name: str, gaz: Gazetteer) -> bool:
    """A state's ministry, government, force or command named without its state ("Ministry of Defence",
    "Federal Government", "National Guard", "Special Forces", "General Staff"): a ministry's or a
    government's head noun and one telling word at most, or words that only describe a state's force or
    command (a force's head noun among them or not); no country. A group's own word ("Houthi forces")
    tells whose force it is."""
    terms = parse_org(name, gaz).terms
    told = [t for t in terms if t.kind != "generic"]
    if not terms or any(t.kind == "country" for t in told):
        return False
    if any(t.kind == "generic" and t.form in _portfolio_heads() for t in terms) and len(told) <= 1:
        return True
    generic = [t for t in terms if t.kind == "generic"]
    state = _forms(_STATE_WORDS)
    if not all(t.form in _forms(_FORCE_HEADS) for t in generic) or not all(t.form in state for t in told):
        return False
    return bool(generic) or len(told) >= 2


def _agency_names(summary: ClusterSummary, n: int) -> tuple[list[str], bool]:
    """The names of news agencies among a cluster's names (news_agencies.txt), and whether it has others."""
    if summary.type not in ("ORGANIZATION", "LOCATION"):
        return [], True

    def build() -> tuple[list[str], bool]:
        agencies = lexicon().news_agencies
        names = summary.top_names(n)
        found = [x for x in names if " ".join(words(x)) in agencies and not _spelt_by(x, names)]
        return found, len(found) < len(names)

    # asked of every pair of clusters compared: kept on the summary until its names change
    state = (len(summary.names), sum(summary.names.values()), summary.dropped.get("names", 0), n)
    return _memo(summary, "_agency_names", state, build)


def _given_name(name: str, gaz: Gazetteer) -> Part | None:
    """The given name opening a personal name of two parts or more ('Hamma' of 'Hamma Ould Mahfoud'), or
    its kunya ('Bakr' of 'Abu Bakr al-Tazawi'): what tells two men of one family name or nisba apart (a
    nisba, a city's or a region's, is carried by many men; a kunya against another's given name before it
    told two men apart on the train split, and no case on dev said otherwise)."""
    parts = parse_name(person_name(name, gaz)).parts
    return parts[0] if len(parts) >= 2 and parts[0].role in ("given", "kunya") and \
        parts[-1].role != "kunya" else None


def _given_names_clash(a: ClusterSummary, b: ClusterSummary, n: int, gaz: Gazetteer) -> tuple[str, str] | None:
    """Two persons' full names that share their family name but open on different given names
    ('Souleymane Ould Mahfoud', 'Hamma Ould Mahfoud': brothers), when no full name of one side is a
    full name of the other. The shared family name says 'kin', not 'the same man'."""
    if a.type != "PERSON":
        return None
    full_a = [x for x in a.top_names(n) if _given_name(x, gaz) is not None]
    full_b = [y for y in b.top_names(n) if _given_name(y, gaz) is not None]
    clash = None
    for x in full_a:
        for y in full_b:
            m = compare_names(x, y, "PERSON", gaz)
            if m.kind in ("exact", "full"):
                return None  # one full name on both sides: whatever else differs is a variant
            gx, gy = _given_name(x, gaz), _given_name(y, gaz)
            if (clash is None and m.kind == "conflict" and gx is not None and gy is not None
                    and gx.form in m.unmatched_a and gy.form in m.unmatched_b
                    and token_similarity(gx.form, gy.form) < TOKEN_MATCH):
                clash = (x, y)
    return clash


def established_names(summary: ClusterSummary) -> set[str]:
    """A cluster's names (in key form) used at least a third as often as its most used one: what its
    records call it, not a name one record of many was given (an extraction's stray alias)."""
    def build() -> set[str]:
        most = max(summary.names.values(), default=0)
        return {normalize_name(x) for x, c in summary.names.items() if 3 * c >= most}

    # asked of every pair of clusters compared: kept on the summary until its names change
    state = (len(summary.names), sum(summary.names.values()), summary.dropped.get("names", 0))
    return _memo(summary, "_established_names", state, build)


def best_names_of(summary: ClusterSummary, n: int) -> list[str]:
    """The names a cluster's records use (``established_names``), most used first."""
    own = established_names(summary)
    return [x for x in summary.top_names(n) if normalize_name(x) in own]


def _shared_names(a: ClusterSummary, b: ClusterSummary, n: int) -> list[str]:
    """The names (two letters or more, compared in their key form) both clusters use, longest first."""
    mine = {normalize_name(x): x for x in a.top_names(n)}
    theirs = {normalize_name(y) for y in b.top_names(n)}
    return sorted((mine[k] for k in mine.keys() & theirs if len(k) >= 2), key=lambda x: (-len(x), x))


def _asserted_type(summary: ClusterSummary, gaz: Gazetteer) -> str:
    """Why a cluster's own documents assert its type, if they do: an organisation named with a head
    noun ("... Brigade", "... Movement", "... army"); the type vote never turns such a cluster. (A
    person's title is no such assertion: the extractor gives a title to the nearest name, and on the
    corpus dev split a "president" given to a place typed PERSON kept it from its place.)"""
    if summary.type == "ORGANIZATION":
        for x in summary.top_names(4):
            heads = [t.form for t in parse_org(x, gaz).terms if t.kind == "generic"]
            if heads:
                return f"'{x}' is named with an organisation's head noun ({heads[0]})"
    return ""


def _named_so_by_itself(summary: ClusterSummary, key: str) -> bool:
    """Is the name (key form) one the cluster answers to on its own: its most used name, or one that two
    of its records or more use? A name only one record of a cluster holds beside the cluster's own
    name is that record's, and may be another entity's glued onto it (a table's "Boko Haram (Shekau)"
    made one record of the group and its leader): across types it joins nothing, or the man's cluster
    would merge with the group's the first time both are candidates of one record."""
    counts: dict[str, int] = {}
    for x, c in summary.names.items():
        k = normalize_name(x)
        counts[k] = counts.get(k, 0) + c
    mine = counts.get(key, 0)
    return mine >= 2 or mine >= max(counts.values(), default=0)


def _compare_across_types(a: ClusterSummary, b: ClusterSummary, gaz: Gazetteer, cfg: ScoringConfig,
                          context_df: Callable[[str], int] | None,
                          part_df: Callable[[str], int] | None) -> Explanation:
    """Two clusters the extractor typed differently: never one entity unless they share a name; if
    they do, they are weighed as the type most of their records have (ties: the older cluster's,
    ``b``), less ``type_disagreement``. One document's PERSON "Boko Haram" then joins the
    ORGANIZATION of seventeen others, and the merged cluster keeps the majority's type
    (``ClusterSummary.types``)."""
    n_a, n_b = sum(a.types.values()) or len(a.records), sum(b.types.values()) or len(b.records)
    # the smaller cluster's own name (its most used) must be the shared one, and a word: a reference
    # number or a stray alias two entities happen to share ("QDe.115") does not retype anything
    small, large = (a, b) if n_a <= n_b else (b, a)
    top = {normalize_name(x) for x in small.top_names(1)}
    # ... and one the larger cluster's records use too, not a name one of them was given by mistake
    # (a record typed PERSON named "Boko Haram" and "Abubakar Shekau" carries the man's name into
    # the group's cluster: the man's own cluster must not follow it there)
    own = established_names(large)
    shared = [x for x in _shared_names(a, b, cfg.max_names)
              if normalize_name(x) in top and normalize_name(x) in own and not any(ch.isdigit() for ch in x)
              and _named_so_by_itself(large, normalize_name(x))]
    if not shared:
        return Explanation([], [Evidence("type", -100.0, f"{a.type} vs {b.type}")], -100.0, "never")
    kind = a.type if n_a > n_b else b.type
    loser, winner = (a, b) if a.type != kind else (b, a)
    asserted = _asserted_type(loser, gaz)
    if asserted:  # its documents said what it is (a title, an organisation's head noun): not retyped
        if n_a != n_b or _asserted_type(winner, gaz):
            return Explanation([], [Evidence("type", -100.0, f"{a.type} vs {b.type}: {asserted}")], -100.0,
                               "never")
        kind = loser.type  # a tie: the side that asserts its type wins it
    expl = compare_clusters(a if a.type == kind else replace(a, type=kind),
                            b if b.type == kind else replace(b, type=kind), gaz, cfg, context_df, part_df)
    if expl.verdict == "never":
        return expl
    against = [*expl.against, Evidence("type", cfg.type_disagreement,
                                       f"typed {a.type} ({n_a} records) and {b.type} ({n_b}), both named "
                                       f"'{shared[0]}': weighed as {kind}")]
    score = expl.score + cfg.type_disagreement
    name_score = max((e.weight for e in expl.for_ if e.kind in ("name", "acronym", "gazetteer")), default=0.0)
    # a one-word name shared across types ("Bakura": a town, a commander) needs shared context too
    backed = len(words(shared[0])) >= 2 or any(e.kind == "context" for e in expl.for_)
    verdict = "merge" if score >= cfg.threshold and name_score >= cfg.min_name and backed else "separate"
    return Explanation(expl.for_, against, score, verdict)


def compare_clusters(a: ClusterSummary, b: ClusterSummary, gaz: Gazetteer,
                     config: ScoringConfig | None = None,
                     context_df: Callable[[str], int] | None = None,
                     part_df: Callable[[str], int] | None = None) -> Explanation:
    """Weigh everything two clusters say about being one entity.

    context_df / part_df: how many records cite a context key / how many other name parts a part
    key was seen with (``state.CorpusStats``); frequent ones weigh less, so "Amadou Diallo" in a
    large corpus needs more support.
    """
    cfg = config or ScoringConfig()
    pro: list[Evidence] = []
    con: list[Evidence] = []
    if a.type != b.type:
        return _compare_across_types(a, b, gaz, cfg, context_df, part_df)
    (agency_a, other_a), (agency_b, other_b) = _agency_names(a, cfg.max_names), _agency_names(b, cfg.max_names)
    if (agency_a or agency_b) and (other_a or other_b):
        # an agency joins only an agency, and nothing else joins one (nor a cluster an agency got into)
        con.append(Evidence("agency", -100.0, f"'{(agency_a or agency_b)[0]}' is a news agency: it reports on "
                                              "actors and places, it is never one of them"))
        return Explanation(pro, con, -100.0, "never")

    best: tuple[float, str, str, NameMatch] | None = None
    worst: tuple[float, str, str, NameMatch] | None = None
    needs_context = ""  # why this pair merges only with a co-mentioned entity in common
    fuller: tuple[str, str, str] | None = None  # (acronym, its long form, the short name): _fuller_form
    national: str | None = None  # a name that adds its nationality only: _nationality_of_its_own
    positives: list[tuple[float, str, str]] = []
    keys_b = _keyed_names(b, cfg.max_names, gaz)
    # a name one record of many gave a cluster ("Taliban checkpoint" among "Taliban") is no conflict
    est_a, est_b = established_names(a), established_names(b)
    for x, kx in _keyed_names(a, cfg.max_names, gaz):
        for y, ky in keys_b:
            if kx.isdisjoint(ky):
                continue  # no part, acronym or place in common: nothing to weigh (and it is fast)
            m = compare_names(x, y, a.type, gaz)
            if m.score > 0 and a.type == "ORGANIZATION" and _complement_made_head(x, y, m, gaz):
                continue  # "Department of State" / "Department of State Services": another body
            # at equal weight the name both write alike is the better evidence: the acronym "TTP" on both
            # sides, not "TTP" spelling the other's long form (which an acronym clash may then discount)
            if m.score > 0 and (best is None or (m.score, m.kind == "exact") > (best[0], best[3].kind == "exact")):
                best = (m.score, x, y, m)
            if m.score >= 1.0:
                positives.append((m.score, x, y))
            if m.score < 0 and (worst is None or m.score < worst[0]) and \
                    normalize_name(x) in est_a and normalize_name(y) in est_b:
                longer = _fuller_form(x, y, m, a, b, cfg.max_names, gaz) if m.kind == "qualifier" else None
                if longer is not None:
                    fuller = longer  # the longer name is the same group's fuller name: no branch
                    continue
                own = _nationality_of_its_own(x, y, m, a, b, gaz) \
                    if a.type == "ORGANIZATION" and m.kind == "qualifier" else None
                if own is not None:
                    national = national or own  # "Afghan Taliban" beside "Taliban" in its own cluster
                    continue
                worst = (m.score, x, y, m)
    name_score = 0.0
    if best is not None:
        name_score = best[0]
        note = ""
        if a.type == "PERSON" and part_df is not None:
            factor, df = _rarity(best[3], part_df)
            seen = len(_folded(a).keys() & _folded(b).keys() - {context_key(n) for n in (*a.names, *b.names)})
            if factor < _FULL_NAME_IN_COMPANY and best[3].kind == "exact" and len(best[3].matched) >= 2 and \
                    seen >= 3:
                # the whole name alike, letter for letter, among three co-mentioned entities in common: a
                # common given name and a common surname together, in the same company, are one man
                factor = _FULL_NAME_IN_COMPANY
            if factor < 1.0:
                name_score *= factor
                note = f" x{factor:.2f}: its telling part is shared by {df} entities"
        if a.type == "ORGANIZATION" and name_score < _SPELT_ACRONYM:
            spelt = _two_letters_spelt(best[1], best[2], a, b, cfg.max_names)
            if spelt:
                name_score = _SPELT_ACRONYM
                note = f" (it spells '{spelt}', a name of theirs: a known acronym, not two letters)"
        best = (name_score, best[1], best[2], best[3])
        pro.append(Evidence("acronym" if "acronym" in best[3].kind else
                            "gazetteer" if best[3].kind == "gazetteer" else "name",
                            round(best[0], 3), _describe(best[1], best[2], best[3]) + note))
        others = [(s, x, y) for s, x, y in positives if x != best[1] and y != best[2]]
        if others:
            s2, x2, y2 = max(others)
            pro.append(Evidence("names", round(min(1.0, cfg.several_names_bonus * s2 / 1.5), 3),
                                f"{len(others) + 1} distinct name pairs agree, also '{x2}' ~ '{y2}'"))
    if worst is not None:
        w = worst[0]
        if best is not None and ((len(words(best[1])) >= 2 and normalise(best[1]) == normalise(best[2]))
                                 or any(len(words(x)) >= 2 for x in _shared_names(a, b, cfg.max_names))):
            # both carry one full name, letter for letter (the best pair or another: "Ansar ul Islam
            # lil Ichad wal Jihad" beside "Ansarul Islam" and "Ansaroul Islam"): their other names
            # differing ("Defenders of Islam", a short form the parser reads otherwise) is a group's or
            # a man's usual variety
            w *= 0.25
        if a.type == "PERSON":
            w *= 0.75
        elif a.type in ("LOCATION", "COMMUNITY") and name_score > 0:
            w = 0.0  # a place's names include its sub-forms (Sahara, Great Sahara)
        if w < 0:
            con.append(Evidence("name", round(w, 3), _describe(worst[1], worst[2], worst[3])))
    if fuller is not None:
        # the qualifier is the acronym's own words, so no branch; nor is the acronym a collision
        pro.append(Evidence("name", 0.0, f"'{fuller[2]}' vs '{fuller[1]}': one adds words, but '{fuller[0]}', a "
                                         f"name of the same entity as '{fuller[2]}', spells '{fuller[1]}': its "
                                         "fuller (older or translated) name, not a branch's"))
    if national is not None:
        pro.append(Evidence("name", 0.0, f"'{national}' adds a nationality only, and the cluster that uses it "
                                         "uses the name without it too: the same group, not a branch"))
    if best is not None and "acronym" in best[3].kind and fuller is None:
        clash = _full_names_clash(a, b, cfg.max_names, gaz)
        if clash is not None:
            con.append(Evidence("name", cfg.acronym_clash, f"'{clash[0]}' vs '{clash[1]}': the full names "
                                                           "differ, so the acronym stands for two groups"))
    elif (best is not None and a.type == "ORGANIZATION" and best[3].kind in ("exact", "full")
          and _one_word(best[1]) and _one_word(best[2]) and not _is_acronym(best[1]) and not _is_acronym(best[2])):
        # a one-word name ("al-Shabaab", "the youth") that two groups carry beside full names that
        # disagree is a collision too, as an acronym's is
        clash = _full_names_clash(a, b, cfg.max_names, gaz)
        if clash is not None:
            con.append(Evidence("name", cfg.acronym_clash, f"'{clash[0]}' vs '{clash[1]}': the full names "
                                                           f"differ, so '{best[1]}' names two groups"))
        else:
            lone = _unmatched_full_name(a, b, cfg.max_names, gaz) or _unmatched_full_name(b, a, cfg.max_names, gaz)
            if lone is not None:
                needs_context = f"'{best[1]}' is one word and '{lone}' has no match on the other side"
    if best is not None and a.type in ("ORGANIZATION", "COMMUNITY") and fuller is None:
        stray = _stray_name_match(best[1], best[2], a, b, cfg.max_names, gaz) or \
            _stray_name_match(best[2], best[1], b, a, cfg.max_names, gaz)
        if stray is not None:
            con.append(Evidence("name", -name_score, f"'{stray[0]}' is a name one record of many gave the other "
                                                     f"cluster, and '{stray[1]}', a name this one's records "
                                                     "use, matches none of its names: two groups"))
    if (not needs_context and best is not None and a.type == "ORGANIZATION" and best[3].kind in ("exact", "full")
            and _stateless_institution(best[1], gaz) and _stateless_institution(best[2], gaz)):
        # "the Ministry of Defence" of one report and of another are two states' ministries unless
        # their reports share two co-mentioned entities (the state, its capital, its minister)
        needs_context = f"'{best[1]}' names a state's institution without saying which state"
    if a.type == "LOCATION":
        part = _part_of_place(a, b, gaz)
        if part is not None:
            con.append(Evidence("name", cfg.part_of_place, f"'{part[0]}' vs '{part[1]}': one names a part of "
                                                           f"the other ({part[2]}), another place"))
        apart = _countries_apart(best[1], best[2], best[3], a, b, gaz) if best is not None else None
        if best is not None and apart is not None:
            con.append(Evidence("gazetteer", cfg.countries_apart,
                                f"'{best[1]}' vs '{best[2]}': one among places of {apart[0]}, the other among "
                                f"places of {apart[1]}: two places of like names"))

    ctx_a, ctx_b = _folded(a), _folded(b)
    common = ctx_a.keys() & ctx_b.keys()
    if common:
        common -= {context_key(n) for n in (*a.names, *b.names)}
    if common:
        total = 0.0
        for k in common:
            df = context_df(k) if context_df else 0
            total += cfg.context_weight / (1.0 + max(0, df - 20) / 100.0)
        w = min(cfg.context_cap, total)
        shown = sorted(ctx_a[k] if ctx_a[k] == ctx_b[k] else f"{ctx_a[k]}~{ctx_b[k]}" for k in common)
        pro.append(Evidence("context", round(w, 3), f"{len(common)} co-mentioned: {', '.join(shown[:6])}"))
    roles = (a.roles.keys() & b.roles.keys()) - GENERIC_ROLES
    if roles:
        pro.append(Evidence("role", min(cfg.role_cap, cfg.role_weight * len(roles)),
                            f"same role: {', '.join(sorted(roles)[:4])}"))
    chained: set[str] = set()
    if a.aliases_stated or b.aliases_stated:
        stated = {normalise(x) for pair in (*a.aliases_stated, *b.aliases_stated) for x in pair}
        chained = stated & {normalise(n) for n in a.names} & {normalise(n) for n in b.names}
    if chained:
        pro.append(Evidence("alias", 0.5, f"stated alias shared: {', '.join(sorted(chained)[:3])}"))
    given = _given_names_clash(a, b, cfg.max_names, gaz) if not chained else None
    if given is not None:
        con.append(Evidence("given", -100.0, f"'{given[0]}' vs '{given[1]}': the same family name with "
                                             "different given names, two people (no text says they are one)"))
    docs = set(a.documents) & set(b.documents)
    if docs:
        if a.type == "PERSON" and best is not None and best[3].kind not in ("exact", "full"):
            # kept apart in one document, and no full name of one is the other's: the extractor read
            # two people ("Idriss Déby" and "Mahamat Idriss Déby", a father and his son)
            con.append(Evidence("document", cfg.same_document_partial,
                                f"kept apart by the extractor in {', '.join(sorted(docs)[:3])}, and no full "
                                "name is the same"))
        else:
            con.append(Evidence("document", cfg.same_document,
                                f"kept apart by the extractor in {', '.join(sorted(docs)[:3])}"))

    backed = not needs_context or len(common) >= 2
    if not backed:
        con.append(Evidence("name", 0.0, needs_context + f", and {len(common)} co-mentioned entities are "
                                         "shared (two needed): not enough for one group"))
    score = sum(e.weight for e in pro) + sum(e.weight for e in con)
    verdict = "merge" if score >= cfg.threshold and name_score >= cfg.min_name and backed else "separate"
    return Explanation(pro, con, score, verdict)
