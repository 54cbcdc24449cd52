"""French relations (thirty-third round, branch frrel39, #11): the group a possessive role phrase belongs to
("son secrétaire général, X", "son chef, X") when the possessive finds no owner of its own: a two-word leader
noun counts as one ("secrétaire général"), and the head of a line with no verb is its sentence's subject
("- Le Front X (FX), proche de Y. Son chef, Z, ...": the Front, not Y named after it)."""

from __future__ import annotations

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_a_two_word_leader_noun_after_a_possessive(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "- Front de libération du Kessa (FLK), branche dite « Coalition du Nord ». Son secrétaire général, "
        "Amadou Sidibé, a été arrêté à Tarbouli le 3 mai 2020."
    )
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") in triples(found)


def test_a_secretary_general_in_apposition_after_a_passive(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Créé en 2014, le Front de libération du Kessa est réputé proche du colonel Moussa Traoré. Le mouvement "
        "est dirigé officiellement par Amadou Sidibé, son secrétaire général."
    )
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") in triples(found)


def test_the_head_of_a_verbless_line_owns_the_next_sentences_leader(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "- Front de libération du Kessa (FLK), proche de l'Union des forces du Nord (UFN). Son chef, Amadou "
        "Sidibé, a été arrêté à Tarbouli le 3 mai 2020."
    )
    got = triples(found)
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") in got, got
    assert ("Amadou Sidibé", "LEADER_OF", "Union des forces du Nord") not in got, got


def test_a_persons_possessive_stays_a_persons(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Le colonel Moussa Traoré a rencontré à Tarbouli les chefs du Front de libération du Kessa. Son frère, "
        "Amadou Traoré, était présent."
    )
    got = triples(found)
    assert not any(s == "Amadou Traoré" and p in ("LEADER_OF", "MEMBER_OF") for s, p, _ in got), got


def test_their_leader_after_the_men_named_is_not_the_group_in_focus(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Le Front de libération du Kessa a attaqué la ville de Tarbouli en 2019. Le 3 mai, une embuscade a visé "
        "des chasseurs du village de Sorako : quatre chasseurs ont été tués, dont leur chef, Amadou Sidibé."
    )
    got = triples(found)
    assert ("Amadou Sidibé", "LEADER_OF", "Front de libération du Kessa") not in got, got
