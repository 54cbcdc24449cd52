"""Events read in the forty-fifth round (branch ev45): a fight's side that is a reference ("the group", "it", "the
brigades") given to the very side it fights stands for the nearest other group; a dateline written in mixed case
("Zinder, 3 May 2023 — ") names the place a story was filed from, never an actor; elders who negotiate with the
captors for a release go between; unnamed insurgents killed by nobody named were killed by the state's force (invented
actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model

SIDES = {
    **PEOPLE,
    "brigades": ("ORGANIZATION", ["Tessit Popular Brigades"]),
    "rivals": ("ORGANIZATION", ["Ansar al-Wadi"]),
}


def test_the_group_fighting_a_named_group_is_another(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour was formed in 2015 near Tessit. In 2016 the Front for Gourma Renewal set up camps "
            "near Zinder. The group then fought the Front for Gourma Renewal around Tessit in 2018.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("front", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_it_fought_by_a_named_group_is_another(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour was formed in 2015 near Tessit. The Front for Gourma Renewal rejected any alliance "
            "with the group and fought it near Zinder the following year.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("front", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_a_plural_of_a_group_s_name_word_is_that_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Tessit Popular Brigades were raised in 2016. "
            "In the autumn of 2017 the brigades clashed with Ansar al-Wadi on the road to Zinder.")
    _, events, _ = facts(text, SIDES)
    assert {("brigades", "agent"), ("rivals", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_described_men_fighting_a_named_group_are_not_guessed(facts) -> None:  # type: ignore[no-untyped-def]
    # "Malian units", "forty fighters": men the sentence describes, not a reference to another group
    text = ("The Katiba Nour was formed in 2015 near Tessit. "
            "The Front for Gourma Renewal clashed with Malian units near Zinder in 2018.")
    _, events, _ = facts(text, PEOPLE)
    clashes = [e for e in events if e.type == "ARMED_CLASH"]
    assert not any(("katiba", "agent") in roles(e) for e in clashes), clashes


def test_a_mixed_case_dateline_names_no_actor(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour is the subject of this note.\n\n"
            "- Zinder, Niger, 3 May 2023 — gunmen attacked a market near the town, killing nine traders.")
    _, events, _ = facts(text, PEOPLE)
    attack = one(events, "ATTACK")
    assert not {("zinder", "agent"), ("niger", "agent")} & roles(attack), attack


def test_elders_talking_with_the_group_for_a_release_are_go_betweens(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour abducted nine boys near Tessit in January 2025. "
            "The boys were released near Zinder in February 2025 after Kel Ansar elders negotiated with the group.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("kel", "mediator")} <= roles(one(events, "MEDIATION"))


def test_talks_with_a_group_that_free_nobody_make_no_go_between(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour abducted nine boys near Tessit in January 2025. "
            "Kel Ansar elders negotiated with the group over grazing rights in February 2025.")
    _, events, _ = facts(text, PEOPLE)
    assert not any(("kel", "mediator") in roles(e) for e in events if e.type == "MEDIATION"), events


def test_insurgents_killed_by_nobody_named_were_killed_by_the_state_s_force(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Nigerien army pursued the Katiba Nour near Tessit. The Nigerien army said it held the road. "
            "On 3 May 2024 eleven assailants were neutralised near Zinder.")
    _, events, _ = facts(text, PEOPLE)
    assert ("niger_army", "agent") in roles(one(events, "KILLING"))


def test_civilians_killed_by_nobody_named_get_no_killer(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Nigerien army pursued the Katiba Nour near Tessit. The Nigerien army said it held the road. "
            "On 3 May 2024 three civilians were killed near Zinder.")
    _, events, _ = facts(text, PEOPLE)
    assert not any(("niger_army", "agent") in roles(e) for e in events if e.type == "KILLING"), events


def test_a_group_that_talks_for_a_release_is_no_go_between(facts) -> None:  # type: ignore[no-untyped-def]
    # a group negotiating is a side of the talks; only elders, a chief (a community, a person) go between
    text = ("The Katiba Nour abducted nine boys near Tessit in January 2025. The boys were released near Zinder in "
            "February 2025 after the Front for Gourma Renewal negotiated with the group.")
    _, events, _ = facts(text, PEOPLE)
    assert not any(("front", "mediator") in roles(e) for e in events if e.type == "MEDIATION"), events
