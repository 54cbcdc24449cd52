"""French page furniture and language words (frent35, #11): the body named in a report's masthead ("NOTE
D'ANALYSE - Observatoire X", "Cellule X - diffusion interne - 3 mai 2024") is the page's, not the report's,
and a community word that names a language after its label ("JNIM en arabe") is no community.
Hand-written texts, invented bodies and events."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_BODY = ("Le 4 mars 2024, des combattants de l'État islamique au Sahel ont attaqué le village de Tinzaouatene, "
         "dans la région de Ménaka. L'armée malienne a riposté le lendemain.\n")


@pytest.mark.parametrize(
    "masthead, body_name",
    [("NOTE D'ANALYSE - Institut des études frontalières sahariennes\n\n",
      "Institut des études frontalières sahariennes"),
     ("Bureau de veille régionale - diffusion interne - 12 avril 2024\n\n", "Bureau de veille régionale"),
     ("Centre de recherche sur les conflits ruraux - novembre 2023\n\n",
      "Centre de recherche sur les conflits ruraux")],
)
def test_a_masthead_body_is_no_entity_of_the_report(run_fr, masthead, body_name):
    found = run_fr("Tensions dans le Gourma\n\n" + masthead + _BODY)
    assert found.by_name(body_name) is None
    assert found.type_of("armée malienne") == "ORGANIZATION"


def test_a_masthead_body_the_report_names_again_stays(run_fr):
    found = run_fr("NOTE D'ANALYSE - Centre de recherche sur les conflits ruraux\n\n" + _BODY
                   + "Selon le Centre de recherche sur les conflits ruraux, l'attaque a fait dix morts.\n")
    assert found.type_of("Centre de recherche sur les conflits ruraux") == "ORGANIZATION"


def test_a_dispatch_dateline_is_no_masthead(run_fr):
    found = run_fr("MÉNAKA (Mali), 4 mars 2024 - Des combattants de l'État islamique au Sahel ont attaqué le "
                   "village de Tinzaouatene mardi, a indiqué l'armée malienne.\n")
    assert found.type_of("armée malienne") == "ORGANIZATION"


@pytest.mark.parametrize("label", ["en arabe", "selon son acronyme arabe"])
def test_a_language_after_its_label_is_no_community(run_fr, label):
    found = run_fr(f"Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM {label}) a revendiqué "
                   "l'attaque de Boulkessi le 3 juin 2023.\n")
    assert found.by_name("arabe") is None
    assert found.type_of("GSIM") == "ORGANIZATION"


def test_a_community_adjective_stays_a_community(run_fr):
    found = run_fr("Des miliciens ont attaqué un campement d'éleveurs arabes près de Ménaka le 3 juin 2023.\n")
    assert found.type_of("arabes") == "COMMUNITY"


def test_a_sanctions_list_reference_is_no_name(run_fr):
    found = run_fr("QDe.977\n\nFront du désert libre\n\nLe Front du désert libre (QDe.977) a été inscrit sur la "
                   "Liste le 3 mai 2022. Il opère dans la région d'Agadez.\n")
    assert found.by_name("QDe.977") is None
    assert found.type_of("Front du désert libre") == "ORGANIZATION"
