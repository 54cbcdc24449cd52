"""Events told twice (twenty-seventh round, branch evdup33): a definite event noun with a date of its own
that holds an earlier event's date ("the March attack", "the 2015 raid") names that event again."""

from __future__ import annotations

import pytest

from reportgraph.extract.event_coref import holds

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def attacks(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "ATTACK"]


@pytest.mark.parametrize(
    "recap",
    [
        "The March 2021 attack was the deadliest of the year.",
        "The Katiba Nour later claimed the March 2021 attack.",
    ],
)
def test_a_dated_recap_holding_the_attack_s_date_is_that_attack(facts, recap: str) -> None:  # type: ignore[no-untyped-def]
    text = f"On 3 March 2021 the Katiba Nour attacked a Nigerien army post near Zinder. {recap}"
    _, events, _ = facts(text, PEOPLE)
    found = attacks(events)
    assert len(found) == 1, [(e.trigger, e.date) for e in found]
    assert found[0].date == "2021-03-03"
    assert ("katiba", "agent") in roles(found[0])


def test_a_recap_dated_otherwise_is_another_attack(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("On 3 March 2021 the Katiba Nour attacked a Nigerien army post near Zinder. "
            "The Katiba Nour later claimed the 2019 attack.")
    _, events, _ = facts(text, PEOPLE)
    assert len(attacks(events)) == 2, [(e.trigger, e.date) for e in attacks(events)]


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2015", "2015-03", True),
        ("2015-03", "2015-03-07/2015-03-08", True),
        ("2015-03", "2015-03", True),
        ("2015", "2014-12/2015-01", False),
        ("2015-03", "2015", False),
        ("2015/2016", "2015-03", False),
        ("2015", "2015-03/..", False),
        (None, "2015", False),
    ],
)
def test_holds(outer: str | None, inner: str | None, expected: bool) -> None:
    assert holds(outer, inner) is expected


def test_a_singular_noun_telling_the_same_sides_again_is_that_event(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("On 3 March 2021 the Katiba Nour attacked the Nigerien army near Zinder. "
            "The Katiba Nour's attack angered the Nigerien army.")
    _, events, _ = facts(text, PEOPLE)
    found = attacks(events)
    assert len(found) == 1, [(e.trigger, roles(e), e.date) for e in found]
    assert found[0].trigger == "attacked"


def test_a_noun_with_a_target_of_its_own_stays_another_telling(facts) -> None:  # type: ignore[no-untyped-def]
    # the gold reads one event per predicate mention: a noun naming its own target is left as it is
    text = ("On 3 March 2021 the Katiba Nour attacked the Nigerien army near Zinder. "
            "Its attack on the Nigerien army surprised nobody.")
    _, events, _ = facts(text, PEOPLE)
    assert len(attacks(events)) == 2, [(e.trigger, roles(e)) for e in attacks(events)]
