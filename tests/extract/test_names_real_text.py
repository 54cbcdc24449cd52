"""Names of real published text (issue #10, the fifth round): military releases' ranks, equipment
acronyms, holidays and exercises, an actor's own unit after its possessive, "formally" before a
group's full name. Hand-written sentences with invented actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_compound_rank_is_no_part_of_the_name(run):
    found = run("Staff Sgt. Orin Vasket and Rear Admiral Tomas Creel met Field Marshal Idrik Bamaro.")
    assert {"Orin Vasket", "Tomas Creel", "Idrik Bamaro"} <= {e.name for e in found.extraction.entities}
    assert found.by_name("Staff Sgt") is None
    # the ranked form is another name of the person (twenty-ninth round), never its mention
    person = found.by_name("Orin Vasket")
    assert person is not None and {found.text[m.start:m.end] for m in person.mentions} == {"Orin Vasket"}


@pytest.mark.parametrize(
    "word", ["VBIED", "UAVs", "Thanksgiving Day", "New Year", "Greenwich Mean Time", "Exercise Iron Kestrel"]
)
def test_equipment_holidays_and_exercises_are_no_entities(run, word):
    found = run(f"Coalition forces near Tazirat reported {word} on the road to Kidal.")
    assert found.by_name(word) is None
    assert found.type_of("Kidal") == "LOCATION"


def test_an_actors_own_unit_is_named_after_its_possessive(run):
    found = run("Jund Tazira's External Liaison Organisation (ELO) planned the attack in Kidal.")
    unit = found.by_name("External Liaison Organisation")
    assert unit is not None and unit.type == "ORGANIZATION"
    assert found.same("External Liaison Organisation", "ELO")
    # the whole stays a form of the unit
    assert "Jund Tazira's External Liaison Organisation" in unit.names()


def test_a_collective_or_plural_possessive_stays_inside_the_name(run):
    found = run("The Tessit Herders' Union and the Women's Solidarity Union met in Gao.")
    assert found.by_name("Tessit Herders' Union") is not None
    assert found.by_name("Women's Solidarity Union") is not None


def test_formally_gives_the_full_name_of_a_group(run):
    found = run("Jund Tazira, formally Jama'at Ansar al-Tazira wal-Hijra (JATH), was founded in Kidal "
                "around 2004 by the preacher Issa Ag Moussa.")
    assert found.same("Jund Tazira", "Jama'at Ansar al-Tazira wal-Hijra")
    assert found.same("Jund Tazira", "JATH")


def test_formally_after_a_verb_is_no_cue(run):
    found = run("Jund Tazira formally pledged allegiance to the Tamesna Front in 2019.")
    assert not found.same("Jund Tazira", "Tamesna Front")


def test_a_preposition_opening_a_sentence_is_no_part_of_the_place(run):
    found = run("Near Tazirat, five strikes destroyed a vehicle. Outside Kidal, fighting went on.")
    assert found.type_of("Tazirat") == "LOCATION" and found.type_of("Kidal") == "LOCATION"
    assert found.by_name("Near Tazirat") is None and found.by_name("Outside Kidal") is None


def test_in_still_opens_a_saharan_place_name(run):
    found = run("In Amenas was attacked in 2013. Fighters later left In Salah.")
    assert found.by_name("In Salah") is not None


@pytest.mark.parametrize("cue", ["also known as", "officially"])
def test_a_named_group_ending_in_a_generic_noun_bears_the_alias(run, cue):
    found = run(f"The Tazira Group, {cue} Jund al-Tazira, attacked Gao.")
    assert found.same("Tazira Group", "Jund al-Tazira")


def test_a_generic_bearer_still_names_no_one(run):
    found = run("Fighters attacked Gao. The armed group known as Jund al-Tazira claimed it.")
    assert found.type_of("Jund al-Tazira") == "ORGANIZATION"
    assert found.by_name("Gao") is not found.by_name("Jund al-Tazira")


def test_an_invisible_direction_mark_neither_joins_a_title_to_a_name_nor_moves_an_offset(run):
    # web text carries left-to-right marks after words ("Prime Minister\u200e Haider al-Abadi")
    text = "Defence Minister Ivo Sarkan met Prime Minister\u200e Idrik Bamaro in Tazirat\u200e."
    found = run(text)
    assert found.by_name("Idrik Bamaro") is not None
    assert found.by_name("Prime Minister\u200e Idrik Bamaro") is None
    assert found.type_of("Tazirat") == "LOCATION"
    for e in found.extraction.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_a_place_right_before_also_called_bears_the_other_name(run):
    found = run("Later in the day, Sarkan flew to visit U.S. service members at Tessalit Airfield, also called "
                "\u201cT-Base\u201d in northern Mali.")
    assert found.same("Tessalit Airfield", "T-Base")
    assert "T-Base" not in found.by_name("Sarkan").names()


@pytest.mark.parametrize("name", ["Kidal Airfield West", "Al Udeid Air Base", "Tessalit Airstrip"])
def test_an_airfield_or_air_base_is_a_place(run, name):
    found = run(f"Defence Minister Ivo Sarkan flew to {name} on Monday.")
    assert found.type_of(name) == "LOCATION"


def test_a_quoted_full_name_is_preferred_to_a_one_word_nom_de_guerre(run):
    # every name of the man is quoted where it is given; the one-word one is used most after that
    found = run("He was known as \u2018Abu Salim\u2019 (who also holds the nom de guerre \u2018Kal\u2019ur\u2019). "
                "Kal\u2019ur set up camp in Tazirat. Kal\u2019ur left.")
    assert found.same("Kal\u2019ur", "Abu Salim")
    assert found.by_name("Kal\u2019ur").name == "Abu Salim"
