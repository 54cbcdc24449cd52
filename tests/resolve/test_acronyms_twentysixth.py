"""An acronym built from the long name's syllables (twenty-sixth round, branch acro31): each content word
lends its first letters or none, the first and last words always ("MINUSMA", "AMISOM"), matched across
documents as the within-document link already matched it. The names here are invented."""

from __future__ import annotations

import pytest

from reportgraph.resolve.orgs import compare_org_names


@pytest.mark.parametrize(("acr", "long"), [
    # a word passed over (multidimensionnelle) and the last word lending two letters (TA of Tarvenie)
    ("MINUSTA", "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Tarvenie"),
    # English: a word passed over (Union) and two words lending two and three letters
    ("AMIKOR", "African Union Mission in Korvanda"),
    ("COPRODEL", "Conseil provisoire démocratique de Lormé"),
])
def test_a_syllable_acronym_spells_its_long_name(acr: str, long: str) -> None:
    m = compare_org_names(acr, long)
    assert m.kind == "acronym-syllabic" and m.score > 0


@pytest.mark.parametrize(("acr", "long"), [
    ("MINUSTA", "Mission de soutien au Tarvenie"),  # two content words lend too few letters: no match
    ("AMIKOR", "African Union Mission in Korvanda Province"),  # the last word lends nothing
    ("MIKOR", "Mission Korvanda"),  # two content words: too easily spelt by chance
    ("IFPR", "Islamic Front Korvanda Province"),  # four letters: too easily spelt by chance
    ("KORAMI", "African Union Mission in Korvanda"),  # the first word lends nothing
    ("AFUNMIKO", "African Union Mission for the Stabilisation of the Korvanda Coast"),  # too many words passed over
    ("AMIKOR", "African Union Transition Mission in Korvanda"),  # two words passed over: its successor's name
])
def test_what_a_syllable_acronym_does_not_spell(acr: str, long: str) -> None:
    assert compare_org_names(acr, long).score <= 0

