"""French relations, twenty-seventh round (frrel32): each case names the behaviour it pins."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    ("text", "part", "country"),
    [
        ("Le Mali est en guerre. Les jihadistes tiennent le nord du Mali depuis avril.", "nord du Mali", "Mali"),
        ("La Libye reste divisée. Ils vivent dans le sud de la Libye.", "sud de la Libye", "Libye"),
    ],
)
def test_a_compass_part_of_a_named_country_lies_in_it(fr_rules, text, part, country):
    """ "le nord du Mali" is a place of its own in French (not a mention of Mali), and the French
    annotation reads it as LOCATED_IN the country the document names."""
    assert (part, "LOCATED_IN", country) in triples(fr_rules(text))


def test_a_compass_part_lies_in_the_country_it_names(fr_rules):
    # frent40: the country inside the phrase is a mention of the country (the annotation names the country in 30
    # of the train split's 43 compass phrases that are its only mention), so the part lies in it
    found = fr_rules("Les jihadistes tiennent le nord du Mali depuis avril.")
    assert ("nord du Mali", "LOCATED_IN", "Mali") in triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Selon des sources locales, le groupe a reçu l'appui d'hommes d'Abou Karim, l'un des émirs du Front, "
        "installé dans la ville depuis le printemps.",
        "Amadou Sidibé, l'un des principaux chefs du Front, a été arrêté.",
    ],
)
def test_one_of_its_leaders_is_a_member(fr_rules, text):
    """ "l'un des émirs de X" is one of several: a member of X, as "one of its commanders" in English."""
    rels = triples(fr_rules(text))
    person = "Abou Karim" if "Abou Karim" in text else "Amadou Sidibé"
    assert (person, "MEMBER_OF", "Front") in rels
    assert (person, "LEADER_OF", "Front") not in rels


def test_the_leader_stays_a_leader(fr_rules):
    rels = triples(fr_rules("Amadou Sidibé, le chef du Front, a été arrêté."))
    assert ("Amadou Sidibé", "LEADER_OF", "Front") in rels


def test_a_model_does_not_make_the_leader_of_a_unit_the_leader_of_its_parent():
    """ "la katiba X, unité du GSIM dirigée par P": the rules read P as X's leader, X a unit of the GSIM; the
    sentence model's P LEADER_OF GSIM is left out (the leader of a unit is a member of its parent)."""
    from reportgraph.extract.facts import _union
    from reportgraph.model import Relation
    from reportgraph.ontology import default_ontology

    rules = [Relation("p", "LEADER_OF", "unit"), Relation("unit", "SUBUNIT_OF", "parent")]
    learned = [Relation("p", "LEADER_OF", "parent", method="learned"), Relation("q", "LEADER_OF", "parent",
                                                                                 method="learned")]
    kept = {(r.subject, r.predicate, r.object) for r in _union(rules, learned, default_ontology())}
    assert ("p", "LEADER_OF", "parent") not in kept
    assert ("q", "LEADER_OF", "parent") in kept
