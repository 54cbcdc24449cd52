"""French relations, twenty-eighth round (frrel34): each case names the behaviour it pins."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text",
    [
        "Le Front de libération du Gondo a été créé en 2015. Il a succédé au Mouvement pour la justice du Gondo.",
        "Le Front de libération du Gondo, successeur du Mouvement pour la justice du Gondo, a revendiqué l'attaque.",
        "Le Front de libération du Gondo, héritier du Mouvement pour la justice du Gondo, a revendiqué l'attaque.",
    ],
)
def test_a_group_that_succeeds_another_is_its_successor(fr_rules, text):
    """ "X a succédé à Y", "X, successeur de Y", "X, héritier de Y": the newer group SUCCESSOR_OF the older."""
    rels = triples(fr_rules(text))
    assert ("Front de libération du Gondo", "SUCCESSOR_OF", "Mouvement pour la justice du Gondo") in rels


def test_a_person_who_succeeds_a_person_is_no_successor_group(fr_rules):
    """SUCCESSOR_OF holds between organisations: "P a succédé à Q" relates no group (the ontology's types)."""
    found = fr_rules("Moussa Kandeli a succédé à Hamadou Sidibé en 2019.")
    assert not [r for r in found.extraction.relations if r.predicate == "SUCCESSOR_OF"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Front de libération du Gondo est placé sous la direction de Moussa Kandeli.",
        "Après la mort de Hamadou Sidibé, le Front de libération du Gondo passe sous la direction de Moussa Kandeli.",
    ],
)
def test_a_group_under_a_persons_direction_is_led_by_him(fr_rules, text):
    """ "le groupe passe sous la direction de P": P LEADER_OF the group."""
    assert ("Moussa Kandeli", "LEADER_OF", "Front de libération du Gondo") in triples(fr_rules(text))


def test_removed_from_the_direction_leads_nothing(fr_rules):
    """The cue reads the group as the one directed: a person removed "de la direction de Y" (the person first)
    is no leader, and Y leads no person (LEADER_OF's types)."""
    found = fr_rules("Moussa Kandeli a été écarté de la direction du Front de libération du Gondo.")
    assert not [r for r in found.extraction.relations if r.predicate == "LEADER_OF"]


def test_an_apposed_cue_noun_tells_of_the_name_before_its_comma(fr_rules):
    """ "il affronte X, héritière de Y": the heir is X, the group named right before the comma, not the
    clause's subject ("il", the group of the sentence before)."""
    text = ("Le Front de libération du Gondo a attaqué Kayes. Depuis 2021, il affronte la Brigade Tarka, héritière "
            "du Mouvement pour la justice du Gondo, près de Kayes.")
    rels = triples(fr_rules(text))
    assert ("Brigade Tarka", "SUCCESSOR_OF", "Mouvement pour la justice du Gondo") in rels
    assert ("Front de libération du Gondo", "SUCCESSOR_OF", "Mouvement pour la justice du Gondo") not in rels


@pytest.mark.parametrize(
    "text",
    [
        "Moussa Kandeli a rejoint le Front de libération du Gondo en 2012. Il y devient l'adjoint du chef "
        "militaire pour la zone de Kayes.",
        "Moussa Kandeli a rejoint le Front de libération du Gondo en 2012. Il devient émir de la zone 9, le Sahel, "
        "en 2014.",
    ],
)
def test_an_appointment_to_a_second_rank_makes_a_member(fr_rules, text):
    """An appointment as a deputy ("devient l'adjoint du chef") or as the head of an unnamed unit ("devient émir
    de la zone 9") makes its holder a member of the group, not its leader, as the role phrases read them."""
    rels = triples(fr_rules(text))
    assert ("Moussa Kandeli", "MEMBER_OF", "Front de libération du Gondo") in rels
    assert ("Moussa Kandeli", "LEADER_OF", "Front de libération du Gondo") not in rels


def test_an_appointment_as_the_groups_head_or_a_named_units_leads_it(fr_rules):
    rels = triples(fr_rules("Moussa Kandeli devient en 2014 l'émir du Front de libération du Gondo."))
    assert ("Moussa Kandeli", "LEADER_OF", "Front de libération du Gondo") in rels
    rels = triples(fr_rules("Moussa Kandeli a rejoint le Front de libération du Gondo en 2012. Il devient en 2014 "
                            "l'émir de la katiba Tarka."))
    assert ("Moussa Kandeli", "LEADER_OF", "katiba Tarka") in rels


TABLE = """Le tableau ci-dessous résume les groupes.

Groupe | Chef | Zone
Front de libération du Gondo (émirat du Sahel) | Moussa Kandeli | Kayes
Émirat du Sahel (Front de libération du Gondo) | Ali Touré | Nara
Brigade de vigilance de Tarka (BVT) | Hamadou Sidibé | Nioro
Katiba Serma | Amadou Bah | Douentza
"""


def test_a_table_row_naming_a_unit_beside_its_group_makes_the_leader_a_member(fr_rules):
    """A group cell that names a unit in brackets beside its group ("X (émirat du Sahel)", "Émirat du Sahel (X)"):
    the row's leader leads the unit, a member of the group, not its leader."""
    rels = triples(fr_rules(TABLE))
    for person in ("Moussa Kandeli", "Ali Touré"):
        assert (person, "MEMBER_OF", "Front de libération du Gondo") in rels
        assert (person, "LEADER_OF", "Front de libération du Gondo") not in rels


def test_a_table_row_naming_a_group_with_its_acronym_or_alone_leads_it(fr_rules):
    rels = triples(fr_rules(TABLE))
    assert ("Amadou Bah", "LEADER_OF", "Katiba Serma") in rels
    assert not [r for r in rels if r[0] == "Hamadou Sidibé" and r[1] == "MEMBER_OF"]
