"""Forgiving entity lookup: any spelling the resolver would match finds the entity.

An analyst types "bel mokhtar", "Belmokhtr" or "Iyad Ghaly" and means Mokhtar Belmokhtar or Iyad
Ag Ghaly. ``find_entity`` tries, in order: an id ("e12", "12"; a merged-away id gives the entity it
went into), an exact normalised name, then a fuzzy match of every name the knowledge base holds
(entity names, in-document names and aliases, mention texts) compared as the resolver compares
names: spelling variants folded (Abou/Abu, Zeid/Zaid), particles and articles glued or dropped
(Bel Mokhtar/Belmokhtar, Ag), and typos forgiven by edit distance. When nothing is close enough it
raises ``EntityNotFoundError`` carrying the closest entities, which the CLI and the workbench show.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select

from ..errors import EntityNotFoundError
from ..model import ENTITY_TYPES
from ..resolve.keys import name_key, normalize_name
from ..resolve.lexicon import lexicon
from ..resolve.names import compare_person_names, fold, words
from ..store import Store
from ..store import schema as t

# A fuzzy match at least this good is taken as the entity meant; below it, suggestions only.
ACCEPT = 0.86
# Suggestions shown when nothing is accepted: names at least this close.
SUGGEST = 0.55
# Candidates re-scored per query (rapidfuzz picks them from every name in C; the rest is Python).
SHORTLIST = 40


@dataclass(frozen=True)
class Suggestion:
    """An entity whose name is close to what was typed."""

    id: int
    name: str
    type: str
    score: float  # 0..1
    matched: str  # the name of the entity that was closest to the query


@dataclass(frozen=True)
class _Names:
    """Every name of every entity, in the forms the fuzzy match compares."""

    names: list[str]  # as written
    entity: list[int]
    glued: list[str]  # folded words joined (see _glued)
    spaced: list[str]  # folded words with spaces
    types: dict[int, str]
    display: dict[int, str]
    weight: dict[int, int]  # mentions: the better known entity wins a tie


_cache: dict[str, tuple[tuple[Any, ...], _Names]] = {}
_lock = threading.Lock()


def _folded_words(name: str) -> list[str]:
    return [fold(w) for w in words(name)]


def _glued(name: str) -> str:
    """All the folded words joined: a particle written apart or joined (Bel Mokhtar, Belmokhtar;
    Ag Ghaly, Aghaly) compares alike; a leading article is dropped (al-Sahrawi, Sahrawi)."""
    ws = _folded_words(name)
    article = lexicon().article
    while len(ws) > 1 and ws[0] in article:
        ws = ws[1:]
    return "".join(ws)


def _state(conn: Any) -> tuple[Any, ...]:
    """What the name table depends on: new documents, and analysts' merges and splits."""
    le, dec = t.local_entities.c, t.decisions.c
    return (conn.execute(select(func.count(le.id), func.max(le.id))).first(),
            conn.execute(select(func.count(dec.id), func.max(dec.id))).first())


def _load(store: Store, conn: Any) -> _Names:
    state = _state(conn)
    with _lock:
        cached = _cache.get(store.url)
        if cached is not None and cached[0] == state:
            return cached[1]
    e, le, m = t.entities.c, t.local_entities.c, t.mentions.c
    seen: dict[tuple[int, str], None] = {}
    types: dict[int, str] = {}
    display: dict[int, str] = {}
    for eid, ty, name in conn.execute(select(e.id, e.type, e.name)):
        types[eid], display[eid] = ty, name
        seen[(eid, name)] = None
    for eid, name, aliases in conn.execute(select(le.entity_id, le.name, le.aliases).where(le.entity_id.isnot(None))):
        for n in [name, *(aliases or [])]:
            seen[(eid, n)] = None
    weight: Counter[int] = Counter()
    for eid, text, n in conn.execute(
        select(le.entity_id, m.text, func.count(m.id))
        .select_from(t.mentions.join(t.local_entities, le.id == m.local_entity_id))
        .where(le.entity_id.isnot(None)).group_by(le.entity_id, m.text)
    ):
        seen[(eid, text)] = None
        weight[eid] += n
    pairs = [(eid, n) for eid, n in seen if eid in types and len(normalize_name(n)) >= 2]
    table = _Names(
        names=[n for _, n in pairs],
        entity=[eid for eid, _ in pairs],
        glued=[_glued(n) for _, n in pairs],
        spaced=[" ".join(_folded_words(n)) for _, n in pairs],
        types=types, display=display, weight=dict(weight),
    )
    with _lock:
        _cache[store.url] = (state, table)
    return table


