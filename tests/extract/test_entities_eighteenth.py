"""Entities and aliases read on the corpus dev and train splits' errors (issue #10, eighteenth round),
on hand-written sentences with invented actors: a surname two persons of one report share."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _holders(found, name: str) -> list[str]:
    """The preferred names of every entity that answers to ``name``."""
    return [e.name for e in found.extraction.entities if name in e.names()]


@pytest.mark.parametrize(
    "text, short, bearer, relative",
    [
        # the relative named after the report's own bearer, and the surname used after both
        (
            "The recruiter Dovlat Karimzoda ran a safe house in Izmir. Karimzoda recruited mainly among "
            "migrant workers. His younger brother, Bahrom Karimzoda, was arrested in April. Whether "
            "Karimzoda is still alive is unknown.",
            "Karimzoda", "Dovlat Karimzoda", "Bahrom Karimzoda",
        ),
        (
            "Souleymane Ould Mahfoud led the katiba. His brother Hamma Ould Mahfoud ran the logistics. "
            "Ould Mahfoud was arrested in 2021.",
            "Ould Mahfoud", "Souleymane Ould Mahfoud", "Hamma Ould Mahfoud",
        ),
        (
            "The court heard that Amadou Tessouki Bangou financed the cell. Soldiers arrested his son, "
            "Issaka Bangou, at a checkpoint in May. Bangou denies the charges.",
            "Bangou", "Amadou Tessouki Bangou", "Issaka Bangou",
        ),
    ],
)
def test_a_shared_surname_stays_with_the_person_named_first(run, text, short, bearer, relative):
    found = run(text)
    assert found.by_name(bearer) is not found.by_name(relative)
    assert _holders(found, short) == [bearer]


def test_the_surname_goes_by_the_full_name_it_shortens_not_by_its_bearers_other_names(run):
    # an infobox names the son first by his kunya; his birth name, which holds the surname, is written
    # only after the surname already stood for the father
    found = run(
        "Leader: Abu Hafs al-Tessouki (2016-2019)\n\nThe sect was founded by the preacher Musa Kolawe. "
        "After Kolawe died in custody, his deputy took command. Abu Hafs al-Tessouki (born Habib Kolawe) "
        "was demoted in 2019."
    )
    assert found.same("Musa Kolawe", "Kolawe")
    assert not found.same("Abu Hafs al-Tessouki", "Kolawe")


@pytest.mark.parametrize(
    "text, court",
    [
        # a state's court named by its seat and its kind, lower-case words included
        ("The Tahoua high court on Thursday sentenced three men to death.", "Tahoua high court"),
        ("He was tried before the Gao military court in 2019.", "Gao military court"),
        ("The criminal court of Tessalit convicted Amadou Tessouki in May.", "criminal court of Tessalit"),
        ("The special assize court in Mopti heard the case.", "special assize court in Mopti"),
        ("Mali — Assize court of Kayes (special session on terrorism)", "Assize court of Kayes"),
    ],
)
def test_a_court_named_by_its_seat_and_kind_is_an_organisation(run, text, court):
    assert run(text).type_of(court) == "ORGANIZATION"


def test_a_courts_two_orders_are_one_entity(run):
    found = run("The special assize court in Mopti opened the trial on Monday. On Friday the Mopti special "
                "assize court sentenced Amadou Tessouki to life.")
    assert found.same("special assize court in Mopti", "Mopti special assize court")


@pytest.mark.parametrize(
    "text, place",
    [
        # no kind word: the court is described, not named, and the place stays a place
        ("A court in Tessalit sentenced him in absentia.", "Tessalit"),
        ("The Gao court adjourned the hearing.", "Gao"),
        # an indefinite article, or none inside a sentence: a court described, not named
        ("He was arrested in May, and a criminal court in Tessalit sentenced him to life.", "Tessalit"),
        ("The men were charged in Gao military court on Friday.", "Gao"),
    ],
)
def test_a_court_without_its_kind_is_no_name(run, text, place):
    found = run(text)
    assert found.type_of(place) == "LOCATION"
    assert not any("court" in n for n in found.names())


def test_a_courts_heading_without_its_qualifier_is_the_same_court(run):
    found = run("Mali — Assize court of Kayes (special session on terrorism)\n\nThe special assize court in "
                "Kayes on Wednesday sentenced Amadou Tessouki to death.")
    assert found.same("Assize court of Kayes", "special assize court in Kayes")
