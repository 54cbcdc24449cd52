"""One-word places the rules called persons (twenty-sixth round): a title before a verb of telling is the
reporting clause's subject ("north of X, a spokesman said"), no apposition of the name before it; a plural
noun the parser sets in apposition to a one-word name ("Interviews with tribal notables, X, 2023") describes
no one person; a one-word name after a place and its comma that closes the phrase ("in Jolo, X, on 27
January") is written as a place. None types the name PERSON any more; a singular noun or a title that is no
reporting clause's still does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen raided a camp on an island north of Warandi, a spokesman said. Residents of Warandi fled.",
         "Warandi"),
        ("The army shelled a market near Kolbassa, a spokesman told reporters on Monday.", "Kolbassa"),
        ("[1] Interviews with tribal notables, Hassadi, 2023. [2] Human rights monitors.", "Hassadi"),
        ("[2] Interviews with displaced traders, Bandoro, 2022. [3] Former fighters.", "Bandoro"),
    ],
)
def test_one_word_place_not_a_person(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).type_of(name) != "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title that no verb of telling follows is the name's own
        ("The attack was led by Tandaro, a spokesman of the group, in 2021.", "Tandaro"),
        # a singular noun in apposition still describes a person
        ("Police arrested Kimbalo, a trader from the north, in 2019.", "Kimbalo"),
    ],
)
def test_person_apposition_kept(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).type_of(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a one-word name after a place and its comma, closing the place phrase: the place's region
        ("Militants bombed a church in Jolo, Warandu, on 27 January 2019.", "Warandu"),
    ],
)
def test_place_after_place_and_comma(run, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text).type_of(name) == "LOCATION"


def test_apposed_name_after_place_and_comma_not_read(run) -> None:  # type: ignore[no-untyped-def]
    # an apposition follows the name: the sentence's subject, not the place's region
    text = "In Mosul, Baghdadi, the leader of the group, declared a caliphate in 2014."
    assert run(text).type_of("Baghdadi") == "PERSON"
