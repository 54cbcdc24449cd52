"""French entities (frent38, #11): a building or a pass named with its noun ("la prison de X", "l'ambassade de
France", "la passe de X") is one place, the noun inside the name, the place alone another name of it; "passe" as
a verb opens no place. Hand-written sentences, invented places."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, name",
    [("Des hommes armés ont attaqué la prison de Kalbori dans la nuit de lundi à mardi.", "prison de Kalbori"),
     ("Les convois de carburant franchissent la passe de Tiguiret avant l'aube.", "passe de Tiguiret"),
     ("Un commando a ouvert le feu devant l'ambassade de France à Niamey samedi.", "ambassade de France")],
)
def test_a_building_keeps_its_noun(run_fr, text, name):
    found = run_fr(text)
    assert found.type_of(name) == "LOCATION"


def test_a_verb_passe_opens_no_place(run_fr):
    found = run_fr("Le contrôle de la route passe de Kalbori à Tiguiret en une semaine.")
    assert not any(n.lower().startswith("passe") for n in found.names())
