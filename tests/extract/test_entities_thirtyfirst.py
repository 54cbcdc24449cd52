"""Community names read on the corpus train split's errors (issues #10 #11, thirty-first round, branch
entctx37), on hand-written texts with invented people and places: a compound community name the community
list holds ("Sunni Arab", "Shuwa Arab", in French "arabes choa") is one name, not two; and a name written
before a tribe's own people or parts ("the X elders", "X tribesmen", "the X sub-tribe") is a community,
not the person or the town its shape suggests. Two community words the list does not pair stay two names
("a Hazara Shia trader"). And a name listed with another before a plural place noun they share ("Kirkuk
and Salah al-Din provinces", "the Baba Kerim and Avanti oil fields") is a place, not a person."""

from __future__ import annotations

import pytest

from .markers import NEEDS_FRENCH

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Militia leaders recruited Sunni Arab volunteers in the valley after the fall of Qaryat Tawil.",
         "Sunni Arab"),
        ("Sunni Arabs in the district protested against the checkpoints.", "Sunni Arabs"),
        ("The Shuwa Arab elders of Kaleri met the governor on Monday.", "Shuwa Arab"),
    ],
)
def test_a_compound_community_name_of_the_list_is_one_name(run, text, name):
    found = run(text)
    assert found.type_of(name) == "COMMUNITY"
    assert not {"Sunni", "Arab", "Arabs", "Shuwa"} & found.names()


def test_two_community_words_the_list_does_not_pair_stay_two_names(run):
    found = run("Yusuf Karimov, a Hazara Shia trader, was killed in Kabul.")
    assert found.type_of("Hazara") == "COMMUNITY"
    assert found.type_of("Shia") == "COMMUNITY"
    assert "Hazara Shia" not in found.names()


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Ali Warsame elders backed the governor's plan for the wells.", "Ali Warsame"),
        ("Hundreds of Marwadi tribesmen gathered outside the town.", "Marwadi"),
        ("Basir, a member of the Safi sub-tribe, recruited fighters for the group.", "Safi"),
    ],
)
def test_a_name_before_a_tribes_people_or_parts_is_a_community(run, text, name):
    assert run(text).type_of(name) == "COMMUNITY"


def test_a_towns_elders_leave_the_town_a_place(run):
    assert run("The Gao elders met the governor on Monday.").type_of("Gao") == "LOCATION"


@NEEDS_FRENCH
def test_a_french_compound_community_in_lower_case_is_one_name(run_fr):
    found = run_fr("Douze éleveurs arabes choa ont été enlevés près de Kousséri dans la nuit de lundi.")
    assert found.type_of("arabes choa") == "COMMUNITY"
    assert "arabes" not in found.names()


@pytest.mark.parametrize(
    "text, place",
    [
        ("Troops patrolled the hills on the boundary between Kirkuk and Salah al-Din provinces.", "Salah al-Din"),
        ("The brigade seized the nearby Baba Kerim and Avanti oil fields on Monday.", "Baba Kerim"),
    ],
)
def test_a_name_listed_before_a_plural_place_noun_is_a_place(run, text, place):
    assert run(text).type_of(place) == "LOCATION"


def test_a_plural_place_noun_after_communities_leaves_them_communities(run):
    found = run("The Dogon and Bambara villages were burnt in March.")
    assert found.type_of("Dogon") == "COMMUNITY"
    assert found.type_of("Bambara") == "COMMUNITY"
