"""Thirtieth round (branch numpar36), on hand-written sentences with invented names: a name after a
numbered paragraph's number ("44. Islamic State ...") keeps the first word the tagger reads as an
adjective there, when the document writes that word with a capital inside its sentences and never in
lower case (``chunks._after_list_number``, ``chunks._capital_adjectives``); two places the gazetteer
knows joined by "and" after a head noun and "of" close one name ("the Islamic State of Iraq and
Syria") instead of cutting it at "and" (``chunks._place_pair_closing``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("The Panel met an envoy of the Islamic Tessaret Province in Bamako.\n"
         "44. Islamic Tessaret Province fighters attacked the town of Menaka in March, the Panel said.",
         "Islamic Tessaret Province", "Tessaret Province"),
        ("The Islamic Front of Oumrana denied the attack.\n"
         "7. Islamic Front of Oumrana fighters attacked the town of Menaka in March.",
         "Islamic Front of Oumrana", "Front of Oumrana"),
    ],
)
def test_a_name_after_a_paragraph_number_keeps_its_first_word(
        run: Callable[[str], Found], text: str, name: str, cut: str) -> None:
    found = run(text)
    assert name in found.names()
    assert cut not in found.names()


def test_a_common_adjective_after_a_paragraph_number_opens_no_name(run: Callable[[str], Found]) -> None:
    # "unidentified" is written in lower case too: a list item's first common adjective stays out
    found = run("Unidentified gunmen were seen near Menaka.\n3. Unidentified gunmen attacked the Tessaret Brigade "
                "near Menaka, unidentified sources said.")
    assert not any(n.startswith("Unidentified") for n in found.names())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of the Islamic State of Iraq and Syria attacked a convoy near Gao.",
         "Islamic State of Iraq and Syria"),
        ("The Front for the Liberation of Chad and Sudan claimed the attack on the garrison at Kidal.",
         "Front for the Liberation of Chad and Sudan"),
        ("The Islamic State of Iraq and al-Sham claimed the attack on the garrison at Kidal.",
         "Islamic State of Iraq and al-Sham"),
    ],
)
def test_two_places_after_a_head_noun_and_of_close_one_name(
        run: Callable[[str], Found], text: str, name: str) -> None:
    assert name in run(text).names()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Fighters crossed from Iraq and Syria into Turkey.", ("Iraq", "Syria")),
        ("Troops moved between Mali and Niger near Gao.", ("Mali", "Niger")),
        ("The governors of Borno and Yobe met in Abuja.", ("Borno", "Yobe")),
    ],
)
def test_two_places_without_a_head_noun_stay_two_names(
        run: Callable[[str], Found], text: str, places: tuple[str, str]) -> None:
    names = run(text).names()
    assert set(places) <= names
