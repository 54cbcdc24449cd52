"""Entities read on the corpus dev and train splits' errors (issue #10, twentieth round), on
hand-written sentences with invented actors: a federal state's government is named by "federal
government", and an entity's name before its sanctions list reference is one name."""

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


def test_a_name_before_its_list_reference_is_kept_whole(run):
    found = run("He was associated with Al-Nur in Iraq (QDe.915), listed as Jund al-Nur in Iraq "
                "and the Levant (QDe.915). He later fought in Iraq.")
    assert found.type_of("Al-Nur in Iraq") == "ORGANIZATION"
    assert found.type_of("Jund al-Nur in Iraq and the Levant") == "ORGANIZATION"
    assert found.type_of("Iraq") == "LOCATION"
    assert not found.same("Iraq", "Al-Nur in Iraq")


def test_a_list_reference_is_no_name(run):
    found = run("A separate organisation, Ansar al-Nur in Derna (QDe.945), held the port of Derna. "
                "Between 2014 and 2020 he was a member of Jamaat-ul-Nasr (QDe.952) and met Abu Salim "
                "al-Tarhuni (QDi.917).")
    assert found.type_of("Ansar al-Nur in Derna") == "ORGANIZATION"
    assert found.type_of("Derna") == "LOCATION"
    assert not found.same("Derna", "Ansar al-Nur in Derna")
    assert not {"QDe.945", "QDe.952", "QDi.917"} & found.names()


def test_the_federal_government_of_a_country_ends_before_a_comma(run):
    # the re3d statement's shape: "of Iraq, led by ..." (the comma was taken into the country's name)
    found = run("We welcome the agreement between the Federal Government of Iraq, led by Prime Minister "
                "Haidar Nasser, and the Kurdistan Regional Government, represented by Prime Minister Karim Talabi.")
    assert found.type_of("Federal Government of Iraq") == "ORGANIZATION"
    assert not any(name.endswith(",") for name in found.names())
