"""Entities read on the corpus dev and train splits' errors (issue #10, twenty-second round), on
hand-written sentences with invented actors: a name that modifies a lower-case noun of a force or a
medium ("its Nasr news agency", "Kawaan special forces") is the organisation's, the noun left out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harakat al-Nasr claimed the attack through its Bayaan news agency, saying six soldiers died.", "Bayaan"),
        ("The group claimed the ambush on its Sawtul radio station on Friday.", "Sawtul"),
        ("Abdi Warsame was captured by Kawaan special forces during a raid near Jilib.", "Kawaan"),
        ("The convoy was escorted by Kawaan forces and two police trucks.", "Kawaan"),
        ("Soldiers of the Gurmad unit secured the hotel after a siege of thirty hours.", "Gurmad"),
        ("Videos were posted by the Islamic State's Bayaan outlet on Sunday.", "Bayaan"),
    ],
)
def test_a_name_modifying_a_force_or_medium_noun_is_an_organisation(run, text, name):
    found = run(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert not any(n.endswith(("agency", "station", "forces", "unit", "outlet")) for n in found.names())


def test_a_place_of_the_report_keeps_its_forces_a_place(run):
    # the report writes the region after "in": "Dhexland forces" are the region's, no organisation's name
    found = run("Dhexland forces captured the village. The fighting in Dhexland lasted a week.")
    assert found.type_of("Dhexland") == "LOCATION"


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Malian forces and the Kel Tamart fighters clashed near Anefis.", "Kel Tamart", "ORGANIZATION"),
        ("The Tebu unit of Murzuq was disbanded in March.", "Tebu", "COMMUNITY"),
    ],
)
def test_demonyms_and_communities_before_a_force_noun_keep_their_reading(run, text, name, etype):
    found = run(text)
    assert found.type_of(name) == etype
    assert "Malian" not in found.names()


@pytest.mark.parametrize(
    "text",
    [
        "Sawadogo was arrested by the gendarmerie in Dori in March 2021.",
        "The army handed the two suspects over to the gendarmerie.",
        "The VDP, the gendarmerie and Harakat al-Nasr are named in the judgment.",
    ],
)
def test_the_gendarmerie_alone_is_an_organisation(run, text):
    assert run(text).type_of("gendarmerie") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text",
    [
        "Harakat al-Nasr struck the gendarmerie school in Kaya.",  # a modifier
        "He was handed over to the gendarmerie of Niono.",  # its own complement: a longer name's business
        "The army and the government denied the report; the military said nothing.",  # never names in the gold
    ],
)
def test_other_lower_case_state_nouns_are_no_names(run, text):
    names = {n.lower() for n in run(text).names()}
    assert not names & {"gendarmerie", "army", "government", "military"}


def test_uses_of_the_gendarmerie_are_one_entity(run):
    found = run("Sawadogo was arrested by the gendarmerie in Dori. The gendarmerie said he had fled Djibo.")
    entity = found.by_name("gendarmerie")
    assert entity is not None and len(entity.mentions) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Government troops, supported by clan militias known as dhuubley, have retaken Ceel Dheere.", "dhuubley"),
        ("The offensive relied on local fighters known locally as garaaddo, who knew the terrain.", "garaaddo"),
    ],
)
def test_a_group_known_as_a_lower_case_name_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_known_as_a_common_word_after_no_group_noun_is_no_name(run):
    found = run("Abdi Warsame and his brothers were known as traders in Baidoa.")
    assert "traders" not in found.names()


def test_a_lower_case_name_known_to_a_group_noun_is_no_alias_of_the_name_before(run):
    found = run("The Somali National Army, supported by clan militias known as dhuubley, has pushed "
                "Harakat al-Nasr out of Ceel Dheere.")
    assert found.type_of("dhuubley") == "ORGANIZATION"
    assert not found.same("dhuubley", "Somali National Army")
