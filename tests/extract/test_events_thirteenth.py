"""Events read in the thirteenth round (branch evt17): who speaks of an event did not make it, a place that
owns people is no place of the event, and the plural and group nouns that stand for the groups the text
has just named (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Also today, Ali Tanko commented on yesterday's bombings in Zinder.",
        "Ali Tanko spoke about the raid on Tessit in 2019.",
    ],
)
def test_who_speaks_of_an_event_is_not_its_agent(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ATTACK" and ("tanko", "agent") in roles(e)]


def test_a_place_owning_the_people_is_not_where_the_event_happened(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Later in the day, Ali Tanko flew to visit Niger service members at a base in the desert."
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "MOVEMENT").location != "niger"


@pytest.mark.parametrize(
    "text",
    [
        # named in two sentences, counted in a third
        "The Katiba Nour controls the north. Front for Gourma Renewal holds the south. "
        "The two groups fought for three days near Tessit in September.",
        # "the two" standing alone
        "The Katiba Nour split from the Front for Gourma Renewal in 2015 and the two have fought each other since.",
        # a noun for the sides of a fight
        "The Katiba Nour and the Front for Gourma Renewal are rivals. In May 2025 the two outfits clashed near Tessit.",
    ],
)
def test_counted_plural_nouns_stand_for_the_groups_just_named(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("front", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_both_groups_never_include_the_clauses_own_subject(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour attacked Tessit. The Nigerien army fought both groups in 2015."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARMED_CLASH" and ("niger_army", "agent") in roles(e)
                and len(e.participants) > 1]


ARMS = {
    **PEOPLE,
    "rdf": ("ORGANIZATION", ["Rwanda Defence Force"]),
    "russia": ("LOCATION", ["Russia"]),
}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # the country's own force, named by the country rather than the demonym
        ("The Rwanda Defence Force arrived in 2021. Rwandan troops clashed with the Katiba Nour near Tessit "
         "on 12 October.", "rdf"),
        # a state's aircraft with a demonym
        ("Russia backs the army. Russian warplanes struck Katiba Nour positions near Tessit on Saturday.", "russia"),
    ],
)
def test_a_demonym_on_troops_or_aircraft_names_the_state_force(facts, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, ARMS)
    assert any((agent, "agent") in roles(e) for e in events if e.type in ("ATTACK", "ARMED_CLASH"))


def test_people_arrested_by_nobody_named_were_arrested_by_the_force_acting_just_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In March 2023 the Nigerien army raided a safe house near Tessit; three fighters of the Katiba Nour "
            "were killed and two were arrested.")
    _, events, _ = facts(text, PEOPLE)
    assert ("niger_army", "agent") in roles(one(events, "ARREST"))


def test_an_insurgent_group_acting_before_does_not_arrest(facts) -> None:  # type: ignore[no-untyped-def]
    text = "In May the Katiba Nour attacked Tessit. Two fighters were arrested."
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARREST" and ("katiba", "agent") in roles(e)]


def test_captives_released_as_they_are_released_by_their_captors(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In January 2024 the Katiba Nour arrested three herders near Tessit; they were released to their "
            "families after elders intervened.")
    _, events, _ = facts(text, PEOPLE)
    assert roles(one(events, "TRANSFER")) == {("katiba", "agent")}


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour attacked Tessit in 2013 and again in 2015.",
        "The Katiba Nour attacked Tessit twice, in 2013 and in 2015.",
        "The Katiba Nour attacked Tessit in 2013 and 2015.",
    ],
)
def test_one_trigger_with_two_coordinated_dates_tells_two_events(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert sorted(e.date or "" for e in events if e.type == "ATTACK") == ["2013", "2015"]


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour attacked Tessit between 2013 and 2015.",  # a range is one date
        "The Katiba Nour attacked Tessit in 2013 and was founded in 2015.",  # the second date is another verb's
    ],
)
def test_a_range_or_another_verbs_date_tells_one_event(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert len([e for e in events if e.type == "ATTACK"]) == 1


def test_a_fight_naming_no_side_is_fought_by_the_sides_of_the_attack_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In May 2019 the Nigerien army attacked the Katiba Nour near Tessit. "
            "In the ensuing fighting, twenty fighters were killed.")
    _, events, _ = facts(text, PEOPLE)
    assert roles(one(events, "ARMED_CLASH")) == {("niger_army", "agent"), ("katiba", "agent")}


def test_fighting_between_the_two(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Nour is a rival of the Front for Gourma Renewal; fighting between the two has been frequent."
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("front", "agent")} <= roles(one(events, "ARMED_CLASH"))


def test_a_list_item_does_not_count_the_groups_of_the_items_above(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("- The Katiba Nour and the Nigerien army fought near Tessit in 2019.\n"
            "- Front for Gourma Renewal, its rival after 2019; fighting between the two has been frequent.")
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARMED_CLASH" and ("niger_army", "agent") in roles(e)
                and "fighting" in e.trigger]


def test_who_is_blamed_for_an_attack_stays_in_it(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Katiba Nour was widely blamed for the March 2024 massacre at Tessit.", PEOPLE)
    assert any(p.entity == "katiba" for p in one(events, "ATTACK").participants)


def test_a_force_named_in_the_phrase_of_a_drone_is_read_there(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {**PEOPLE, "air": ("ORGANIZATION", ["Nigerien air force"])}
    text = "A Nigerien air force drone struck a Katiba Nour column near Tessit on 2 March."
    _, events, _ = facts(text, spec)
    assert ("air", "agent") in roles(one(events, "ATTACK"))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Front for Gourma Renewal and the 2016 Tessit attack are well documented.", "ATTACK"),
        ("The criminal court of Zinder convicted four members of the Katiba Nour in 2019.", "SENTENCING"),
    ],
)
def test_a_town_does_not_attack_or_judge(facts, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == etype and any(p.entity in ("tessit", "zinder") for p in e.participants)]


def test_a_state_still_acts_in_its_strike(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Chad strike on the Katiba Nour near Tessit killed ten fighters.", PEOPLE)
    assert ("chad", "agent") in roles(one(events, "ATTACK"))


def test_released_videos_are_no_release(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Katiba Nour videos released in 2021 show Ali Tanko near Tessit.", PEOPLE)
    assert not [e for e in events if e.type == "TRANSFER"]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerien army raided Tessit in May. The men were detained on Saturday.",
        "The Nigerien army raided Tessit in May. They were detained on Saturday.",
    ],
)
def test_people_told_of_before_are_not_given_a_new_arrester(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARREST" and ("niger_army", "agent") in roles(e)]
