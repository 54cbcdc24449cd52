"""The GeoNames locator: countries at their capitals, cities by name or alternate name, unknowns None."""

from __future__ import annotations

import pytest

from reportgraph.resolve.geonames import locate, locate_any


@pytest.mark.parametrize(
    ("name", "country", "precision", "lat", "lon"),
    [
        ("Gao", "ML", "city", 16.27, -0.04),  # Gao, Mali: more populous than Gao, Burkina Faso
        ("Tombouctou", "ML", "city", 16.77, -3.01),  # a French alternate name
        ("timbuktu", "ML", "city", 16.77, -3.01),
        ("Mali", "ML", "country", 12.61, -7.98),  # placed at Bamako
        ("Algeria", "DZ", "country", 36.73, 3.09),
        ("Niamey", "NE", "city", 13.51, 2.11),
    ],
)
def test_known_places(name: str, country: str, precision: str, lat: float, lon: float) -> None:
    place = locate(name)
    assert place is not None
    assert (place.country, place.precision) == (country, precision)
    assert place.latitude == pytest.approx(lat, abs=0.01) and place.longitude == pytest.approx(lon, abs=0.01)


@pytest.mark.parametrize("name", ["Wadi Zerga", "Adrar des Ifoghas", "", "Southern Front"])
def test_unknown_places(name: str) -> None:
    assert locate(name) is None


def test_locate_any_takes_the_first_known_name() -> None:
    place = locate_any(["Wadi Zerga", "Kidal", "Gao"])
    assert place is not None and place.latitude == pytest.approx(18.44, abs=0.01)
