"""French events, thirtieth round (frcarry36, issue #11): a passive killing that names no killer ("quatre gendarmes
ont été tués"), told in the sentence after an attack or a fight, is done by that event's agents, as in English
("Four civilians were killed" after "The army bombed the camp"); never when a "par" names the killer."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_a_passive_killing_after_an_attack_is_the_attackers(run_fr):
    """ "Le FDT a attaqué le poste de Kolbo. Quatre gendarmes ont été tués.": the attackers killed them."""
    found = run_fr(_TALO + "Le 3 mai 2021, le FDT a attaqué le poste de gendarmerie de Kolbo. Quatre gendarmes ont "
                   "été tués.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "KILLING"))


def test_a_passive_killing_with_a_par_keeps_its_own_killer(run_fr):
    """Guard: "ont été tués par l'armée" names its killer; the attackers of the sentence before are not it."""
    found = run_fr(_TALO + "Le 3 mai 2021, le FDT a attaqué le poste de gendarmerie de Kolbo. Quatre assaillants ont "
                   "été tués par l'armée malienne.")
    assert not any(("Front de Talo", "agent") in parts for parts in events_of(found, "KILLING"))
