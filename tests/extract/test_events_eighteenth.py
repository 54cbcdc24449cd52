"""Events read in the eighteenth round (branch evt22): a group announced into being (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def foundings(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "FOUNDING"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January 2024 Ali Tanko broke away from the Katiba Nour and announced a new group, the Front for Gourma "
         "Renewal.", {("front", "patient"), ("tanko", "agent")}),
        ("In February 2009 Ali Tanko and Hamdi Ould Sidi announced an alliance, the Front for Gourma Renewal.",
         {("front", "patient"), ("tanko", "agent"), ("hamdi", "agent")}),
        ("The Front for Gourma Renewal was announced by Ali Tanko in January 2015.",
         {("front", "patient"), ("tanko", "agent")}),
        ("The Front for Gourma Renewal was announced in Zinder on 11 May 2017.", {("front", "patient")}),
        # the group announces itself: it is what is founded
        ("The Front for Gourma Renewal announced itself publicly in January 2012.", {("front", "patient")}),
        ("The Front for Gourma Renewal publicly announced its formation in Niger in January 2012.",
         {("front", "patient")}),
    ],
)
def test_a_group_announced_is_founded(facts, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = foundings(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert expected <= roles(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerien army announced the arrest of three members of the Katiba Nour in Zinder in May 2016.",
        "The Katiba Nour announced the death of Ali Tanko in May 2016.",
        "The Nigerien army announced in May 2016 that Ali Tanko had been killed.",
        "In May 2016 the Katiba Nour announced a new offensive against the Nigerien army.",
    ],
)
def test_announcing_anything_else_founds_nothing(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not foundings(events), [(e.type, e.trigger) for e in events]
