"""Entities read on the corpus dev and train splits' errors (issue #10, twenty-second round), on
hand-written sentences with invented actors: a name that modifies a lower-case noun of a force or a
medium ("its Nasr news agency", "Kawaan special forces") is the organisation's, the noun left out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harakat al-Nasr claimed the attack through its Bayaan news agency, saying six soldiers died.", "Bayaan"),
        ("The group claimed the ambush on its Sawtul radio station on Friday.", "Sawtul"),
        ("Abdi Warsame was captured by Kawaan special forces during a raid near Jilib.", "Kawaan"),
        ("The convoy was escorted by Kawaan forces and two police trucks.", "Kawaan"),
        ("Soldiers of the Gurmad unit secured the hotel after a siege of thirty hours.", "Gurmad"),
        ("Videos were posted by the Islamic State's Bayaan outlet on Sunday.", "Bayaan"),
    ],
)
def test_a_name_modifying_a_force_or_medium_noun_is_an_organisation(run, text, name):
    found = run(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert not any(n.endswith(("agency", "station", "forces", "unit", "outlet")) for n in found.names())


def test_a_place_of_the_report_keeps_its_forces_a_place(run):
    # the report writes the region after "in": "Dhexland forces" are the region's, no organisation's name
    found = run("Dhexland forces captured the village. The fighting in Dhexland lasted a week.")
    assert found.type_of("Dhexland") == "LOCATION"


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Malian forces and the Kel Tamart fighters clashed near Anefis.", "Kel Tamart", "ORGANIZATION"),
        ("The Tebu unit of Murzuq was disbanded in March.", "Tebu", "COMMUNITY"),
    ],
)
def test_demonyms_and_communities_before_a_force_noun_keep_their_reading(run, text, name, etype):
    found = run(text)
    assert found.type_of(name) == etype
    assert "Malian" not in found.names()
