"""A place the text says is a place (twenty-fifth round): "X, the headquarters of Y district" types X a
place, whatever the parser's lemma of the noun ("headquarters" -> "headquarter") and whether or not it
links the apposition; a link that runs back to a noun before the name does not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bomb hit Dorakai, the headquarters of Sundara district, in 2020.", "Dorakai"),
    ],
)
def test_settlement_apposition_types_a_place(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).type_of(name) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "the" with a noun that is no settlement's: the apposition says nothing of a place
        ("Officials met Amadou Telli, the leader of the council, in 2020.", "Amadou Telli", "PERSON"),
        # the parser's apposition runs back to a noun before the name: only the written noun after it is read
        ("He was the nephew of an emir for the Kolo islands, Musa Dinga, who was killed in 2017.", "Musa Dinga",
         "PERSON"),
    ],
)
def test_other_the_apposition_not_a_place(run, text: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).type_of(name) == expected
