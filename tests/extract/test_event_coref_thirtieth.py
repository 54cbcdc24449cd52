"""Events told again (thirtieth round, branch evtcoref36): a definite event noun that refers back is the event
told before even when a phrase of the telling hangs from it ("claimed the attack in a statement") or when it
stands in a non-partitive "of" ("on the day of the attack"); and such a noun is not given the report's group as
its agent once an act of violence has been told ("The ambush took place near X" after a kidnapping)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model

FIRST = "On 3 March 2021 the Katiba Nour attacked a Nigerien army post near Zinder, killing six soldiers."


def attacks(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ATTACK"]


@pytest.mark.parametrize(
    "again",
    [
        "Ali Tanko was arrested in Tessit on the day of the attack.",
        "Hamdi Ould Sidi was named as the planner of the attack.",
        "The Katiba Nour claimed the attack in a statement.",
        "The Katiba Nour claimed the attack through its news agency.",
    ],
)
def test_a_noun_referring_back_is_the_attack_told_before(facts, again: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(f"{FIRST} {again}", PEOPLE)
    found = attacks(events)
    assert len(found) == 1, [(e.trigger, roles(e), e.date) for e in found]
    assert found[0].trigger == "attacked"
    assert ("katiba", "agent") in roles(found[0])


def test_one_of_several_attacks_is_still_its_own(facts) -> None:  # type: ignore[no-untyped-def]
    # "one of the attacks": some of several, not the one told before (the partitive "of" still refuses)
    text = f"{FIRST} Ali Tanko was wounded in one of the attacks."
    _, events, _ = facts(text, PEOPLE)
    assert len(attacks(events)) == 2, [(e.trigger, roles(e)) for e in attacks(events)]


def test_a_back_reference_of_another_type_gets_no_guessed_group(facts) -> None:  # type: ignore[no-untyped-def]
    # no attack told before: "the ambush" is not given the report's most named group as its agent
    text = ("On 3 March 2021 the Katiba Nour kidnapped five engineers near Zinder. The Katiba Nour is active in "
            "Niger. The ambush took place near Tessit.")
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in attacks(events) if ("katiba", "agent") in roles(e)], [
        (e.trigger, roles(e)) for e in attacks(events)]


def test_a_noun_with_its_own_target_keeps_the_report_s_group(facts) -> None:  # type: ignore[no-untyped-def]
    # "the ambush on a convoy" names its own target: a new event, still by the report's group
    text = ("On 3 March 2021 the Katiba Nour kidnapped five engineers near Zinder. The Katiba Nour is active in "
            "Niger. The ambush on a Nigerien army convoy took place near Tessit.")
    _, events, _ = facts(text, PEOPLE)
    assert [e for e in attacks(events) if ("katiba", "agent") in roles(e)], [
        (e.trigger, roles(e)) for e in attacks(events)]
