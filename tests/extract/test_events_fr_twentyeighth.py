"""French events, twenty-eighth round (frevt34, issue #11): deeds a verb of repetition multiplies are a habit, not an
event; an event noun that only dates the clause ("Après la scission de 2016, X ...") takes no actor from it; a name
or the hand taken back ("a repris l'ancien nom", "la reprise en main") is no retaking; a deed a word of accusation
charges someone with ("accusent la milice d'exécutions sommaires") is no event."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def _facts(found, etype: str) -> list:  # type: ignore[no-untyped-def]
    return [ev for ev in found.extraction.events if ev.type == etype and ev.modality != "negated"]


def test_attacks_multiplied_are_a_habit(run_fr):
    """ "X a multiplié les attaques contre l'armée": no one attack told."""
    found = run_fr("Dans la région de Tahoua, le Front de Talo a multiplié les attaques contre l'armée nigérienne.")
    assert not _facts(found, "ATTACK")


def test_abductions_stepped_up_are_a_habit(run_fr):
    """ "X intensifie les enlèvements contre rançon": a campaign, no one abduction."""
    found = run_fr("Depuis le début de l'année, la bande de Moussa Kaliba intensifie les enlèvements contre rançon "
                   "autour de Talo.")
    assert not _facts(found, "ABDUCTION")


def test_one_attack_is_still_an_attack(run_fr):
    """Guard: "X a attaqué un poste de l'armée": one attack, told."""
    found = run_fr("Le 3 mars 2021, le Front de Talo a attaqué un poste de l'armée nigérienne près de Wamba.")
    assert _facts(found, "ATTACK")


def test_a_split_that_dates_the_clause_has_no_actor_from_it(run_fr):
    """ "Après la scission de 2016, X rejoint Y": X is no side of the split."""
    found = run_fr("Après la scission de 2016, Oumarou Diallo rejoint le Front de Talo et devient le responsable "
                   "du secteur de Wamba.")
    for parts in events_of(found, "RENAMING"):
        assert ("Oumarou Diallo", "agent") not in parts and ("Oumarou Diallo", "other") not in parts


def test_a_name_taken_back_is_no_attack(run_fr):
    """ "X a repris l'ancien nom du groupe, Y": a name taken back, nothing retaken."""
    found = run_fr("En 2019, le Front de libération de Talo a repris l'ancien nom du groupe, Mouvement islamique de "
                   "Wamba.")
    assert not _facts(found, "ATTACK")


def test_a_town_taken_back_is_still_an_attack(run_fr):
    """Guard: "l'armée a repris Wamba": a town retaken is an attack."""
    found = run_fr("En mars 2021, l'armée nigérienne a repris Wamba au Front de Talo.")
    assert _facts(found, "ATTACK")


def test_killings_a_militia_is_accused_of_are_a_charge(run_fr):
    """ "Des ONG accusent la milice d'exécutions sommaires de civils": a charge, no killing told."""
    found = run_fr("Des rapports d'ONG accusent la milice de Talo d'exécutions sommaires de civils peuls.")
    assert not _facts(found, "KILLING")


def test_reprisals_a_group_is_accused_of_are_a_charge(run_fr):
    """ "X est accusée par des organisations de mener des représailles contre les civils": a charge."""
    found = run_fr("Très vite, la milice de Talo est accusée par des organisations peules de mener des représailles "
                   "contre les civils peuls.")
    assert not _facts(found, "ATTACK")


def test_killings_told_as_done_are_still_killings(run_fr):
    """Guard: "X a procédé à des exécutions sommaires de civils en mars 2021": told as done."""
    found = run_fr("La milice du Front de Talo a procédé à des exécutions sommaires de civils peuls en mars 2021.")
    assert _facts(found, "KILLING")
