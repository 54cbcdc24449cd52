"""Thirty-third round (frxdoc39): French and English names of one thing across documents. A city's French
exonym (`data/resolve/place_exonyms.tsv`, GeoNames' French names), a French feminine demonym in -enne
read as its country, a continent's adjective (africaine, African), the head words of places (monts, lac,
forêt, îles) and "extrême" of a far region. The organisation and place names are invented where
they can be; the cities are real (the table names real cities)."""

from __future__ import annotations

import pytest

from reportgraph.resolve.orgs import compare_org_names


@pytest.mark.parametrize(("a", "b"), [
    ("Alger", "Algiers"),
    ("Tombouctou", "Timbuktu"),
    ("Le Caire", "Cairo"),
    ("Mogadiscio", "Mogadishu"),
    ("Londres", "London"),
])
def test_a_city_and_its_french_exonym_are_one_place(a: str, b: str) -> None:
    m = compare_org_names(a, b, "LOCATION")
    assert m.kind == "gazetteer" and m.score >= 3.5


@pytest.mark.parametrize(("a", "b"), [
    ("Alger", "Tombouctou"),  # two cities of the table
    ("Algérie", "Alger"),  # a country and its capital
    ("Alger", "Oran"),  # a city of the table and one outside it
])
def test_what_the_exonyms_do_not_join(a: str, b: str) -> None:
    assert compare_org_names(a, b, "LOCATION").score <= 0.0


@pytest.mark.parametrize(("a", "b"), [
    ("Armée nationale libyenne", "Libyan National Army"),
    ("Garde nationale libyenne", "Libyan National Guard"),
    ("Communauté économique des États de l'Afrique du Varun", "Economic Community of Varun African States"),
])
def test_a_french_organisation_name_and_its_english_form(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind in ("exact", "full") and m.score >= 3.0


@pytest.mark.parametrize(("a", "b"), [
    ("monts Varun", "Varun Mountains"),
    ("lac Sarvak", "Sarvak Lake"),
    ("forêt de Varun", "Varun Forest"),
    ("îles du lac Sarvak", "Sarvak Lake islands"),
    ("Extrême-Varun", "Far Varun"),
])
def test_a_french_place_name_and_its_english_form(a: str, b: str) -> None:
    m = compare_org_names(a, b, "LOCATION")
    assert m.kind in ("exact", "full") and m.score >= 3.0


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Armée nationale libyenne", "Lebanese National Army", "ORGANIZATION"),  # Libya is not Lebanon
    ("monts Varun", "Sarvak Mountains", "LOCATION"),  # two ranges
    ("lac Varun", "Varun River", "LOCATION"),  # a lake and a river of one name
    ("fleuve Varun", "Varun", "LOCATION"),  # the river and the place of its name
    ("monts Varun", "Varun", "LOCATION"),  # the range and a place of its name
])
def test_what_the_translations_do_not_join(a: str, b: str, kind: str) -> None:
    assert compare_org_names(a, b, kind).score <= 0.5


def test_a_translated_name_shares_a_key_of_its_whole_bag_of_terms() -> None:
    # "Front islamique du Varun" and "Varun Islamic Front" share the key of their translated terms, so
    # the resolver reads the one as a candidate of the other even where "islamic" names many groups
    from reportgraph.resolve.orgs import org_keys

    a = org_keys("Front islamique du Varun", "ORGANIZATION")
    b = org_keys("Varun Islamic Front", "ORGANIZATION")
    c = org_keys("Varun Islamic Army", "ORGANIZATION")
    assert {k for k in a & b if k.startswith("x:")}
    assert not {k for k in a & c if k.startswith("x:")}
