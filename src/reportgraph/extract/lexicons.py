"""The extractor's lexicons (data files under ``reportgraph/data/lexicons``), loaded once per language.

A French document reads the English lists plus those of ``lexicons/fr`` (reports in either language
quote names, titles and peoples of the other)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .language import current_language
from .names import fold


def _rows(name: str, language: str = "en") -> list[list[str]]:
    folder = resources.files("reportgraph.data").joinpath("lexicons")
    files = [folder.joinpath(name)] if folder.joinpath(name).is_file() else []
    if language != "en" and folder.joinpath(language, name).is_file():
        files.append(folder.joinpath(language, name))
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def pairs(name: str, language: str = "en") -> dict[str, str]:
    """A lexicon file of two columns (and the language's own, beside it) as a map of its first column to its
    second: "modality.tsv" (lemma -> cue class), "telling_verbs.txt" (lemma -> say / claim)."""
    return {row[0]: row[1] for row in _rows(name, language) if len(row) >= 2}


@dataclass(frozen=True)
class Lexicons:
    """Folded (lower-case, accent-free) forms -> what they mean."""

    titles: dict[str, str]
    particles: dict[str, str]
    given_names: frozenset[str]
    non_names: frozenset[str]
    org_heads: frozenset[str]
    unit_nouns: frozenset[str]
    institutions: frozenset[str]
    communities: dict[str, str]
    demonyms: dict[str, str]
    geo_features: dict[str, bool]
    toponym_prefixes: frozenset[str]
    # a language's function words that never open a name, and its connectors -> their English rules
    # (lexicons/<language>/function_words.txt, connectors.tsv; none for English)
    function_words: frozenset[str] = frozenset()
    connectors: dict[str, str] = field(default_factory=dict)
    geo_nouns: frozenset[str] = frozenset()
    # "le lac Tchad", "le plateau de Bandiagara": a geographic noun of a natural feature (geo_nouns.tsv kind "feature")
    feature_nouns: frozenset[str] = frozenset()
    # "la localité de Ménaka", "le camp de X": a geographic noun that is no part of the name (kind "descriptor")
    descriptor_nouns: frozenset[str] = frozenset()
    name_adjectives: frozenset[str] = frozenset()
    naming_nouns: frozenset[str] = frozenset()  # "la force Barkhane": a lower-case noun that opens a name
    # "le secteur de Ldamsay", "l'émirat du Sahara": a lower-case unit noun named by its territory after "de"
    territorial_nouns: frozenset[str] = frozenset()
    # head nouns that alone are a common noun, never a name ("the State", "the Council", "l'État")
    generic_heads: frozenset[str] = frozenset()
    # "le réseau Chidi", "la bande de Baba Sarki": a band named after its chief, the whole phrase its name
    eponymous_nouns: frozenset[str] = frozenset()
    # "l'ONG X": a word written before an organisation's name that is no part of it
    label_nouns: frozenset[str] = frozenset()
    # a noun heading a name's apposition -> the name's type ("X, la principale milice dogon"; French only)
    apposition_nouns: dict[str, str] = field(default_factory=dict)


def lexicons() -> Lexicons:
    """All lexicons of the language being extracted, parsed once per process."""
    return _lexicons(current_language())


@lru_cache(maxsize=2)
def _lexicons(language: str) -> Lexicons:
    def rows(name: str) -> list[list[str]]:
        return _rows(name, language)

    heads = rows("org_heads.tsv")
    communities: dict[str, str] = {}
    for row in rows("communities.tsv"):
        for form in row:
            communities[fold(form)] = row[0]
    return Lexicons(
        titles={fold(r[0]): r[1] for r in rows("titles.tsv")},
        particles={fold(r[0]): r[1] for r in rows("name_particles.tsv")},
        given_names=frozenset(fold(r[0]) for r in rows("given_names.txt")),
        non_names=frozenset(fold(r[0]) for r in rows("non_names.txt")),
        org_heads=frozenset(fold(r[0]) for r in heads if r[1] == "head"),
        unit_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "unit"),
        institutions=frozenset(fold(r[0]) for r in heads if r[1] == "institution"),
        communities=communities,
        demonyms={fold(r[0]): r[1] for r in rows("demonyms.tsv")},
        geo_features={fold(r[0]): r[1] == "keep" for r in rows("geo_features.tsv") if r[1] != "prefix"},
        toponym_prefixes=frozenset(fold(r[0]) for r in rows("geo_features.tsv") if r[1] == "prefix"),
        function_words=frozenset(fold(r[0]) for r in rows("function_words.txt")),
        connectors={fold(r[0]): r[1] for r in rows("connectors.tsv")},
        geo_nouns=frozenset(fold(r[0]) for r in rows("geo_nouns.tsv")),
        feature_nouns=frozenset(fold(r[0]) for r in rows("geo_nouns.tsv") if r[1:2] == ["feature"]),
        descriptor_nouns=frozenset(fold(r[0]) for r in rows("geo_nouns.tsv") if r[1:2] == ["descriptor"]),
        name_adjectives=frozenset(fold(r[0]) for r in rows("name_adjectives.txt")),
        naming_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "naming"),
        territorial_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "territorial"),
        generic_heads=frozenset(fold(r[0]) for r in heads if r[1] == "generic"),
        eponymous_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "eponymous"),
        label_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "label"),
        apposition_nouns={fold(r[0]): r[1] for r in rows("apposition_nouns.tsv")},
    )
