"""French events, forty-sixth round (frev46, issue #11): "quatre soldats nigériens sont tués" names the victims by a
demonym the army's name writes in another gender or number ("l'armée nigérienne"); the killing's patient is that
army (``References._demonym_forms``)."""

from __future__ import annotations

import pytest

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_NIGER = "Le Front de Talo (FDT) est actif au Niger. L'armée nigérienne patrouille près de Wamba. "


@pytest.mark.parametrize("told", [
    "Le 3 mai 2023, le FDT attaque un poste militaire à Kolbo ; quatre soldats nigériens sont tués.",
    "- 3 mai 2023 : attaque contre un poste de l'armée nigérienne à Kolbo ; six soldats nigériens tués.",
])
def test_soldiers_of_a_demonym_are_the_army_named_in_another_form(run_fr, told):
    """ "soldats nigériens" (masculine plural) -> "l'armée nigérienne" (feminine singular): the army is the victim."""
    parts = events_of(run_fr(_NIGER + told), "KILLING")
    assert any(("armée nigérienne", "patient") in p for p in parts), parts


def test_a_demonym_inside_another_is_no_match(run_fr):
    """ "soldats maliens" are not "l'armée nationale somalienne" ("malienne" inside "somalienne"): whole words only."""
    text = ("Le Front de Talo (FDT) est actif en Somalie. L'Armée nationale somalienne patrouille près de Wamba. "
            "Le 3 mai 2023, le FDT attaque un poste à Kolbo ; quatre soldats maliens sont tués.")
    parts = events_of(run_fr(text), "KILLING")
    assert not any(("Armée nationale somalienne", "patient") in p for p in parts), parts


@pytest.mark.parametrize("text", [
    "La katiba Nour est active près de Wamba. Touareg de Kolbo, Issa Kombari a combattu auparavant dans les rangs du "
    "Front de Talo.",
    "La katiba Nour est active près de Wamba. En 2013, Issa Kombari gagne les maquis, où il combat dans les rangs du "
    "Front de Talo.",
])
def test_fighting_in_a_groups_ranks_is_no_clash(run_fr, text):
    """ "il a combattu dans les rangs de X": one of X's men, no armed clash (``events_fr.in_the_ranks_fr``)."""
    assert not events_of(run_fr(text), "ARMED_CLASH")


def test_fighting_an_enemy_is_still_a_clash(run_fr):
    """ "X a combattu l'armée": the enemy named, a clash."""
    text = "Le Front de Talo (FDT) est actif au Niger. En 2015, le FDT a combattu l'armée nigérienne près de Wamba."
    parts = events_of(run_fr(text), "ARMED_CLASH")
    assert any(("Front de Talo", "agent") in p for p in parts), parts


def test_no_part_in_a_deed_is_a_denial(run_fr):
    """ "Le FDT n'a joué aucun rôle dans l'embuscade": the FDT is no agent of it (``events_fr.disowned_deed_fr``)."""
    text = ("Le Front de Talo (FDT) est actif au Niger. Le FDT n'a joué aucun rôle dans l'embuscade de Wamba, selon "
            "l'enquête américaine.")
    parts = events_of(run_fr(text), "ATTACK")
    assert not any(("Front de Talo", "agent") in p for p in parts), parts


def test_counted_soldiers_are_the_force_the_sentence_before_names(run_fr):
    """ "... une base de l'armée tchadienne. Douze soldats ont été tués.": the counted men are that army's."""
    text = ("Le Front de Talo (FDT) est actif au Tchad. Le 3 mai 2020, le FDT a attaqué une base de l'armée tchadienne "
            "à Kolbo. Douze soldats ont été tués.")
    parts = events_of(run_fr(text), "KILLING")
    assert any(("armée tchadienne", "patient") in p for p in parts), parts


def test_counted_soldiers_take_no_force_named_paragraphs_before(run_fr):
    """A force named only far back (another paragraph, three sentences before) is not the counted men's."""
    text = ("L'armée tchadienne patrouille à Wamba. Le Front de Talo (FDT) est actif au Tchad. Issa Kombari dirige le "
            "FDT depuis 2015. Il vit à Bol.\n\nLe 3 mai 2020, le FDT a attaqué Kolbo. Le chef du village raconte la "
            "nuit. Douze soldats ont été tués.")
    parts = events_of(run_fr(text), "KILLING")
    assert not any(("armée tchadienne", "patient") in p for p in parts), parts