def _score(query: str, q_glued: str, q_spaced: str, name: str, glued: str, spaced: str, entity_type: str) -> float:
    """How close a typed query is to one name, 0..1."""
    if not q_glued or not glued:
        return 0.0
    best = fuzz.ratio(q_glued, glued) / 100
    # words left out of the query (a missing given name or particle) cost a little, not everything
    q_words, n_words = set(q_spaced.split()), set(spaced.split())
    if q_words and len(q_glued) >= 4:
        covered = sum(1 for w in q_words if w in n_words) / len(q_words)
        if covered == 1.0:
            best = max(best, 0.9 if len(q_words) > 1 else 0.87)
        else:
            best = max(best, 0.95 * fuzz.token_set_ratio(q_spaced, spaced) / 100 if len(q_words) > 1 else 0.0)
    if entity_type == "PERSON":
        m = compare_person_names(query, name)
        if m.kind in ("exact", "full"):
            best = max(best, 0.97)
        elif m.kind == "partial" and m.score > 0.5:
            best = max(best, 0.88)
    return best


def suggest(store: Store, ref: str, limit: int = 5, floor: float = SUGGEST) -> list[Suggestion]:
    """The entities whose names are closest to ``ref``, best first (one line per entity)."""
    q = ref.strip()
    q_glued, q_spaced = _glued(q), " ".join(_folded_words(q))
    if not q_glued:
        return []
    with store.connect() as conn:
        table = _load(store, conn)
    if not table.names:
        return []
    # Shortlist in C over every name (glued and spaced forms), then score the few as the resolver would.
    picked: set[int] = set()
    for choices, scorer in ((table.glued, fuzz.ratio), (table.spaced, fuzz.token_set_ratio),
                            (table.glued, fuzz.partial_ratio)):
        for _, _, i in process.extract(q_glued if choices is table.glued else q_spaced, choices,
                                       scorer=scorer, limit=SHORTLIST):
            picked.add(int(i))
    best: dict[int, tuple[float, str]] = {}
    for i in picked:
        eid = table.entity[i]
        s = _score(q, q_glued, q_spaced, table.names[i], table.glued[i], table.spaced[i], table.types[eid])
        if s >= floor and s > best.get(eid, (-1.0, ""))[0]:
            best[eid] = (s, table.names[i])
    ranked = sorted(best.items(), key=lambda kv: (-round(kv[1][0], 3), -table.weight.get(kv[0], 0), kv[0]))
    return [Suggestion(eid, table.display[eid], table.types[eid], round(s, 3), n)
            for eid, (s, n) in ranked[:limit]]


def find_entity(store: Store, ref: str) -> int:
    """An entity id from 'e12', '12', or any spelling of one of its names.

    The id of an entity an analyst merged away gives the entity it was merged into, as the
    workbench's redirect does. Raises ``EntityNotFoundError`` (with the closest entities) when no
    name is close enough."""
    s = ref.strip()
    eid = int(s.lstrip("eE")) if s.lstrip("eE").isdigit() and s[:1] in "eE0123456789" else None
    if eid is not None:
        from ..review import merged_into  # review builds on the store, as this module does

        # (before this function's connection is taken: with both held, a command's new engine
        # opened a second connection to the server, a PostgreSQL backend started for one query)
        kept = merged_into(store, eid)  # an emptied entity row stays behind a merge
        if kept is not None:
            return kept
    with store.connect() as conn:
        if eid is not None and conn.execute(select(t.entities.c.id).where(t.entities.c.id == eid)).first():
            return eid
        keys = [name_key(ty, s) for ty in ENTITY_TYPES]
        rows = conn.execute(select(t.entity_keys.c.entity_id).where(t.entity_keys.c.key.in_(keys))).all()
        if rows:
            return _most_mentioned(conn, [r[0] for r in rows])
    close = suggest(store, s, limit=5)
    if close and close[0].score >= ACCEPT:
        return close[0].id
    if len(normalize_name(s)) >= 3:  # a word inside a longer name ("Mourabitoun")
        with store.connect() as conn:
            like = f"%{s}%"
            rows = conn.execute(
                select(t.local_entities.c.entity_id)
                .where(or_(t.local_entities.c.name.ilike(like), t.entities.c.name.ilike(like)))
                .select_from(t.local_entities.join(t.entities, t.entities.c.id == t.local_entities.c.entity_id))
            ).all()
            if rows:
                return _most_mentioned(conn, [r[0] for r in rows])
    raise EntityNotFoundError(ref, [(c.id, c.name, c.type) for c in close])


def _most_mentioned(conn: Any, ids: list[int]) -> int:
    m, le = t.mentions.c, t.local_entities.c
    q = (select(le.entity_id, func.count(m.id)).select_from(t.local_entities.outerjoin(t.mentions))
         .where(le.entity_id.in_(set(ids))).group_by(le.entity_id).order_by(func.count(m.id).desc(), le.entity_id))
    return int(conn.execute(q).first()[0])
