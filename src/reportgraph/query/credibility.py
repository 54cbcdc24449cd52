"""Information credibility (Admiralty 1-6) of a fact from the sources that state it.

A fact is a relation grouped by (subject, predicate, object) of global entities, or an event with
the events of other documents that tell the same happening (same type, same participants,
compatible dates and place). Its support is the set of documents stating it; documents read from
the same source count once (a re-ingested or copied report does not corroborate itself).

| credibility | rule (n = independent sources, best = best source grade) |
|---|---|
| 1 confirmed       | n >= 3 and best in A-B |
| 2 probably true   | n >= 2 and best in A-C |
| 3 possibly true   | n = 1 and best in A-C; or n >= 2 and best in D-E; or n >= 3 (any grades) |
| 4 doubtful        | n = 1 and best in D-E; or n = 2, both F |
| 5 improbable      | contradicted by a conflicting claim rated strictly better |
| 6 cannot be judged| n = 1 and graded F (the default of an ungraded document) |
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

GRADES = "ABCDEF"
RELIABLE, FAIR, WEAK = "AB", "ABC", "ABCDE"
CREDIBILITY_LABELS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful",
                      5: "improbable", 6: "cannot be judged"}


@dataclass(frozen=True)
class Support:
    """One document stating a fact."""

    document: str
    source: str
    grade: str


def independent(supports: Iterable[Support]) -> dict[str, str]:
    """The best grade given by each independent source (source -> grade)."""
    best: dict[str, str] = {}
    for s in supports:
        if s.source not in best or s.grade < best[s.source]:
            best[s.source] = s.grade
    return best


def rate(supports: Iterable[Support]) -> int:
    """Credibility 1-6 from corroboration alone (see the module's table; 5 needs ``demote``)."""
    by_source = independent(supports)
    n = len(by_source)
    if n == 0:
        return 6
    best = min(by_source.values())
    if n >= 3 and best in RELIABLE:
        return 1
    if n >= 2 and best in FAIR:
        return 2
    if (n == 1 and best in FAIR) or (n >= 2 and best in WEAK) or n >= 3:
        return 3
    if n == 1 and best in WEAK or n == 2:
        return 4
    return 6


def demote(rating: int, rivals: Iterable[int]) -> int:
    """5 (improbable) when a conflicting claim is rated strictly better, else the rating."""
    best_rival = min(rivals, default=7)
    return 5 if best_rival < rating and rating != 5 else rating


def grade_at_least(grade: str, minimum: str | None) -> bool:
    """True when a source grade is ``minimum`` or better (A is best)."""
    return minimum is None or grade <= minimum.upper()


def credibility_at_least(value: int, minimum: int | None) -> bool:
    """True when a credibility is ``minimum`` or better (1 is best)."""
    return minimum is None or value <= minimum
