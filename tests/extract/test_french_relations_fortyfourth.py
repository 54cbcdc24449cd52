"""French relations (branch frrel44): an appointment read from its post and its group's place in the sentence — a
post that is no leader's, a part of the group led, who appoints; a leading cue over an unnamed part; an allegiance
rejected; a role told of a relative named after a kinship noun; a group joining a coalition. Invented names
throughout."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

JOINED = "Moussa Kanté a rejoint le Front de libération du Kessa en 2010. "


@pytest.mark.parametrize(
    "text",
    [
        # a post that is no leader's
        JOINED + "Il en devient le trésorier en 2012.",
        # the head of an unnamed part of the group
        JOINED + "Il est nommé à la tête du bataillon de Tarbouli en 2014.",
        JOINED + "Ali Sanou est tué en 2015. Kanté lui succède à la tête de l'unité en 2016.",
    ],
)
def test_a_second_rank_post_is_a_membership(fr_rules, text: str) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules(text))
    assert ("Moussa Kanté", "LEADER_OF", "Front de libération du Kessa") not in got, got
    assert ("Moussa Kanté", "MEMBER_OF", "Front de libération du Kessa") in got, got


def test_the_group_of_a_part_led_is_not_led(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Au printemps 2022, Moussa Kanté prend la tête de la Katiba Tarbouli, une unité du Front "
                           "de libération du Kessa."))
    assert ("Moussa Kanté", "LEADER_OF", "Katiba Tarbouli") in got, got
    assert ("Moussa Kanté", "LEADER_OF", "Front de libération du Kessa") not in got, got


def test_who_appoints_does_not_take_the_post(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules(JOINED + "En 2015, Amadou Sidibé lui confie une petite unité de quarante hommes."))
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") not in got, got


def test_the_leader_of_the_whole_group_stays_its_leader(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("En 2016, Moussa Kanté prend la tête du Front de libération du Kessa."))
    assert ("Moussa Kanté", "LEADER_OF", "Front de libération du Kessa") in got, got
    got = triples(fr_rules("Moussa Kanté a fondé la katiba Tarbouli en 2010. En 2016, il prend la tête de la katiba."))
    assert ("Moussa Kanté", "LEADER_OF", "katiba Tarbouli") in got, got


def test_an_allegiance_rejected_is_denied(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Dans un message diffusé vendredi, la katiba Tarbouli a rejeté toute allégeance au Front de "
                     "libération du Kessa.")
    name = {e.key: e.name for e in found.extraction.entities}
    allies = [r for r in found.extraction.relations if r.predicate == "ALLY_OF"
              and {name[r.subject], name[r.object]} == {"katiba Tarbouli", "Front de libération du Kessa"}]
    assert allies and all(r.modality == "negated" for r in allies), allies


def test_a_role_after_a_relative_s_name_is_the_relative_s(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Moussa Kanté est le cousin d'Ali Sanou, le chef du Front de libération du Kessa."))
    assert ("Moussa Kanté", "KIN_OF", "Ali Sanou") in got, got
    assert ("Ali Sanou", "LEADER_OF", "Front de libération du Kessa") in got, got
    assert ("Moussa Kanté", "LEADER_OF", "Front de libération du Kessa") not in got, got


def test_a_role_coordinated_after_the_relative_stays_the_person_s(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Moussa Kanté, gendre d'Ali Sanou et chef militaire du Front de libération du Kessa, est "
                           "écarté du commandement."))
    assert ("Moussa Kanté", "MEMBER_OF", "Front de libération du Kessa") in got, got


def test_a_group_joining_a_coalition_is_its_part(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("En décembre 2020, le Front de libération du Kessa a rejoint la Coalition des patriotes du "
                           "Tarbouli (CPT)."))
    assert ("Front de libération du Kessa", "SUBUNIT_OF", "Coalition des patriotes du Tarbouli") in got, got
    assert ("Front de libération du Kessa", "ALLY_OF", "Coalition des patriotes du Tarbouli") not in got, got
