"""Events read in the forty-sixth round (branch ev46): a passive killing naming nobody, told after an abduction in its
sentence ("two were executed in December", "was abducted and killed"), is of that abduction's captives by their
captors (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


def test_captives_counted_as_killed_after_an_abduction(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In October 2019 Katiba Nour fighters abducted six traders of the Kel Ansar near Zinder; two were executed "
            "in December and the rest have never been released.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("kel", "patient")} <= roles(one(events, "KILLING"))


def test_captives_killed_and_released_after_a_kidnapping(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Katiba Nour was formed in 2015. In May 2021 it kidnapped five Kel Ansar herders near Tessit; two were "
            "killed and three released after their relatives paid ransom.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("kel", "patient")} <= roles(one(events, "KILLING"))


def test_abducted_and_killed_is_the_captive_killed(facts) -> None:  # type: ignore[no-untyped-def]
    text = "- 14 June: the mayor of Tessit, Ali Tanko, was abducted and killed hours after he accused the Katiba Nour."
    _, events, _ = facts(text, PEOPLE)
    assert ("tanko", "patient") in roles(one(events, "KILLING"))


def test_a_toll_of_named_victims_after_an_abduction_is_not_the_captives(facts) -> None:  # type: ignore[no-untyped-def]
    # the dead the clause describes ("two Nigerien soldiers") are not counted captives: left as before
    text = ("In May 2021 the Katiba Nour kidnapped five Kel Ansar herders near Tessit; two Nigerien soldiers were "
            "killed in the pursuit.")
    _, events, _ = facts(text, PEOPLE)
    killings = [e for e in events if e.type == "KILLING"]
    assert not any(("kel", "patient") in roles(e) for e in killings), killings


ARMY = {**PEOPLE, "fulani": ("COMMUNITY", ["Fulani"])}


def test_bare_soldiers_as_the_doers_are_the_army_named_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Nigerien army has held a post at Tessit since 2019. "
            "On 25 February 2024 soldiers killed more than 40 Fulani civilians near Zinder, according to survivors.")
    _, events, _ = facts(text, ARMY)
    assert ("niger_army", "agent") in roles(one(events, "KILLING"))


def test_bare_soldiers_with_others_arrest_as_the_army(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Nigerien army has held a post at Tessit since 2019. "
            "- Late November: soldiers and dozo hunters swept the bush north of Zinder and detained nine suspects.")
    _, events, _ = facts(text, ARMY)
    assert ("niger_army", "agent") in roles(one(events, "ARREST"))


def test_described_soldiers_are_not_the_army_named_before(facts) -> None:  # type: ignore[no-untyped-def]
    # "Chadian soldiers": a demonym names their state; "some soldiers" are not the force as a whole
    text = ("The Nigerien army has held a post at Tessit since 2019. "
            "On 25 February 2024 some soldiers killed more than 40 Fulani civilians near Zinder.")
    _, events, _ = facts(text, ARMY)
    killings = [e for e in events if e.type == "KILLING"]
    assert not any(("niger_army", "agent") in roles(e) for e in killings), killings
