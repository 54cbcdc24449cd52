"""Counting people in a noun phrase: "thirty-four western hostages" -> 34."""

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


def parse_number(text: str) -> int | None:
    """An integer written in digits or English words ("thirty-seven", "800", "1,200")."""
    t = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", t):
        # more than 12 digits counts nobody; it would overflow the store's integers (issue 15)
        return int(t) if len(t) <= 12 else None
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
    for c in head.children:
        if c.dep_ in ("nummod",) or (c.like_num and c.dep_ in COUNT_DEPS):
            words = [t.text for t in c.subtree if t.like_num or t.lower_ in TENS or t.lower_ in UNITS]
            n = parse_number(" ".join(words)) if words else None
            if n is not None:
                return n
    if head.like_num:
        return parse_number(head.text)
    if head.pos_ == "NUM" or head.lower_ in UNITS:
        return parse_number(head.text)
    return None


def count_people(head: Token) -> int | None:
    """People counted in a noun phrase, adding up coordinated parts ("two Spaniards and an Italian")."""
    parts = [head] + [c for c in head.conjuncts if c.i > head.i]
    total = 0
    found = False
    counts: list[int] = []
    for p in parts:
        n = _own_count(p)
        if n is None and p is not head and any(c.lower_ in ("a", "an") for c in p.children):
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
