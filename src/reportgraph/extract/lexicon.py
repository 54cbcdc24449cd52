"""The word lists of ``data/lexicon.yaml`` as a small typed value."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import OntologyError
from .language import current_language


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
    # a language's articles and pronouns beyond the English ones coref.py knows (lexicon_fr.yaml)
    definite_articles: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    org_pronouns: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    # subject pronouns of a language with grammatical gender that stand for a thing as for a person
    # (French "il", "elle": "La katiba X ... Elle est dirigée par Y" is the katiba)
    gendered_pronouns: frozenset[str] = frozenset()
    # a language's words of the role phrases around a person's name ("X, chef de Y", "le chef des Y de
    # la commune, X"), beyond the English ones relations.py knows: words that may stand inside one, that
    # end one, time adverbs that may open one after the comma, "of", "and" and the indefinite article
    role_inner: frozenset[str] = frozenset()
    role_stops: frozenset[str] = frozenset()
    role_adverbs: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    # irregular fighters with no name ("les assaillants") and the determiners that make them refer back
    # to the group a report is about (events.py's English INSURGENT_NOUNS and ANAPHORIC_DETERMINERS)
    insurgent_nouns: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str] = frozenset()
    # a language's copulas, appointing verbs, "as" and possessives that may stand for a group, beyond
    # the English ones relations.py knows ("X est le chef de Y", "X a été nommé émir de Y", "son chef")
    copulas: frozenset[str] = frozenset()
    appointers: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    group_possessives: frozenset[str] = frozenset()
    # forms of a leading verb that may open the clause after a name and its comma, which the tagger reads as a
    # noun ("X, commande la katiba Y": not a role "commande"; X leads Y)
    leading_verb_forms: frozenset[str] = frozenset()
    # a language's words of the place phrases ("X, dans la commune de Y", "X, un village du cercle de Y",
    # "X, près de Y", "Y (Z)"), "or" of a list, beyond the English ones places.py knows
    place_fill: frozenset[str] = frozenset()
    near_words: frozenset[str] = frozenset()
    or_words: frozenset[str] = frozenset()
    in_words: frozenset[str] = frozenset()
    # a table's header words (folded, the cell's first word): the column of the groups it lists, of their
    # leaders and of the places they hold ("Groupe | Dirigeant | Bastion", "Faction | Chef(s) | Zone")
    table_group_heads: frozenset[str] = frozenset()
    table_leader_heads: frozenset[str] = frozenset()
    table_zone_heads: frozenset[str] = frozenset()
    # and, beside a table's group or name column, the columns of the communities its rows belong to, of the
    # groups a person of a row belongs to, and of each row's enemies and allies ("Name | Group | Community",
    # "Actor | Enemies | Allies")
    table_community_heads: frozenset[str] = frozenset()
    table_affiliation_heads: frozenset[str] = frozenset()
    table_enemy_heads: frozenset[str] = frozenset()
    table_ally_heads: frozenset[str] = frozenset()
    # things seized that are neither people nor ground ("seized weapons"): no abduction (events.py)
    goods_nouns: frozenset[str] = frozenset()

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


def default_lexicon() -> Lexicon:
    """The bundled lexicon of the language being extracted, read once."""
    return _bundled(current_language())


def _read(name: str) -> dict[str, object]:
    raw = yaml.safe_load(resources.files("reportgraph.data").joinpath(name).read_text("utf-8"))
    if not isinstance(raw, dict):
        raise OntologyError(f"{name}: not a mapping")
    return raw


def _merged(raw: dict[str, object], extra: dict[str, object]) -> dict[str, object]:
    """``raw`` with ``extra``'s lists appended and mappings merged, key by key."""
    out = dict(raw)
    for k, v in extra.items():
        old = out.get(k)
        if isinstance(old, list) and isinstance(v, list):
            out[k] = old + v
        elif isinstance(old, dict) and isinstance(v, dict):
            out[k] = _merged(old, v)
        else:
            out[k] = v
    return out


@lru_cache(maxsize=2)
def _bundled(language: str) -> Lexicon:
    # a French document reads the English words too: names and titles cross languages in the reports
    raw: dict[str, Any] = _read("lexicon.yaml")
    if language != "en":
        raw = _merged(raw, _read(f"lexicon_{language}.yaml"))
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
            "definite_articles",
            "demonstratives",
            "person_pronouns",
            "org_pronouns",
            "plural_pronouns",
            "relative_pronouns",
            "gendered_pronouns",
            "role_inner",
            "role_stops",
            "role_adverbs",
            "of_words",
            "and_words",
            "indefinite_articles",
            "insurgent_nouns",
            "anaphoric_determiners",
            "copulas",
            "appointers",
            "as_words",
            "group_possessives",
            "leading_verb_forms",
            "place_fill",
            "near_words",
            "or_words",
            "in_words",
            "goods_nouns",
            "table_group_heads",
            "table_leader_heads",
            "table_zone_heads",
            "table_community_heads",
            "table_affiliation_heads",
            "table_enemy_heads",
            "table_ally_heads",
        )
    }
    cues = {str(p): tuple(str(c) for c in cs) for p, cs in (raw.get("relation_cues") or {}).items()}
    return Lexicon(
        demonyms={str(k): str(v) for k, v in (raw.get("demonyms") or {}).items()},
        relation_cues=cues,
        departure_cues=tuple(str(c) for c in raw.get("departure_cues") or ()),
        **sets,
    )
