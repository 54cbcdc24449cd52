"""French events, thirty-third round (frevt39, issue #11): a line in square brackets saying what of a report is made
up or real ("[Scénario fictif - l'attaque de X, les accusés ... sont inventés ; ... sont réels]") is an editor's note
whose attack is nobody's deed, even where the parser cuts the note into several sentences; "dialogue" is no French
MEDIATION trigger (a dialogue accepted in principle, pleaded for or bet on is no talks held); a "contact" between two
sides is a MEDIATION only where its sentence names a go-between."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_RAID = "WAMBA, 4 mars 2022 - Le Front de Talo a attaqué le village de Wamba le 2 mars 2022, tuant six civils."


def _attacks_in(found, text: str, part: str) -> int:
    """How many ATTACK events of the extraction have their evidence in the part of the text ``part`` opens."""
    start = text.index(part)
    end = text.index("\n", start) if "\n" in text[start:] else len(text)
    return sum(1 for ev in found.extraction.events if ev.type == "ATTACK"
               and any(start <= s.start < end for s in ev.evidence))


def test_a_scenario_note_cut_by_the_parser_tells_no_attack(run_fr):
    """ "[Scénario fictif - l'attaque de Wamba, ...]": the parser leaves "- l'attaque de Wamba" a sentence of its own,
    which the one-sentence reading of notes missed; the note's attack is gone, the report's attack stays."""
    note = ("[Scénario fictif - l'attaque de Wamba, les accusés et le Front de Talo sont inventés ; l'armée malienne "
            "et la région de Mopti sont réels]")
    text = note + "\n\n" + _RAID
    found = run_fr(text)
    assert _attacks_in(found, text, "[Scénario") == 0
    assert _attacks_in(found, text, "WAMBA") == 1


def test_an_exercise_note_tells_no_attack(run_fr):
    """ "[Document d'exercice - communiqué fictif ; l'attaque, le lieu-dit de X ... sont inventés ; ...]": the parser
    reads "lieu-dit" as a verb and hangs "inventés" under it; the note is still one."""
    note = ("[Document d'exercice - communiqué fictif ; l'attaque, le lieu-dit de Wamba, les personnes et les chiffres "
            "sont inventés ; l'armée malienne et le Front de Talo sont réels]")
    text = note + "\n\n" + _RAID
    found = run_fr(text)
    assert _attacks_in(found, text, "[Document") == 0
    assert _attacks_in(found, text, "WAMBA") == 1


def test_a_bracketed_note_that_tells_facts_keeps_them(run_fr):
    """Guard: "[Note de l'analyste : le Front de Talo a attaqué ...]" says nothing made up: its attack stays."""
    text = "[Note de l'analyste : le Front de Talo a attaqué le village de Wamba le 2 mars 2022.]"
    found = run_fr(text)
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_a_dialogue_accepted_in_principle_is_no_mediation(run_fr):
    """ "X reproche à Y d'avoir accepté le principe d'un dialogue avec Z": no talks were held."""
    found = run_fr("Le Front de Talo reproche au GSIM d'avoir accepté le principe d'un dialogue avec le "
                   "gouvernement malien.")
    assert events_of(found, "MEDIATION") == []


def test_a_dialogue_bet_on_is_no_mediation(run_fr):
    """ "Le Togo mise sur le dialogue avec X": a policy, no talks."""
    found = run_fr("Le Togo mise davantage sur le développement et le dialogue avec le Front de Talo.")
    assert events_of(found, "MEDIATION") == []


def test_negotiations_held_are_still_a_mediation(run_fr):
    """Guard: "des négociations entre X et Y, sous l'égide de Z" stay a MEDIATION."""
    found = run_fr("En mars 2022, le gouvernement malien et le Front de Talo ont ouvert des négociations à Alger, "
                   "sous l'égide de l'Algérie.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MEDIATION"))


def test_contacts_kept_with_another_group_are_no_mediation(run_fr):
    """ "X aurait noué des contacts avec Y, selon un rapport": a tie between two groups, no talks."""
    found = run_fr("Le Front de Talo aurait noué des contacts avec le Groupe de soutien à l'islam et aux musulmans "
                   "(GSIM), selon un rapport confidentiel.")
    assert events_of(found, "MEDIATION") == []


def test_contacts_through_a_go_between_are_a_mediation(run_fr):
    """Guard: "des contacts avec X par l'intermédiaire de Z" are talks carried by Z: a MEDIATION."""
    found = run_fr("Le gouvernement malien a reconnu en 2021 des contacts avec le Front de Talo par l'intermédiaire "
                   "du Haut conseil islamique.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MEDIATION"))


def test_a_group_born_somewhere_with_no_date_is_no_founding(run_fr):
    """ "Né dans la région de Wamba, le Front de Talo a étendu ses attaques au Niger": where the group comes from."""
    found = run_fr("Né dans la région de Wamba, le Front de Talo a étendu ses attaques au Niger depuis 2019.")
    assert not any(("Front de Talo", "patient") in parts for parts in events_of(found, "FOUNDING"))


def test_a_group_born_on_a_date_is_founded(run_fr):
    """Guard: "Le Front de Talo est né le 2 mars 2017 de la fusion de trois groupes": a founding, dated."""
    found = run_fr("Le Front de Talo est né le 2 mars 2017 de la fusion de trois groupes armés de la région de Wamba.")
    assert any(("Front de Talo", "patient") in parts for parts in events_of(found, "FOUNDING"))
