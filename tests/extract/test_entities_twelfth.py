"""Entities and aliases read on the corpus dev and train splits' errors (issue #10, twelfth round), on
hand-written sentences with invented actors: a lower-case committee, council, cell or regime closing
the name of the place, people or person that owns it, and institution head nouns that name an earlier
organisation alone ("the Ministry") or as part of its name ("the General Staff")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters of the Korvani self-defence committee clashed with bandits near Tessit.",
         "Korvani self-defence committee"),
        ("The Wadi Ebrar provincial council met the elders on Monday.", "Wadi Ebrar provincial council"),
        ("Police dismantled the Jabal Tessouk cell after a raid.", "Jabal Tessouk cell"),
        ("Envoys of the Mbarek regime met the rebels in Tessalit.", "Mbarek regime"),
    ],
)
def test_a_lower_case_body_noun_closes_the_name(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Police dismantled the ISTP cell near Tessit.", "ISTP cell"),  # an acronym's cell is the group's
        ("The Mbarek regime forces shelled Tessalit.", "Mbarek regime"),  # "regime forces" is the institution
        ("Korvani's council met on Monday.", "Korvani's council"),
    ],
)
def test_no_body_noun_after_an_acronym_or_a_possessive(run, text, absent):
    assert run(text).by_name(absent) is None


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("The Ministry of Water Defence said troops killed ten militants. The Ministry added that two "
         "soldiers died.", "Ministry of Water Defence", "Ministry"),
        ("The Korvani Intelligence Agency (KIA) arrested two men in Tessit. The Agency said both were "
         "couriers.", "Korvani Intelligence Agency", "Agency"),
        ("The General Staff of the Korvani Armies confirmed the raid; the General Staff gave no toll.",
         "General Staff of the Korvani Armies", "General Staff"),
        ("Fighters of Katiba Tessouk attacked Dioura. The Katiba later withdrew to the forest.",
         "Katiba Tessouk", "Katiba"),
    ],
)
def test_an_institution_head_noun_names_the_last_organisation_holding_it(run, text, full, short):
    assert run(text).same(full, short)


@pytest.mark.parametrize(
    "text, forces",
    [
        ("U.S. forces killed a Korvath Brigade emir near Tessit.", "U.S. forces"),
        ("The United States special forces withdrew from Tessit in May.", "United States special forces"),
    ],
)
def test_a_country_name_before_forces_names_them(run, text, forces):
    assert run(text).type_of(forces) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The U.S. government condemned the Korvath Brigade.", "U.S. government"),
        ("Fighting spread in Mali forces loyal to the junta held Tessit.", "Mali forces"),
    ],
)
def test_no_country_forces_outside_that_shape(run, text, absent):
    assert run(text).by_name(absent) is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters of the Islamic State – Tamesna Province attacked Tessit.", "Islamic State – Tamesna Province"),
        ("The Korvani Armed Forces – Desert Army struck a convoy.", "Korvani Armed Forces – Desert Army"),
        ("The Tessit Liberation Movement–North fought near Dioura.", "Tessit Liberation Movement–North"),
    ],
)
def test_a_dash_joins_a_parent_name_to_its_branch(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_dash_between_two_places_joins_nothing(run):
    found = run("Trucks crossed the Niger–Mali border at Tessit.")
    assert found.type_of("Niger") == "LOCATION" and found.type_of("Mali") == "LOCATION"


def test_a_coalition_named_by_its_enemy(run):
    found = run("Members of the Global Coalition against Korvath met in Rome.")
    assert found.type_of("Global Coalition against Korvath") == "ORGANIZATION"


def test_a_state_against_a_group_is_two_names(run):
    found = run("The case of the United States against Hurras al-Tessit opened in May.")
    assert found.type_of("United States") == "LOCATION"


def test_a_pipe_table_header_names_nothing(run):
    found = run("Readers ask about the Tessit Front.\n\nName | Lineage | Group\nHamoud Ag Tessit | Idnan | "
                "Tessit Front\nSidi Ould Korvan | Kounta | Tessit Front\n\nCorrections welcome.")
    assert found.by_name("Lineage") is None and found.by_name("Group") is None
    assert found.type_of("Hamoud Ag Tessit") == "PERSON"


def test_a_pipe_table_opening_on_data_keeps_its_names(run):
    found = run("Hamoud Ag Tessit | emir | Tessit Front\nSidi Ould Korvan | deputy | Tessit Front")
    assert found.type_of("Hamoud Ag Tessit") == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters of the Ras Tessouk Movement clashed with bandits near Tessit.", "Ras Tessouk Movement"),
        ("The Oulad Bou Tessit Self Defence Group escorted the convoy to Tessit.",
         "Oulad Bou Tessit Self Defence Group"),
    ],
)
def test_a_people_or_place_name_closed_by_a_head_noun_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"
