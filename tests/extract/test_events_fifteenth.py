"""Events read in the fifteenth round (branch evt19): a toll told in the sentence after an attack or a fight,
insurgent nouns that say what their men believe or how they came (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, roles

pytestmark = pytest.mark.model


def killings(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.type == "KILLING"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # an attack, then its toll in a sentence of its own
        ("The Nigerien army bombed the camps of the Katiba Nour near Tessit on 19 January. Local sources say "
         "four civilians were killed.", {"niger_army"}),
        # a fight: both sides killed
        ("On 3 May the Katiba Nour fought the Front for Gourma Renewal near Tessit. Elders say nineteen "
         "militants and four herders were killed.", {"katiba", "front"}),
    ],
)
def test_a_toll_in_the_next_sentence_is_the_attack_s(facts, text: str, agents: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    found = killings(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert {(k, "agent") for k in agents} <= roles(found[0])


def test_attackers_killed_are_not_killed_by_their_own_group(facts) -> None:  # type: ignore[no-untyped-def]
    # the insurgents who attacked were killed by the defenders, not by their own group
    text = "The Katiba Nour attacked a hotel in Zinder on Friday. Five attackers were killed."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in killings(events) if ("katiba", "agent") in roles(e)]


def test_a_toll_after_a_sentence_with_no_violence_takes_no_agent(facts) -> None:  # type: ignore[no-untyped-def]
    # the sentence before tells no attack or fight: nobody is made the killer
    text = "Ali Tanko was appointed emir of the Katiba Nour in 2015. At least forty people were killed in Zinder."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in killings(events) if any(r == "agent" for _, r in roles(e))]


@pytest.mark.parametrize(
    "subject",
    ["Islamist fighters", "Gunmen on motorbikes", "The insurgents, who had crossed the river at night,"],
)
def test_insurgents_described_but_not_named_are_the_report_s_group(facts, subject: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"The Katiba Nour controls the area around Tessit. The Katiba Nour recruits herders. {subject} "
            "attacked a village near Zinder on Friday.")
    _, events, _ = facts(text, PEOPLE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and ("katiba", "agent") in roles(attacks[0])


@pytest.mark.parametrize("subject", ["Unidentified gunmen", "Gunmen from Chad", "Gunmen who had crossed from Chad"])
def test_insurgents_singled_out_name_nobody(facts, subject: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"The Katiba Nour controls the area around Tessit. The Katiba Nour recruits herders. {subject} "
            "attacked a village near Zinder on Friday.")
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ATTACK" and ("katiba", "agent") in roles(e)]


def test_insurgents_an_aside_names_are_not_the_report_s_group(facts) -> None:  # type: ignore[no-untyped-def]
    # "known locally as the Front for Gourma Renewal": the aside names them, so the report's group is no guess
    text = ("The Katiba Nour controls the area around Tessit. The Katiba Nour recruits herders. The insurgents, "
            "known locally as the Front for Gourma Renewal, attacked a village near Zinder on Friday.")
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ATTACK" and ("katiba", "agent") in roles(e)]


@pytest.mark.parametrize(
    "text",
    [
        "Reports of Ali Tanko's death have circulated several times but have never been confirmed.",
        "Ali Tanko has been reported killed several times; none of these reports has been confirmed.",
        "The Katiba Nour has not confirmed the death of Ali Tanko.",
        "Reports that Ali Tanko was killed near Tessit in 2015 have not been confirmed.",
    ],
)
def test_a_death_reported_and_unconfirmed_is_negated(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    # kept, so an analyst sees the report, but negated: no fact of the graph
    _, events, _ = facts(text, PEOPLE)
    assert killings(events) and all(e.modality == "negated" for e in killings(events))


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko is believed to have been killed in a Nigerien army air strike near Tessit in 2022, but his death "
        "has not been confirmed.",
        "Ali Tanko was reportedly killed in a strike near Tessit in 2022.",
    ],
)
def test_a_killing_told_beside_an_unconfirmed_death_stays(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert [e for e in killings(events) if ("tanko", "patient") in roles(e) and e.modality != "negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Fictional scenario - exercise wire; the village of Tessit, the emir Ali Tanko named and the attacks "
        "described are invented.",
        "Fictional scenario (the Katiba Nour, its commander Ali Tanko and the raids of 2025 are invented); the "
        "Nigerien army is real.",
        "The Katiba Nour, the Nigerien army and the 2016 Zinder attack are real.",
    ],
)
def test_a_note_on_which_names_are_invented_tells_no_event(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not events, [(e.type, e.trigger) for e in events]


def test_a_relative_clause_saying_a_name_is_invented_leaves_the_fact(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In August fighting broke out between the Katiba Nour and the Front for Gourma Renewal, which is invented "
            "for this exercise, near Tessit.")
    _, events, _ = facts(text, PEOPLE)
    assert [e for e in events if e.type == "ARMED_CLASH"]


def test_an_attack_past_a_semicolon_before_an_unconfirmed_death_stays_asserted(facts) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the strike on "reported" across the semicolon: the strike is told as a fact
    text = ("The Nigerien army carried out an air strike on Tessit in March 2025; Ali Tanko's death has been reported "
            "but not confirmed.")
    _, events, _ = facts(text, PEOPLE)
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and all(e.modality != "negated" for e in attacks)
