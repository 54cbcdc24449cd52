"""French entities (frent38, #11): a building or a pass named with its noun ("la prison de X", "l'ambassade de
France", "la passe de X") is one place, the noun inside the name; "passe" as a verb opens no place; "X, la
brigade / l'organe / une structure / une opération ..." makes X an organisation.
Hand-written sentences, invented names."""

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


@pytest.mark.parametrize(
    "text, name",
    [("Le chef a été vu dans une vidéo diffusée par Tazalit, l'organe de communication du front, jeudi.", "Tazalit"),
     ("Il dirigeait la Kalmara, la brigade des mœurs mise en place par les insurgés à Gao.", "Kalmara"),
     ("Le commandement repose sur Dar Assalam, une structure de coordination des katibas.", "Dar Assalam")],
)
def test_an_organ_or_a_brigade_in_apposition_makes_an_organisation(run_fr, text, name):
    assert run_fr(text).type_of(name) == "ORGANIZATION"
