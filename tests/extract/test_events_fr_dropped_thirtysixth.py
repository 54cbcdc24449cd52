"""French events, thirty-sixth round (evdrop): a trigger found whose subject is a reference to the report's group
("le groupe", "la katiba", "la bande", "le markaz") built no event when that group was named more than three
sentences before (no candidate within the references' lookback), nor when the group's own word ("bande", "markaz")
was no group noun of the lexicon. Read on the French train split's "trigger found, dropped" cases
(benchmarks/event_errors.py)."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

# the group named once, then four sentences that name no group: "le groupe" is past the lookback
_FAR = ("Le Front de Talo (FDT) est un groupe armé actif dans la région de Wamba. La région compte une centaine de "
        "villages. Les pluies y sont abondantes en été. Les routes sont alors souvent coupées. Les marchés se tiennent "
        "le lundi. ")


def test_the_group_named_far_back_abducts(run_fr):
    """ "En mai 2023, le groupe a enlevé deux guides": the report's group, named four sentences before."""
    found = run_fr(_FAR + "En mai 2023, le groupe a enlevé deux guides près de Kolbo.")
    assert any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_described_militia_is_not_the_report_s_group(run_fr):
    """Guard: "la milice locale" (an adjective of its own) is another group, not the one named far back."""
    found = run_fr(_FAR + "En mai 2023, la milice locale a enlevé deux guides près de Kolbo.")
    assert not any(("Front de Talo", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_band_is_a_group_noun(run_fr):
    """ "la bande enlève onze personnes": "bande" stands for the band the report named ("la bande de X")."""
    found = run_fr("La bande de Sani Garba est active dans la région de Wamba depuis 2019. Le 2 octobre 2022, la bande "
                   "enlève onze personnes sur la route de Kolbo.")
    assert any(("bande de Sani Garba", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_the_fighters_of_a_markaz_are_the_markaz(run_fr):
    """ "des combattants du markaz enlèvent quatorze pêcheurs": a markaz's men are the markaz."""
    found = run_fr("Le markaz de Naga-Kabir est une unité de l'État islamique active au bord du lac. Dans la nuit du "
                   "27 au 28 avril 2023, des combattants du markaz enlèvent quatorze pêcheurs au large de Kolbo.")
    assert any(("markaz de Naga-Kabir", "agent") in parts for parts in events_of(found, "ABDUCTION"))


def test_a_group_noun_after_a_copula_founded_founds_the_subject(run_fr):
    """ "X est un groupe d'autodéfense créé en 2020": the founding participle of the copula's noun founds X."""
    found = run_fr("Le Comité de vigilance de Kolbo (CVK) est un groupe d'autodéfense créé en 2020 et présidé par "
                   "Amadou Kone.")
    assert any(("Comité de vigilance de Kolbo", "patient") in parts for parts in events_of(found, "FOUNDING"))


def test_a_group_noun_beside_a_name_founded_founds_the_name(run_fr):
    """ "X (MRT), groupe rebelle créé en 2019 par Y": the noun set beside X after a comma is X, founded by Y."""
    found = run_fr("Le Mouvement pour la refondation de Wamba (MRW), groupe rebelle créé en 2019 par Amadou Kone, "
                   "opère au nord de Kolbo.")
    assert any({("Mouvement pour la refondation de Wamba", "patient"), ("Amadou Kone", "agent")} <= parts
               for parts in events_of(found, "FOUNDING"))


def test_a_group_noun_founded_with_no_name_beside_it_founds_nothing(run_fr):
    """Guard: "il a rejoint un groupe créé en 2019": the noun is said of no named organisation."""
    found = run_fr("Le Front de Talo (FDT) est actif dans la région de Wamba. Amadou Kone a rejoint en 2021 un groupe "
                   "créé en 2019.")
    assert not any(("Front de Talo", "patient") in parts for parts in events_of(found, "FOUNDING"))


def test_the_two_katibas_are_the_two_groups_last_named(run_fr):
    """ "les deux katibas s'affrontent": a group's units counted two are the two organisations last named."""
    found = run_fr("Le Front de Talo (FDT) et le Mouvement de Wamba (MDW) sont deux groupes armés du Kolbo. Courant "
                   "2023, les deux katibas s'affrontent pour le contrôle des pâturages de Kolbo.")
    assert any({("Front de Talo", "agent"), ("Mouvement de Wamba", "agent")} <= parts
               for parts in events_of(found, "ARMED_CLASH"))
