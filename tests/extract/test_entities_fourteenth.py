"""Entities read on the corpus dev and train splits' errors (issue #10, fourteenth round), on
hand-written sentences with invented actors: more organisation head nouns, a state's body named with
and without its country, and places that a lower-case noun after a name turns into another place."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        # the statistical model calls these a person or a place; the head noun says what they are
        ("Amadou Tessouki of Korvan Rights Watch said the militia burned Korvan.", "Korvan Rights Watch"),
        ("Bello Korvani told the Korvan Decommissioning Body on Monday.", "Korvan Decommissioning Body"),
        ("Fighters of Sariyat Ibn Korvan crossed into Tessit.", "Sariyat Ibn Korvan"),
        ("The Tessouki Resistance Units took Tessit in May.", "Tessouki Resistance Units"),
    ],
)
def test_a_name_with_an_organisation_head_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_state_body_named_without_its_country_is_the_same_body(run):
    found = run("The U.S. Department of the Interior listed the Korvan Front in May. The Department of "
                "the Interior said the group raised money in Tessit.")
    assert found.same("U.S. Department of the Interior", "Department of the Interior")


@pytest.mark.parametrize(
    "text, place, other",
    [
        ("Rockets struck Tessouki airport on Monday. The governor of Tessouki said two guards died.",
         "Tessouki airport", "Tessouki"),
        ("Fighters withdrew to the Lake Korvan islands, far from Lake Korvan's western shore.",
         "Lake Korvan islands", "Lake Korvan"),
    ],
)
def test_a_lower_case_airport_or_islands_after_a_name_is_another_place(run, text, place, other):
    found = run(text)
    assert found.type_of(place) == "LOCATION"
    assert not found.same(place, other)


def test_a_group_before_islands_is_not_a_place(run):
    found = run("The Korvan Front attacked the Tessit islands. The Korvan Front denied it.")
    assert found.type_of("Korvan Front") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, place, form",
    [
        ("Gunmen killed five herders in the Korvani circle on Monday.", "Korvani", "Korvani circle"),
        ("The boats landed on the Tessouki peninsula at dawn.", "Tessouki", "Tessouki peninsula"),
        ("Fighters crossed the Korvan reserve towards Tessit.", "Korvan", "Korvan reserve"),
    ],
)
def test_a_place_before_circle_or_peninsula_also_answers_to_the_name_with_it(run, text, place, form):
    found = run(text)
    assert found.type_of(place) == "LOCATION"
    assert found.same(place, form)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Korvani fighters shelled the Saudi-led coalition near Tessit.", "Saudi-led coalition"),
        ("U.S.-led forces withdrew from Tessit in May.", "U.S.-led forces"),
        ("The Saudi-led military coalition struck Tessit.", "Saudi-led military coalition"),
    ],
)
def test_a_coalition_named_by_the_country_that_leads_it(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_coalition_a_country_backs_is_no_name(run):
    assert "Turkish-backed forces" not in run("Turkish-backed forces took Tessit.").names()


def test_a_wire_credit_line_keeps_the_places_but_not_the_reporters(run):
    found = run("Gunmen killed ten soldiers near Tessit, the army said.\n\n(Reporting by Amadou Korvani in "
                "Niamey; additional reporting by Anna Tessouki in Dakar; Editing by Frances Bello)")
    assert found.type_of("Niamey") == "LOCATION"
    assert found.type_of("Dakar") == "LOCATION"
    assert not {"Amadou Korvani", "Anna Tessouki", "Frances Bello"} & found.names()
