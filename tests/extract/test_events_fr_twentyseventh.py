"""French events, twenty-seventh round (frevt32, issue #11): events a sentence only wishes, threatens, or reports and
says are unconfirmed or false; where a group is settled is no settling."""

from __future__ import annotations

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def _facts(found, etype: str) -> list:  # type: ignore[no-untyped-def]
    return [ev for ev in found.extraction.events if ev.type == etype and ev.modality != "negated"]


def test_a_killing_the_sentence_cannot_confirm_is_no_fact(run_fr):
    """ "n'est pas en mesure de confirmer les informations selon lesquelles X aurait été tué": negated."""
    found = run_fr("Le Conseil n'est pas en mesure de confirmer les informations selon lesquelles Oumarou Diallo "
                   "aurait été tué par l'armée tchadienne en mars 2023.")
    assert not _facts(found, "KILLING")


def test_a_report_denied_tells_no_event(run_fr):
    """ "a démenti les informations selon lesquelles X aurait enlevé ...": negated."""
    found = run_fr("Le ministère a démenti les informations selon lesquelles la bande de Moussa Kaliba aurait enlevé "
                   "quatre commerçants près de Talo.")
    assert not _facts(found, "ABDUCTION")


def test_an_unconfirmed_report_s_noun_is_negated_too(run_fr):
    """ "Les informations selon lesquelles X aurait conclu un accord avec Y n'ont pas été confirmées"."""
    found = run_fr("Les informations selon lesquelles le Front de Talo aurait conclu un accord de cessez-le-feu avec "
                   "le Gouvernement nigérien en 2019 n'ont pas été confirmées.")
    assert not _facts(found, "MEDIATION")


def test_a_confirmed_report_still_tells_the_event(run_fr):
    """Guard: "Le Conseil a confirmé les informations selon lesquelles X a été tué": a fact."""
    found = run_fr("Le Conseil a confirmé les informations selon lesquelles Oumarou Diallo a été tué par l'armée "
                   "tchadienne en mars 2023.")
    assert _facts(found, "KILLING")


def test_a_withdrawal_threatened_is_no_movement(run_fr):
    """ "a menacé de retirer ses troupes de la Force X": a threat, nothing withdrawn."""
    found = run_fr("Le président a menacé de retirer le Tchad de la Force régionale du lac en octobre 2024.")
    assert not _facts(found, "MOVEMENT")


def test_a_dialogue_called_for_is_no_mediation(run_fr):
    """ "Il continue de réclamer un dialogue avec X": asked for, not held."""
    found = run_fr("Le Front de Talo continue de réclamer un dialogue politique avec le Gouvernement nigérien.")
    assert not _facts(found, "MEDIATION")


def test_a_group_settled_somewhere_is_no_base_established(run_fr):
    """ "X, solidement implanté dans la forêt de Y, ...": where it is, not a settling told."""
    found = run_fr("Le Front de Talo, solidement implanté dans la forêt de Wamba, prélève la zakat sur les "
                   "troupeaux.")
    assert not _facts(found, "BASE_ESTABLISHMENT")


def test_a_group_settling_is_still_a_base_established(run_fr):
    """Guard: "X s'est installé dans la forêt de Y en 2019": the settling is told."""
    found = run_fr("Le Front de Talo s'est installé dans la forêt de Wamba en 2019.")
    assert _facts(found, "BASE_ESTABLISHMENT")


def test_men_put_out_of_action_is_no_clash(run_fr):
    """ "mis hors de combat": killed or wounded, the toll of a fight, no clash of its own."""
    found = run_fr("Une trentaine de jihadistes du Front de Talo y ont été « mis hors de combat », selon l'état-major.")
    assert not _facts(found, "ARMED_CLASH")


def test_go_betweens_named_are_no_mediation(run_fr):
    """ "passe par des intermédiaires": the go-betweens, a kind of person, not a mediation."""
    found = run_fr("Le Front de Talo passe plutôt par des intermédiaires maliens.")
    assert not _facts(found, "MEDIATION")


def test_serving_as_a_go_between_is_still_a_mediation(run_fr):
    """Guard: "X sert d'intermédiaire entre A et B": the mediation is told."""
    found = run_fr("En 2003, Oumarou Diallo sert d'intermédiaire entre Bamako et le Front de Talo lors de la "
                   "libération des otages.")
    assert _facts(found, "MEDIATION")


def test_acting_in_retaliation_is_no_attack_of_its_own(run_fr):
    """ "affirme avoir agi en représailles à une opération": the motive of a deed, no attack told."""
    found = run_fr("Le Front de Talo affirme avoir agi en représailles à une opération de l'armée malienne.")
    assert not _facts(found, "ATTACK")


def test_an_attack_in_retaliation_is_told_by_its_verb(run_fr):
    """ "En représailles, X a attaqué Y": one attack, told by "attaqué", not by the motive."""
    found = run_fr("En représailles, le Front de Talo a attaqué en février le village de Wamba.")
    assert [ev.trigger for ev in _facts(found, "ATTACK")] == ["attaqué"]


def test_reprisals_carried_out_are_still_an_attack(run_fr):
    """Guard: "X a mené des représailles contre Y": the reprisals are the attack."""
    found = run_fr("Le Front de Talo a mené des représailles contre les civils de Wamba en mars 2021.")
    assert _facts(found, "ATTACK")
