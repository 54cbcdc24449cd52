"""A capital standing for its state (issue #10, twenty-first round), on hand-written sentences with
invented actors: a capital in a state's role is a name of its country's entity, a capital as a place
stays the city, and a report that names other towns of the country keeps its capital a city."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, capital, country",
    [
        ("The United States struck a Harakat al-Nasr camp. Washington said the strike killed two commanders.",
         "Washington", "United States"),
        ("Turkey shelled the border. Ankara accuses the Liwa al-Qamar militia of smuggling arms.",
         "Ankara", "Turkey"),
        ("Iran denied the report. Tehran's demands were rejected by the Liwa al-Qamar council.", "Tehran", "Iran"),
        ("Russia has backed the Kassala Front. The front's leader held talks with Moscow in June.",
         "Moscow", "Russia"),
        ("The truce was mediated by Muscat, officials of Oman said, after Liwa al-Qamar agreed.",
         "Muscat", "Oman"),
    ],
)
def test_a_capital_in_a_states_role_names_the_state(run, text, capital, country):
    found = run(text)
    assert found.same(capital, country)
    entity = found.by_name(capital)
    assert entity is not None
    assert "capital-as-state" in {m.method for m in entity.mentions if m.text == capital}


@pytest.mark.parametrize(
    "text, capital, country",
    [
        ("The United States sanctioned Harakat al-Nasr. The sanctions were announced in Washington on Friday.",
         "Washington", "United States"),
        ("Mali's army said the Kassala Front attacked a convoy. Its leader was flown to Bamako for questioning.",
         "Bamako", "Mali"),
        ("France tried the men of the Liwa al-Qamar cell. Niamey's airport was closed.", "Niamey", "Niger"),
    ],
)
def test_a_capital_as_a_place_stays_the_city(run, text, capital, country):
    assert not run(text).same(capital, country)


def test_a_report_naming_other_towns_of_the_country_keeps_its_capital_a_city(run):
    found = run("Mali's army retook Gao and Kidal from the Kassala Front. Bamako rejects the report of "
                "killings in Gao.")
    assert not found.same("Bamako", "Mali")


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU, Aug 21 (Horn Wire) - Somali forces ended a siege by Harakat al-Nasr gunmen in Somalia.",
        "Press statement\nMogadishu, 19 June 2024\nSomali forces killed a Harakat al-Nasr wali in Somalia.",
    ],
)
def test_a_capital_in_a_dateline_stays_the_city(run, text):
    found = run(text)
    assert not found.same("Mogadishu", "Somalia") and not found.same("MOGADISHU", "Somalia")


def test_a_capital_opening_a_paragraph_as_a_subject_names_the_state(run):
    found = run("The United States struck a Harakat al-Nasr camp.\n\nWashington said the strike killed two "
                "commanders.")
    assert found.same("Washington", "United States")


def test_a_capitals_authorities_are_not_the_country(run):
    found = run("Afghanistan sheltered the Liwa al-Qamar council. Kabul's authorities have repeatedly denied it.")
    assert not found.same("Kabul", "Afghanistan")
