"""Entities read on the corpus dev and train splits' errors (issue #10, twentieth round), on
hand-written sentences with invented actors: a federal state's government is named by "federal
government"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harakat al-Nasr has fought Somalia's federal government since 2009.", "federal government"),
        ("Talks between the federal government in Baghdad and the Kurdistan Regional Government stalled.",
         "federal government"),
        ("The Iraqi federal government sent two brigades to Sinjar.", "federal government"),
        ("The clans paid zakat to the militia.[3] The federal government did not answer.", "federal government"),
        ("The Federal Government of Somalia welcomed the strike near Jilib.", "Federal Government of Somalia"),
    ],
)
def test_the_federal_government_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_the_federal_government_of_a_country_and_its_short_form_are_one(run):
    found = run("The Federal Government of Somalia welcomed the strike. The Federal Government said that "
                "Harakat al-Nasr had lost Jilib.")
    assert found.same("Federal Government of Somalia", "Federal Government")
    assert "Federal" not in found.names()


def test_a_capitalised_name_holding_federal_government_stays_whole(run):
    found = run("The Transitional Federal Government fought the Hizb al-Nasr militia in Baidoa.")
    assert found.type_of("Transitional Federal Government") == "ORGANIZATION"
    assert "Federal Government" not in found.names()
