"""Entity types and boundaries read on the corpus train split's errors (issue #10, twenty-eighth round,
branch ent34), on hand-written sentences with invented actors: a nationality before a personal name is
no part of it; a group named like a person ("Abu X") that the report writes before a group's own noun
("Abu X fighters") is the group for each of its mentions; the word after a list's bullet opens a
sentence ("- Near X, ..."); a lone word after a preposition and before a possessive ("from X's
cruelty") is no place."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name, glued",
    [
        ("In 2012 the cell kidnapped the Frenchman Pierre Vallandier and a driver near the border.",
         "Pierre Vallandier", "Frenchman Pierre Vallandier"),
        ("The Briton Christopher Dunmore was held for two years before his release.",
         "Christopher Dunmore", "Briton Christopher Dunmore"),
        ("The Egyptian Abu Hamza al-Tessiti succeeded him as emir in 2019.",
         "Abu Hamza al-Tessiti", "Egyptian Abu Hamza al-Tessiti"),
    ],
)
def test_a_nationality_before_a_personal_name_is_no_part_of_it(run, text, name, glued):
    found = run(text)
    assert found.type_of(name) == "PERSON"
    assert glued not in found.names()


def test_a_nationality_before_an_institution_stays_in_its_name(run):
    found = run("The Malian Army and the Syrian Opposition met in Geneva.")
    assert "Syrian Opposition" in found.names()


def test_a_group_named_like_a_person_is_the_group_where_written_before_its_fighters(run):
    found = run("Abu Kandal fighters attacked the village of Talumpa on Monday. Residents said the "
                  "army had clashed with Abu Kandal twice in March, and that Abu Kandal still held the ridge.")
    assert found.type_of("Abu Kandal") == "ORGANIZATION"


def test_a_person_with_his_fighters_stays_a_person(run):
    found = run("Abu Kandal al-Tessiti's fighters attacked the village of Talumpa. Abu Kandal al-Tessiti "
                  "fled north the next day.")
    assert found.type_of("Abu Kandal al-Tessiti") == "PERSON"


def test_a_preposition_after_a_list_bullet_opens_no_name(run):
    found = run("Coalition forces conducted strikes in Syria:\n"
                  "- Near Talbara, 19 strikes engaged 15 tactical units.\n"
                  "- Near Abu Kasra, four strikes destroyed a weapons cache.\n")
    assert found.type_of("Abu Kasra") == "LOCATION"
    assert found.type_of("Talbara") == "LOCATION"
    assert not {"Near Talbara", "Near Abu Kasra"} & found.names()


def test_a_name_before_a_possessive_after_a_preposition_is_no_place(run):
    found = run("The people must be protected from Bokassa's cruelty, the minister said.")
    assert found.type_of("Bokassa") == "PERSON"


def test_an_office_before_a_title_and_a_given_name_is_no_part_of_the_name(run):
    found = run("Pentagon Press Secretary John Harlow said the raid killed the cell's leader.")
    assert found.type_of("John Harlow") == "PERSON"
    assert "Pentagon Press Secretary John Harlow" not in found.names()
