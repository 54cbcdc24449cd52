"""French aliases across languages (fralias34, #11): a group's French name and its English or Arabic name or
acronym, written apart in one document, are one entity through the resolver's translation tables; two groups
whose translated names differ stay apart. Hand-written sentences, invented groups."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, long, acronym",
    [("Le Groupe de soutien aux musulmans du Kanem (GSMK) a revendiqué l'embuscade. Selon des chercheurs, "
      "le JNMK recrute surtout parmi les pêcheurs des îles.", "Groupe de soutien aux musulmans du Kanem", "JNMK"),
     ("L'État islamique au Liptako a attaqué le poste en mars. Plusieurs chefs de l'ISL ont été tués en mai.",
      "État islamique au Liptako", "ISL")],
)
def test_the_acronym_of_a_translated_name_joins_it(run_fr, text, long, acronym):
    found = run_fr(text)
    assert found.same(long, acronym)


def test_a_long_name_in_english_joins_its_french_form(run_fr):
    found = run_fr("L'État islamique au Liptako a attaqué le poste en mars. Un rapport cite l'Islamic State in "
                   "Liptako comme auteur de l'embuscade.")
    assert found.same("État islamique au Liptako", "Islamic State in Liptako")


def test_two_groups_with_other_translated_names_stay_apart(run_fr):
    found = run_fr("Le Front de libération du Ouaddaï a attaqué Adré. Le Ouaddai Salvation Front a démenti toute "
                   "participation, selon un communiqué.")
    assert found.by_name("Front de libération du Ouaddaï") is not None
    assert found.by_name("Ouaddai Salvation Front") is not None
    assert not found.same("Front de libération du Ouaddaï", "Ouaddai Salvation Front")


def test_an_acronym_that_spells_a_name_of_the_text_joins_no_translation(run_fr):
    """MAA spells "Mouvement des Arabes de l'Adrar" in its own words; the translated words of "Forces armées
    maliennes" spell it too, reordered (Malian, Armed, Army), and must not take it."""
    found = run_fr("Le Mouvement des Arabes de l'Adrar (MAA) a signé l'accord. Les Forces armées maliennes ont "
                   "repris Tarkint en mai. Le MAA a dénoncé les frappes.")
    assert found.by_name("Forces armées maliennes") is not None
    assert found.same("Mouvement des Arabes de l'Adrar", "MAA")
    assert not found.same("Forces armées maliennes", "MAA")
