"""English entities on causes read on train (round 27, branch enent), on hand-written texts with invented
people and places: a section's Roman numeral before its heading is no name; the department of an office
("Chief of Army Staff", "Chief of Staff of the Army") is no name of its own; a capitalised cell, sector, levies or
detachment closes an organisation's name; "the Observatory", "the Levies", "the Detachment", "the Team" alone name the
organisation before whose name holds the noun; "the UAE" is the country."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_section_numeral_is_no_name(run):
    found = run("JUDGMENT\n\nII. The facts found\n\nThe accused Musa Kari joined the Bakura faction in Kano in 2016."
                "\n\nIII. Arrest\n\nPolice arrested Kari in Maiduguri.\n\nIV. Disposition\n\nThe court sentenced him.")
    assert not {"II", "III", "IV"} & found.names()
    assert "Maiduguri" in found.names()


def test_a_numeral_inside_a_name_stays(run):
    found = run("British jets dropped Paveway IV bombs on Raqqa. Pope John Paul II visited Khartoum in 1993.")
    assert "Pope John Paul II" in found.names() or "John Paul II" in found.names()


@pytest.mark.parametrize(
    "text",
    [
        "The Chief of Defence Staff commended the troops in Bama on Monday.",
        "Senators asked the Chief of Army Staff for a written report on Bama.",
        "The Chief of Staff of the Army visited Bama in May.",
    ],
)
def test_an_office_department_is_no_name(run, text):
    found = run(text)
    assert not {n for n in found.names() if "Staff" in n}
    assert "Bama" in found.names()


def test_a_name_after_the_office_keeps_its_own(run):
    found = run("Secretary of State Antony Blinken met Musa Kari in Abuja.")
    assert "Antony Blinken" in found.names()



@pytest.mark.parametrize(
    "text, name",
    [
        ("The Security Media Cell said the strike killed four men near Rutba.", "Security Media Cell"),
        ("Fighters of the Qarachogh Sector fled toward Makhmour in May.", "Qarachogh Sector"),
        ("The Jarmuz Levies held the road to Marib for a month.", "Jarmuz Levies"),
    ],
)
def test_a_cell_sector_or_levies_closes_an_organisations_name(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, full, head",
    [
        ("The Ituri Peace Observatory counted 40 attacks near Djugu in 2023. The Observatory said that fighters "
         "burned two villages.", "Ituri Peace Observatory", "Observatory"),
        ("The Jarmuz Levies held the road to Marib. In May the Levies withdrew from Harib.", "Jarmuz Levies",
         "Levies"),
        ("The Suwayda Defence Detachment manned checkpoints near Shahba. The Detachment later disbanded.",
         "Suwayda Defence Detachment", "Detachment"),
        ("The Analytical Support and Sanctions Monitoring Team met in New York. The Team reported that ISKP "
         "recruited in Kunar.", "Analytical Support and Sanctions Monitoring Team", "Team"),
    ],
)
def test_a_head_noun_alone_names_the_organisation_before(run, text, full, head):
    assert run(text).same(full, head)


def test_the_uae_is_a_country_and_its_full_name(run):
    found = run("The UAE trained the Bayhan Brigades in Aden. The United Arab Emirates withdrew its troops in 2019.")
    assert found.type_of("UAE") == "LOCATION"
    assert found.same("UAE", "United Arab Emirates")


def test_drc_is_the_democratic_republic_not_brazzaville() -> None:
    from reportgraph.extract.gazetteer import places
    from reportgraph.extract.names import fold

    table = places()
    for short in ("DRC", "DR Congo", "RDC", "Congo-Kinshasa"):
        assert table[fold(short)].country == "CD", short
    assert table[fold("Congo-Brazzaville")].country == "CG"


def test_the_drc_and_its_full_name_are_one_country(run):
    found = run("The ADF killed twelve villagers near Beni, in the Democratic Republic of the Congo, on 3 May 2021. "
                "The army of the DRC launched an offensive against the ADF in Ituri.")
    assert found.type_of("DRC") == "LOCATION"
    assert found.same("DRC", "Democratic Republic of the Congo")


@pytest.mark.parametrize(
    "text, troops",
    [
        ("French troops killed the emir near Menaka in June.", "French troops"),
        ("Ethiopian troops entered Baidoa in 2006 and left in 2009.", "Ethiopian troops"),
    ],
)
def test_a_countrys_troops_are_an_organisation(run, text, troops):
    assert run(text).type_of(troops) == "ORGANIZATION"


def test_a_countrys_troops_are_its_army(run):
    found = run("The Algerian army closed the border in May; Algerian troops then moved to Tamanrasset.")
    assert found.same("Algerian army", "Algerian troops")


def test_a_countrys_soldiers_stay_no_name(run):
    assert "Somali soldiers" not in run("Somali soldiers fled the base at Baidoa in March.").names()
