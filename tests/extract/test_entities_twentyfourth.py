"""A region's forces named by the region (issue #10, twenty-fourth round), on hand-written sentences with
invented regions and actors: "<place> [state|security] forces|troops" is one organisation's name, the
place's own mentions elsewhere stay a place, when the name is a place's (the gazetteer, "state", or
the report writes it where only places are written)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, forces, place",
    [
        # the report writes the region where only places are ("based in X") and its forces elsewhere
        ("Tarawland forces detained two couriers on Monday. The network is based in Tarawland.",
         "Tarawland forces", "Tarawland"),
        # "state" between the name and the noun, and the place alone after "of"
        ("Militants clashed with Hoddaland state forces near a checkpoint. The region of Hoddaland is dry.",
         "Hoddaland state forces", "Hoddaland"),
    ],
)
def test_a_region_before_forces_names_its_forces(run, text, forces, place):
    found = run(text)
    assert found.type_of(forces) == "ORGANIZATION"
    assert found.type_of(place) == "LOCATION"
    assert not found.same(forces, place)


def test_a_region_capitalised_state_names_its_forces(run):
    # "X State forces": the state's name ends in "State"
    found = run("The convoy was escorted by Upper Maraan State forces until it reached the river.")
    assert found.type_of("Upper Maraan State forces") == "ORGANIZATION"


def test_forces_and_troops_of_one_region_are_one_organisation(run):
    found = run("Tarawland troops entered the town in May. Fighting resumed when Tarawland forces left it. "
                "Aid reached families in Tarawland in June.")
    assert found.same("Tarawland troops", "Tarawland forces")


@pytest.mark.parametrize(
    "text, name",
    [
        # an organisation's name the report never writes as a place modifies "forces": the name alone
        ("Kabaro forces raided the market at dawn, and Kabaro forces withdrew by noon.", "Kabaro forces"),
        # an acronym
        ("KDLF forces entered the town in May. The town lies in the plains.", "KDLF forces"),
    ],
)
def test_no_region_no_forces_name(run, text, name):
    assert name not in run(text).names()


def test_a_demonyms_troops_are_the_countrys_army_not_a_regions_forces(run):
    # a demonym is left to the country's institutions: "Somali troops" is the army (round 28), not a region's forces
    found = run("Somali troops entered the town in May. The Somali army left it in June.")
    assert found.same("Somali troops", "Somali army")



def test_the_region_inside_its_forces_name_is_a_place_elsewhere(run):
    # the only cue is "state" before "forces": the region's bare mention elsewhere is the place's
    found = run("The militia clashed with Hoddaland state forces over a checkpoint on Monday. "
                "Its leader's cousin, Warsame Dheel, is a Hoddaland minister.")
    assert found.type_of("Hoddaland state forces") == "ORGANIZATION"
    assert found.type_of("Hoddaland") == "LOCATION"


@pytest.mark.parametrize(
    "text, forces",
    [
        # the region owns a region of its own elsewhere ("X's Qardho region")
        ("Tarawland forces detained two couriers on Monday. The couriers came from Tarawland's Qardho region.",
         "Tarawland forces"),
        # "X state" written elsewhere, in lower case
        ("Tarawland troops detained two couriers on Monday. Elders of Tarawland state met them.", "Tarawland troops"),
    ],
)
def test_a_region_written_as_a_state_or_owning_a_region_names_its_forces(run, text, forces):
    assert run(text).type_of(forces) == "ORGANIZATION"
