"""French aliases (frxdoc38, #11): a translated name in quotes, in brackets, right after a group's name and led
by its article ("X (« Les Éclaireurs »)", "Y (« les gardiens du fleuve » en bambara)") is the group's other
name. Hand-written sentences, invented groups."""

from __future__ import annotations

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_a_quoted_translation_in_brackets_is_an_alias(run_fr):
    found = run_fr("La katiba Al-Faraqa (« Les Éclaireurs »), dirigée par un ancien officier, a attaqué le poste "
                   "de Tabala en 2019.")
    assert found.same("Al-Faraqa", "Les Éclaireurs")


def test_a_lower_case_translation_with_its_language_is_an_alias(run_fr):
    found = run_fr("Le chef d'état-major de Dan Na Kobiri (« les gardiens du fleuve » en bambara) a été arrêté "
                   "à Mopti.")
    assert found.same("Dan Na Kobiri", "les gardiens du fleuve")


def test_a_translation_without_its_article_is_no_name(run_fr):
    found = run_fr("Les milices Wendkouni (« gardiens de la brousse » en mooré) patrouillent autour de Kaya.")
    assert "gardiens de la brousse" not in found.names()


def test_a_quotation_with_more_in_its_brackets_is_no_alias(run_fr):
    found = run_fr("Le groupe Al-Faraqa (« les Français partiront », selon son chef) a attaqué Tabala.")
    assert not found.same("Al-Faraqa", "les Français partiront")
