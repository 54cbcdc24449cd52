"""Entities read on the corpus dev and train splits' errors (issue #10, nineteenth round), on
hand-written sentences with invented actors: a first-level region named alone is a place."""

from __future__ import annotations

import pytest

from reportgraph.extract.gazetteer import region

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, place",
    [
        # GeoNames first-level regions the model calls persons or organisations, or a sentence's first
        # word it does not take for a name
        ("Borno remains the centre of the insurgency, and Yobe and Adamawa have suffered too.", "Borno"),
        ("Borno remains the centre of the insurgency, and Yobe and Adamawa have suffered too.", "Yobe"),
        ("Borno remains the centre of the insurgency, and Yobe and Adamawa have suffered too.", "Adamawa"),
        ("Zamfara has seen the worst of the banditry since 2011.", "Zamfara"),
        ("Kamran Zaidi moved his fighters from Khyber Pakhtunkhwa to the border.", "Khyber Pakhtunkhwa"),
    ],
)
def test_a_region_named_alone_is_a_place(run, text, place):
    assert run(text).type_of(place) == "LOCATION"


@pytest.mark.parametrize("name", ["East", "Plateau", "Rivers", "Centre", "Far North", "Somali", "Victoria"])
def test_a_region_named_like_a_common_word_or_a_people_is_not_looked_up(name):
    assert region(name) is None


@pytest.mark.parametrize("name", ["Borno", "Zamfara", "Khyber Pakhtunkhwa", "New York", "Balochistan"])
def test_the_regions_lookup_knows_first_level_regions(name):
    hit = region(name)
    assert hit is not None and hit.kind == "region"


def test_a_region_state_government_stays_an_organisation(run):
    found = run("The Zamfara State Government signed a truce with the bandits of Sani Dogo in June.")
    assert found.type_of("Zamfara State Government") == "ORGANIZATION"


def test_a_region_and_its_state_are_one_place(run):
    found = run("Gunmen killed nine farmers in Zamfara State on Monday. Zamfara has seen the worst of the "
                "banditry since 2011.")
    assert found.same("Zamfara State", "Zamfara")


def test_a_region_in_a_capitals_dateline_is_no_acronym(run):
    found = run("NEW YORK — An indictment was unsealed today charging Tariq Mansour, 41. Mansour was flown "
                "to New York on Monday.")
    assert found.type_of("New York") == "LOCATION"
    assert found.same("NEW YORK", "New York")


def test_a_greater_region_is_a_place_of_its_own(run):
    found = run("The network's core is the Zadran tribe of Loya Paktia (Paktia, Paktika and Khost provinces). "
                "Its founder fought there.")
    assert found.type_of("Loya Paktia") == "LOCATION"
    assert not found.same("Loya Paktia", "Paktia")
