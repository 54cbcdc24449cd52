"""Forty-second round (branch paren42), on hand-written text with invented names: a parenthesis gives other names
of the name it follows only on that name's own line (``aliases.parenthesised``, ``aliases._parenthesis_after``).
A paragraph opening with a parenthesis (a wire's note under its headline, "(Exercise wire: A, B and C are
real.)") is no aside about the headline's last name: its names stay entities of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_parenthesis_on_the_next_line_names_nothing_before_it(run: Callable[[str], Found], gap: str) -> None:
    found = run("Fighters kill 14 in raid on breakaway Boko Haram cell on Niger's Lake Chad islands" + gap +
                "(Exercise wire: ISWAP, Boko Haram, Bakura Dalo, the Nigerien army and the MNJTF are real.)")
    assert not found.same("Lake Chad islands", "Bakura Dalo")
    assert not found.same("Lake Chad islands", "Boko Haram")
    assert not found.same("Boko Haram", "Bakura Dalo")


def test_a_parenthesis_on_the_name_s_line_still_lists_its_names(run: Callable[[str], Found]) -> None:
    found = run("Jabhat Ahl al-Wadi (JAW; Arabic: جبهة أهل الوادي; \"Front of the People of the Valley\") is an "
                "armed group active near Lake Chad.\n\nThe Mourtala Brigade (MB) attacked Bosso in 2021.")
    assert found.same("Jabhat Ahl al-Wadi", "JAW")
    assert found.same("Jabhat Ahl al-Wadi", "Front of the People of the Valley")
    assert found.same("Mourtala Brigade", "MB")
