"""Entities and aliases read on the corpus dev and train splits' errors (issue #10, eighteenth round),
on hand-written sentences with invented actors: a surname two persons of one report share."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _holders(found, name: str) -> list[str]:
    """The preferred names of every entity that answers to ``name``."""
    return [e.name for e in found.extraction.entities if name in e.names()]


@pytest.mark.parametrize(
    "text, short, bearer, relative",
    [
        # the relative named after the report's own bearer, and the surname used after both
        (
            "The recruiter Dovlat Karimzoda ran a safe house in Izmir. Karimzoda recruited mainly among "
            "migrant workers. His younger brother, Bahrom Karimzoda, was arrested in April. Whether "
            "Karimzoda is still alive is unknown.",
            "Karimzoda", "Dovlat Karimzoda", "Bahrom Karimzoda",
        ),
        (
            "Souleymane Ould Mahfoud led the katiba. His brother Hamma Ould Mahfoud ran the logistics. "
            "Ould Mahfoud was arrested in 2021.",
            "Ould Mahfoud", "Souleymane Ould Mahfoud", "Hamma Ould Mahfoud",
        ),
        (
            "The court heard that Amadou Tessouki Bangou financed the cell. Soldiers arrested his son, "
            "Issaka Bangou, at a checkpoint in May. Bangou denies the charges.",
            "Bangou", "Amadou Tessouki Bangou", "Issaka Bangou",
        ),
    ],
)
def test_a_shared_surname_stays_with_the_person_named_first(run, text, short, bearer, relative):
    found = run(text)
    assert found.by_name(bearer) is not found.by_name(relative)
    assert _holders(found, short) == [bearer]


def test_the_surname_goes_by_the_full_name_it_shortens_not_by_its_bearers_other_names(run):
    # an infobox names the son first by his kunya; his birth name, which holds the surname, is written
    # only after the surname already stood for the father
    found = run(
        "Leader: Abu Hafs al-Tessouki (2016-2019)\n\nThe sect was founded by the preacher Musa Kolawe. "
        "After Kolawe died in custody, his deputy took command. Abu Hafs al-Tessouki (born Habib Kolawe) "
        "was demoted in 2019."
    )
    assert found.same("Musa Kolawe", "Kolawe")
    assert not found.same("Abu Hafs al-Tessouki", "Kolawe")
