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


GROUP = "The Katiba Nour controls the area around Tessit. The Katiba Nour recruits herders. "


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("On 6 January 2022 an ambush on an army patrol near Tessit left two soldiers dead.", "ATTACK"),
        ("In March 2021 a multi-day assault on Zinder killed dozens of civilians.", "ATTACK"),
        ("On 18 January 2022 the abduction of two French engineers near Tessit led to a ransom demand.", "ABDUCTION"),
    ],
)
def test_one_attack_naming_nobody_is_by_the_report_s_group(facts, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(GROUP + sentence, PEOPLE)
    found = [e for e in events if e.type == etype]
    assert found and ("katiba", "agent") in roles(found[0]), [(e.type, e.trigger, roles(e)) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        # a state's means: the report's group is not guessed
        "On 4 August a drone strike on a gathering near Tessit killed five people.",
        "In May 2021 an air raid on a market near Tessit killed five people.",
        # a plural tells a habit or a tally, not one event
        "Attacks on army posts near Tessit have risen since May 2021.",
        # nobody claimed it, or the sentence tells a claim of one told elsewhere
        "In October 2017 a truck bomb in Zinder killed more than 500 people, although the group never claimed it.",
        "In March 2021 an ambush near Tessit killed ten soldiers; no group has claimed it.",
        "In December 2011 the Katiba Nour released a video claiming an abduction carried out two months earlier.",
        # an agent named: nothing is added
        "In May 2021 the Nigerien army's raid on a camp near Tessit killed five people.",
    ],
)
def test_no_group_is_guessed_for_a_strike_a_plural_or_a_named_agent(facts, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(GROUP + sentence, PEOPLE)
    assert not [e for e in events if ("katiba", "agent") in roles(e)], [(e.type, e.trigger, roles(e)) for e in events]
