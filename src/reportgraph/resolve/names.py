"""Transliteration-aware personal names: cleaning, folding of spelling variants, parsing, comparison.

Arabic, Tuareg and Fulani names reach English and French reports in many Latin spellings
(Abou/Abu Zeid/Zaid, Droukdel/Droukdal, Belmokhtar/Bel Mokhtar/Balmokhtar). Each token is
*folded* (vowel classes, French digraphs, doubled letters) and given a consonant *skeleton*;
two tokens match on equal folds, on equal skeletons with close folds, or on Jaro-Winkler
similarity. A name is *parsed* into parts (kunya "Abu X", nasab "ould/ag/ben X", article-led
nisba "al-X", Abd al-X compounds, given names), titles dropped; each part weighs by how
telling it is (a common given name or a bare kunya weighs little).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from rapidfuzz.distance import JaroWinkler, Levenshtein
from unidecode import unidecode

from .lexicon import lexicon

# Apostrophes, ayn and hamza marks: dropped inside a word (Bal'ur -> Balur, Mas'ud -> Masud).
_MARKS = "\u2019\u2018'`\u00b4\u02bf\u02be\u02bc\u02bb\u2032\u201b"
_MARKS_RE = re.compile(f"[{re.escape(_MARKS)}]")
_ELISION_RE = re.compile(f"\\b([ldLD]|[Qq]u)[{re.escape(_MARKS)}](?=\\w)")
_POSSESSIVE_RE = re.compile(f"[{re.escape(_MARKS)}]s\\b")
# A French elided article or conjunction before a name ("d'Iyad Ag Ghaly", "l'émir Abou Zeid",
# "qu'Amadou Koufa"): no part of the name. Lower case only: "D'Souza" is a surname.
_LEADING_ELISION_RE = re.compile(f"^\\s*(?:[dl]|qu)[{re.escape(_MARKS)}]\\s*(?=\\w)")
_SUN_ARTICLE_RE = re.compile(r"\b([aeu](?:[lrsdntz]|sh))-(?=\w)")

TOKEN_MATCH = 0.88  # least similarity for two tokens to count as the same name part


# the writer cleans the same names again and again (every mention, blocking key and comparison of a
# document, and every later document's): about 80,000 calls for 134 reports
@lru_cache(maxsize=1 << 16)
def clean(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; hyphens kept (they mark articles)."""
    s = _POSSESSIVE_RE.sub("", text)
    s = _ELISION_RE.sub(r"\1 ", s)
    s = _MARKS_RE.sub("", s)
    s = unicodedata.normalize("NFKC", s)
    s = unidecode(s).casefold()
    s = re.sub(r"[^a-z0-9\s-]+", " ", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return " ".join(s.split()).strip("-")


_ASSIMILATED_RE = re.compile(r"^[aeiu]([tdsznr])\1(?=[aeiouy])")
_DIN = ("dine", "din", "ddine", "ddin")  # Nour Eddine / Noureddine / Nour ad-Din


def strip_assimilated_article(word: str) -> str:
    """A sun-letter article written joined: Eddine -> dine, Essalam -> salam, Attaher -> taher."""
    return word[2:] if len(word) >= 6 and _ASSIMILATED_RE.match(word) else word


def words(text: str) -> list[str]:
    """The words of a cleaned name, hyphenated words split."""
    return list(_words(text))  # a fresh list: callers may change theirs


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s-]+", clean(text)) if w)


@lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    """Fold the spelling variants of one token (ASCII, lower case) to one form."""
    s = token
    if len(s) > 4 and s.endswith("e"):  # French mute e: Berabiche, Toure
        s = s[:-1]
    if len(s) > 3 and s.endswith("ah"):  # Hamzah / Hamza
        s = s[:-1]
    for a, b in (("dj", "j"), ("tch", "sh"), ("ch", "sh"), ("ph", "f"), ("ck", "k"), ("q", "k"),
                 ("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "u"), ("ei", "ay"), ("ai", "ay"),
                 ("ae", "ay"), ("ey", "ay")):  # ae: Qaeda / Qaida, Ismael / Ismail
        s = s.replace(a, b)
    head, tail = s[:1], s[1:]
    tail = tail.replace("e", "a").replace("o", "u").replace("y", "i").replace("aa", "a")
    if head in ("e", "o"):  # not `head in "eo"`: an empty token ("" is in every string) raised KeyError
        head = {"e": "a", "o": "u"}[head]
    s = head + tail
    return re.sub(r"(.)\1+", r"\1", s)


# an article written as a word of its own ("al-Qaida", "Ansar ad-Din"): no part of the spelling key
_ARTICLE_WORDS = frozenset({"al", "el", "ul", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "the"})


@lru_cache(maxsize=1 << 14)
def spelling_key(text: str) -> str:
    """One key for the spellings of one name inside a document: each word folded (vowel classes,
    French digraphs, doubled letters, apostrophes), a sun-letter article joined to its word dropped
    and a free-standing article left out: "al-Qaeda" / "al-Qaida", "Ansar Dine" / "Ansar Eddine",
    "Da'esh" / "Daesh", "Amadou Koufa" / "Aamadu Kuufa", "al-Nusra Front" / "Nusra Front". Empty for a
    key under five letters (short names fold together too easily)."""
    key = " ".join(fold(strip_assimilated_article(w)) for w in words(text) if w not in _ARTICLE_WORDS)
    return key if len(key.replace(" ", "")) >= 5 else ""


@lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """First letter and consonants of the folded token: a phonetic blocking key."""
    f = fold(token)
    return f[:1] + _consonants(f[1:])


def _consonants(s: str) -> str:
    # vowels and the h of kh/gh/sh/th/dh dropped: Mokhtar and Moktar, Ghali and Gali agree
    return re.sub(r"(?<=[kgstdcz])h|[aeiouy]", "", s)


@lru_cache(maxsize=1 << 18)
def token_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two folded tokens."""
    if a == b:
        return 1.0
    for prefix in ("abd", "abu"):  # Abd al-X and joined kunyas: compare what follows
        if a.startswith(prefix) and b.startswith(prefix) and len(a) > 4 and len(b) > 4:
            return token_similarity(a[3:], b[3:])
    best = JaroWinkler.similarity(a, b)
    sa = _consonants(a[1:])
    sb = _consonants(b[1:])
    if min(len(a), len(b)) <= 4 and Levenshtein.distance(a, b) > 1:
        best = min(best, 0.8)  # short tokens: one edit at most (Hama != Hamaha)
    elif min(len(a), len(b)) <= 6 and sa != sb:
        best = min(best, 0.86)  # short tokens differing in a consonant are other names (Hamada, Hamaha)
    if a[:1] == b[:1] and sa == sb and best >= 0.75:
        best = max(best, 0.92)
    for x, y in ((a, b), (b, a)):  # an article written joined: Alsaifi / Saifi
        if x[:2] == "al" and len(x) >= 6:
            best = max(best, 0.97 * token_similarity(x[2:], y))
    return best


@dataclass(frozen=True)
class Part:
    """One name part: folded form, its role in the name and how telling it is (0..1)."""

    form: str
    role: str  # given | kunya | nasab | nisba | abd
    weight: float


@dataclass(frozen=True)
class ParsedName:
    """A personal name split into parts; ``variants`` also glues particles (Bel Mokhtar)."""

    raw: str
    parts: tuple[Part, ...]
    variants: tuple[tuple[Part, ...], ...]

    @property
    def key(self) -> str:
        return " ".join(p.form for p in self.parts)

    @property
    def weight(self) -> float:
        return sum(p.weight for p in self.parts)

    @property
    def bare_kunya(self) -> bool:
        return bool(self.parts) and all(p.role == "kunya" for p in self.parts)


_ALLAH = ("ah", "aye", "ay", "lah", "llah", "allah", "ullah", "ullahi", "laye", "llahi")


def _abd_rest(word: str) -> str:
    """The name after 'abd' in a joined compound (abdelmalek, abdoulmalek -> malek; abderrazak -> razak)."""
    rest = word[3:]
    m = re.match(r"^(?:ou|[aeiou])(?:l(?=\w{3})|(?=([bcdfghjklmnpqrstvwxz])\1))?(.+)$", rest)
    if m:
        rest = m.group(2)
    if rest in _ALLAH or rest.lstrip("l") in _ALLAH:
        return "allah"
    return rest


def _part_weight(form: str, role: str) -> float:
    lx = lexicon()
    if role == "kunya" and form.startswith("abu") and len(form) > 5:
        return _part_weight(form[3:], "kunya")  # a joined kunya weighs what its name weighs
    if len(form) <= 2:
        return 0.2
    w = 0.35 if form in _common_folds(lx.common_given) else 1.0
    if role == "abd" and w == 1.0:
        w = 0.8  # Abd al-X compounds repeat across many people
    if role == "kunya":
        w *= 0.7
    return w


@lru_cache(maxsize=1)
def _common_folds(common: frozenset[str]) -> frozenset[str]:
    out = set()
    for name in common:
        ws = words(name)
        out.add(fold("".join(ws)))
        if ws[0] in lexicon().abd and len(ws[0]) > 4 or ws[0].startswith("abd") and len(ws[0]) > 4:
            out.add("abd" + fold(_abd_rest(ws[0])))
    return frozenset(out)


def _parse_tokens(raw_tokens: list[str], hyphen_articles: set[str]) -> tuple[Part, ...]:
    lx = lexicon()
    parts: list[Part] = []
    role = "given"
    i = 0
    n = len(raw_tokens)
    while i < n:
        t = raw_tokens[i]
        nxt = raw_tokens[i + 1] if i + 1 < n else None
        # a title leads a name ("Sheikh Abou Zeid"); inside one it is a name of its own, as the
        # Somali and West African "Sheikh"/"Cheikh" is ("Hassan Sheikh Mohamud")
        if t in lx.titles and not parts and (nxt is not None or n > 1):
            i += 1
            continue
        if nxt is not None and t in lx.kunya:
            role = "kunya"
        elif nxt is not None and t in lx.nasab:
            role = "nasab"
        elif nxt is not None and (t in ("al", "el", "ul", "il") or t in hyphen_articles and t in lx.article):
            role = "nisba" if role == "given" else role
        elif t in lx.abd and nxt is not None:
            j = i + 1
            if raw_tokens[j] in lx.article and j + 1 < n:
                j += 1
            rest = raw_tokens[j]
            form = "abd" + fold("allah" if rest in _ALLAH else rest)
            parts.append(Part(form, "abd", _part_weight(form, "abd")))
            i, role = j + 1, "given"
            continue
        else:
            if t.startswith("abd") and len(t) > 5:
                form, r = "abd" + fold(_abd_rest(t)), "abd"
            elif role == "given" and len(t) > 5 and t.startswith(("abou", "abu")):
                form, r = fold(t), "kunya"  # a kunya written joined: Abouzeid
            else:
                form, r = fold(t), role
            parts.append(Part(form, r, _part_weight(form, r)))
            role = "given"
        i += 1
    return tuple(parts)


@lru_cache(maxsize=1 << 18)
def parse_name(name: str) -> ParsedName:
    """Split a personal name into weighted parts; titles and particles are not parts."""
    lx = lexicon()
    cleaned = clean(_LEADING_ELISION_RE.sub("", name))
    hyphen_articles = {m.group(1) for m in _SUN_ARTICLE_RE.finditer(cleaned)}
    raw = [strip_assimilated_article(t) for t in re.split(r"[\s-]+", cleaned) if t]
    parts = _parse_tokens(raw, hyphen_articles)
    variants = [parts]
    glued_raw: list[str] = []
    k = 0
    while k < len(raw):
        if (k + 2 < len(raw) and raw[k + 1] in lx.article and raw[k + 2] in _DIN
                and raw[k] not in lx.article):
            glued_raw.append(raw[k] + raw[k + 2])  # Nour ad-Din
            k += 3
        elif k + 1 < len(raw) and (raw[k] in lx.glue and raw[k + 1] not in lx.article
                                   or raw[k + 1] in _DIN and raw[k] not in lx.article):
            glued_raw.append(raw[k] + raw[k + 1])
            k += 2
        else:
            glued_raw.append(raw[k])
            k += 1
    if glued_raw != raw:
        glued = _parse_tokens(glued_raw, hyphen_articles)
        if glued and glued != parts:
            variants.append(glued)
    return ParsedName(name, parts, tuple(variants))


@dataclass(frozen=True)
class NameMatch:
    """How two names compare: a signed weight and what it rests on."""

    score: float
    kind: str  # exact | full | partial | conflict | none
    matched: tuple[tuple[str, str, float], ...] = ()
    unmatched_a: tuple[str, ...] = ()
    unmatched_b: tuple[str, ...] = ()


_NONE = NameMatch(0.0, "none")


class _Weighted(Protocol):
    @property
    def form(self) -> str: ...

    @property
    def weight(self) -> float: ...


W = TypeVar("W", bound=_Weighted)


def pair_up(a: Sequence[W], b: Sequence[W], similarity: Callable[[W, W], float]
            ) -> tuple[list[tuple[str, str, float]], float, list[W], list[W]]:
    """Pair two names' parts one to one, most similar first (pairs under TOKEN_MATCH never count).

    Returns the matched (form a, form b, similarity) triples, the information they carry (the
    lesser weight of each pair times its similarity), and the parts of a and of b left unpaired."""
    pairs = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            s = similarity(x, y)
            if s >= TOKEN_MATCH:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = []
    info = 0.0
    for s, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched.append((a[i].form, b[j].form, round(s, 3)))
        info += min(a[i].weight, b[j].weight) * s
    rest_a = [x for k, x in enumerate(a) if k not in used_a]
    rest_b = [y for k, y in enumerate(b) if k not in used_b]
    return matched, info, rest_a, rest_b


def _part_similarity(pa: Part, pb: Part) -> float:
    s = token_similarity(pa.form, pb.form)
    if pa.role != pb.role and "kunya" in (pa.role, pb.role):
        s *= 0.9  # Abu Zeid the kunya is not Zeid the given name, most of the time
    return s


def _align(a: tuple[Part, ...], b: tuple[Part, ...]) -> NameMatch:
    matched, info, rest_a, rest_b = pair_up(a, b, _part_similarity)
    if not matched:
        return _NONE
    wa = sum(p.weight for p in rest_a)
    wb = sum(p.weight for p in rest_b)
    ua = tuple(p.form for p in rest_a)
    ub = tuple(p.form for p in rest_b)
    if wa < 0.2 and wb < 0.2:
        exact = len(a) == len(b) and all(m[2] == 1.0 for m in matched)
        bonus = 0.0
        if exact:  # every part spelt alike; a lone rare part (a surname, a nom de guerre) a little more,
            # and each part past two more again: three names alike are rarely two people's
            bonus = 0.5 if len(a) == 1 and a[0].weight >= 1.0 else 0.3 + 0.4 * max(0, len(a) - 2)
        return NameMatch(1.8 * info + bonus, "exact" if exact else "full", tuple(matched), ua, ub)
    if wa < 0.2 or wb < 0.2:
        # a short form inside a full one (Belmokhtar / Mokhtar Belmokhtar)
        return NameMatch(1.3 * info, "partial", tuple(matched), ua, ub)
    if info < 0.3:
        return NameMatch(0.0, "none", tuple(matched), ua, ub)
    if max(token_similarity(x.form, y.form) for x in rest_a for y in rest_b) >= 0.8:
        return NameMatch(0.5 * info, "partial", tuple(matched), ua, ub)  # a typo, not another name
    return NameMatch(-1.2 * min(wa, wb), "conflict", tuple(matched), ua, ub)


@lru_cache(maxsize=1 << 18)
def compare_person_names(a: str, b: str) -> NameMatch:
    """Compare two personal names; positive = same person, negative = conflicting parts."""
    pa, pb = parse_name(a), parse_name(b)
    if not pa.parts or not pb.parts:
        return _NONE
    best: NameMatch | None = None
    for va in pa.variants:
        for vb in pb.variants:
            m = _align(va, vb)
            if best is None or m.score > best.score or (best.kind == "none" and m.kind != "none"):
                best = m
    assert best is not None
    return best


def part_key(form: str) -> str:
    """The blocking key of one folded name part (its skeleton; Abd al-X compounds keep 'abd')."""
    if form.startswith("abd") and len(form) > 4:
        return "abd" + skeleton(form[3:])
    return skeleton(form)


def is_common(form: str) -> bool:
    """Is a folded part one of the region's very common given names?"""
    return form in _common_folds(lexicon().common_given)


def person_keys(name: str) -> set[str]:
    """Blocking keys of a personal name: skeletons of telling parts, pairs of them, the whole."""
    p = parse_name(name)
    keys: set[str] = set()
    sk = []
    for variant in p.variants:
        for part in variant:
            if len(part.form) >= 3:
                k = part_key(part.form)
                keys.add("t:" + k)
                sk.append(k)
                if part.form.startswith("al") and len(part.form) >= 6:
                    keys.add("t:" + skeleton(part.form[2:]))
    uniq = sorted(set(sk))
    if len(uniq) <= 6:
        for i, x in enumerate(uniq):
            for y in uniq[i + 1:]:
                keys.add(f"p:{x}|{y}")
    return keys
