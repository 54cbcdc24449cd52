"""Counting people in a noun phrase: "thirty-four western hostages" -> 34, "trente-quatre otages" -> 34."""

from __future__ import annotations

import re

from spacy.tokens import Token

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
    "both": 2,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
# Pure number words that count (not "dozens of", which is vague).
COUNT_DEPS = frozenset({"nummod", "quantmod", "det", "amod", "compound"})

# French number words (issue 11). "soixante-dix" and "quatre-vingts" are sums and products of these;
# "une vingtaine" (about twenty) counts as the round number, as "some 50" does in the annotation guide.
FR_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}
FR_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000}
FR_ROUND = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
            "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}


def _parse_fr(t: str) -> int | None:
    """A French number in words: "trente-quatre", "quatre-vingt-neuf", "vingt et un", "deux cents"."""
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "et"]
    if len(words) == 2 and words[0] in ("un", "une") and words[1] in FR_ROUND:
        return FR_ROUND[words[1]]  # "une vingtaine": about twenty
    if len(words) == 1 and words[0] in FR_ROUND:
        return FR_ROUND[words[0]]
    total, cur, seen = 0, 0, False
    for i, w in enumerate(words):
        if w in ("vingt", "vingts") and i > 0 and words[i - 1] == "quatre":  # quatre-vingt(s): 4 x 20
            cur += 80 - 4
        elif w in FR_UNITS:
            cur += FR_UNITS[w]
        elif w in FR_SCALES:
            cur = max(cur, 1) * FR_SCALES[w]
            if FR_SCALES[w] >= 1000:
                total, cur = total + cur, 0
        else:
            return None
        seen = True
    return total + cur if seen else None


def is_number_word(text: str, language: str = "en") -> bool:
    """A word that is part of a number written out ("thirty", "quatre-vingt-neuf")."""
    w = text.lower()
    if language == "fr":
        return _parse_fr(w) is not None and w not in FR_ROUND
    return w in TENS or w in UNITS


def parse_number(text: str, language: str = "en") -> int | None:
    """An integer written in digits or words ("thirty-seven", "800", "1,200"; in French "trente-sept",
    "1 200", "une vingtaine")."""
    t = text.lower().replace(",", "").strip()
    if language == "fr":
        t = re.sub(r"(?<=\d)[\s\u00a0\u202f.](?=\d{3}\b)", "", t)  # "1 200", "1.200": French thousands
    if re.fullmatch(r"\d+", t):
        # more than 12 digits counts nobody; it would overflow the store's integers (issue 15)
        return int(t) if len(t) <= 12 else None
    if language == "fr":
        return _parse_fr(t)
    total, cur, seen = 0, 0, False
    for w in re.split(r"[\s-]+", t):
        if w == "and":
            continue
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w in SCALES:
            cur = max(cur, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, cur = total + cur, 0
        else:
            return None
        seen = True
    return total + cur if seen else None


def _own_count(head: Token) -> int | None:
    """The number a noun carries itself: "seven employees", "more than 800 people", "three of them"."""
    lang = "fr" if head.lang_ == "fr" else "en"
    if lang == "fr":
        return _own_count_fr(head)
    for c in head.children:
        if c.dep_ in ("nummod",) or (c.like_num and c.dep_ in COUNT_DEPS):
            # "Five (05) terrorists", "thirty-two (32) soldiers": the figures in brackets restate the words
            restated = {u.i for t in c.subtree if t.dep_ == "appos" and t.like_num for u in t.subtree}
            words = [t.text for t in c.subtree
                     if t.i not in restated and (t.like_num or t.lower_ in TENS or t.lower_ in UNITS)]
            n = parse_number(" ".join(words)) if words else None
            if n is not None:
                return n
    if head.like_num:
        return parse_number(head.text)
    if head.pos_ == "NUM" or head.lower_ in UNITS:
        return parse_number(head.text)
    doc, i = head.doc, head.i
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].like_num:
        return parse_number(doc[i - 2].text)  # "Five (05) terrorists": the parser may hang the words elsewhere
    return None


def _own_count_fr(head: Token) -> int | None:
    """The French reading: "trente-quatre otages", "plus de 800 morts", "une vingtaine de morts" (as the
    noun "vingtaine" or as "morts" under it), "six autres"."""
    for c in head.children:
        if c.dep_.startswith("nummod") or (c.dep_.split(":")[0] in COUNT_DEPS and c.pos_ == "NUM"):
            words = [t.text for t in c.subtree if t.like_num or is_number_word(t.text, "fr")]
            n = parse_number(" ".join(words), "fr") if words else None
            if n is not None:
                return n
    if head.lower_ in FR_ROUND:  # "une vingtaine (de morts)"
        return FR_ROUND[head.lower_] if any(c.lower_ in ("une", "un") for c in head.children) else None
    if head.head.i != head.i and head.head.lower_ in FR_ROUND and head.dep_.startswith("nmod"):
        return _own_count_fr(head.head)  # "morts" in "une vingtaine de morts"
    if head.like_num or head.pos_ == "NUM":
        return parse_number(head.text, "fr")
    return None


def count_people(head: Token) -> int | None:
    """People counted in a noun phrase, adding up coordinated parts ("two Spaniards and an Italian")."""
    parts = [head] + [c for c in head.conjuncts if c.i > head.i]
    total = 0
    found = False
    counts: list[int] = []
    for p in parts:
        n = _own_count(p)
        if n is None and p is not head and any(c.lower_ in ("a", "an", "un", "une") for c in p.children):
            n = 1
        if n is not None:
            total += n
            found = True
        counts.append(n or 0)
    # "three aid workers, two Spaniards and an Italian": the list restates the first number
    if len(counts) > 2 and counts[0] and counts[0] == sum(counts[1:]):
        return counts[0]
    if not found:
        for c in head.children:  # "the last four", "three of them": the number is the head's modifier
            if c.dep_ == "appos":
                return count_people(c)
        return None
    return total
