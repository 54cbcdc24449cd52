"""A capital that takes its government's stance (issue #10, thirty-second round, branch entmeto38), on
hand-written texts with invented people: in a report that names other places of the country ("Gao",
"Mopti"), a capital that is the subject of a verb of a government's stance or decision ("Bamako denied",
"Baghdad accused") is the government seated there, an organisation; it stays a place where it only
"said" something, where it is only a place ("in Bamako"), and, where the report names the country and no
other place of it, it is the country's other name (``capital_state_links``, twenty-first round)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Fighting spread from Gao to Timbuktu last year. Bamako denied that its soldiers had killed the "
         "herders near Mopti.", "Bamako"),
        ("Kurdish forces left Kirkuk and Sinjar in October. Baghdad accused the regional leaders of "
         "smuggling oil through Zakho.", "Baghdad"),
        ("Tribal fighters took Raqqa and Deir ez-Zor. Damascus condemned the raid on the Tabqa dam.",
         "Damascus"),
    ],
)
def test_a_capital_taking_a_stance_is_its_government(run, text, capital):
    assert run(text).type_of(capital) == "ORGANIZATION"


def test_a_capital_that_only_says_stays_a_place(run):
    found = run("Fighting spread from Gao to Timbuktu last year. Bamako said that soldiers had killed the "
                "herders near Mopti.")
    assert found.type_of("Bamako") == "LOCATION"


def test_a_capital_as_a_place_stays_a_place(run):
    found = run("Fighting spread from Gao to Timbuktu last year. Officials in Bamako denied the report.")
    assert found.type_of("Bamako") == "LOCATION"


def test_a_capital_of_a_country_named_alone_is_the_country(run):
    found = run("Jihadist attacks grew across Mali last year. Bamako denied that its soldiers had killed "
                "the herders.")
    assert found.type_of("Bamako") == "LOCATION"


@pytest.mark.parametrize(
    "text, name",
    [
        ("In 2016 Hashd al-Nasirin guarded the road to the shrine.", "Hashd al-Nasirin"),
        ("Police arrested two men linked to Jamaah Ansharut Khilafah in the port.", "Jamaah Ansharut Khilafah"),
        ("Its finance arm, Maktabatu Sadaqat, collected the levy from traders.", "Maktabatu Sadaqat"),
        ("Jabhatul Nasr held the coast road in 2009 and taxed traders there.", "Jabhatul Nasr"),
    ],
)
def test_a_transliterated_group_noun_opens_a_group_name(run, text, name):
    # (the organisation head nouns: "hashd" mobilisation, "jamaah", "maktabatu" office of, "jabhatul" front of)
    assert run(text).type_of(name) == "ORGANIZATION"
