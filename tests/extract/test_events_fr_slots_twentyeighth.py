"""French events, twenty-eighth round (frslot34, issue #11): a singular attack, abduction or killing noun whose
sentence names nobody who did it takes the group the report is about as its agent, as English does
(``EventExtractor._by_the_report_s_group``); not a state's means (a strike, an operation, an air attack), a plural (a
habit or a tally) or a noun whose agent follows ("tendue par X"); "des fusils d'assaut" is no assault."""

from __future__ import annotations

from .conftest import events_of
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_LEAD = ("Le Front de Talo est un groupe armé actif dans la région de Tahoua. Le Front de Talo recrute parmi les "
         "éleveurs et le Front de Talo prélève la zakat dans les villages. ")


def _agents(found, etype: str) -> list[set[str | None]]:  # type: ignore[no-untyped-def]
    return [{name for name, role in parts if role == "agent"} for parts in events_of(found, etype)]


def test_an_ambush_naming_nobody_is_the_report_s_group(run_fr):
    """ "Une embuscade contre une patrouille de l'armée ... a fait trois morts": the report's group ambushed."""
    found = run_fr(_LEAD + "Le 3 mars 2021, une embuscade contre une patrouille de l'armée nigérienne près de Wamba "
                   "a fait trois morts.")
    assert any("Front de Talo" in agents for agents in _agents(found, "ATTACK"))


def test_a_hostage_taking_naming_nobody_is_the_report_s_group(run_fr):
    """ "La prise d'otages de l'hôtel X a duré deux jours": the report's group took them."""
    found = run_fr(_LEAD + "En mai 2022, la prise d'otages à l'hôtel Sahel de Wamba a duré deux jours.")
    assert any("Front de Talo" in agents for agents in _agents(found, "ABDUCTION"))


def test_an_air_strike_is_not_the_report_s_group(run_fr):
    """Guard: "une frappe aérienne" is a state's means, no deed of the report's group."""
    found = run_fr(_LEAD + "Le 3 mars 2021, une frappe aérienne contre un campement près de Wamba a fait trois morts.")
    assert not any("Front de Talo" in agents for agents in _agents(found, "ATTACK"))


def test_attacks_told_as_a_tally_are_not_the_report_s_group(run_fr):
    """Guard: a plural ("les attaques contre les postes de l'armée ont augmenté") is a tally, no one attack."""
    found = run_fr(_LEAD + "En 2021, les attaques contre les postes de l'armée nigérienne ont augmenté près de Wamba.")
    assert not any("Front de Talo" in agents for agents in _agents(found, "ATTACK"))


def test_assault_rifles_are_no_attack_of_the_report_s_group(run_fr):
    """ "des fusils d'assaut" is a weapon, no assault (before this round the combattants' rifles made an attack)."""
    found = run_fr(_LEAD + "Les combattants portent des fusils d'assaut achetés au marché de Wamba.")
    assert not any("Front de Talo" in agents for agents in _agents(found, "ATTACK"))


def test_an_ambush_laid_by_someone_else_is_not_the_report_s_group(run_fr):
    """Guard: "une embuscade tendue par des bandits" names who laid it; the report's group is not added."""
    found = run_fr(_LEAD + "Le 3 mars 2021, une embuscade tendue par des bandits près de Wamba a fait trois morts "
                   "parmi les soldats nigériens.")
    assert not any("Front de Talo" in agents for agents in _agents(found, "ATTACK"))
