"""Events read in the forty-fourth round (branch ev44): a person's men ("his men", "Tanko's fighters") act for the
organisation he leads and for him, as the annotation reads them either way; a man and his band are one side of no
fight; "fighters of the katiba" make the katiba the subject a later "the unit" continues (invented actors)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model

BANDS = {
    **PEOPLE,
    "koumbo": ("PERSON", ['Saleh "Koumbo" Adoum', "Koumbo"]),
    "koumbo_band": ("ORGANIZATION", ["Bandes de Koumbo"]),
}


def test_his_men_are_the_group_he_leads(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Tanko is the leader of the Katiba Nour. "
            "In March 2022 his men abducted four traders near Zinder.")
    _, events, _ = facts(text, PEOPLE)
    assert {("katiba", "agent"), ("tanko", "agent")} <= roles(one(events, "ABDUCTION"))


def test_a_named_person_s_fighters_are_his_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Tanko, the emir of the Katiba Nour, fled to Niger in 2019. "
            "In May 2021 Tanko's fighters attacked Tessit.")
    _, events, _ = facts(text, PEOPLE)
    assert ("katiba", "agent") in roles(one(events, "ATTACK"))


def test_a_group_named_for_the_man_stands_for_his_men(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Bandes de Koumbo took cattle across the border in 2023. "
            "Koumbo's men raided Zinder a week later.")
    _, events, _ = facts(text, BANDS)
    assert ("koumbo_band", "agent") in roles(one(events, "ATTACK"))


def test_the_men_of_a_man_who_leads_nothing_stay_his(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Hamdi Ould Sidi said his men had attacked Tessit in 2020."
    _, events, _ = facts(text, PEOPLE)
    assert ("hamdi", "agent") in roles(one(events, "ATTACK"))


def test_a_man_and_his_band_are_no_two_sides(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Tanko is the leader of the Katiba Nour. "
            "He said in 2021 that his men fought only in the Gourma.")
    _, events, _ = facts(text, PEOPLE)
    clashes = [e for e in events if e.type == "ARMED_CLASH"]
    assert not any({("katiba", "agent"), ("tanko", "agent")} <= roles(e) for e in clashes), clashes


def test_the_unit_continues_the_group_whose_fighters_acted(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {**PEOPLE, "parent": ("ORGANIZATION", ["Front for Gourma Renewal"])}
    text = ("The Katiba Nour is a unit of the Front for Gourma Renewal. The Front for Gourma Renewal claimed "
            "attacks in Niger in 2019. The Front for Gourma Renewal also runs camps near Tessit.\n\n"
            "Fighters of the Katiba Nour ambushed a convoy near Zinder in June 2021. "
            "In September 2022 the unit raided Tessit.")
    _, events, _ = facts(text, spec)
    raid = [e for e in events if e.type == "ATTACK" and e.trigger == "raided"]
    assert raid and ("katiba", "agent") in roles(raid[0]), [(e.type, e.trigger, roles(e)) for e in events]


def test_a_man_s_fighters_marry_as_men(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("Ali Tanko is the leader of the Katiba Nour. "
            "In 2015 he directed his fighters to marry women of the Kel Ansar.")
    _, events, _ = facts(text, PEOPLE)
    marriages = [e for e in events if e.type == "MARRIAGE"]
    assert not any(("katiba", "agent") in roles(e) for e in marriages), marriages
