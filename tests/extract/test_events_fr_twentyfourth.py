"""French events, twenty-fourth round (frevt28, issue #11): a fight told after a chase, "ravisseurs" is no trigger."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_LEAD = ("KALO, 5 mars 2024 - Douze bergers ont été enlevés lundi près de Kalo par des hommes armés de la bande de "
         "Sani Kore, selon des sources locales. ")


def test_a_fight_after_a_chase_is_between_the_pursuers_and_the_men_chased(run_fr):
    """ "X a lancé une poursuite. Un accrochage a eu lieu": the force giving chase and the band of the abduction
    told before fought, though the fight's sentence names neither."""
    found = run_fr(_LEAD + "La Garde nationale du Niger a lancé une poursuite en direction de la frontière. "
                   "Un accrochage a eu lieu mardi près de Tiba, faisant trois morts.")
    assert {("Garde nationale du Niger", "agent"), ("bande de Sani Kore", "agent")} in events_of(found, "ARMED_CLASH")


def test_a_fight_after_a_force_that_gives_no_chase_names_no_side(run_fr):
    """The force named in the sentence before is no side of the fight unless that sentence tells of a chase."""
    found = run_fr(_LEAD + "La Garde nationale du Niger a publié un communiqué sur la situation. "
                   "Un accrochage a eu lieu mardi près de Tiba, faisant trois morts.")
    assert not [ev for ev in events_of(found, "ARMED_CLASH") if ("Garde nationale du Niger", "agent") in ev]


def test_the_kidnappers_are_no_abduction_of_their_own(run_fr):
    """ "les ravisseurs" names the men of an abduction told elsewhere, not another abduction (here one by those who
    chase them)."""
    found = run_fr(_LEAD + "\n\nLa Garde nationale a pris en chasse les ravisseurs mardi.")
    assert not [ev for ev in found.extraction.events if ev.trigger.lower().startswith("ravisseur")]
    assert events_of(found, "ABDUCTION") == [{("bande de Sani Kore", "agent")}]
