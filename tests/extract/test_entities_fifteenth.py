"""Entities read on the corpus dev and train splits' errors (issue #10, fifteenth round), on
hand-written sentences with invented actors: places whose names look like persons' or groups'."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, place",
    [
        # a personal name's shape or the model's label said person; the noun before "of" says place
        ("Gunmen burned the village of Hamadou Kori on Sunday, officials said.", "Hamadou Kori"),
        ("Many residents of Abdoulaye Tessouki fled towards the river after the raid.", "Abdoulaye Tessouki"),
        ("The convoy crossed the district of Moussa Bangou before dawn.", "Moussa Bangou"),
    ],
)
def test_a_name_in_the_of_phrase_of_a_place_noun_is_a_place(run, text, place):
    assert run(text).type_of(place) == "LOCATION"


def test_a_title_after_a_comma_that_opens_the_next_name_is_not_the_names_role(run):
    found = run("The militants attacked Mavuzi in the northern province of Korvani Delgado, President "
                "Amadou Tessouki said on Monday.")
    assert found.type_of("Korvani Delgado") == "LOCATION"
    assert found.type_of("Amadou Tessouki") == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        # Arabic nouns that open group names; the statistical model calls these persons
        ("Fighters of Hurras al-Korvan attacked Tessit on Monday.", "Hurras al-Korvan"),
        ("Ahrar al-Tessouki and Asa'ib Ahl al-Korvan clashed near the river.", "Ahrar al-Tessouki"),
        ("Leaders of Ahrar al-Tessouki met leaders of Asa'ib Ahl al-Korvan in May.", "Asa'ib Ahl al-Korvan"),
        ("Hizbul Korvan said it had joined Hay'at Tahrir al-Tessouki.", "Hay'at Tahrir al-Tessouki"),
    ],
)
def test_a_name_opened_by_an_arabic_group_noun_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_province_named_after_a_country_or_a_wider_region_is_a_groups(run):
    found = run("Reports from the Somalia Province and the Sahel Province reached Tessit in May. Officials in "
                "Korvan Province said the roads were closed.")
    assert found.type_of("Somalia Province") == "ORGANIZATION"
    assert found.type_of("Sahel Province") == "ORGANIZATION"
    assert found.type_of("Korvan Province") == "LOCATION"
