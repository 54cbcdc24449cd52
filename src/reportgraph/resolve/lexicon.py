"""The word lists resolution reads, loaded once from ``data/resolve/`` (each file states its source)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ResolveError


def _rows(name: str) -> list[list[str]]:
    text = resources.files("reportgraph.data").joinpath("resolve", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@dataclass(frozen=True)
class Lexicon:
    """Particles, titles, common given names, organisation words and demonyms."""

    kunya: frozenset[str]
    nasab: frozenset[str]
    article: frozenset[str]
    glue: frozenset[str]
    abd: frozenset[str]
    titles: frozenset[str]
    common_given: frozenset[str]
    org_stop: frozenset[str]
    org_generic: frozenset[str]
    org_map: dict[str, str]
    demonyms: dict[str, str]
    news_agencies: frozenset[str]  # folded names (news_agencies.txt)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon (read on first use, never at import)."""
    kinds: dict[str, set[str]] = {k: set() for k in ("kunya", "nasab", "article", "glue", "abd", "title")}
    for row in _rows("person_particles.tsv"):
        if len(row) != 2 or row[0] not in kinds:
            raise ResolveError(f"person_particles.tsv: bad row {row!r}")
        kinds[row[0]].add(row[1])
    common = {r[0] for r in _rows("common_given_names.txt")}
    stop: set[str] = set()
    generic: set[str] = set()
    mapping: dict[str, str] = {}
    for row in _rows("org_words.tsv"):
        word, kind = row[0], row[1]
        canon = row[2] if len(row) > 2 and row[2] else word
        if kind == "stop":
            stop.add(word)
        elif kind in ("generic", "modifier"):
            generic.add(canon)
            mapping[word] = canon
        elif kind in ("map", "keep", "direction"):
            mapping[word] = canon
        else:
            raise ResolveError(f"org_words.tsv: bad kind {kind!r}")
    # a mapped word whose target is generic is generic too (zone -> region)
    generic |= {w for w, c in mapping.items() if c in generic}
    demonyms = {r[0]: r[1] for r in _rows("demonyms.tsv")}
    from .names import words  # names.py reads this lexicon: imported here, at first use, not at import

    agencies = frozenset(" ".join(words(r[0])) for r in _rows("news_agencies.txt"))
    return Lexicon(
        kunya=frozenset(kinds["kunya"]),
        nasab=frozenset(kinds["nasab"]),
        article=frozenset(kinds["article"]),
        glue=frozenset(kinds["glue"]),
        abd=frozenset(kinds["abd"]),
        titles=frozenset(kinds["title"]),
        common_given=frozenset(common),
        org_stop=frozenset(stop),
        org_generic=frozenset(generic),
        org_map=mapping,
        demonyms=demonyms,
        news_agencies=agencies,
    )
