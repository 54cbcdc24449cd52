"""French events, fortieth round (frref): a bare "la katiba", "la brigade" among several groups named with that word
is the one the report names most, not the one named last in passing (read on the French train split's "same type,
other participants" cases, benchmarks/event_errors.py)."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TWO_KATIBAS = ("La katiba Ahl al-Wadi est dirigée par Amadou Kone. Fondée en 2019, la katiba Ahl al-Wadi est l'un des "
                "relais du groupe dans la région, en lien avec la katiba Nour voisine. ")


def test_the_katiba_is_the_report_s_katiba(run_fr):
    """ "... en lien avec la katiba Nour voisine. En février, la katiba avait enlevé ...": the report's katiba."""
    found = run_fr(_TWO_KATIBAS + "En février 2023, la katiba avait enlevé quatre agents de santé à Kolbo.")
    assert any(("katiba Ahl al-Wadi", "agent") in parts for parts in events_of(found, "ABDUCTION"))
    assert not any(("katiba Nour", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_katiba_with_its_own_words_is_not_rechosen(run_fr):
    """Guard: "la katiba voisine" (an adjective of its own) keeps the nearest katiba named."""
    found = run_fr(_TWO_KATIBAS + "En février 2023, la katiba voisine avait enlevé quatre agents de santé à Kolbo.")
    assert not any(("katiba Ahl al-Wadi", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_the_group_is_not_a_name_holding_the_word(run_fr):
    """ "... une cellule du Groupe de soutien à l'islam et aux musulmans. Le groupe a enlevé ...": a bare "le groupe"
    is the group the text is about, not the last name that holds "groupe"."""
    found = run_fr("Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. En janvier 2023, le FDT a "
                   "absorbé une cellule du Groupe de soutien à l'islam et aux musulmans. Le 3 février 2025, le groupe "
                   "a enlevé deux enseignants près de Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))
    assert not any(("Groupe de soutien à l'islam et aux musulmans", "agent") in parts
                   for parts in events_of(found, "ABDUCTION"))


def test_elle_reaches_past_a_sentence_naming_nobody(run_fr):
    """ "La JTW a enlevé ... Vingt-deux d'entre eux ont été libérés ... Le 19 août 2024, elle a attaqué ...": the
    feminine subject continues the group named two sentences before, not the person the report names most."""
    found = run_fr("La Jama'at Tawhid al-Wadi (JTW) est dirigée par Amadou Kone. En 2022, Amadou Kone l'a installée "
                   "dans la forêt de Kolbo. La JTW a enlevé 31 passagers d'autocar sur la route de Kolbo le 7 avril "
                   "2023. Vingt-deux d'entre eux ont été libérés six semaines plus tard. Le 19 août 2024, elle a "
                   "attaqué une base militaire à Talo, tuant neuf soldats.")
    assert any(("Jama'at Tawhid al-Wadi", "agent") in parts for parts in events_of(found, "ATTACK"))
    assert not any(("Amadou Kone", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_the_death_of_the_latter(run_fr):
    """ "Après la mort de celui-ci en garde à vue, en juillet 2009, ...": the latter is the person named last, the
    killing's victim."""
    found = run_fr("Le Front de Talo (FDT) a été fondé en 2002 par Amadou Kone. Amadou Kone est arrêté par la police "
                   "en juillet 2009. Après la mort de celui-ci en garde à vue, en juillet 2009, le groupe passe sous "
                   "la direction de Moussa Diallo.")
    assert any(("Amadou Kone", "patient") in parts for parts in events_of(found, "KILLING"))


def test_a_group_tied_to_a_name_is_not_that_name(run_fr):
    """ "Le groupe lié à al-Qaïda a revendiqué l'assaut": the parser hangs "al-Qaïda" on "groupe"; the group tied to
    al-Qaïda is not al-Qaïda."""
    found = run_fr("Le Front de Talo (FDT) a attaqué un poste de l'armée à Kolbo le 11 mai 2025. Le groupe lié à "
                   "al-Qaïda a revendiqué l'assaut le jour même, affirmant avoir tué plus de cent militaires.")
    claimed = events_of(found, "KILLING") + events_of(found, "ATTACK")
    assert not any(("al-Qaïda", "agent") in parts for parts in claimed)
