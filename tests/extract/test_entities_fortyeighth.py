"""Forty-eighth round (branch ent48), on hand-written text with invented names: a unit ("Katiba X", "the 3rd
Brigade", "the Z Army") named with where it is ("in Y") is the unit and a place, not one name, while a
movement's or a mission's name with "in" stays whole; a unit's name closed by its noun before "and the", and
a name after "and" opened by the Arabic article, are names of their own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "unit", "place"),
    [
        ("Fighters of Katiba Dorbo in Mali crossed the border in May, officials said.", "Katiba Dorbo", "Mali"),
        ("The Tessou Regiment in Garoua was dissolved in June.", "Tessou Regiment", "Garoua"),
        ("The Tessou Army in Mir Kalo said it had killed six militants.", "Tessou Army", "Mir Kalo"),
    ],
)
def test_a_unit_in_a_place_is_two_names(run, text: str, unit: str, place: str) -> None:  # type: ignore[no-untyped-def]
    names = run(text).names()
    assert unit in names
    assert not any(n.startswith(unit + " in") for n in names)


@pytest.mark.parametrize(
    "name",
    ["Islamic State in the Greater Tessou", "Front for Change and Concord in Kalbaria"],
)
def test_a_movement_named_with_in_stays_whole(run, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in run(f"The {name} claimed the attack on Monday.").names()


def test_a_force_in_a_place_stays_whole(run) -> None:  # type: ignore[no-untyped-def]
    # a mission's force is named with its place ("the UN Interim Force in Lebanon")
    assert "UN Interim Force in Kalbaria" in run("The UN Interim Force in Kalbaria reported the shelling.").names()


def test_a_unit_closed_by_its_noun_before_and_the(run) -> None:  # type: ignore[no-untyped-def]
    names = run("The Kalbar Corps and the Tessou militia patrolled the road in May.").names()
    assert "Kalbar Corps" in names
    assert not any(" and " in n for n in names)


def test_a_name_opened_by_the_arabic_article_after_and(run) -> None:  # type: ignore[no-untyped-def]
    names = run("The attack was claimed jointly by Ansar Tessou and Al Mourabiqa in a statement.").names()
    assert {"Ansar Tessou", "Al Mourabiqa"} <= names


def test_two_places_after_of_stay_one_name(run) -> None:  # type: ignore[no-untyped-def]
    assert "Islamic State of Iraq and al-Sham" in run("The Islamic State of Iraq and al-Sham claimed it.").names()


LISTING = """SECURITY COUNCIL ISIL (DA'ESH) AND AL-QAIDA SANCTIONS COMMITTEE
Narrative summary of reasons for listing

QDe.999 KALBAR FRONT (KF)
Date on which the narrative summary became available: 5 December 2012

QDi.998 ADAMA KIEMDE DOUMBE
Adama Kiemde Doumbe was listed on 3 May 2020 as a leader of the Kalbar Front.
"""


def test_a_sanctions_committee_in_capitals_is_one_name(run) -> None:  # type: ignore[no-untyped-def]
    found = run(LISTING)
    assert found.type_of("SECURITY COUNCIL ISIL (DA'ESH) AND AL-QAIDA SANCTIONS COMMITTEE") == "ORGANIZATION"
    assert "SECURITY COUNCIL ISIL" not in found.names()


def test_a_sanctions_list_reference_is_no_part_of_a_name(run) -> None:  # type: ignore[no-untyped-def]
    names = run(LISTING).names()
    assert "KALBAR FRONT" in names
    assert not any(n.startswith(("QDe", "QDi")) for n in names)
