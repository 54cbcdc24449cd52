"""French entities (frent39, #11): a unit named after its area ("la katiba X") and the area named with its noun
("le cercle de X", "la vallée de X") are two entities, though both answer to the bare name; one unknown word after
"la", not all in capitals, that the tagger calls a place is an organisation ("le départ de la Minusma", "selon la
Cédéao") unless a place noun, a preposition of place or a list's "et" stands before "la".
Hand-written sentences, invented names."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, unit, area",
    [("Des éléments de la katiba Kalbora ont attaqué trois villages du cercle de Kalbora en avril.",
      "katiba Kalbora", "cercle de Kalbora"),
     ("La katiba Tin-Zaraf opère depuis 2019 dans la vallée de Tin-Zaraf, au nord de la ville.",
      "katiba Tin-Zaraf", "vallée de Tin-Zaraf")],
)
def test_a_unit_and_its_area_stay_apart(run_fr, text, unit, area):
    found = run_fr(text)
    assert found.type_of(unit) == "ORGANIZATION"
    assert found.type_of(area) == "LOCATION"
    assert not found.same(unit, area)


def test_a_bare_mention_still_joins_the_unit(run_fr):
    found = run_fr("La milice Dan Kelem a attaqué un poste samedi. Dan Kelem a revendiqué l'attaque.")
    assert found.same("milice Dan Kelem", "Dan Kelem")


@pytest.mark.parametrize(
    "text, name",
    [("Après le départ de la Mirasol, les camps ont été repris par les rebelles.", "Mirasol"),
     ("Selon la Misnaga, plusieurs assaillants ont été tués lors de l'attaque.", "Misnaga")],
)
def test_a_word_after_la_is_an_organisation(run_fr, text, name):
    assert run_fr(text).type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, name",
    [("Les éleveurs circulent entre la Toumbari et les marchés du sud.", "Toumbari"),
     ("Les hommes se cachent dans les forêts de la Toumbari depuis des mois.", "Toumbari")],
)
def test_a_place_after_la_stays_a_place(run_fr, text, name):
    assert run_fr(text).type_of(name) in ("LOCATION", None)


def test_russia_under_its_two_french_names_is_one_country(run_fr):
    found = run_fr("Le représentant de la Fédération de Russie a rejeté ces accusations. La Russie dément tout rôle.")
    assert found.type_of("Russie") == "LOCATION"
    assert found.same("Fédération de Russie", "Russie")
