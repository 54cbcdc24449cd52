"""Events read in the fourteenth round (branch evt18): a fight whose one side is named and whose other is
armed men the sentence does not name; a person who "becomes" a post (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a state's force against irregulars described, not named: the group the report is about
        ("The Katiba Nour controls Tessit. Nigerien soldiers clashed with armed gold smugglers near Tessit.",
         {"niger_army", "katiba"}),
        # irregulars against a state's force named by a bare noun: the state's force the report names
        ("The Nigerien army holds Zinder. Katiba Nour fighters raided Tessit on Friday, clashing with troops "
         "for several hours.", {"katiba", "niger_army"}),
    ],
)
def test_the_unnamed_side_of_a_fight_is_the_reports_other_side(facts, text: str, sides: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {(k, "agent") for k in sides} <= roles(one(events, "ARMED_CLASH"))


def test_a_state_force_fighting_troops_takes_no_guessed_side(facts) -> None:  # type: ignore[no-untyped-def]
    # both sides state forces: the rule names no insurgent group, and a one-sided fight is still dropped
    text = "The Katiba Nour controls Tessit. The Nigerien army clashed with Chadian soldiers near Zinder."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARMED_CLASH" and ("katiba", "agent") in roles(e)]


GOVERNMENT = {**{k: v for k, v in PEOPLE.items() if k != "niger_army"},
              "niger_gov": ("ORGANIZATION", ["Nigerien government"])}


def test_armed_men_someone_owns_or_leads_are_no_guessed_side(facts) -> None:  # type: ignore[no-untyped-def]
    # "U.S.-led forces" are someone else's, named or not: the report's own state force is not guessed
    text = ("The Nigerien government holds Zinder. Ali Tanko sent fighters across the border to fight U.S.-led "
            "forces near Tessit.")
    _, events, _ = facts(text, GOVERNMENT)
    assert not [e for e in events if e.type == "ARMED_CLASH" and ("niger_gov", "agent") in roles(e)]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2014 the Katiba Nour merged with a smaller battalion. Ali Tanko became its commander.",
        "Ali Tanko became one of the Katiba Nour's deputy leaders in 2015.",
    ],
)
def test_a_person_who_becomes_a_post_is_appointed(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "agent"), ("katiba", "other")} <= roles(one(events, "APPOINTMENT"))
    assert not [e for e in events if e.type == "RENAMING" and ("tanko", "agent") in roles(e)]


def test_a_group_that_becomes_another_is_still_renamed(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("In 2016 the Katiba Nour became the Front for Gourma Renewal.", PEOPLE)
    assert ("front", "patient") in roles(one(events, "RENAMING"))
    assert not [e for e in events if e.type == "APPOINTMENT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko was charged with laundering the proceeds through money transfers to Niger.",
        "Since 2021 Ali Tanko has received transfers from the Katiba Nour's commanders in Tessit.",
        "According to records, Ali Tanko transferred at least US$ 600,000 to the Katiba Nour in 2017.",
    ],
)
def test_money_transferred_is_no_handover(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "TRANSFER"]


@pytest.mark.parametrize(
    "text",
    [
        "In August 2022 Ali Tanko organised the transfer of some 30 fighters from Niger to Tessit.",
        "In 2023 Ali Tanko was transferred to Zinder by the Nigerien army.",
    ],
)
def test_people_transferred_are_still_handed_over(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "patient"), ("tanko", "agent")} & roles(one(events, "TRANSFER"))
