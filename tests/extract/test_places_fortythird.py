"""Places that are not the place named inside them (issue #10, forty-third round, branch xres43), on
hand-written texts: a country's name before a capitalised place noun ("Niger State" of Nigeria) is another
place, so a later bare "Niger" is the country, not the state's short form; the Lake Chad Basin is the lake's
catchment, another place than the lake, in English and French; a state's short form ("Borno" for "Borno
State") still joins its state."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_country_name_before_state_is_not_the_state(run):
    found = run("The trial of the six men opened at a barracks in Niger State in May. Two of them had fled "
                "to Niger before their arrest.")
    assert found.type_of("Niger State") == "LOCATION"
    assert found.type_of("Niger") == "LOCATION"
    assert not found.same("Niger State", "Niger")


def test_a_state_is_still_named_by_its_short_form(run):
    found = run("The brigade was moved to Kwara State in March. Soldiers in Kwara reported two ambushes "
                "near the border.")
    assert found.same("Kwara State", "Kwara")


def test_the_basin_is_not_the_lake(run):
    found = run("The new force will patrol the Lake Chad Basin. Its first base stands on an island in Lake "
                "Chad, near the Nigerian shore.")
    assert found.type_of("Lake Chad Basin") == "LOCATION"
    assert not found.same("Lake Chad Basin", "Lake Chad")


def test_le_bassin_n_est_pas_le_lac(run_fr):
    found = run_fr("La nouvelle force patrouillera dans le bassin du lac Tchad. Sa première base se trouve "
                   "sur une île du lac Tchad, près de la rive nigériane.")
    assert not found.same("bassin du lac Tchad", "lac Tchad")
