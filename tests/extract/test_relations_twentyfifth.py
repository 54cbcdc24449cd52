"""Who leads a part of a group is one of its members (issue #10, twenty-fifth round).

"A unit of X commanded by P", "a faction of X led by P", "X's northern wing, led by P", "fighters of X under
P", "a second X group under P": P leads the part, and the annotation convention makes the leader of a
sub-unit a MEMBER_OF the parent, not its leader. A group named by its part noun ("the X faction led by P"),
a part in apposition to the group it names ("Y, the Sahel branch of X led by P") and a group led outright
keep LEADER_OF. Hand-written sentences with invented groups and people; the rules only.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "toure": ("PERSON", ["Omar Toure"]),
    "bakar": ("PERSON", ["Ali Bakar"]),
    "traore": ("PERSON", ["Issa Traore"]),
    "klf": ("ORGANIZATION", ["Kessa Liberation Front", "KLF"]),
    "dune": ("ORGANIZATION", ["Dune Front"]),
    "shield": ("ORGANIZATION", ["Ndaw Shield"]),
    "vds": ("ORGANIZATION", ["Volunteers for the Defence of the Sahel", "VDS"]),
    "council": ("ORGANIZATION", ["Sahel Council"]),
}


def triples(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Sources described it as a unit of the Kessa Liberation Front (KLF) commanded by Omar Toure.",
         "toure", "klf"),
        ("In March a faction of the Dune Front led by Ali Bakar broke away.", "bakar", "dune"),
        ("The Kessa Liberation Front's northern wing, led by Ali Bakar, attacked the town.", "bakar", "klf"),
        ("Fighters of the Kessa Liberation Front under Omar Toure attacked an army outpost.", "toure", "klf"),
        ("A second KLF group under Ali Bakar operates in the mountains.", "bakar", "klf"),
    ],
)
def test_the_leader_of_a_part_is_a_member_of_the_whole(facts, text, person, group):
    """Before: LEADER_OF the parent (the cue "lead by" read the part's "of" phrase or modifier as the group)."""
    found = triples(facts(text, SPEC)[0])
    assert (person, "MEMBER_OF", group) in found
    assert (person, "LEADER_OF", group) not in found


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("The raid bore the hallmarks of the KLF faction led by Ali Bakar.", "bakar", "klf"),
        ("The Kessa Liberation Front is led by Omar Toure.", "toure", "klf"),
        ("He became one of the eight members of the Sahel Council headed by Ali Bakar.", "bakar", "council"),
        ("The money went to the Kessa Liberation Front (KLF), the Sahel branch of the Dune Front led by Ali Bakar.",
         "bakar", "klf"),
    ],
)
def test_a_group_led_outright_keeps_its_leader(facts, text, person, group):
    found = triples(facts(text, SPEC)[0])
    assert (person, "LEADER_OF", group) in found
    assert (person, "MEMBER_OF", group) not in found


def test_the_group_led_not_the_body_in_its_apposition(facts):
    """Before: P was LEADER_OF both the group and the larger body its apposition names."""
    text = ("The Ndaw Shield, about 300 Volunteers for the Defence of the Sahel (VDS) recruited among farmers, "
            "is led by a former miner, Issa Traore.")
    found = triples(facts(text, SPEC)[0])
    assert ("traore", "LEADER_OF", "shield") in found
    assert ("traore", "LEADER_OF", "vds") not in found


def test_a_group_formed_under_a_person_is_led_by_them(facts):
    """Before: "under P" read the verb's subjects as the groups P leads (LEADER_OF the KLF and the Dune Front)."""
    text = "In 2017 the KLF and the Dune Front formed the Sahel Council under Ali Bakar."
    found = triples(facts(text, SPEC)[0])
    assert ("bakar", "LEADER_OF", "council") in found
    assert ("bakar", "LEADER_OF", "klf") not in found
    assert ("bakar", "LEADER_OF", "dune") not in found


def test_a_group_fought_under_a_person_is_not_the_object(facts):
    """Only a verb of forming passes "under P" to its object: the side that fights is led, not its enemy."""
    text = "The Dune Front fought the Ndaw Shield under Ali Bakar."
    found = triples(facts(text, SPEC)[0])
    assert ("bakar", "LEADER_OF", "shield") not in found
