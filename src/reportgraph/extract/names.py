"""Name forms: folding for comparison, acronyms, and short forms of personal names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032"})
_FUNCTION = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "in",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "pour",
        "et",
        "l",
        "au",
        "aux",
        "en",
        "d",
        "a",
        "an",
        "on",
        "to",
    }
)
_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "ash", "ech", "ar", "er", "at", "az", "an"})


# a United Nations sanctions list's permanent reference: two letters for the regime ("QD" Al-Qaida/ISIL,
# "SO" Somalia, "LY" Libya), "e" for an entity or "i" for an individual, a number ("QDe.115", "SOi.012"),
# as the Security Council's committees publish each list entry: an identifier, no name
LIST_REFERENCE = re.compile(r"[A-Z]{2}[ei]\.\d{3}")

# the four cardinal points as the last word of a name ("Qayyarah Airfield West", "SPLM–North")
CARDINAL_POINTS = frozenset({"north", "south", "east", "west"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe, single spaces: the key names are compared on."""
    s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", s)
    s = re.sub(r"[\s\-]+", " ", s)
    return s.strip(" .,;:'()[]")


@lru_cache(maxsize=65536)  # asked for every mention many times over (a long list: millions of times)
def name_key(text: str) -> str:
    """``fold`` plus a dropped leading "the" and possessive, for clustering identical names."""
    s = fold(text)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    return s


def words(text: str) -> list[str]:
    """The folded words of a name, hyphens and apostrophes split ("al-Qaeda" -> al, qaeda)."""
    return list(_words(text))  # a list of its own: callers may change it


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-']+", fold(text)) if w)


def acronym_letters(name: str) -> str:
    """Initials of the content words of a long name ("Front for the Liberation of Tessit" -> FLT)."""
    out: list[str] = []
    for w in words(name):
        if w in _FUNCTION:
            continue
        if w in _ARTICLES and len(out) == 0:
            out.append(w[0])
            continue
        out.append(w[0])
    return "".join(out).upper()


# Connectors of transliterated Arabic, Persian and Pashto names that acronyms skip: JNIM for
# "Jama'at Nusrat al-Islam wal-Muslimin", HTS for "Hay'at Tahrir al-Sham", TTP for "Tehrik-i-Taliban
# Pakistan", JUI for "Jamiat Ulema-e-Islam".
_CONNECTORS = _ARTICLES | frozenset({"wal", "wa", "lil", "li", "i", "e", "ye", "ul", "ud", "ut", "bil"})


def transliterated_letters(name: str) -> str:
    """Initials of a transliterated name's words (split at spaces and hyphens only, an apostrophe
    inside a word kept), its article and connector words skipped."""
    ws = [w for w in re.split(r"[\s\-\u2013]+", fold(name)) if w]
    return "".join(w[0] for w in ws if w not in _FUNCTION and w not in _CONNECTORS).upper()


def acronym_matches(acronym: str, name: str) -> bool:
    """True when the acronym spells the name's initials, in any order (French word order differs);
    a two-letter acronym only in order ("EU" for "European Union")."""
    a = re.sub(r"[^A-Za-z]", "", acronym).upper()
    if len(a) < 2:
        return False
    for letters in (acronym_letters(name), transliterated_letters(name)):
        if a == letters or (len(a) > 2 and sorted(a) == sorted(letters)):
            return True
    return False


def is_acronym(text: str) -> bool:
    """An all-capitals token of two to eight letters (FLT, ISGS, BP)."""
    t = text.replace(".", "")
    return 2 <= len(t) <= 8 and t.isalpha() and t.isupper()


def short_form_of(short: str, full: str, particles: frozenset[str] | set[str]) -> int:
    """How well ``short`` reads as a later short form of the personal name ``full``.

    0: not a short form. 3: a trailing run of words (the surname: "Ag Tessit", "El Tessiti",
    "Abou Talha" of "Hamid Abou Talha"), 2: the leading kunya ("Abu Hafs" of "Abu Hafs al-Ansari"),
    1: the leading given name ("Hamoud" of "Hamoud Ag Tessit").
    A short form made only of particles ("Abu", "Ag") never counts.
    """
    s, f = words(short), words(full)
    if not s or len(s) >= len(f) or all(w in particles for w in s):
        return 0
    if f[-len(s) :] == s:
        return 3
    if f[: len(s)] == s and len(s) == 1:
        return 1
    # the kunya alone: "Abu Hafs" of "Abu Hafs al-Ansari"
    if f[: len(s)] == s and s[0] in ("abu", "abou", "abo", "umm", "oum"):
        return 2
    # the surname written as one word: "Benkerroum" for "Ben Kerroum"
    if len(s) == 1 and "".join(f[-2:]) == s[0]:
        return 3
    # the given names without the last: "Hassan Sheikh" of "Hassan Sheikh Mohamud"; or a middle name
    # left out: "Tariq al-Hadrami" of "Tariq Mansour al-Hadrami"
    if (len(s) >= 2 and s[0] == f[0] and s[0] not in particles
            and (f[: len(s)] == s or (s[-1] == f[-1] and _subsequence(s, f)))):
        return 1
    return 0


def _subsequence(short: list[str], full: list[str]) -> bool:
    rest = iter(full)
    return all(w in rest for w in short)


def table_head_word(cell: str) -> str:
    """A table header cell's first word, folded, a plural's "(s)" left out ("Chef(s)" -> "chef"): the key of the
    header lexicons (``relations.table_rows``, ``table_events``)."""
    words = re.findall(r"\w+", fold(cell.replace("(s)", "")))
    return words[0] if words else ""
