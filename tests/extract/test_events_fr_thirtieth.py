"""French events, thirtieth round (frevt36, issue #11): a participle the parser coordinates with the object of the
gerund before it ("tuant quatorze habitants et enlevant six jeunes hommes") has that gerund's subject; a killing noun
whose victims are counted people ("l'exécution publique de trois commerçants") stands with its agent alone, as a
passive verb's counted subject does; a capitalised participle opening its sentence, which the tagger reads as a noun
("Nommé inspecteur général en 2020, il ..."), describes the clause's subject as a lower-case one does; a person who
becomes a post is appointed to it; "X s'est rendu aux autorités" is a surrender (X handed over), "à Gao" a going."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_a_gerund_coordinated_with_an_object_keeps_the_subject(run_fr):
    """ "des hommes armés ont attaqué X, tuant quatorze habitants et enlevant six jeunes hommes": the parser hangs
    "enlevant" on "habitants"; the abduction is the attackers' (the report's group) as the killing is."""
    found = run_fr(_TALO + "En mars 2021, des hommes armés ont attaqué le village de Kolbo, tuant quatorze habitants "
                   "et enlevant six jeunes hommes.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_killing_noun_with_counted_victims_stands(run_fr):
    """ "a procédé à l'exécution publique de trois commerçants": victims counted, not named, are victims."""
    found = run_fr(_TALO + "En janvier 2024, le FDT a procédé à l'exécution publique de trois commerçants à Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "KILLING"))


def test_a_claimed_killing_noun_with_counted_victims_stands(run_fr):
    """ "le FDT a revendiqué l'assassinat de deux élus locaux": the claimant killed them."""
    found = run_fr(_TALO + "En janvier 2024, le FDT a revendiqué l'assassinat de deux élus locaux.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "KILLING"))


def test_executed_acts_are_still_no_killing(run_fr):
    """Guard: "l'exécution de trois opérations" carries out things; nobody is killed."""
    found = run_fr(_TALO + "En janvier 2024, le FDT a confié l'exécution de trois opérations à ses hommes.")
    assert not events_of(found, "KILLING")


def test_a_capitalised_opening_participle_describes_the_subject(run_fr):
    """ "Nommé inspecteur général des armées en 2020, il conserve ...": he was appointed (the tagger reads
    "Nommé" as a noun)."""
    found = run_fr("Moussa Diarra est un ancien officier de l'armée malienne. Nommé inspecteur général des armées en "
                   "2020, il conserve une influence considérable à Gao.")
    assert any(("Moussa Diarra", "agent") in parts for parts in events_of(found, "APPOINTMENT"))


def test_a_person_who_becomes_a_post_is_appointed(run_fr):
    """ "X devient secrétaire général du FDT": an appointment, the group its "other" (it was read as a renaming with
    no new name, and dropped)."""
    found = run_fr("Moussa Diarra est un ancien officier. " + _TALO + "En octobre 2011, Moussa Diarra devient "
                   "secrétaire général du FDT.")
    assert any({("Moussa Diarra", "agent"), ("Front de Talo", "other")} <= parts
               for parts in events_of(found, "APPOINTMENT"))


def test_one_of_the_commanders(run_fr):
    """ "il devient l'un des commandants de secteur du FDT": "l'un des" counts the post."""
    found = run_fr(_TALO + "Moussa Diarra est un ancien officier. En 2016, il devient l'un des commandants de secteur "
                   "du FDT.")
    assert any(("Moussa Diarra", "agent") in parts for parts in events_of(found, "APPOINTMENT"))


def test_a_group_that_becomes_another_is_renamed(run_fr):
    """Guard: "le FDT devient le Mouvement pour la paix de Wamba" is a renaming, no appointment."""
    found = run_fr(_TALO + "En 2016, le FDT devient le Mouvement pour la paix de Wamba.")
    assert events_of(found, "RENAMING")
    assert not events_of(found, "APPOINTMENT")


def test_a_hostage_is_no_post(run_fr):
    """Guard: "X devient otage du FDT": no post taken."""
    found = run_fr("Moussa Diarra est un ancien officier. En 2016, Moussa Diarra devient otage du Front de Talo.")
    assert not events_of(found, "APPOINTMENT")


def test_a_surrender_to_the_authorities_hands_over_its_subject(run_fr):
    """ "X s'est rendu aux autorités militaires": a surrender, X handed over (the patient), no agent of his own."""
    found = run_fr(_TALO + "En mars 2023, Moussa Diarra, un commandant du FDT, s'est rendu aux autorités militaires à "
                   "Gao.")
    assert any(("Moussa Diarra", "patient") in parts for parts in events_of(found, "TRANSFER"))
    assert not any(("Moussa Diarra", "agent") in parts for parts in events_of(found, "TRANSFER"))


def test_going_to_a_town_is_no_handover(run_fr):
    """Guard: "X s'est rendu à Gao pour une réunion": he went there; nobody handed anyone over."""
    found = run_fr(_TALO + "En mars 2023, Moussa Diarra s'est rendu à Gao pour une réunion.")
    assert not events_of(found, "TRANSFER")
