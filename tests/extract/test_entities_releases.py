"""Entity types and boundaries read on real releases and speeches (issue #10, re3d's development part),
on hand-written sentences with invented people and places: officials named after their office and its
region, English given names, military formations named by their head noun, and groups the statistical
tagger takes for places where the sentence gives them an adversary's slot."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_region_of_an_office_is_no_part_of_the_name_after_it(run):
    found = run("The Minister for the Middle East Tobias Farrowby visited Erbil on Monday.")
    assert found.type_of("Tobias Farrowby") == "PERSON"
    assert found.by_name("Middle East Tobias Farrowby") is None


def test_the_department_before_a_title_is_no_part_of_the_name(run):
    found = run("Foreign Office Minister Tobias Farrowby said the talks would go on.")
    assert found.type_of("Tobias Farrowby") == "PERSON"


def test_an_english_given_name_makes_a_person_of_a_surname_that_is_also_a_town(run):
    # Preston is a town in the gazetteer: before the given names were read, the officer was a place
    found = run(
        "WASHINGTON, Nov. 17, 2016 — The fighters have isolated the town, Pentagon spokesman Navy Capt. "
        "Jeff Preston said today.\nThe fighters regained 300 square miles, Preston said. Also in the past "
        "24 hours, Preston said, the strikes went on."
    )
    assert found.type_of("Jeff Preston") == "PERSON"
    assert found.same("Jeff Preston", "Preston")


def test_a_formation_named_by_its_head_noun_is_an_organisation(run):
    # with its ordinal since the thirteenth round (re3d writes "the U.S. 5th Fleet")
    found = run("Their 5th Fleet sailed on Monday.")
    assert found.type_of("5th Fleet") == "ORGANIZATION"


def test_a_group_the_tagger_reads_as_a_place_is_an_actor_in_an_adversary_slot(run):
    found = run("The UK stands by Iraq to defeat Daesh and end this violence.")
    assert found.type_of("Daesh") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, a, b",
    [
        # (real places: the tagger reads each pair as one name)
        ("The victims were taken by boat to Sulu, where they were held in the jungles of Indanan and Patikul.",
         "Indanan", "Patikul"),
        ("The first units formed among Hawiye sub-clans around Mahas and Moqokori in Hiiraan region.", "Mahas",
         "Moqokori"),
    ],
)
def test_two_places_joined_by_and_are_two_names(run, text, a, b):
    found = run(text)
    assert found.by_name(f"{a} and {b}") is None
    assert found.by_name(a) is not None and found.by_name(b) is not None


def test_a_name_given_by_its_language_or_its_meaning_is_an_alias(run):
    found = run(
        "Police blamed the Kanem Tarik faction known by its Arabic name, Jama'at Ansar al-Wadi (JAW), for the raid. "
        'Harakat al-Fajr, whose name means "Movement of the Dawn", was formed in 2018.'
    )
    assert found.same("Kanem Tarik", "Jama'at Ansar al-Wadi")
    assert found.same("Harakat al-Fajr", "Movement of the Dawn")


def test_every_name_of_a_list_of_aliases_belongs_to_the_bearer(run):
    found = run(
        'Tarek Ould Hamdi (also known as: a) Abou Zeyd al-Tinwari; b) Tarek Ould Sidi Lemine; c) "Cheikh Tarek") '
        "is a national born in 1991 in Kiffa. "
        'Karim Abd al-Latif Souma, also known as Abu Hafs al-Tilabi and as "the Cook" (al-Tabbakh), was born in 1984.'
    )
    for alias in ("Abou Zeyd al-Tinwari", "Tarek Ould Sidi Lemine", "Cheikh Tarek"):
        assert found.same("Tarek Ould Hamdi", alias)
    assert found.same("Karim Abd al-Latif Souma", "Abu Hafs al-Tilabi")
    assert found.same("Karim Abd al-Latif Souma", "the Cook")


def test_the_place_of_a_nisba_is_not_the_person(run):
    found = run("Yusuf Abd al-Karim, also known as Abu Qutaiba al-Shaddadi, was born in 1984 in Shaddadi.")
    assert found.same("Yusuf Abd al-Karim", "Abu Qutaiba al-Shaddadi")
    assert not found.same("Abu Qutaiba al-Shaddadi", "Shaddadi")


def test_a_branch_named_with_its_parent_is_one_name_in_either_order(run):
    found = run(
        "The Sahel Renewal Front West Coast Province (FRWCP) raided the town. In 2015 the group was rebranded "
        "as the West Coast Province of the Sahel Renewal Front."
    )
    assert found.type_of("West Coast Province of the Sahel Renewal Front") == "ORGANIZATION"
    assert found.same("Sahel Renewal Front West Coast Province", "West Coast Province of the Sahel Renewal Front")


def test_a_title_word_opening_an_institution_is_no_title(run):
    found = run("The General Staff of the Armies announced on Monday that the raid failed.")
    assert found.type_of("General Staff of the Armies") == "ORGANIZATION"
    assert found.by_name("Staff") is None


def test_a_country_demonym_that_also_names_a_people_is_no_name(run):
    found = run("A Somali national was arrested in Nairobi with two Hawiye elders.")
    assert found.by_name("Somali") is None
    assert found.type_of("Hawiye") == "COMMUNITY"
