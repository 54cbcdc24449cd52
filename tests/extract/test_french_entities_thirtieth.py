"""French entity boundaries (frent36, #11): a descriptor noun ("la localité de", "la zone de", "le camp de") is no
part of the place's name, and an organisation's name ends before an addressee ("au
Président X"). Hand-written sentences, invented events."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, phrase, place",
    [("Des hommes armés ont attaqué la localité de Tessalit jeudi, selon un élu.", "localité de Tessalit", "Tessalit"),
     ("L'armée a lancé une opération dans la zone de Talataye en avril.", "zone de Talataye", "Talataye"),
     ("Les otages ont été conduits au camp de Tinzaouatène, selon une source locale.",
      "camp de Tinzaouatène", "Tinzaouatène")],
)
def test_a_descriptor_noun_is_no_part_of_the_place(run_fr, text, phrase, place):
    found = run_fr(text)
    assert phrase not in found.names()
    assert found.type_of(place) == "LOCATION"


def test_an_administrative_unit_keeps_its_noun(run_fr):
    found = run_fr("La région de Gao reste instable, selon le gouverneur.")
    assert found.type_of("région de Gao") == "LOCATION"


@pytest.mark.parametrize(
    "text, name, long",
    [("Le Haut conseil islamique au Président Kassoum a adressé une lettre mardi.",
      "Haut conseil islamique", "Haut conseil islamique au Président"),
     ("Le Haut conseil islamique au président Kassoum a adressé une lettre mardi.",
      "Haut conseil islamique", "Haut conseil islamique au président")],
)
def test_an_organisation_ends_before_an_addressee(run_fr, text, name, long):
    found = run_fr(text)
    assert not any(n.startswith(long) for n in found.names())
    assert found.type_of(name) == "ORGANIZATION"


def test_a_capitalised_place_after_sur_stays_in_the_name(run_fr):
    found = run_fr("Le Groupe d'experts sur le Mali a publié un rapport en août.")
    assert found.type_of("Groupe d'experts sur le Mali") == "ORGANIZATION"


def test_a_capitalised_chunk_ends_before_a_title(run_fr):
    found = run_fr("Le Conseil a présenté les condoléances de la Commission au Président Issa Kanouté et au peuple.")
    assert not any("Commission au" in n for n in found.names())
