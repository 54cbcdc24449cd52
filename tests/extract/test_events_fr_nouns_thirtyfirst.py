"""French events, thirty-first round (frnoun37, issue #11): a singular definite attack or abduction noun with no actor
and no complement of its own ("tué lors de l'enlèvement", "L'assaut a fait six morts") tells the event of its type in
the sentence before again: it takes that event's agents and is folded into it, rather than kept as an event of its own
with only what its sentence hangs on it."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_an_abduction_noun_told_again_is_folded_into_the_abduction(run_fr):
    """ "Des combattants du FDT ont enlevé le maire. Son garde du corps a été tué lors de l'enlèvement.": one
    abduction, the FDT's (before: a second abduction, with the mayor as patient and nobody who took him)."""
    found = run_fr(_TALO + "Le 25 mars 2021, des combattants du FDT ont enlevé le maire de Kolbo, Moussa Kali, près de "
                   "Wamba. Son garde du corps a été tué lors de l'enlèvement.")
    abductions = events_of(found, "ABDUCTION")
    assert len(abductions) == 1
    assert ("Front de Talo", "agent") in abductions[0]


def test_an_attack_noun_with_a_date_and_a_target_of_its_own_is_another_attack(run_fr):
    """Guard: "L'attaque de 2019 contre le poste de Wamba" after the FDT's attack of 2021 is another attack, kept."""
    found = run_fr(_TALO + "Le 25 mars 2021, le FDT a attaqué le camp militaire de Kolbo. L'attaque de 2019 contre le "
                   "poste de Wamba avait fait dix morts.")
    attacks = [ev for ev in found.extraction.events if ev.type == "ATTACK"]
    assert len(attacks) == 2
    assert {ev.date for ev in attacks} == {"2021-03-25", "2019"}

