"""French relations, forty-seventh round (frrel47): each case names the behaviour it pins."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Le Front de Wadi Kora recrute. Son chef militaire, Moussa Kaba, commande la Brigade al-Hoda, une unité "
         "du Front.", "Moussa Kaba", "Brigade al-Hoda"),
        ("Le Front de Wadi Kora recrute. Issa Kaba, commande depuis 2020 Jaysh al-Nour, l'unité du Front chargée "
         "des opérations.", "Issa Kaba", "Jaysh al-Nour"),
    ],
)
def test_a_leading_verb_after_the_name_leads_the_group_it_names(fr_rules, text, person, group):
    """ "X, commande la Brigade Y": the tagger reads "commande" as a noun, which the role reader took for a role
    (X MEMBER_OF Y); the verb's named object is what X leads."""
    rels = triples(fr_rules(text))
    assert (person, "LEADER_OF", group) in rels
    assert (person, "MEMBER_OF", group) not in rels


def test_a_leading_verb_over_a_part_noun_stays_a_membership(fr_rules):
    """ "X, commande la branche du groupe": the object is an unnamed part of the group, so X is one of its
    members (the role reader's reading, kept)."""
    rels = triples(fr_rules("Le Front de Wadi Kora recrute. Issa Kaba, commande la branche du groupe installée "
                            "dans la forêt."))
    assert ("Issa Kaba", "MEMBER_OF", "Front de Wadi Kora") in rels
    assert ("Issa Kaba", "LEADER_OF", "Front de Wadi Kora") not in rels


def test_a_listed_name_before_a_group_named_with_its_class_noun_is_no_member(fr_rules):
    """ "A, B, l'ONG X et le village Y sont inventés": "l'ONG X" after "B," is the next item of the list, no role
    of B's (B was read a member of X)."""
    rels = triples(fr_rules("[Scénario fictif - Moussa Kaba, Issa Diallo, l'ONG Santé pour Tous Sahel, le Front de "
                            "Wadi Kora et le village de Boni sont inventés.]"))
    assert not {r for r in rels if r[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Moussa Kaba, chef de la katiba Sabil al-Hoda, a été tué.",
         ("Moussa Kaba", "LEADER_OF", "katiba Sabil al-Hoda")),
        ("Le chef du Front de Wadi Kora, Moussa Kaba, Issa Diallo, le porte-parole du Front de Wadi Kora, et deux "
         "autres cadres ont été arrêtés.", ("Issa Diallo", "MEMBER_OF", "Front de Wadi Kora")),
    ],
)
def test_a_role_noun_before_the_group_stays_a_role(fr_rules, text, triple):
    """A person's role noun ("chef de", "le porte-parole du") keeps its reading."""
    assert triple in triples(fr_rules(text))


def test_a_name_listed_after_another_persons_name_takes_no_role_of_the_next_items(fr_rules):
    """ "A, B, C, la katiba X et le village de Y sont inventés": C follows B's name and comma, an item of a list;
    "la katiba X et le village de Y" are the next items, no role of C's."""
    rels = triples(fr_rules("[Scénario fictif : Oumar Traoré, Sidi Kané, Awa Kané, le markaz de Tin-Kora et le "
                            "village de Boni sont inventés.]"))
    assert not {r for r in rels if r[1] == "MEMBER_OF"}


def test_an_operation_launched_has_no_leader_by_the_founders_closure(fr_rules):
    """ "le président X lance l'opération Y": X FOUNDED Y (an army launches an operation), but the founder's
    closure gives no LEADER_OF of an operation; a group's founder still leads it."""
    rels = triples(fr_rules("Le président Moussa Kaba lance l'opération Tempête du Désert contre le Front de Wadi "
                            "Kora."))
    assert ("Moussa Kaba", "FOUNDED", "opération Tempête du Désert") in rels
    assert ("Moussa Kaba", "LEADER_OF", "opération Tempête du Désert") not in rels
    assert ("Moussa Kaba", "LEADER_OF", "Front de Wadi Kora") in triples(
        fr_rules("Le Front de Wadi Kora a été fondé en 2015 par Moussa Kaba."))
