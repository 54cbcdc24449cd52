"""Thirty-second round (xdoc38): the French and English forms of one organisation's name meet through the
generic words of `data/resolve/org_words.tsv` (conjointe = joint, commandement = command, cour = court,
hommes libres = free men, autodéfense = self-defence, alliés = allies, renseignement = intelligence...).
The group names here are invented."""

from __future__ import annotations

import pytest

from reportgraph.resolve.orgs import compare_org_names


@pytest.mark.parametrize(("a", "b"), [
    ("Force conjointe du Varun", "Varun Joint Force"),
    ("Commandement des opérations spéciales", "Special Operations Command"),
    ("Cour pénale du Sarvak", "Sarvak Criminal Court"),
    ("Front des hommes libres du Varun", "Front of the Free Men of Varun"),
    ("Groupe d'autodéfense Sarvak et alliés", "Sarvak Self-Defence Group and Allies"),
    ("Agence nationale de renseignement", "National Intelligence Agency"),
    ("Mouvement des jeunes du Sarvak", "Sarvak Youth Movement"),
    ("Brigade des femmes du Varun", "Varun Women's Brigade"),
    ("Ministère des affaires étrangères", "Ministry of Foreign Affairs"),
    ("Commission des droits de l'homme du Varun", "Varun Human Rights Commission"),
])
def test_a_french_name_and_its_english_form_are_one_name(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind in ("exact", "full") and m.score >= 3.0


@pytest.mark.parametrize(("a", "b"), [
    ("Cour suprême du Varun", "Cour pénale du Varun"),  # two courts
    ("Force conjointe du Varun", "Sarvak Joint Force"),  # two forces
    ("Front des hommes libres du Varun", "Varun Liberation Front"),
    ("Groupe d'autodéfense Sarvak", "Varun Self-Defence Group"),  # two militias
    ("Agence nationale de renseignement", "National Security Agency"),
])
def test_what_the_translations_do_not_join(a: str, b: str) -> None:
    assert compare_org_names(a, b).score <= 0.5


@pytest.mark.parametrize(("acronym", "name"), [
    ("ICC", "Cour pénale internationale"),
    ("VSDGA", "Groupe d'autodéfense du Varun et de ses alliés"),
])
def test_the_equivalents_spell_a_translated_acronym(acronym: str, name: str) -> None:
    assert "acronym-translated" in compare_org_names(acronym, name).kind
