"""Forty-seventh round (lead), on hand-written text with invented names: a bracket after a name that gives an
acronym, a comma and what the bearer is tied to ("(GDV, linked to the Tessa Front)", "(GDV, lié au Front de Tessa)")
names the bearer by the acronym only; the group after the words is another entity (``aliases._describes``). A
bracket listing two names with only a comma or "or"/"ou" between them still gives both."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_bracket_tie_is_no_name_english(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Gunmen of the Group for the Defence of Varnia (GDV, linked to the Tessa Front) took the women "
                "near Kolbu on 14 January.")
    assert found.same("Group for the Defence of Varnia", "GDV")
    assert not found.same("GDV", "Tessa Front")


def test_bracket_list_of_names_still_links_english(run) -> None:  # type: ignore[no-untyped-def]
    found = run("The Front for the Liberation of Varnia (FLV, or FPLV) denied the attack near Kolbu.")
    assert found.same("Front for the Liberation of Varnia", "FLV")
    assert found.same("Front for the Liberation of Varnia", "FPLV")


def test_bracket_tie_is_no_name_french(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Les femmes ont été enlevées par le Groupe de défense de la Varnie (GDV, lié au Front de "
                     "Tessa) près de Kolbu.")
    assert not found.same("Groupe de défense de la Varnie", "Front de Tessa")
    assert not found.same("GDV", "Front de Tessa")


def test_bracket_expansion_is_a_name_french(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules("Kolo Bana commande la Force de défense de Tessa (FDT, pour Tessa Defence Force) depuis 2016.")
    assert found.same("Force de défense de Tessa", "Tessa Defence Force")
