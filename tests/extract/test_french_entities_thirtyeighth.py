"""French entities (frent40, #11): a compass part of a country ("le nord du Mali") is a place of its own and a
mention of the country; a name's lower-case adjective right after its capitalised word ("Nations unies") stays in
the name whatever the tagger calls it. Hand-written sentences, invented names."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, part, country",
    [("Les combattants ont pris Tamberi, la principale ville du nord du Mali, après deux jours de combats.",
      "nord du Mali", "Mali"),
     ("La milice Dan Kelem opère surtout dans le nord-est du Nigeria depuis 2019.", "nord-est du Nigeria", "Nigeria")],
)
def test_a_compass_part_also_names_its_country(run_fr, text, part, country):
    found = run_fr(text)
    assert found.type_of(part) == "LOCATION"
    assert found.type_of(country) == "LOCATION"
    assert not found.same(part, country)


def test_a_name_adjective_the_tagger_reads_as_a_verb_stays_in_the_name(run_fr):
    found = run_fr("Selon le Groupe d'experts des Nations unies, la milice Dan Kelem recrute toujours à Tamberi.")
    assert "Groupe d'experts des Nations unies" in found.names()
    assert "Groupe d'experts des Nations" not in found.names()


@pytest.mark.parametrize(
    "text, name",
    [("Les autorités maliennes ont annoncé l'arrestation de trois hommes à Tamberi.", "autorités maliennes"),
     ("Selon les autorités nigériennes, la milice Dan Kelem a perdu six hommes.", "autorités nigériennes")],
)
def test_the_authorities_of_a_country_are_an_institution(run_fr, text, name):
    # train split: "autorités" and a demonym annotated as an organisation in 55 of 75 distinct uses (dev 21 of 24)
    assert run_fr(text).type_of(name) == "ORGANIZATION"


def test_a_country_short_form_is_the_country(run_fr):
    found = run_fr("Le Burkina Faso a fermé sa frontière. Au Burkina, la milice Dan Kelem recrute toujours.")
    assert found.type_of("Burkina") == "LOCATION"
    assert found.same("Burkina", "Burkina Faso")


def test_centrafrique_is_a_country(run_fr):
    found = run_fr("Selon la Centrafrique, la milice Dan Kelem a franchi la frontière du Tchad.")
    assert found.type_of("Centrafrique") == "LOCATION"


@pytest.mark.parametrize(
    "text",
    ["L'enlèvement des deux ingénieurs a été revendiqué par Kalbo Haram.",
     "Des hommes armés se réclamant de Kalbo Haram ont attaqué le marché."],
)
def test_who_claims_an_attack_is_no_place(run_fr, text):
    assert run_fr(text).type_of("Kalbo Haram") == "ORGANIZATION"
