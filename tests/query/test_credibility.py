"""The credibility table of query/credibility.py, case by case."""

from __future__ import annotations

import pytest

from reportgraph.query.credibility import Support, demote, rate


def _s(*grades: str, same_source: bool = False) -> list[Support]:
    return [Support(f"d{i}", "one.txt" if same_source else f"s{i}.txt", g) for i, g in enumerate(grades)]


@pytest.mark.parametrize(("grades", "expected"), [
    (("A", "F", "F"), 1),
    (("B", "C", "E"), 1),
    (("C", "F"), 2),
    (("C", "D", "F"), 2),
    (("A",), 3),
    (("C",), 3),
    (("D", "E"), 3),
    (("F", "F", "F"), 3),
    (("D",), 4),
    (("F", "F"), 4),
    (("F",), 6),
    ((), 6),
])
def test_rating(grades: tuple[str, ...], expected: int) -> None:
    assert rate(_s(*grades)) == expected


def test_one_source_read_twice_is_not_corroboration() -> None:
    assert rate(_s("B", "B", "B", same_source=True)) == 3


@pytest.mark.parametrize(("rating", "rivals", "expected"), [
    (3, [2], 5), (3, [3], 3), (6, [2], 5), (1, [2, 6], 1), (4, [], 4)])
def test_demotion_by_a_better_rival(rating: int, rivals: list[int], expected: int) -> None:
    assert demote(rating, rivals) == expected
