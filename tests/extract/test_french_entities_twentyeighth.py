"""French places (frent34, #11): a natural feature named after a country or a town is not that place, while an
administrative unit still answers to its town's name. Hand-written sentences, invented events."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, feature, place",
    [("Le Tchad a fermé sa frontière. Des combattants ont attaqué des pêcheurs sur le lac Tchad en mai.",
      "lac Tchad", "Tchad"),
     ("Des miliciens ont incendié deux villages du plateau de Bandiagara. Le préfet est rentré à Bandiagara.",
      "plateau de Bandiagara", "Bandiagara"),
     ("Le poste de Pama a été visé jeudi. Les assaillants se cachent dans la réserve de Pama depuis mars.",
      "réserve de Pama", "Pama")],
)
def test_a_feature_named_after_a_country_or_town_is_another_place(run_fr, text, feature, place):
    found = run_fr(text)
    assert found.type_of(feature) == "LOCATION"
    assert found.type_of(place) == "LOCATION"
    assert not found.same(feature, place)


def test_an_administrative_unit_still_answers_to_its_town(run_fr):
    found = run_fr("L'armée est entrée à Gao mardi. La région de Gao reste instable, selon le gouverneur.")
    assert found.same("région de Gao", "Gao")


def test_a_feature_the_gazetteer_does_not_know_keeps_its_bare_name(run_fr):
    found = run_fr("Les combattants ont fui vers la forêt de Sambisa. À Sambisa, l'armée a lancé une offensive.")
    assert found.same("forêt de Sambisa", "Sambisa")


@pytest.mark.parametrize(
    "text, person",
    [("Selon le maire de Kouka, Alkassoum Tiendré, les assaillants sont repartis vers le nord.", "Alkassoum Tiendré"),
     ("Après l'intervention d'un imam de Koundé, El-Hadj Tahirou Sambé, les otages ont été relâchés.",
      "El-Hadj Tahirou Sambé"),
     ("Selon l'imam de Bourzanga, Moumouni Kindo, les assaillants étaient une trentaine.", "Moumouni Kindo"),
     ("Le préfet a reçu Chaibou Tangara jeudi.", "Chaibou Tangara")],
)
def test_a_west_african_given_name_opens_a_person(run_fr, text, person):
    """A given name of the French list (lexicons/fr/given_names.txt) is evidence of a person, where a name of two
    unknown words was otherwise often read as a place."""
    assert run_fr(text).type_of(person) == "PERSON"
