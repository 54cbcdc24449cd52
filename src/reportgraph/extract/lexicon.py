"""The word lists of ``data/lexicon.yaml`` as a small typed value."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import OntologyError


@dataclass(frozen=True)
class Lexicon:
    person_role_nouns: frozenset[str]
    org_nouns: frozenset[str]
    member_nouns: frozenset[str]
    state_force_nouns: frozenset[str]
    army_words: frozenset[str]
    community_cues: frozenset[str]
    kin_words: frozenset[str]
    directions: frozenset[str]
    leader_nouns: frozenset[str]
    leader_demoters: frozenset[str]
    founder_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    place_nouns: frozenset[str]
    base_nouns: frozenset[str]
    target_nouns: frozenset[str]
    demonyms: dict[str, str]
    relation_cues: dict[str, tuple[str, ...]]
    departure_cues: tuple[str, ...] = ()

    def country_of(self, word: str) -> str | None:
        """The country a demonym names ("Algerian" -> "Algeria"), plural or not."""
        w = word.strip()
        if w in self.demonyms:
            return self.demonyms[w]
        if w.endswith("s") and w[:-1] in self.demonyms:
            return self.demonyms[w[:-1]]
        return None

    def countries(self) -> frozenset[str]:
        return frozenset(v.lower() for v in self.demonyms.values())


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, read once."""
    raw = yaml.safe_load(resources.files("reportgraph.data").joinpath("lexicon.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise OntologyError("lexicon.yaml: not a mapping")
    sets = {
        k: frozenset(str(w).lower() for w in raw.get(k, []))
        for k in (
            "person_role_nouns",
            "org_nouns",
            "member_nouns",
            "state_force_nouns",
            "army_words",
            "community_cues",
            "kin_words",
            "directions",
            "leader_nouns",
            "leader_demoters",
            "founder_nouns",
            "unit_nouns",
            "place_nouns",
            "base_nouns",
            "target_nouns",
        )
    }
    cues = {str(p): tuple(str(c) for c in cs) for p, cs in (raw.get("relation_cues") or {}).items()}
    return Lexicon(
        demonyms={str(k): str(v) for k, v in (raw.get("demonyms") or {}).items()},
        relation_cues=cues,
        departure_cues=tuple(str(c) for c in raw.get("departure_cues") or ()),
        **sets,
    )
