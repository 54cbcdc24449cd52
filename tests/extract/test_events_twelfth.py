"""Events read in the twelfth round (branch evt16): the scope of a negating verb, releases and verdicts nobody
is said to make, passive participles, dates before a noun trigger, "our forces" (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a denial past a semicolon is about the fact told before it, which stays told
        ("In 2019 the Katiba Nour abducted Ali Tanko near Tessit; the group has always denied any part in it.",
         "ABDUCTION"),
        # a relative clause or a participle describing a noun states its own fact
        ("The Katiba Nour, which Ali Tanko founded in 2016, has failed to hold Tessit.", "FOUNDING"),
        ("Ali Tanko, elected in February 2014, has promised to defeat the Katiba Nour.", "APPOINTMENT"),
        ("Ali Tanko, who was appointed emir of the Katiba Nour in 2014, has promised to take Tessit.", "APPOINTMENT"),
        # talks that failed took place
        ("Talks between the Katiba Nour and the Nigerien army failed in 2019.", "MEDIATION"),
        # "wanted for" the kidnapping: sought for a kidnapping that took place
        ("Ali Tanko is wanted for the kidnapping of Hamdi Ould Sidi near Zinder in 2019.", "ABDUCTION"),
    ],
)
def test_a_negating_verb_does_not_reach_a_fact_outside_its_scope(facts, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    one(events, etype)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the Katiba Nour denied abducting Ali Tanko near Tessit.",
        "The Katiba Nour failed to abduct Ali Tanko near Tessit in 2019.",
        "Ali Tanko wanted to abduct Hamdi Ould Sidi near Zinder in 2019.",
    ],
)
def test_a_negating_verb_still_governs_its_complement(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ABDUCTION"]


def test_a_release_nobody_is_said_to_make_is_the_captors(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May 2019 the Katiba Nour kidnapped five engineers near Zinder. "
        "Three were released in June after their families paid a ransom."
    )
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "TRANSFER"))


def test_released_things_are_no_release_of_people(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May 2019 the Katiba Nour kidnapped five engineers near Zinder. "
        "Photos of the engineers were released in June."
    )
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "TRANSFER"]


COURTS = {**PEOPLE, "court": ("ORGANIZATION", ["Federal High Court"])}


@pytest.mark.parametrize(
    "text",
    [
        # a passive's "by" makes the participle a passive even where the tagger read a past tense
        "The Front for Gourma Renewal (FAR), set up in 2015 by the village chief Ali Tanko, fields 120 volunteers.",
        # a bare participle opening the sentence is done to the clause's subject
        "Formed in 2015 around the Kurdish units, the Front for Gourma Renewal is the main partner of the coalition.",
    ],
)
def test_a_participle_with_an_agent_or_opening_the_clause_is_a_passive(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert ("front", "patient") in roles(one(events, "FOUNDING"))


def test_a_date_before_a_noun_trigger_names_no_actor(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour claimed responsibility for the September 2016 attack on a customs post at Tessit."
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "ATTACK"))


def test_one_asked_about_an_attack_did_not_make_it(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Asked by a reporter about the September 2016 attack on Tessit, Ali Tanko said the Katiba Nour had fled."
    _, events, _ = facts(text, PEOPLE)
    assert not any(("tanko", "agent") in roles(e) for e in events if e.type == "ATTACK")


def test_a_verdict_naming_no_judge_is_the_courts(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal High Court delivered its judgment on 3 May 2019 in the trial of four men. "
        "The first defendant was convicted on nine counts and sentenced to twenty years."
    )
    _, events, _ = facts(text, COURTS)
    assert ("court", "agent") in roles(one(events, "SENTENCING"))


def test_our_forces_are_the_reports_own_force(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 June 2019 our forces arrested Ali Tanko near Tessit, the Nigerien army said in a statement. "
        "The Nigerien army said the Katiba Nour fled."
    )
    _, events, _ = facts(text, PEOPLE)
    assert {("niger_army", "agent"), ("tanko", "patient")} <= roles(one(events, "ARREST"))


@pytest.mark.parametrize(
    "text",
    [
        "In June 2019 the Nigerien army raided a camp near Tessit. Three others were arrested, including Ali Tanko.",
        "In June 2019 two suspected collaborators, including Ali Tanko, were arrested by the Nigerien army in Tessit.",
    ],
)
def test_those_a_group_includes_take_part(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert ("tanko", "patient") in roles(one(events, "ARREST"))


def test_states_between_which_an_agreement_is_made_are_its_parties(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In May 2019 the Front for Gourma Renewal welcomed the agreement between Niger and Chad on border patrols."
    _, events, _ = facts(text, PEOPLE)
    assert {("niger", "agent"), ("chad", "agent")} <= roles(one(events, "MEDIATION"))


def test_a_killing_of_uncounted_victims_is_a_killing(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019 the Katiba Nour killed several dozen civilians near Tessit."
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "KILLING"))


def test_insurgents_fought_are_the_group_in_focus(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Katiba Nour has grown since 2014. The Katiba Nour recruits in Tessit. Katiba Nour raids markets.\n\n"
        "In June 2019 the Nigerien army fought the insurgents."
    )
    _, events, _ = facts(text, PEOPLE)
    assert {("niger_army", "agent"), ("katiba", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_men_loyal_to_someone_are_his(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In June 2019 fighters loyal to Ali Tanko attacked the Nigerien army near Tessit."
    _, events, _ = facts(text, PEOPLE)
    assert {("tanko", "agent"), ("niger_army", "patient")} <= roles(one(events, "ATTACK"))


def test_a_clause_listing_dated_acts_gives_an_event_each(facts) -> None:  # type: ignore[no-untyped-def]
    # (thirteenth round, branch date17) "took X in August 2016 and Y in October 2017": two captures
    text = "The Katiba Nour attacked Tessit in August 2016 and Zinder in October 2017."
    _, events, _ = facts(text, PEOPLE)
    found = sorted((e.date, e.location) for e in events if e.type == "ATTACK")
    assert found == [("2016-08", "tessit"), ("2017-10", "zinder")]
    # one date: one event
    _, events, _ = facts("The Katiba Nour attacked Tessit and Zinder in August 2016.", PEOPLE)
    assert [e.date for e in events if e.type == "ATTACK"] == ["2016-08"]
