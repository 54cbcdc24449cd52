"""Undo images: the rows a decision touched, as they were before it and after it.

A decision (review.py) names its scope (entity, relation, event and document ids); ``capture`` reads
every row of that scope from the tables a decision can change: the entity tables, the local
entities' links, the resolver's state and constraints, the facts' review status, the documents'
grades and reported dates. ``restore`` writes one image over the other. Reverting a decision is
restoring its "before" image over its "after" one, so a merge comes back apart with both entities
under their original ids, their keys, the resolver's clusters and the constraints as they were.

Restoring is exact only while the scope still holds the "after" image (``matches``): a later
decision or document that changed the same rows must be dealt with first (review.py does).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, or_, select, update

from . import schema as t

Image = dict[str, list[dict[str, Any]]]
Scope = dict[str, list[Any]]

# Tables whose rows are kept whole, by key: a restore inserts, updates or deletes them.
_KEYED: dict[str, tuple[Table, str]] = {
    "entities": (t.entities, "id"),
    "resolve_clusters": (t.resolve_clusters, "cluster_id"),
    "resolve_records": (t.resolve_records, "record_id"),
}
# Tables without a key: a restore deletes and inserts whole rows.
_SETS: dict[str, Table] = {
    "entity_keys": t.entity_keys,
    "resolve_keys": t.resolve_keys,
    "resolve_constraints": t.resolve_constraints,
}
# Tables of which a decision changes some columns only (the rows stay): a restore updates them.
_COLUMNS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "local_entities": (t.local_entities, ("entity_id",)),
    "relations": (t.relations, ("status",)),
    "events": (t.events, ("status", "date")),
    "documents": (t.documents, ("grade", "reported")),
}


def _chunks(items: Sequence[Any], size: int = 400) -> Iterator[list[Any]]:
    """An IN list in pieces (SQLite caps bound parameters)."""
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _rows(conn: Connection, table: Table, cols: Sequence[str], where: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(*[table.c[c] for c in cols]).where(where))]


def capture(conn: Connection, scope: Scope) -> Image:
    """Every row of ``scope`` in the tables a decision can change, in a stable order."""
    image: Image = {}
    entities = sorted({int(e) for e in scope.get("entities", [])})
    if entities:
        cids = [str(e) for e in entities]
        ents: list[dict[str, Any]] = []
        keys: list[dict[str, Any]] = []
        locals_: list[dict[str, Any]] = []
        clusters: list[dict[str, Any]] = []
        rkeys: list[dict[str, Any]] = []
        for part in _chunks(entities):
            ents += _rows(conn, t.entities, ("id", "type", "name"), t.entities.c.id.in_(part))
            keys += _rows(conn, t.entity_keys, ("entity_id", "key"), t.entity_keys.c.entity_id.in_(part))
            locals_ += _rows(conn, t.local_entities, ("id", "entity_id"), t.local_entities.c.entity_id.in_(part))
        for part in _chunks(cids):
            clusters += _rows(conn, t.resolve_clusters, ("cluster_id", "summary"),
                              t.resolve_clusters.c.cluster_id.in_(part))
            rkeys += _rows(conn, t.resolve_keys, ("key", "cluster_id"), t.resolve_keys.c.cluster_id.in_(part))
        records = sorted({str(r["id"]) for r in locals_})
        rr, rc = t.resolve_records.c, t.resolve_constraints.c
        recs: dict[str, dict[str, Any]] = {}
        cons: list[dict[str, Any]] = []
        for part in _chunks(cids):
            for r in _rows(conn, t.resolve_records, ("record_id", "cluster_id", "record"), rr.cluster_id.in_(part)):
                recs[r["record_id"]] = r
        for part in _chunks(records):
            for r in _rows(conn, t.resolve_records, ("record_id", "cluster_id", "record"), rr.record_id.in_(part)):
                recs[r["record_id"]] = r
            cons += _rows(conn, t.resolve_constraints, ("kind", "a", "b"), or_(rc.a.in_(part), rc.b.in_(part)))
        image.update(entities=ents, entity_keys=keys, local_entities=locals_, resolve_clusters=clusters,
                     resolve_keys=rkeys, resolve_records=list(recs.values()), resolve_constraints=cons)
    for name, key in (("relations", "relations"), ("events", "events"), ("documents", "documents")):
        ids = sorted(set(scope.get(key, [])))
        if ids:
            table, cols = _COLUMNS[name]
            rows: list[dict[str, Any]] = []
            for part in _chunks(ids):
                rows += _rows(conn, table, ("id", *cols), table.c.id.in_(part))
            image[name] = rows
    return {name: sorted(rows, key=_canon) for name, rows in image.items()}


def _canon(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def same(a: Image, b: Image) -> bool:
    """Whether two images hold the same rows."""
    names = set(a) | set(b)
    return all(sorted(map(_canon, a.get(n, []))) == sorted(map(_canon, b.get(n, []))) for n in names)


def restore(conn: Connection, current: Image, wanted: Image) -> None:
    """Write ``wanted`` over the scope that holds ``current``: rows only in ``current`` go, rows only in
    ``wanted`` come back under their ids, changed rows are set back. Parents first and last, so that
    no foreign key is ever left dangling (entities are inserted before local entities point at them,
    and deleted after nothing does)."""
    def keyed(name: str) -> tuple[dict[Any, dict[str, Any]], dict[Any, dict[str, Any]]]:
        key = _KEYED[name][1]
        return ({r[key]: r for r in current.get(name, [])}, {r[key]: r for r in wanted.get(name, [])})

    ent_now, ent_want = keyed("entities")
    for eid, row in ent_want.items():
        if eid not in ent_now:
            conn.execute(insert(t.entities).values(**row))
        elif ent_now[eid] != row:
            conn.execute(update(t.entities).where(t.entities.c.id == eid).values(type=row["type"], name=row["name"]))
    for name, (table, cols) in _COLUMNS.items():
        now = {r["id"]: r for r in current.get(name, [])}
        for row in wanted.get(name, []):
            if now.get(row["id"]) != row:
                conn.execute(update(table).where(table.c.id == row["id"]).values(**{c: row[c] for c in cols}))
    for name, table in _SETS.items():
        have = {_canon(r): r for r in current.get(name, [])}
        want = {_canon(r): r for r in wanted.get(name, [])}
        for k, row in have.items():
            if k not in want:
                conn.execute(delete(table).where(*[table.c[c] == v for c, v in row.items()]))
        rows = [row for k, row in want.items() if k not in have]
        if rows:
            conn.execute(insert(table), rows)
    for name in ("resolve_clusters", "resolve_records"):
        table, key = _KEYED[name]
        now, want = keyed(name)
        for k in now.keys() - want.keys():
            conn.execute(delete(table).where(table.c[key] == k))
        for k, row in want.items():
            if k not in now:
                conn.execute(insert(table).values(**row))
            elif now[k] != row:
                conn.execute(update(table).where(table.c[key] == k).values(**row))
    for eid in ent_now.keys() - ent_want.keys():
        conn.execute(delete(t.entity_keys).where(t.entity_keys.c.entity_id == eid))
        conn.execute(delete(t.entities).where(t.entities.c.id == eid))


def touched(before: Image, after: Image) -> bool:
    """Whether a decision changed anything at all (a replayed or repeated decision may not)."""
    return not same(before, after)
