"""Entities read on the corpus dev and train splits' and re3d's errors (issue #10, thirteenth round), on
hand-written sentences with invented actors: a group named after a person or a family keeps its
lower-case noun and stays apart from the person, and a numbered formation closes on an organisation
head after an ordinal ("the 407th Air Expeditionary Group") or is written as an ordinal and an acronym."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, group, person",
    [
        # a person's name the text also shortens to the surname
        ("Hamid Tessouki Korvan runs a faction usually called the Hamid Tessouki Korvan group in Tessit. "
         "Korvan met the elders in May.", "Hamid Tessouki Korvan group", "Hamid Tessouki Korvan"),
        # a family's name: the text writes it after a given name
        ("Omar Korvani died in Butig. The Korvani group later split.", "Korvani group", "Omar Korvani"),
        # a title before the person's name stays in the group's
        ("Militants of the Mullah Tessouki group attacked Wana. Mullah Tessouki denied it.",
         "Mullah Tessouki group", "Tessouki"),
        ("Couriers of the Korvani network moved cash to Tessit. Omar Korvani denied it.", "Korvani network",
         "Omar Korvani"),
    ],
)
def test_a_group_named_after_a_person_keeps_its_noun(run, text, group, person):
    found = run(text)
    assert found.type_of(group) == "ORGANIZATION"
    assert found.type_of(person) == "PERSON"
    assert not found.same(group, person)


@pytest.mark.parametrize(
    "text, name",
    [
        # a group's own name before "group" keeps its name alone (the noun says what it is)
        ("The Lakorawa group attacked Tessit. Lakorawa fighters fled north.", "Lakorawa"),
        ("Militants of the Bokor Haramu group attacked Wana. Bokor Haramu denied it.", "Bokor Haramu"),
    ],
)
def test_a_group_name_before_group_is_not_a_namesake(run, text, name):
    found = run(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert f"{name} group" not in found.names()


def test_a_numbered_formation_closes_on_an_organisation_head_after_an_ordinal(run):
    found = run("Airmen deployed from the 158th Fighter Wing will join the 407th Air Expeditionary Group. "
                "Col. Jon Tessler, 407th AEG commander, said the 407th AEG will strike Tessit.")
    assert found.type_of("158th Fighter Wing") == "ORGANIZATION"
    assert found.type_of("407th Air Expeditionary Group") == "ORGANIZATION"
    assert found.same("407th Air Expeditionary Group", "407th AEG")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Twelve soldiers of 12 Group were hurt near Tessit.", "12 Group"),  # a bare number counts things
        ("The 3rd ISTP unit attacked Tessit.", "3rd ISTP"),  # an acronym no numbered name spells
    ],
)
def test_no_formation_without_an_ordinal_or_a_spelt_name(run, text, absent):
    assert absent not in run(text).names()


def test_a_lower_case_office_closes_a_name_no_gazetteer_holds(run):
    found = run("Transfers went through ISTP's al-Korrar office in Tessit. The Kabul office of the agency closed.")
    assert found.type_of("al-Korrar office") == "ORGANIZATION"
    assert "Kabul office" not in found.names()  # a branch in a place, not a name


def test_a_dashed_acronym_meets_its_branch_written_whole(run):
    found = run("The TKLM-North and the army met in Kadugli. The Tessit Korvan Liberation Movement–North (TKLM-N) "
                "later denied it. The TKLM-N has denied any alliance.")
    assert found.same("TKLM-North", "TKLM-N")
    assert found.same("TKLM-N", "Tessit Korvan Liberation Movement–North")
    assert not run("The TKLM-K and the TKLM-S clashed near Tessit.").same("TKLM-K", "TKLM-S")


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Its fighters come from two sub-tribes, above all the Zarka Khel and the Tuki Khel.", "Zarka Khel",
         "COMMUNITY"),
        ("A cleric from the Madra Khel branch of the clan preached in Tessit.", "Madra Khel", "COMMUNITY"),
        ("Troops imposed a curfew after clashes near Jarni Khel on Monday.", "Jarni Khel", "LOCATION"),
    ],
)
def test_a_name_closed_by_khel_is_a_clan_unless_a_place_preposition_opens_it(run, text, name, etype):
    assert run(text).type_of(name) == etype


def test_a_masthead_line_names_only_what_the_body_repeats(run):
    text = ("Exercise material: invented actors.\n\nTWO CONVICTED IN TESSIT\n"
            "Research Note 4 | Centre for Korvan Peacebuilding | November 2024\n\n"
            "The court in Tessit convicted two members of the Korvani Front on Monday. The Korvani Front "
            "appealed.")
    found = run(text)
    assert not found.names() & {"Research Note", "Centre", "Korvan Peacebuilding"}
    assert found.type_of("Korvani Front") == "ORGANIZATION"
    # a table's rows are no masthead
    table = run("Name | Role\nIyad Korvani | emir\n\nIyad Korvani fled to Tessit.")
    assert table.type_of("Iyad Korvani") == "PERSON"
