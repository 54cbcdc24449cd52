"""Forty-second round (branch titles42), on hand-written sentences with invented names: the styles South Asian,
Southeast Asian and West African reports write before a name (Mawlawi, Maulana, Qari, Ustadz, Alhaji, Mallam,
Ardo) are titles (lexicons/titles.tsv) that reports also keep in the name (``classify.HONORIFICS``): the
titled form and the bare one are names of one person, and the bare form alone later joins it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


@pytest.mark.parametrize("title", ["Mawlawi", "Maulvi", "Maulana", "Qari", "Ustadz", "Alhaji", "Mallam", "Ardo"])
def test_a_style_before_a_name_is_a_title_kept_as_a_name(run: Callable[[str], Found], title: str) -> None:
    found = run(f"The cell was run by {title} Karim Dostali, a preacher from Monguno. "
                "Dostali was arrested in 2019 in Maiduguri.")
    assert found.same(f"{title} Karim Dostali", "Karim Dostali")
    assert found.same("Karim Dostali", "Dostali")
    assert found.type_of("Karim Dostali") == "PERSON"


def test_a_titled_name_in_a_fact_box_joins_its_bare_form_and_its_kunya(run: Callable[[str], Found]) -> None:
    found = run("Tehreek-e-Wadi (fictional group)\n\n"
                "Tehreek-e-Wadi is a militant group of the Safi tribe.\n\n"
                "Leader(s): Maulvi Karim Dostali (\"Abu Talha al-Swati\", 2017–2020); Noor Gul Mehsud (2020–2022)\n"
                "Headquarters: Kotkai\n\n"
                "Karim Dostali, a cleric of the Safi tribe, commanded a company in the district until 2017.")
    assert found.same("Maulvi Karim Dostali", "Karim Dostali")
    assert found.same("Karim Dostali", "Abu Talha al-Swati")


def test_a_style_inside_a_name_is_left_there(run: Callable[[str], Found]) -> None:
    # "Malam" as a name's middle word is no title: the full name stays whole
    found = run("Ibrahim Malam Sidiki founded the group in 2016. Malam Sidiki died in 2017.")
    assert "Ibrahim Malam Sidiki" in found.names()
    assert found.same("Ibrahim Malam Sidiki", "Malam Sidiki")
