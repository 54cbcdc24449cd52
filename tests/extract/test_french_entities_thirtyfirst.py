"""French entities (frent37, #11): a verb of telling the tagger reads as an adjective ends an organisation's
name ("l'Etat islamique revendique"); a count written out at a sentence's start ("Trente-cinq habitants") is no
person; "francs CFA" names no organisation. Hand-written sentences, invented actors."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, name",
    [("Attaque de Koro : l'Etat islamique revendique, le bilan s'alourdit", "Etat islamique"),
     ("Raid de Dori : le Front de libération revendique, l'armée dément", "Front de libération")],
)
def test_a_verb_of_telling_ends_an_organisation_name(run_fr, text, name):
    found = run_fr(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert not any(n.endswith("revendique") for n in found.names())


@pytest.mark.parametrize(
    "text, count",
    [("BAMAKO, 3 mars 2021 - Trente-cinq habitants du village de Sokoura ont été enlevés.", "Trente-cinq"),
     ("GAO, 4 mai 2022 - Dix-sept personnes ont été tuées par des hommes armés.", "Dix-sept")],
)
def test_a_count_opening_a_sentence_is_no_name(run_fr, text, count):
    assert count not in run_fr(text).names()


def test_a_name_spelt_like_a_count_word_stays_a_name(run_fr):
    found = run_fr("Le commandant Abdoulaye Sept a été arrêté à Mopti la semaine dernière.")
    assert found.type_of("Mopti") == "LOCATION"
    assert any("Sept" in n for n in found.names())


@pytest.mark.parametrize(
    "text",
    ["Les ravisseurs ont réclamé une rançon de trente millions de francs CFA, a confié un proche des otages.",
     "Les bandits exigent 20 millions de francs CFA pour chaque otage enlevé."],
)
def test_the_cfa_franc_is_no_organisation(run_fr, text):
    assert "CFA" not in run_fr(text).names()
