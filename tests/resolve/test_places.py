"""The offline gazetteer."""

from __future__ import annotations

import pytest

from reportgraph.resolve import places
from reportgraph.resolve.orgs import compare_org_names
from reportgraph.resolve.places import PRECISIONS, default_gazetteer, load_curated


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [("Timbuktu", "ML", "town"), ("Tombouctou", "ML", "town"), ("Azaouad", "ML", "region"),
     ("Tchad", "TD", "country"), ("Algérie", "DZ", "country"), ("Tibesti Mountains", "TD", "region"),
     # short forms of country_short_forms.tsv: before it, UAE was a Chinese town and Burkina a German one
     ("U.S.", "US", "country"), ("US", "US", "country"), ("UAE", "AE", "country"), ("Burkina", "BF", "country"),
     ("RDC", "CD", "country"), ("Britain", "GB", "country")],
)
def test_lookup_finds_variants(name: str, country: str, precision: str) -> None:
    found = default_gazetteer().lookup(name)
    assert found, name
    assert found[0].country_code == country
    assert found[0].precision == precision
    assert -90 <= found[0].lat <= 90 and -180 <= found[0].lon <= 180


def test_unknown_place_is_empty() -> None:
    assert default_gazetteer().lookup("Qwxzzy") == []


@pytest.mark.parametrize(("word", "code"), [("Malian", "ML"), ("Nigerien", "NE"), ("Nigerian", "NG"),
                                            ("Mauritanie", "MR"), ("French", "FR")])
def test_country_code_of_demonyms(word: str, code: str) -> None:
    assert default_gazetteer().country_code(word) == code


def test_curated_file_is_well_formed() -> None:
    places = load_curated()
    assert len({p.id for p in places}) == len(places)
    assert all(p.precision in PRECISIONS for p in places)


def test_country_short_forms_name_real_countries() -> None:
    forms = places._country_short_forms()
    codes = {p.country_code for p in default_gazetteer().countries()}
    assert forms and set(forms) <= codes


@pytest.mark.parametrize(("a", "b"), [("Mosul", "Messalo"), ("Sirwah", "Syria"), ("Séno", "Sanaa")])
def test_far_spellings_of_one_gazetteer_entry_need_more_than_the_gazetteer(a: str, b: str) -> None:
    # GeoNames' alternate names and the folding of vowels file these under one place: weighed so
    # that a co-mention must confirm it (2.2 < the threshold of 2.5)
    m = compare_org_names(a, b, "LOCATION")
    assert m.kind == "gazetteer" and 0 < m.score < 2.5


@pytest.mark.parametrize(("a", "b"), [("Niamey", "Niamei"), ("Borno", "Borno State"), ("Algérie", "Algeria"),
                                      ("Tchad", "Chad")])
def test_close_spellings_and_countries_keep_the_gazetteer_weight(a: str, b: str) -> None:
    assert compare_org_names(a, b, "LOCATION").score == 3.5
