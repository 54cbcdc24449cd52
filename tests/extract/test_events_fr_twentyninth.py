"""French events, twenty-ninth round (frevt35, issue #11): a noun of movement or presence that names its place first
and its actor after it, in a "de" phrase the parser hangs on the place ("l'arrivée à X de combattants de Y", "le
retrait du Niger des forces de Y"), has that actor; "l'installation de combattants de Y dans la forêt" sets up a base
(the plural "installations" are facilities); a marching column or a patrol of a group is the group ("une colonne de Y
est arrivée à X"); a verb conjugated with "être" has no passive ("est arrivée": its subject went); who announces or
asks for an event ("le départ de X, annoncé par Paris") is not its actor."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_TALO = "Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. "


def test_an_arrival_names_its_actor_after_its_place(run_fr):
    """ "L'arrivée à Wamba de combattants du FDT": the FDT came (the parser hangs "de combattants" on Wamba)."""
    found = run_fr(_TALO + "L'arrivée à Kolbo de combattants du FDT a inquiété les habitants en mars 2021.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_a_withdrawal_from_a_country_is_no_deed_of_the_country(run_fr):
    """ "Le retrait du Niger des forces de X": the forces withdrew; Niger is where from, no agent."""
    found = run_fr("La force Sabre est une force française. Le retrait du Niger de la force Sabre s'achève en "
                   "décembre 2023.")
    moves = events_of(found, "MOVEMENT")
    assert any(("force Sabre", "agent") in parts for parts in moves)
    assert not any(("Niger", "agent") in parts for parts in moves)


def test_an_installation_of_fighters_sets_up_a_base(run_fr):
    """ "l'installation de combattants du FDT dans la forêt de X": the FDT set up there."""
    found = run_fr(_TALO + "En mars 2021, l'installation de combattants du FDT dans la forêt de Kodjari a été "
                   "signalée par des habitants.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "BASE_ESTABLISHMENT"))


def test_installations_are_facilities(run_fr):
    """Guard: "les installations de la société X": buildings, nobody settling."""
    found = run_fr("En mars 2021, les installations de la Société minière de Kolbo ont été inspectées à Wamba.")
    assert not events_of(found, "BASE_ESTABLISHMENT")


def test_a_column_of_a_group_is_the_group(run_fr):
    """ "une colonne du FDT est arrivée à Kolbo": the FDT came."""
    found = run_fr(_TALO + "En mars 2021, une colonne du FDT est arrivée à Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_a_departure_keeps_its_own_actor(run_fr):
    """Guard: "le départ de la force X de Kolbo": the noun's own "de" is its actor, the town is where."""
    found = run_fr("La force Sabre est une force française. En mars 2021, le départ de la force Sabre de la ville de "
                   "Kolbo a été annoncé.")
    moves = events_of(found, "MOVEMENT")
    assert any(("force Sabre", "agent") in parts for parts in moves)
    assert not any(("Kolbo", "agent") in parts for parts in moves)


def test_who_welcomes_a_departure_does_not_leave(run_fr):
    """ "X se félicite du départ des troupes de la force Y": Y's troops left; X only welcomes it."""
    found = run_fr(_TALO + "La force Sabre est une force française. En mars 2023, le FDT se félicite du départ des "
                   "troupes de la force Sabre du Niger.")
    moves = events_of(found, "MOVEMENT")
    assert any(("force Sabre", "agent") in parts for parts in moves)
    assert not any(("Front de Talo", "agent") in parts for parts in moves)


def test_an_announced_withdrawal_is_one_event_of_who_withdraws(run_fr):
    """ "Paris annonce le retrait du Mali de la force X": one withdrawal, by X; Paris announces, moves nowhere."""
    found = run_fr("La force Sabre est une force française. Le 17 février 2022, Paris annonce le retrait du Mali de "
                   "la force Sabre.")
    moves = events_of(found, "MOVEMENT")
    assert any(("force Sabre", "agent") in parts for parts in moves)
    assert not any(("Paris", "agent") in parts for parts in moves)


def test_a_withdrawal_of_its_own_men_stays_the_subject_s(run_fr):
    """Guard: "X a procédé au repli de ses combattants": X's own men, X withdrew."""
    found = run_fr(_TALO + "Le 14 novembre 2023, le FDT a annoncé avoir procédé à un repli stratégique de ses "
                   "combattants vers les montagnes de l'Adrar.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "MOVEMENT"))


def test_who_announces_a_departure_is_not_its_actor(run_fr):
    """ "le départ de la force X a été annoncé par Paris": Paris tells it, X leaves."""
    found = run_fr("La force Sabre est une force française. En mars 2021, le départ de la force Sabre a été annoncé "
                   "par Paris.")
    moves = events_of(found, "MOVEMENT")
    assert any(("force Sabre", "agent") in parts for parts in moves)
    assert not any(("Paris", "agent") in parts for parts in moves)


def test_who_condemns_an_attack_is_not_its_actor(run_fr):
    """ "l'attaque du camp de X a été condamnée par le Niger": Niger condemns, attacks nothing."""
    found = run_fr(_TALO + "Le 3 mars 2021, l'attaque du camp de Kolbo a été condamnée par le Niger.")
    assert not any(("Niger", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_who_carries_out_an_attack_is_its_actor(run_fr):
    """Guard: "l'attaque du camp de X a été menée par le FDT": the FDT attacked."""
    found = run_fr(_TALO + "Le 3 mars 2021, l'attaque du camp de Kolbo a été menée par le FDT.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ATTACK"))


def test_a_verb_with_etre_has_no_passive(run_fr):
    """ "le FDT est arrivé à Kolbo", "les hommes du FDT sont entrés dans Kolbo": the FDT went there, nobody moved
    it (the parse reads "est arrivé" as a passive)."""
    found = run_fr(_TALO + "En mars 2021, le FDT est arrivé à Kolbo. En avril 2021, les hommes du FDT sont entrés "
                   "dans Wamba.")
    moves = events_of(found, "MOVEMENT")
    assert any(("Front de Talo", "agent") in parts for parts in moves)
    assert not any(("Front de Talo", "patient") in parts for parts in moves)
