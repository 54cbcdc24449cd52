"""French relations (thirty-first round, branch frrel37, #11): a cue noun that is a word of a name ("sa « province
de X »", the province's own name) reads no tie between that name and the rest of it; an appointment as one of
several leaders ("dont il devient l'un des commandants") makes a member; "il quitte X" is the verb "quitter" (the
tagger's lemma was "quitte"), so who leaves X to found Y was X's member, not its leader; a role noun, a copula and a
name ("Son chef est X", parsed four ways) are read as the role phrases read theirs; a town or village is no enemy
(HOSTILE_TO takes a place only as a state: a country or its capital)."""

from __future__ import annotations

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_a_cue_noun_inside_a_name_relates_no_one_to_that_name(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Dans un communiqué, le Front islamique du Kessa attribue l'attaque à sa « province d'Afrique centrale »."
    )
    assert ("Front islamique du Kessa", "SUBUNIT_OF", "province d'Afrique centrale") not in triples(found)


def test_nor_when_the_name_has_an_apposed_long_form(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Dans un communiqué, le Front islamique du Kessa attribue l'attaque à sa « province d'Afrique de l'Est », le "
        "Front islamique en Afrique de l'Est (FIAE), apparu en 2019."
    )
    assert not any(s == "Front islamique du Kessa" and p == "SUBUNIT_OF" for s, p, _ in triples(found)), triples(found)


def test_the_cue_noun_after_a_name_still_ties_the_two(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Le Front islamique du Kessa, une branche de la katiba Tarbouli, a attaqué un poste de l'armée.")
    assert ("Front islamique du Kessa", "SUBUNIT_OF", "katiba Tarbouli") in triples(found)


def test_one_of_several_commanders_is_a_member_not_the_leader(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr("Moussa Kandago rejoint le Front de libération du Wadi Kessa en 2012, dont il devient l'un des "
                   "commandants de secteur.")
    assert ("Moussa Kandago", "LEADER_OF", "Front de libération du Wadi Kessa") not in triples(found)
    assert ("Moussa Kandago", "MEMBER_OF", "Front de libération du Wadi Kessa") in triples(found)


def test_the_commander_of_a_group_still_leads_it(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr("Moussa Kandago rejoint le Front de libération du Wadi Kessa en 2012, dont il devient l'émir.")
    assert ("Moussa Kandago", "LEADER_OF", "Front de libération du Wadi Kessa") in triples(found)


def test_who_leaves_a_group_to_found_another_was_its_member(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr("Moussa Kandago a longtemps combattu au sein du Front de libération du Wadi Kessa. En 2016, à la "
                   "suite de désaccords internes, il quitte le Front de libération du Wadi Kessa et fonde la katiba "
                   "Tarbouli.")
    got = triples(found)
    assert ("Moussa Kandago", "LEADER_OF", "Front de libération du Wadi Kessa") not in got, got
    assert ("Moussa Kandago", "MEMBER_OF", "Front de libération du Wadi Kessa") in got, got
    assert ("katiba Tarbouli", "SUCCESSOR_OF", "Front de libération du Wadi Kessa") in got, got


def test_a_role_noun_then_a_copula_then_a_name(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Le Front de libération du Wadi Kessa a attaqué la ville. Son chef est Moussa Kandago.")
    assert any(s == "Moussa Kandago" and p == "LEADER_OF" and o.startswith("Front de libération")
               for s, p, o in triples(found)), triples(found)


def test_a_founder_named_after_the_copula(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Le fondateur de la katiba Tarbouli est Moussa Kandago.")
    assert ("Moussa Kandago", "FOUNDED", "katiba Tarbouli") in triples(found)


def test_kin_before_the_copula_leads_nothing(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Le Front de libération du Wadi Kessa a attaqué la ville. Son frère est Moussa Kandago.")
    assert not any(p == "LEADER_OF" for _, p, _ in triples(found)), triples(found)


def test_a_village_attacked_is_no_enemy(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("La katiba Tarbouli a attaqué le village de Kessa-Dalil dans la nuit du 16 au 17 septembre.")
    assert ("katiba Tarbouli", "HOSTILE_TO", "Kessa-Dalil") not in triples(found)


def test_nor_the_place_near_the_thing_attacked(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("La katiba Tarbouli a attaqué un convoi près de Kessa-Dalil.")
    assert ("katiba Tarbouli", "HOSTILE_TO", "Kessa-Dalil") not in triples(found)


def test_a_group_fought_near_a_village_is_still_an_enemy(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Dans la nuit du 20 au 21 mai, les combattants de la katiba Tarbouli ont affronté des éléments du "
                     "Front de libération du Wadi Kessa près de Kessa-Dalil.")
    assert any(s == "katiba Tarbouli" and p == "HOSTILE_TO" for s, p, _ in triples(found)), triples(found)


def test_a_country_fought_is_an_enemy(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("La katiba Tarbouli combat le Tchad depuis 2015.")
    assert ("katiba Tarbouli", "HOSTILE_TO", "Tchad") in triples(found)

