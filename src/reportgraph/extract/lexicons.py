"""The extractor's lexicons (data files under ``reportgraph/data/lexicons``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .names import fold


def _rows(name: str) -> list[list[str]]:
    text = resources.files("reportgraph.data").joinpath("lexicons", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


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


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """All lexicons, parsed once per process."""
    heads = _rows("org_heads.tsv")
    communities: dict[str, str] = {}
    for row in _rows("communities.tsv"):
        for form in row:
            communities[fold(form)] = row[0]
    return Lexicons(
        titles={fold(r[0]): r[1] for r in _rows("titles.tsv")},
        particles={fold(r[0]): r[1] for r in _rows("name_particles.tsv")},
        given_names=frozenset(fold(r[0]) for r in _rows("given_names.txt")),
        non_names=frozenset(fold(r[0]) for r in _rows("non_names.txt")),
        org_heads=frozenset(fold(r[0]) for r in heads if r[1] == "head"),
        unit_nouns=frozenset(fold(r[0]) for r in heads if r[1] == "unit"),
        institutions=frozenset(fold(r[0]) for r in heads if r[1] == "institution"),
        communities=communities,
        demonyms={fold(r[0]): r[1] for r in _rows("demonyms.tsv")},
        geo_features={fold(r[0]): r[1] == "keep" for r in _rows("geo_features.tsv") if r[1] != "prefix"},
        toponym_prefixes=frozenset(fold(r[0]) for r in _rows("geo_features.tsv") if r[1] == "prefix"),
    )
