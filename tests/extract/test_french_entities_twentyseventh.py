"""French places (frent33, #11): a facility's name ends before the town it stands in, and places of the
gazetteer that French writes in lower case after their first word. Hand-written sentences, invented actors."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, facility, town",
    [("Des hommes armés ont ouvert le feu dans l'hôtel Kanaga Rose de Mopti vendredi soir.",
      "hôtel Kanaga Rose", "Mopti"),
     ("Le commando a visé l'hôtel Bélvédère de Gao, fréquenté par des expatriés.", "hôtel Bélvédère", "Gao")],
)
def test_a_facility_name_ends_before_its_town(run_fr, facility, town, text):
    found = run_fr(text)
    assert found.type_of(facility) == "LOCATION"
    assert found.type_of(town) == "LOCATION"
    assert not found.same(facility, town)


def test_a_facility_name_keeps_a_de_before_no_town(run_fr):
    found = run_fr("Un incendie a détruit le camp Étoile du Sud la semaine dernière.")
    assert "camp Étoile du Sud" in found.names()


@pytest.mark.parametrize(
    "text, place",
    [("Les combattants de la katiba Tessoum opèrent dans la zone des trois frontières depuis 2019.",
      "zone des trois frontières"),
     ("L'armée a lancé une opération dans les trois frontières en mars.", "trois frontières"),
     ("Le groupe recrute des bergers dans le delta intérieur du Niger.", "delta intérieur du Niger"),
     ("Des éleveurs ont fui le delta intérieur après les attaques.", "delta intérieur")],
)
def test_a_lower_case_place_of_the_gazetteer_is_a_place(run_fr, text, place):
    assert run_fr(text).type_of(place) == "LOCATION"


def test_the_border_area_is_no_name_of_the_region(run_fr):
    found = run_fr("Le Liptako-Gourma est vaste ; les attaques se concentrent dans la zone des trois frontières.")
    assert found.type_of("zone des trois frontières") == "LOCATION"
    assert not found.same("Liptako-Gourma", "zone des trois frontières")
