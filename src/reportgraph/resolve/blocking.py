"""Blocking keys: the few index rows a record is filed and looked up under (so resolution is near-linear)."""

from __future__ import annotations

from functools import lru_cache

from .keys import normalize_name
from .names import person_keys
from .orgs import org_keys
from .places import Gazetteer


@lru_cache(maxsize=1 << 18)
def _name_keys(entity_type: str, name: str, gaz: Gazetteer) -> frozenset[str]:
    """The keys of one name (cached; scoring also uses them to skip pairs with nothing in common)."""
    raw = person_keys(name) if entity_type == "PERSON" else org_keys(name, entity_type, gaz)
    prefix = entity_type[:3]
    return frozenset(f"{prefix}|{k}" for k in raw)


@lru_cache(maxsize=1 << 18)
def exact_key(name: str) -> str:
    """The one key a name has whatever its type ("ANY|x:boko haram"): a cluster that one document
    typed otherwise is found by it (scoring.py weighs such a pair on the names they share)."""
    return "ANY|x:" + normalize_name(name)


def name_keys(entity_type: str, names: list[str], gaz: Gazetteer) -> set[str]:
    """Keys of all the names of one record or cluster, prefixed by type, and their exact keys."""
    out: set[str] = set()
    for n in names:
        out |= _name_keys(entity_type, n, gaz)
        out.add(exact_key(n))
    out.discard("ANY|x:")
    return out


def key_cap(key: str) -> int:
    """The most clusters a key may hold and still be used to find candidates."""
    kind = key.split("|", 1)[1][:2]
    return {"p:": 120, "t:": 60, "w:": 80, "a:": 60, "s:": 30, "g:": 500, "k:": 200}.get(kind, 100)


def name_keys_of(entity_type: str, name: str, gaz: Gazetteer) -> frozenset[str]:
    """The blocking keys of one name (cached)."""
    return _name_keys(entity_type, name, gaz)
