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
