"""French events, twenty-fifth round (frstate30, issue #11): the report's group is an armed one; French state forces
are state forces."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_a_news_agency_named_most_is_not_the_report_s_group(run_fr):
    """Hostages taken by nobody named go to the armed band of the report, not to the agency quoted most."""
    found = run_fr("TALO, 4 avril 2024 (Agence Sahel Presse) - La bande de Moussa Kaliba a attaqué le marché de "
                   "Talo lundi, selon l'Agence Sahel Presse. L'Agence Sahel Presse cite des témoins. "
                   "Quatre commerçants ont été enlevés mardi près de Talo, a ajouté l'Agence Sahel Presse.")
    abductions = events_of(found, "ABDUCTION")
    assert abductions and all(("Agence Sahel Presse", "agent") not in ev for ev in abductions)


def test_a_french_state_force_named_most_is_not_the_report_s_group(run_fr):
    """ "la Garde nationale": a state's force, so people taken by nobody named were not taken by it."""
    found = run_fr("TALO, 4 avril 2024 - La Garde nationale du Niger a renforcé ses positions à Talo. La bande de "
                   "Moussa Kaliba a attaqué le marché de Talo lundi. La Garde nationale du Niger a patrouillé "
                   "dans la zone. Quatre commerçants ont été enlevés mardi près de Talo.")
    abductions = events_of(found, "ABDUCTION")
    assert abductions and all(("Garde nationale du Niger", "agent") not in ev for ev in abductions)


def test_people_held_by_a_group_s_cell_are_held_by_the_group(run_fr):
    """ "détenues par une cellule de X": a group's cell is the group (``member_nouns``), not the state's force the
    report names most."""
    found = run_fr("TALO, 4 avril 2024 - L'armée nigérienne a patrouillé près de Talo. L'armée nigérienne a "
                   "renforcé ses positions. Une médiatrice a obtenu la libération de trois adolescentes détenues "
                   "par une cellule de la bande de Moussa Kaliba près de Talo.")
    assert any(("bande de Moussa Kaliba", "agent") in ev for ev in events_of(found, "ARREST"))
