"""Relations (issue #10, forty-sixth round, branch rel46), on hand-written sentences with invented groups and
people: a unit noun whose modifier names its parent ("X, a G unit") states a part as "a unit of G" does, so the
closure carries the unit leader's membership to G when the leader is named in the next sentence ("Its emir,
Y, ..."); a spaced "second in command" is a deputy, and a possessed deputy noun names the person right after its comma
where the parser lost the apposition; a plural role noun's "include" lists its holders ("the group's leaders have
included X")."""

from __future__ import annotations

import pytest

from .conftest import deputies

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "katiba": ("ORGANIZATION", ["Katiba Dala"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
    "musa": ("PERSON", ["Musa Kadiri"]),
}


def triples(rels: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Dala, a Kolla Front unit that recruits among herders, has blockaded the road since March.",
        "The Katiba Dala, a Kolla Front battalion, attacked Mobeko.",
        "The Katiba Dala is a Kolla Front cell.",
    ],
)
def test_a_unit_noun_modified_by_a_group_is_its_part(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert ("katiba", "SUBUNIT_OF", "front") in triples(facts(text, SPEC)[0])


def test_the_unit_leader_named_next_is_a_member_of_the_parent(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Dala, a Kolla Front unit, has blockaded the road since March. Its emir, Musa Kadiri, "
            "is a herder from the east.")
    got = triples(facts(text, SPEC)[0])
    assert ("musa", "LEADER_OF", "katiba") in got
    assert ("musa", "MEMBER_OF", "front") in got


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 a Kolla Front unit attacked Mobeko.",  # a band of its men, no named part
        "The Katiba Dala, a Kolla Front splinter faction, blockaded the road.",  # a split, not a part
        "Musa Kadiri, a Kolla Front commander, was killed near Mobeko.",  # no unit noun
        "The Katiba Dala, an anti-Kolla Front unit, attacked Mobeko.",  # against the group
        "The Katiba Dala, a former Kolla Front brigade, attacked Mobeko.",  # no longer its part
    ],
)
def test_no_part_without_a_described_unit(facts, text) -> None:  # type: ignore[no-untyped-def]
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[1] == "SUBUNIT_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Sani Barka leads the Tanout Front. His second in command, Ali Garba, was arrested in 2021.",
        "Sani Barka commands the Tanout Front. Ali Garba, his second in command, was killed near Zinder.",
        # the parser takes the name for a second subject: the name right after the comma is read
        'The Tanout Front is led by Sani Barka. His second in command, Ali Garba ("Papa"), is also his cousin.',
        'The Tanout Front is led by Sani Barka. His deputy, Ali Garba ("Papa"), is also his cousin.',
    ],
)
def test_a_second_in_command_is_a_deputy(extractor, text: str) -> None:
    assert ("Ali Garba", "MEMBER_OF", "Tanout Front") in deputies(extractor, text)


def test_second_in_a_race_is_no_deputy(extractor) -> None:
    text = "Sani Barka leads the Tanout Front. Ali Garba came second in the race at Zinder."
    assert not deputies(extractor, text)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The Kolla Front began in 2017 in Mobeko. The group's leaders have included Musa Kadiri, who was killed "
         "in 2023.", ("musa", "LEADER_OF", "front")),
        ("The Kolla Front began in 2017 in Mobeko. Its founders included Musa Kadiri.", ("musa", "FOUNDED", "front")),
        ("The Kolla Front began in 2017 in Mobeko. Its other senior figures included Musa Kadiri, a preacher.",
         ("musa", "MEMBER_OF", "front")),
    ],
)
def test_a_plural_role_including_a_person(facts, text, triple) -> None:  # type: ignore[no-untyped-def]
    assert triple in triples(facts(text, SPEC)[0])


@pytest.mark.parametrize("noun", ["victims", "targets", "hostages"])
def test_what_is_no_role_includes_nobody(facts, noun) -> None:  # type: ignore[no-untyped-def]
    text = f"The Kolla Front began in 2017 in Mobeko. Its {noun} included Musa Kadiri."
    assert not {r for r in triples(facts(text, SPEC)[0]) if r[0] == "musa"}
