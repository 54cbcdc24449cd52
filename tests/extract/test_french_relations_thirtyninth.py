"""French relations (branch frrel, round 28): a role phrase whose leader noun is only a part's or one of several
("chef militaire de X", "l'émir de X pour la région de Y", "l'autre chef de X", "chef de katiba de X") makes the
person a member of X, not its leader."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text",
    [
        # a military chief heads the fighters, not the whole group
        "- Amadou Sidibé, chef militaire du Front de libération du Kessa, tué en novembre 2020 à Tarbouli ;",
        # the emir of one region is a member
        "Il a prêté allégeance à Amadou Sidibé, l'émir du Front de libération du Kessa pour la région de Tarbouli, "
        "quelques jours après sa défection.",
        # "l'autre chef": one more of several
        "On a vu parmi les assaillants des hommes d'Amadou Sidibé, l'autre chef saharien du Front de libération "
        "du Kessa.",
        # the head of an unnamed unit of the group
        "On a vu parmi les assaillants des hommes d'Amadou Sidibé, l'ancien chef de katiba du Front de libération "
        "du Kessa.",
    ],
)
def test_a_part_s_leader_is_a_member(fr_rules, text: str) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules(text))
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") not in got, got
    assert ("Amadou Sidibé", "MEMBER_OF", "Front de libération du Kessa") in got, got


def test_the_leader_of_the_whole_group_stays_its_leader(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Amadou Sidibé, chef du Front de libération du Kessa, a été tué en novembre 2020."))
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") in got, got


def test_a_unit_noun_before_the_groups_own_name_keeps_the_leader(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Il serait marié à une nièce d'Amadou Sidibé, le chef de la faction FLK implantée au bord "
                           "du lac."))
    assert ("Amadou Sidibé", "MEMBER_OF", "FLK") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "En septembre, le comité avait capturé et remis à l'armée un commandant du Front de libération du Kessa, "
        "Amadou Sidibé, alias « Abou Hanifa ».",
        "Amadou Sidibé, chef militaire du Front de libération du Kessa, est parti avec quelque 200 hommes.",
    ],
)
def test_the_model_does_not_make_a_member_by_role_a_leader(run_fr, text: str) -> None:  # type: ignore[no-untyped-def]
    # the model reads these as leadership (0.68 for "chef militaire" with the model of ffe26097); the role phrase
    # says one of several, or a part's head
    got = triples(run_fr(text))
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") not in got, got
    assert ("Amadou Sidibé", "MEMBER_OF", "Front de libération du Kessa") in got, got


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("En février 2017, sous la pression de la MINUSKA, Amadou Sidibé quitte Tarbouli.", "MINUSKA"),
        ("À la demande de la Mission de l'ONU, Amadou Sidibé a quitté Tarbouli.", "Mission de l'ONU"),
    ],
)
def test_a_preposed_phrase_is_no_apposition(fr_rules, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules(text))
    assert ("Amadou Sidibé", "MEMBER_OF", group) not in got, got


def test_a_preposed_role_noun_stays_an_apposition(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Selon le porte-parole du Front de libération du Kessa, Amadou Sidibé, l'attaque a fait dix "
                           "morts."))
    assert ("Amadou Sidibé", "MEMBER_OF", "Front de libération du Kessa") in got, got
