"""French events, thirty-seventh round (frevent): a present-tense verb the tagger reads as a modifier of the subject
before it ("l'armée malienne tue X": "tue" tagged X or hung as an adjective on "armée", after the subject's own
adjective) is read as the verb; and the name after such a verb, which the parser hangs on the subject as an
apposition, is the verb's object, not a second subject. Read on the French train split's "nothing in the sentence"
cases (benchmarks/event_errors.py)."""

from __future__ import annotations

import pytest

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize("text", [
    "En mai 2023, l'armée malienne tue Amadou Kone près de Kolbo.",
    "- Le mois suivant : l'armée nigérienne tue Amadou Kone lors d'un raid près de Kolbo.",
])
def test_an_army_with_its_adjective_kills_the_name_after_the_verb(run_fr, text):
    """ "l'armée malienne tue X": the army kills, X is killed (not a second killer)."""
    found = run_fr(text)
    killings = events_of(found, "KILLING")
    assert any({(found.by_name("Amadou Kone").name, "patient")} <= parts and any(
        role == "agent" and name and name.startswith("armée") for name, role in parts) for parts in killings)


def test_a_name_after_a_homograph_is_no_subject(run_fr):
    """Guard: the founding by a subject keeps the founder; the group after the verb is the patient only."""
    found = run_fr("- 2016 : Amadou Kone fonde le Front de Talo.")
    parts = events_of(found, "FOUNDING")
    assert any(("Amadou Kone", "agent") in p for p in parts)
    assert not any(("Front de Talo", "agent") in p for p in parts)


_AMBUSH = ("NIAMEY, 5 juillet 2024 (AFP) - Mercredi, une patrouille de la gendarmerie est tombée dans une embuscade "
           "tendue par le Front de Talo près de Kolbo : deux gendarmes ont été tués.\n\n")


@pytest.mark.parametrize("opening", ["La veille de l'embuscade", "Au lendemain de l'embuscade"])
def test_the_eve_of_an_ambush_told_before_is_no_new_ambush(run_fr, opening):
    """ "La veille de l'embuscade, la Garde nationale avait interpellé ...": the ambush told before, named to date
    the clause; the Garde set no ambush, and no second one is told."""
    found = run_fr(_AMBUSH + opening + ", la Garde nationale avait interpellé trois jeunes hommes à Kolbo.")
    assert not any(("Garde nationale", "agent") in parts for parts in events_of(found, "ATTACK"))
    assert any(("Garde nationale", "agent") in parts for parts in events_of(found, "ARREST"))


@pytest.mark.parametrize("text", [
    "Dans la nuit du 3 au 4 mai 2022, les militaires de l'armée malienne ont accroché le Front de Talo près de Kolbo.",
    "Dans la nuit du 3 au 4 mai 2022, une patrouille de l'armée malienne accroche un convoi du Front de Talo près de "
    "Kolbo.",
])
def test_accrocher_is_a_clash(run_fr, text):
    """ "accrocher", the verb of "accrochage": a clash between the subject and its object."""
    found = run_fr(text)
    assert any({("armée malienne", "agent"), ("Front de Talo", "agent")} <= parts
               for parts in events_of(found, "ARMED_CLASH"))
