"""The cross-document resolution engine (``resolve/engine.py``) run inside the store's transactions.

The engine talks to three protocols (``resolve/state.py``); here they are SQL tables, so a document's
entities are resolved against stored cluster summaries, blocking keys and corpus statistics only:
adding one document never re-resolves the knowledge base. A cluster is a global entity (cluster id =
``str(entities.id)``), a record is a document-local entity (record id = ``str(local_entities.id)``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, delete, func, insert, select, text, update

from ..model import LocalEntity, Mention
from ..resolve.base import Assignment
from ..resolve.blocking import key_cap, name_keys
from ..resolve.engine import ResolutionEngine
from ..resolve.keys import name_key
from ..resolve.places import default_gazetteer
from ..resolve.records import ClusterSummary, EntityRecord, Explanation, resolution_names, summarise
from ..resolve.scoring import normalise
from ..resolve.state import PART_COMPANY_CAP, MemoryCorpusStats, corpus_terms
from . import schema as t

CONTEXT_WINDOW = 250  # characters either side of a mention whose entities count as its context
SIZE_BOUND = 5000  # a block is counted up to this size (beyond it, every key cap is long exceeded)
# a document's blocks are first counted up to this size: beyond every key cap (blocking.key_cap), so
# only the rare record none of whose keys is usable needs the exact count (up to SIZE_BOUND)
CAP_BOUND = 501
KEY_CHARS = 200  # the key columns of the resolve_* tables
SMALL_BLOCK = 48  # blocks of at most this many clusters are read whole when sized (the engine's budget)


def _newest_first(cluster_id: str) -> tuple[int, str]:
    return len(cluster_id), cluster_id  # entity ids as text: by length, then text, is numeric order


# statements run once or more per record, built once (building them cost as much as running them)
_rk, _rc, _rr, _rx = t.resolve_keys.c, t.resolve_clusters.c, t.resolve_records.c, t.resolve_constraints.c
_KEYS_OF = select(_rk.key).where(_rk.cluster_id == bindparam("cid"))
_GET_SUMMARY = select(_rc.summary).where(_rc.cluster_id == bindparam("cid"))
_GET_SUMMARIES = select(_rc.cluster_id, _rc.summary).where(_rc.cluster_id.in_(bindparam("ids", expanding=True)))
_CLUSTER_OF = select(_rr.cluster_id).where(_rr.record_id == bindparam("rid"))
_CONSTRAINTS = select(_rx.b).where(_rx.kind == bindparam("kind"), _rx.a == bindparam("rid"))
_SHARED = select(_rk.key, _rk.cluster_id).where(_rk.cluster_id.in_(bindparam("ids", expanding=True)),
                                               _rk.key.in_(bindparam("keys", expanding=True)))
_CONTEXT_DF = (select(t.resolve_context_df.c.context, t.resolve_context_df.c.n)
               .where(t.resolve_context_df.c.context.in_(bindparam("keys", expanding=True))))
_PART_COMPANY = (select(t.resolve_part_company.c.part, t.resolve_part_company.c.other)
                 .where(t.resolve_part_company.c.part.in_(bindparam("keys", expanding=True))))
_PART_COUNTS = (select(t.resolve_part_company.c.part, func.count())
                .where(t.resolve_part_company.c.part.in_(bindparam("keys", expanding=True)))
                .group_by(t.resolve_part_company.c.part))
_LINKS_OF = select(_rr.record_id, _rr.cluster_id).where(_rr.record_id.in_(bindparam("ids", expanding=True)))
_MUST_OF = select(_rx.a, _rx.b).where(_rx.kind == "must", _rx.a.in_(bindparam("ids", expanding=True)))
_ANY_CANNOT = select(_rx.a).where(_rx.kind == "cannot").limit(1)
_NEW_ENTITY = t.entities.insert().values(type="?", name="?")
# executemany statements of the flushes (bound names differ from the columns set)
_UPDATE_SUMMARY = (update(t.resolve_clusters).where(_rc.cluster_id == bindparam("b_cid"))
                   .values(summary=bindparam("b_summary")))
_UPDATE_ENTITY = (update(t.entities).where(t.entities.c.id == bindparam("b_id"))
                  .values(type=bindparam("b_type"), name=bindparam("b_name")))
_UPDATE_LINK = (update(t.resolve_records).where(_rr.record_id == bindparam("b_rid"))
                .values(cluster_id=bindparam("b_cid")))
_UPDATE_LOCAL = (update(t.local_entities).where(t.local_entities.c.id == bindparam("b_id"))
                 .values(entity_id=bindparam("b_eid")))
_RENAME = update(t.entities).where(t.entities.c.id == bindparam("b_id")).values(name=bindparam("b_name"))
_COUNT_CONTEXT = (update(t.resolve_context_df).where(t.resolve_context_df.c.context == bindparam("b_context"))
                  .values(n=t.resolve_context_df.c.n + bindparam("b_n")))


@functools.lru_cache(maxsize=64)
def _members_sql(n: int) -> TextClause:
    """Blocks k0..k{n-1}, each read through the key index and cut at the limit, in one statement;
    cluster ids are entity ids as text, so by length then text is numeric order (newest first).
    Written as text, and built once per number of keys: constructing it cost more than running it."""
    return text(" UNION ALL ".join(
        f"SELECT key, cluster_id FROM (SELECT key, cluster_id FROM resolve_keys WHERE key = :k{i} "
        f"ORDER BY LENGTH(cluster_id) DESC, cluster_id DESC LIMIT :limit) AS b{i}" for i in range(n)))


@functools.lru_cache(maxsize=64)
def _sizes_sql(n: int) -> TextClause:
    """Blocks k0..k{n-1}, each counted up to :bound through the key index (sizing the block of a very
    common name costs no more than that), as rows (key, count, NULL); and the members of those that
    hold :small clusters at most, as rows (key, NULL, cluster id). One statement, built once per n."""
    counted = " UNION ALL ".join(f"SELECT key FROM (SELECT key FROM resolve_keys WHERE key = :k{i} "
                                 f"LIMIT :bound) AS b{i}" for i in range(n))
    small = " UNION ALL ".join(
        f"SELECT key, NULL, cluster_id FROM resolve_keys WHERE key = :k{i} AND (SELECT COUNT(*) FROM "
        f"(SELECT key FROM resolve_keys WHERE key = :k{i} LIMIT :small1) AS s{i}) <= :small" for i in range(n))
    return text(f"SELECT key, COUNT(*), CAST(NULL AS VARCHAR(32)) FROM ({counted}) AS blocks GROUP BY key "
                f"UNION ALL {small}")


def _padded(n: int) -> int:
    """Statements over n keys are built for 1-8, 16, 32 or 64 keys (padded with keys no block holds),
    so a few statement texts serve every document instead of one per key count."""
    return n if n <= 8 else 16 if n <= 16 else 32 if n <= 32 else 64


class SqlEngineIndex:
    """Blocking keys -> clusters, as the ``resolve_keys`` table of one transaction.

    Within the transaction it keeps what it has read (a cluster's keys, small blocks whole, the
    sizes of large ones) up to date as keys are added, and holds its inserts back until a statement
    reads the table (or ``flush``): a document's records are resolved one after the other against
    the same blocks, so a document costs a few statements, not a few per record."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # the sizes of blocks too large to be read whole, kept up to date by add() and dropped by
        # remove(): (size, exact); not exact: at least CAP_BOUND (counted up to SIZE_BOUND on demand)
        self._counts: dict[str, tuple[int, bool]] = {}
        self._pending: list[dict[str, str]] = []  # key rows held back until flush()
        # a cluster's keys once read or written in this transaction: a document's records join the
        # same clusters again and again, and the clusters created here have none in the table
        self._keys_of: dict[str, set[str]] = {}
        # blocks read whole by sizes() (small ones), kept up to date by add() and dropped by
        # remove(): most of a record's usable keys are small blocks, so members() and shared() then
        # need no query
        self._blocks: dict[str, list[str]] = {}

    def created(self, cluster_id: str) -> None:
        """A cluster new in this transaction: it has no keys yet."""
        self._keys_of[cluster_id] = set()

    def add(self, cluster_id: str, keys: Iterable[str]) -> None:
        keys = {k[:200] for k in keys}
        if not keys:
            return
        have = self._keys_of.get(cluster_id)
        if have is None:
            blocks = [self._blocks.get(k) for k in keys]
            if all(block is not None for block in blocks):
                # each of these blocks is known whole (and kept up to date here), so which of the
                # keys the cluster has is known without reading its keys: a record joining a cluster
                # cost a flush and a statement
                known = {k for k, block in zip(keys, blocks, strict=True) if block and cluster_id in block}
                self._add_new(cluster_id, sorted(keys - known))
                return
            self.flush()
            have = self._keys_of[cluster_id] = {k for (k,) in self.conn.execute(_KEYS_OF, {"cid": cluster_id})}
        new = sorted(keys - have)
        have.update(new)
        self._add_new(cluster_id, new)

    def _add_new(self, cluster_id: str, new: list[str]) -> None:
        """File the cluster under keys it does not have yet (held back until ``flush``)."""
        self._pending += [{"key": k, "cluster_id": cluster_id} for k in new]
        for k in new:
            block = self._blocks.get(k)
            if block is not None:
                block.append(cluster_id)
                block.sort(key=_newest_first, reverse=True)
            elif k in self._counts:
                n, exact = self._counts[k]
                self._counts[k] = (min(n + 1, SIZE_BOUND), True) if exact else (n, False)

    def flush(self) -> None:
        """Write the keys held back (before any statement reads ``resolve_keys``)."""
        if self._pending:
            self.conn.execute(insert(t.resolve_keys), self._pending)
            self._pending = []

    def members(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if not keys or limit <= 0:
            return out
        wanted = {k[:200]: k for k in keys}
        for key in [k for k in wanted if k in self._blocks]:
            if self._blocks[key]:
                out[wanted[key]] = self._blocks[key][:limit]
            del wanted[key]
        if not wanted:
            return out
        # one statement, each block read through the key index and cut at the limit; cluster ids
        # are entity ids as text, so by length then text is numeric order (newest first)
        self.flush()
        params: dict[str, object] = {f"k{i}": k for i, k in enumerate(wanted)}
        params["limit"] = limit
        for key, cid in self.conn.execute(_members_sql(len(wanted)), params):
            out.setdefault(wanted[key], []).append(cid)
        for ids in out.values():
            ids.sort(key=_newest_first, reverse=True)
        return out

    def shared(self, cluster_ids: Iterable[str], keys: Iterable[str]) -> dict[str, set[str]]:
        ids = list(cluster_ids)
        out: dict[str, set[str]] = {cid: set() for cid in ids}
        if not ids:
            return out
        wanted = {k[:200]: k for k in keys}
        unread = []
        for key, k in wanted.items():
            block = self._blocks.get(key)
            if block is None:
                unread.append(key)
                continue
            for cid in set(block).intersection(out):
                out[cid].add(k)
        if unread:
            self.flush()
            for key, cid in self.conn.execute(_SHARED, {"ids": ids, "keys": unread}):
                out[cid].add(wanted[key])
        return out

    def sizes(self, keys: Iterable[str]) -> dict[str, int]:
        """Each block counted up to SIZE_BOUND, and read whole when it holds SMALL_BLOCK clusters at
        most (members and shared then cost no query); what is read is kept (``engine_for`` reads the
        keys of all a document's records at once, so its records then cost no query here).

        Large blocks are counted up to CAP_BOUND first: above every key's cap, such a block only
        matters when none of the keys asked for is usable (the engine then takes the smallest
        block), and only then is it counted further, so the answer is always the full count's."""
        keys = list(keys)
        self._count(sorted({k[:200] for k in keys} - self._blocks.keys() - self._counts.keys()), CAP_BOUND)
        out = {k: self._size(k[:200]) for k in keys}
        present = [k for k in keys if out[k] > 0]
        if present and not any(out[k] <= key_cap(k) for k in present):
            rough = sorted({k[:200] for k in present if not self._counts.get(k[:200], (0, True))[1]})
            if rough:
                self._count(rough, SIZE_BOUND)
                out = {k: self._size(k[:200]) for k in keys}
        return out

    def _size(self, key: str) -> int:
        block = self._blocks.get(key)
        return min(len(block), SIZE_BOUND) if block is not None else self._counts[key][0]

    def _count(self, wanted: list[str], bound: int) -> None:
        """Count these blocks up to ``bound`` (reading the small ones whole), 64 keys a statement."""
        if wanted:
            self.flush()
        for i in range(0, len(wanted), 64):
            some = wanted[i:i + 64]
            n = _padded(len(some))
            params: dict[str, object] = {f"k{j}": some[j] if j < len(some) else f"{'~' * (KEY_CHARS + 1)}{j}"
                                         for j in range(n)}
            params.update(bound=bound, small=SMALL_BLOCK, small1=SMALL_BLOCK + 1)
            got: dict[str, int] = {}
            blocks: dict[str, list[str]] = {}
            for key, count, cid in self.conn.execute(_sizes_sql(n), params):
                if cid is None:
                    got[key] = int(count)
                else:
                    blocks.setdefault(key, []).append(cid)
            for key in some:
                n_key = got.get(key, 0)
                if n_key <= SMALL_BLOCK:
                    self._blocks[key] = sorted(blocks.get(key, []), key=_newest_first, reverse=True)
                else:
                    self._counts[key] = (n_key, n_key < bound or bound == SIZE_BOUND)

    def remove(self, cluster_id: str) -> None:
        self.flush()
        self._keys_of.pop(cluster_id, None)
        self._blocks, self._counts = {}, {}
        self.conn.execute(delete(t.resolve_keys).where(t.resolve_keys.c.cluster_id == cluster_id))


class SqlClusterStore:
    """Cluster summaries, records, their links and analyst constraints, over SQL tables.

    Assigning a record to a cluster also re-links its local entity to the cluster's global entity,
    so the entity tables always show what resolution decided. Summaries and record -> cluster links
    read or written here are cached for the life of the store object (one transaction), so that a
    document's records, which meet the same candidates again and again, read each one once.

    Writes are held back (write-behind): a document's records put and re-put the same summaries and
    links many times, and a statement costs far more than the Python work behind it, so what they
    leave is written by ``flush()`` in a few statements per table. Reads see the held-back state (the
    caches hold it); those that would have to merge it with the tables (``clusters``, ``record``,
    ``delete``) flush first. Whoever runs the engine calls ``flush`` (``flush_engine``) before the
    transaction reads the tables otherwise, and before it commits."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._summaries: dict[str, ClusterSummary] = {}
        self._cluster_of: dict[str, str | None] = {}
        self._has_row: dict[str, bool] = {}  # record id -> has a resolve_records row (when known)
        self._must: dict[str, set[str]] = {}  # must-links of records read ahead (prefetch)
        self._stored: set[str] = set()  # clusters known to have a resolve_clusters row
        self._fresh: set[str] = set()  # clusters created in this transaction (no row until flushed)
        # held back until flush(): summaries by cluster id, records, links in the order made
        self._put: dict[str, ClusterSummary] = {}
        self._records: dict[str, dict[str, Any]] = {}
        self._links: list[tuple[str, str]] = []
        self.on_create: Callable[[str], None] = lambda cid: None  # engine_for tells the index

    def prefetch(self, record_ids: Sequence[str]) -> None:
        """Read what adding these records asks first (their links and must-links) in one query each."""
        ids = [r for r in record_ids if r not in self._cluster_of]
        if not ids:
            return
        got: dict[str, str | None] = {}
        must: dict[str, set[str]] = {rid: set() for rid in ids}
        for chunk in _chunks(ids):
            got.update(self.conn.execute(_LINKS_OF, {"ids": chunk}).all())
            for a, b in self.conn.execute(_MUST_OF, {"ids": chunk}):
                must[a].add(b)
        for rid in ids:
            self._has_row[rid] = rid in got
            self._cluster_of[rid] = got.get(rid) or None
        self._must.update(must)

    def new_cluster_id(self) -> str:
        res = self.conn.execute(_NEW_ENTITY)
        cid = str(res.inserted_primary_key[0])  # type: ignore[index]
        self._fresh.add(cid)
        self.on_create(cid)
        return cid

    def get(self, cluster_id: str) -> ClusterSummary:
        cached = self._summaries.get(cluster_id)
        if cached is not None:
            return cached
        row = self.conn.execute(_GET_SUMMARY, {"cid": cluster_id}).first()
        if row is None:
            raise KeyError(cluster_id)
        self._stored.add(cluster_id)
        summary = self._summaries[cluster_id] = ClusterSummary.from_dict(row[0])
        return summary

    def get_many(self, cluster_ids: Sequence[str]) -> list[ClusterSummary]:
        """Summaries in the order asked, those not read yet in one statement."""
        unread = [cid for cid in cluster_ids if cid not in self._summaries]
        if unread:
            for cid, data in self.conn.execute(_GET_SUMMARIES, {"ids": unread}):
                self._stored.add(cid)
                self._summaries[cid] = ClusterSummary.from_dict(data)
        return [self.get(cid) for cid in cluster_ids]  # get() raises KeyError for one not found

    def put(self, summary: ClusterSummary) -> None:
        self._summaries[summary.id] = summary
        self._put[summary.id] = summary

    def delete(self, cluster_id: str) -> None:
        self.flush()
        self._summaries.pop(cluster_id, None)
        self._stored.discard(cluster_id)
        self.conn.execute(delete(t.resolve_clusters).where(t.resolve_clusters.c.cluster_id == cluster_id))
        eid = int(cluster_id)
        still = self.conn.execute(select(t.local_entities.c.id).where(t.local_entities.c.entity_id == eid)
                                  .limit(1)).first()
        if still is None:
            self.conn.execute(delete(t.entity_keys).where(t.entity_keys.c.entity_id == eid))
            self.conn.execute(delete(t.entities).where(t.entities.c.id == eid))

    def clusters(self) -> Iterator[ClusterSummary]:
        self.flush()
        for (data,) in self.conn.execute(select(t.resolve_clusters.c.summary)):
            yield ClusterSummary.from_dict(data)

    def cluster_of(self, record_id: str) -> str | None:
        if record_id in self._cluster_of:
            return self._cluster_of[record_id]
        row = self.conn.execute(_CLUSTER_OF, {"rid": record_id}).first()
        self._has_row[record_id] = row is not None
        found = self._cluster_of[record_id] = row[0] or None if row else None
        return found

    def assign(self, record_id: str, cluster_id: str) -> None:
        self._cluster_of[record_id] = cluster_id or None
        self._links.append((record_id, cluster_id))

    def record(self, record_id: str) -> EntityRecord:
        self.flush()
        row = self.conn.execute(select(t.resolve_records.c.record)
                                .where(t.resolve_records.c.record_id == record_id)).first()
        if row is None:
            raise KeyError(record_id)
        return _record_from_json(row[0])

    def put_record(self, record: EntityRecord) -> None:
        self._records[record.id] = _record_to_json(record)

    def add_constraint(self, kind: str, a: str, b: str) -> None:
        self.conn.execute(insert(t.resolve_constraints), [{"kind": kind, "a": a, "b": b},
                                                          {"kind": kind, "a": b, "b": a}])
        if kind == "must":
            for x, y in ((a, b), (b, a)):
                if x in self._must:
                    self._must[x].add(y)

    def constraints(self, kind: str, record_id: str) -> set[str]:
        if kind == "must" and record_id in self._must:
            return set(self._must[record_id])
        return {b for (b,) in self.conn.execute(_CONSTRAINTS, {"kind": kind, "rid": record_id})}

    def flush(self) -> None:
        """Write what is held back: summaries, records, record -> cluster links, the entity tables."""
        self._flush_summaries()
        last = {rid: cid for rid, cid in self._links}  # each record's cluster now
        inserted = self._flush_records(last)
        if last.keys() - inserted:
            self.conn.execute(_UPDATE_LINK, [{"b_rid": rid, "b_cid": cid or None}
                                             for rid, cid in last.items() if rid not in inserted])
        self._flush_entities()

    def _flush_summaries(self) -> None:
        if not self._put:
            return
        unknown = [cid for cid in self._put if cid not in self._stored and cid not in self._fresh]
        if unknown:
            c = t.resolve_clusters.c
            self._stored.update(cid for (cid,) in self.conn.execute(select(c.cluster_id)
                                                                    .where(c.cluster_id.in_(unknown))))
        rows = [(cid, s.to_dict()) for cid, s in self._put.items()]
        old = [{"b_cid": cid, "b_summary": d} for cid, d in rows if cid in self._stored]
        new = [{"cluster_id": cid, "summary": d} for cid, d in rows if cid not in self._stored]
        if old:
            self.conn.execute(_UPDATE_SUMMARY, old)
        if new:
            self.conn.execute(insert(t.resolve_clusters), new)
            self._stored.update(cid for cid, _ in rows)
        # the type now; the display name is settled once per document by _rename()
        self.conn.execute(_UPDATE_ENTITY, [{"b_id": int(s.id), "b_type": s.type,
                                            "b_name": s.top_names(1)[0] if s.names else "?"}
                                           for s in self._put.values()])
        self._put = {}

    def _flush_records(self, last: dict[str, str]) -> set[str]:
        """Write the records held back; returns those inserted (with their cluster now)."""
        if not self._records:
            return set()
        new = [rid for rid in self._records if self._has_row.get(rid) is False]
        rest = [rid for rid in self._records if self._has_row.get(rid) is not False]
        if new:
            self.conn.execute(insert(t.resolve_records), [
                {"record_id": rid, "cluster_id": last.get(rid) or None, "record": self._records[rid]}
                for rid in new])
        for rid in rest:  # not met before in this transaction: rare (a record added again)
            data = self._records[rid]
            done = self.conn.execute(update(t.resolve_records).where(t.resolve_records.c.record_id == rid)
                                     .values(record=data))
            if not done.rowcount:
                self.conn.execute(insert(t.resolve_records).values(record_id=rid, cluster_id=None, record=data))
        for rid in self._records:
            self._has_row[rid] = True
        self._records = {}
        return set(new)

    def _flush_entities(self) -> None:
        if not self._links:
            return
        # a local entity follows its record's last cluster; its names become the entity's keys
        # for each cluster the record was linked to on the way (as linking them one by one did)
        joined = list(dict.fromkeys((rid, cid) for rid, cid in self._links if cid))
        self._links = []
        entity_of: dict[str, str] = {}
        for rid, cid in joined:
            entity_of[rid] = cid
        if not joined:
            return
        self.conn.execute(_UPDATE_LOCAL, [{"b_id": int(rid), "b_eid": int(cid)} for rid, cid in entity_of.items()])
        le = t.local_entities.c
        names = {str(r.id): r for chunk in _chunks(list(entity_of))
                 for r in self.conn.execute(select(le.id, le.type, le.name, le.aliases)
                                            .where(le.id.in_([int(rid) for rid in chunk])))}
        wanted: dict[tuple[str, str], set[str]] = {}
        for rid, cid in joined:
            row = names.get(rid)
            if row is not None:
                wanted[(rid, cid)] = {name_key(row.type, n) for n in [row.name, *(row.aliases or [])]}
        eids = sorted({int(cid) for _, cid in wanted})
        ek = t.entity_keys.c
        have: dict[int, set[str]] = {eid: set() for eid in eids}
        all_keys = sorted({k for keys in wanted.values() for k in keys})
        for some_keys in _chunks(all_keys):
            for some_ids in _chunks([str(e) for e in eids]):
                for eid, key in self.conn.execute(select(ek.entity_id, ek.key).where(
                        ek.entity_id.in_([int(e) for e in some_ids]), ek.key.in_(some_keys))):
                    have[eid].add(key)
        rows: list[dict[str, Any]] = []
        for (_, cid), keys in wanted.items():
            eid = int(cid)
            fresh = sorted(keys - have[eid])
            have[eid].update(fresh)
            rows += [{"entity_id": eid, "key": k} for k in fresh]
        if rows:
            self.conn.execute(insert(t.entity_keys), rows)


class SqlCorpusStats:
    """The resolver's corpus statistics over the ``resolve_context_df`` and ``resolve_part_company``
    tables of one transaction.

    What it reads is kept for the life of the object (one document's transaction, or one ``why``):
    noting a record loads its own context names and name parts in one query each, and those are
    most of what weighing its candidates asks for, so comparisons cost no query."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._contexts: dict[str, int] = {}
        self._company: dict[str, set[str]] = {}  # companions of parts that have fewer than the cap
        self._full: dict[str, int] = {}  # how many companions a part at the cap has (they are not read)
        # held back until flush(): counts added per context (and whether its row exists), new pairs
        self._added: dict[str, int] = {}
        self._stored: dict[str, bool] = {}
        self._pairs: list[dict[str, str]] = []

    def prefetch(self, records: Iterable[EntityRecord]) -> None:
        """Read the counts these records will note and be weighed with, in one query per table."""
        contexts: set[str] = set()
        parts: set[str] = set()
        for r in records:
            cs, ps = corpus_terms(r)
            contexts.update(c[:KEY_CHARS] for c in cs)
            parts.update(k[:KEY_CHARS] for keys in ps for k in keys)
        self._load_contexts(contexts)
        self._load_parts(parts)

    def note_record(self, contexts: Iterable[str], name_parts: Iterable[Sequence[str]]) -> None:
        cs = {c[:KEY_CHARS] for c in contexts}
        self._load_contexts(cs)
        for x in cs:
            if x not in self._added:  # its first count in this transaction: a row to update or insert
                self._stored[x] = self._contexts[x] > 0
                self._added[x] = 0
            self._added[x] += 1
            self._contexts[x] += 1

        names = [[k[:KEY_CHARS] for k in keys] for keys in name_parts]
        self._load_parts({k for keys in names for k in keys})
        for keys in names:  # as MemoryCorpusStats.note_record, writing only the new pairs
            for k in keys:
                if k in self._full:
                    continue  # at the cap: it takes no more companions
                company = self._company[k]
                if len(company) < PART_COMPANY_CAP:
                    fresh = {o for o in keys if o != k} - company
                    company |= fresh
                    self._pairs += [{"part": k, "other": o} for o in sorted(fresh)]

    def flush(self) -> None:
        """Write the counts held back (see SqlClusterStore: written once per document)."""
        if self._added:
            old = [{"b_context": x, "b_n": n} for x, n in self._added.items() if self._stored[x]]
            new = [{"context": x, "n": n} for x, n in sorted(self._added.items()) if not self._stored[x]]
            if old:
                self.conn.execute(_COUNT_CONTEXT, old)
            if new:
                self.conn.execute(insert(t.resolve_context_df), new)
            self._added, self._stored = {}, {}
        if self._pairs:
            self.conn.execute(insert(t.resolve_part_company), self._pairs)
            self._pairs = []

    def context_df(self, context: str) -> int:
        key = context[:KEY_CHARS]
        self._load_contexts({key})
        return self._contexts[key]

    def part_df(self, part: str) -> int:
        key = part[:KEY_CHARS]
        self._load_parts({key})
        return self._full[key] if key in self._full else len(self._company[key])

    def _load_contexts(self, keys: set[str]) -> None:
        missing = keys.difference(self._contexts)
        if missing:
            got: dict[str, int] = {}
            for chunk in _chunks(sorted(missing)):
                got.update(self.conn.execute(_CONTEXT_DF, {"keys": chunk}).all())
            self._contexts.update({k: int(got.get(k, 0)) for k in missing})

    def _load_parts(self, keys: set[str]) -> None:
        """The companions of these parts, counted first: a common part has reached the cap, and its
        companions (which nothing needs then) are not read."""
        missing = keys.difference(self._company).difference(self._full)
        if missing:
            counts: dict[str, int] = {}
            for chunk in _chunks(sorted(missing)):
                counts.update(self.conn.execute(_PART_COUNTS, {"keys": chunk}).all())
            below = []
            for k in missing:
                n = int(counts.get(k, 0))
                if n >= PART_COMPANY_CAP:
                    self._full[k] = n
                else:
                    self._company[k] = set()
                    if n:
                        below.append(k)
            for chunk in _chunks(sorted(below)):
                for part, other in self.conn.execute(_PART_COMPANY, {"keys": chunk}):
                    self._company[part].add(other)


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """A long IN list in pieces (a document's read-ahead can be long; SQLite caps bound parameters)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def state_from_entities(conn: Connection, batch: int = 2000) -> None:
    """Fill the resolver's empty state from the entity tables as they stand: each global entity becomes
    a cluster of its local entities' records (nothing is re-resolved), with its blocking keys, so that
    later documents can join it. ``backfill_stats`` then counts the corpus statistics of the records.

    Each record is the one adding its document made (``records_of_document``): its names with the
    forms of its stored mentions, its context the entities named near them."""
    le, m = t.local_entities.c, t.mentions.c
    todo: list[dict[str, Any]] = []
    for doc_id in conn.execute(select(t.documents.c.id).order_by(t.documents.c.id)).scalars().all():
        rows = conn.execute(select(le.id, le.key, le.type, le.name, le.aliases, le.roles, le.entity_id)
                            .where(le.document_id == doc_id).order_by(le.id)).all()
        mentions: dict[int, list[Mention]] = {}
        # (with their methods: a name given by metonymy is no record's name, ``resolution_names``)
        for lid, start, end, surface, method in conn.execute(
                select(m.local_entity_id, m.start, m.end, m.text, m.method)
                .where(m.document_id == doc_id).order_by(m.id)):
            mentions.setdefault(lid, []).append(Mention(start, end, surface, method=method))
        local = [(r.id, LocalEntity(r.key, r.type, r.name, list(r.aliases or []), mentions.get(r.id, []),
                                    list(r.roles or []))) for r in rows]
        entity_of = {str(r.id): r.entity_id for r in rows}
        for record in records_of_document(doc_id, local):
            if entity_of[record.id] is not None:
                todo.append({"record_id": record.id, "cluster_id": str(entity_of[record.id]),
                             "record": _record_to_json(record)})
        if len(todo) >= batch:
            conn.execute(insert(t.resolve_records), todo)
            todo = []
    if todo:
        conn.execute(insert(t.resolve_records), todo)

    c = t.resolve_records.c
    gazetteer = default_gazetteer()
    clusters: list[dict[str, Any]] = []
    keys: list[dict[str, str]] = []
    by_cluster = conn.execute(select(c.cluster_id, c.record).where(c.cluster_id.is_not(None))
                              .order_by(func.length(c.cluster_id), c.cluster_id, func.length(c.record_id), c.record_id)
                              .execution_options(yield_per=batch))
    for cid, group in itertools.groupby(by_cluster, key=lambda r: str(r.cluster_id)):
        summary = summarise(cid, [_record_from_json(r.record) for r in group], normalise)
        clusters.append({"cluster_id": cid, "summary": summary.to_dict()})
        keys += [{"key": k, "cluster_id": cid}
                 for k in sorted({k[:KEY_CHARS] for k in name_keys(summary.type, list(summary.names), gazetteer)})]
        if len(clusters) >= batch:
            _write_clusters(conn, clusters, keys)
            clusters, keys = [], []
    _write_clusters(conn, clusters, keys)


def _write_clusters(conn: Connection, clusters: list[dict[str, Any]], keys: list[dict[str, str]]) -> None:
    if clusters:
        conn.execute(insert(t.resolve_clusters), clusters)
    if keys:
        conn.execute(insert(t.resolve_keys), keys)


def backfill_stats(conn: Connection, batch: int = 5000) -> None:
    """Count the corpus statistics of every stored record into empty tables, in the order the records
    were added (their ids grow with it), so the counts are those that adding them would have left."""
    stats = MemoryCorpusStats()
    c = t.resolve_records.c
    rows = conn.execute(select(c.record).order_by(func.length(c.record_id), c.record_id)
                        .execution_options(yield_per=2000))
    for (data,) in rows:
        contexts, parts = corpus_terms(_record_from_json(data))
        stats.note_record({x[:KEY_CHARS] for x in contexts}, [[k[:KEY_CHARS] for k in keys] for keys in parts])
    context_rows = [{"context": x, "n": n} for x, n in sorted(stats.contexts.items())]
    pair_rows = [{"part": k, "other": o} for k, others in sorted(stats.company.items()) for o in sorted(others)]
    for table, todo in ((t.resolve_context_df, context_rows), (t.resolve_part_company, pair_rows)):
        for i in range(0, len(todo), batch):
            conn.execute(insert(table), todo[i:i + batch])


def _record_to_json(r: EntityRecord) -> dict[str, Any]:
    return {"id": r.id, "document_id": r.document_id, "type": r.type, "names": list(r.names),
            "context": sorted(r.context), "roles": list(r.roles), "aliases_stated": [list(p) for p in r.aliases_stated]}


def _record_from_json(d: dict[str, Any]) -> EntityRecord:
    return EntityRecord(d["id"], d["document_id"], d["type"], list(d["names"]), set(d.get("context", [])),
                        list(d.get("roles", [])), [(a, b) for a, b in d.get("aliases_stated", [])])


def records_of_document(document_id: str, entities: list[tuple[int, LocalEntity]]) -> list[EntityRecord]:
    """One record per local entity, its context the entities named near its mentions."""
    # Sorted by start, each mention looks only at the spans that can reach its window (bisect),
    # not at every span: a document naming one group 36,000 times took minutes (issue 15).
    spans = sorted((m.start, m.end, lid) for lid, le in entities for m in le.mentions)
    starts = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=0)
    names = {lid: le.name for lid, le in entities}
    out = []
    for lid, le in entities:
        near: set[str] = set()
        for m in le.mentions:
            lo = bisect.bisect_left(starts, m.start - CONTEXT_WINDOW - longest)
            hi = bisect.bisect_left(starts, m.end + CONTEXT_WINDOW)
            near.update(names[o] for s, e, o in spans[lo:hi] if o != lid and e > m.start - CONTEXT_WINDOW)
        out.append(EntityRecord(str(lid), document_id, le.type, resolution_names(le), near, list(le.roles)))
    return out


class EngineResolution:
    """The default resolver: transliteration-aware, evidence-weighing, incremental (issue #4)."""

    name = "engine"

    def resolve_document(self, conn: Connection, document_id: str,
                         entities: list[tuple[int, LocalEntity]]) -> dict[int, Assignment]:
        records = records_of_document(document_id, entities)
        engine = engine_for(conn, records)
        out: dict[int, Assignment] = {}
        for record in records:
            d = engine.add(record)
            out[int(record.id)] = Assignment(int(d.cluster_id), d.created, d.score,
                                             [e.detail for e in d.evidence])
            # clusters absorbed into another: their local entities now belong to the survivor
            if d.absorbed:
                flush_engine(engine)
            for gone in d.absorbed:
                conn.execute(update(t.local_entities).where(t.local_entities.c.entity_id == int(gone))
                             .values(entity_id=int(d.cluster_id)))
        flush_engine(engine)
        # a cluster may have been absorbed after one of this document's records joined it
        for lid in out:
            cid = engine.store.cluster_of(str(lid))
            if cid is not None and int(cid) != out[lid].entity_id:
                out[lid].entity_id = int(cid)
        names = {eid: _display_name(conn, engine.store, eid) for eid in sorted({a.entity_id for a in out.values()})}
        if any(fresh for _, fresh in names.values()):
            flush_engine(engine)  # summaries that now keep their display names
        renames = []
        for eid, (best, _) in names.items():
            if best is None:
                _rename(conn, eid)
            else:
                renames.append({"b_id": eid, "b_name": best})
        if renames:
            conn.execute(_RENAME, renames)
        return out


def _display_name(conn: Connection, store: Any, entity_id: int) -> tuple[str | None, bool]:
    """An entity's display name (as ``_rename`` chooses it) from the display names its cluster's
    summary keeps: no read of its local entities, whose number grows with the corpus. A summary
    stored before it kept them is counted once from the table and keeps them from then on (True:
    it needs writing). None: not an engine cluster (``_rename`` then reads the table)."""
    try:
        summary: ClusterSummary = store.get(str(entity_id))
    except KeyError:
        return None, False
    if summary.display is not None:
        return summary.display_name(), False
    le = t.local_entities.c
    display: dict[str, int] = {}
    for (name,) in conn.execute(select(le.name).where(le.entity_id == entity_id).order_by(le.id)):
        display[name] = display.get(name, 0) + 1
    summary.display = display
    store.put(summary)
    return summary.display_name(), True


def _rename(conn: Connection, entity_id: int) -> None:
    """Display an entity under the name its documents prefer most often (each document's preferred
    name for it), ties broken by the fuller name."""
    le = t.local_entities.c
    counts: dict[str, int] = {}
    for (name,) in conn.execute(select(le.name).where(le.entity_id == entity_id)):  # assign() linked them
        counts[name] = counts.get(name, 0) + 1
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0].split()), len(kv[0])))[0]
        conn.execute(update(t.entities).where(t.entities.c.id == entity_id).values(name=best))


def engine_for(conn: Connection, records: Sequence[EntityRecord] = ()) -> ResolutionEngine:
    """A resolution engine over the stored state of this transaction; ``records`` are those about to
    be added, whose links and must-links are read ahead in one query each.

    Its stores hold writes back: call ``flush_engine`` before the transaction reads the resolver's
    or the entity tables otherwise, and before it commits."""
    index, store = SqlEngineIndex(conn), SqlClusterStore(conn)
    store.on_create = index.created
    store.prefetch([r.id for r in records])
    stats = SqlCorpusStats(conn)
    stats.prefetch(records)
    engine = ResolutionEngine(index=index, store=store, stats=stats)
    if records:  # the blocks of all the records' keys, read at once
        index.sizes(sorted({k for r in records for k in engine.record_keys(r)}))
    has_cannot = conn.execute(_ANY_CANNOT).first()
    engine._any_cannot = has_cannot is not None  # the engine's shortcut, restored from the table
    return engine


def flush_engine(engine: ResolutionEngine) -> None:
    """Write what an engine from ``engine_for`` holds back."""
    for part in (engine.index, engine.store, engine.stats):
        if isinstance(part, (SqlEngineIndex, SqlClusterStore, SqlCorpusStats)):
            part.flush()


def explain_entities(conn: Connection, a: int, b: int, name_a: str = "", name_b: str = "") -> Explanation:
    """Evidence for and against entities a and b being one (``reportgraph why``).

    When a and b are already one entity, the records that carry ``name_a`` are weighed against the
    others: why they were put together."""
    from ..errors import ResolveError
    from ..resolve.keys import normalize_name

    engine = engine_for(conn)
    groups = [_entity_records(conn, engine, eid) for eid in dict.fromkeys((a, b))]
    if a == b:
        key = normalize_name(name_a)
        first = [r for r in groups[0] if key in {normalize_name(n) for n in r.names}]
        rest = [r for r in groups[0] if r not in first]
        if not first or not rest:
            raise ResolveError(f"'{name_a}' and '{name_b}' are one entity because one document names them as "
                               f"one ({_linked_in_document(conn, a, name_a, name_b)}), not by resolution "
                               "across documents")
        groups = [first, rest]
    if not groups[0] or not groups[1]:
        raise ResolveError("both entities need resolved records to be compared")
    return engine.explain(groups[0], groups[1])


# How a document made a name one of its entity's, by the mention's method; any other method is an alias the
# text states ("X, known as Y", an acronym in brackets, a kunya).
_LINKED_BY = {
    "capital-as-state": "'{name}' stands for its state in {doc}: a capital in its state's role, as in "
                        "\"{name} said\"",
}


def _linked_in_document(conn: Connection, entity_id: int, name_a: str, name_b: str) -> str:
    """Why one document made two names of an entity one: the reading behind the first mention of either
    name whose method ``_LINKED_BY`` explains, else the alias the text states."""
    from ..resolve.keys import normalize_name

    keys = {normalize_name(name_a), normalize_name(name_b)}
    m, le, d = t.mentions.c, t.local_entities.c, t.documents.c
    rows = conn.execute(select(m.text, m.method, d.title, d.id)
                        .select_from(t.mentions.join(t.local_entities, le.id == m.local_entity_id)
                                     .join(t.documents, d.id == m.document_id))
                        .where(le.entity_id == entity_id, m.method.in_(list(_LINKED_BY)))
                        .order_by(m.document_id, m.start))
    for text_, method, title, doc_id in rows:
        if normalize_name(text_) in keys:
            return _LINKED_BY[method].format(name=text_, doc=f"'{title or doc_id}'")
    return "an alias stated in the text"


def explain_local(conn: Connection, local_id: int) -> tuple[int, Explanation]:
    """Why one document's entity belongs to its global entity: its record weighed against the
    entity's other records (the workbench's "why here?"). Returns the global entity's id too."""
    from ..errors import NotFoundError, ResolveError

    le = t.local_entities.c
    eid = conn.execute(select(le.entity_id).where(le.id == local_id)).scalar()
    if eid is None:
        raise NotFoundError(f"no document entity {local_id}")
    engine = engine_for(conn)
    records = _entity_records(conn, engine, int(eid))
    mine = [r for r in records if r.id == str(local_id)]
    rest = [r for r in records if r.id != str(local_id)]
    if not mine or not rest:
        raise ResolveError(f"entity e{eid} holds no other resolved record to weigh this one against")
    return int(eid), engine.explain(mine, rest)


def _entity_records(conn: Connection, engine: ResolutionEngine, entity_id: int) -> list[EntityRecord]:
    """The resolved records of one global entity's document entities, in id order."""
    le = t.local_entities.c
    ids = [str(i) for (i,) in conn.execute(select(le.id).where(le.entity_id == entity_id).order_by(le.id))]
    return [engine.store.record(i) for i in ids if _has_record(conn, i)]


def _has_record(conn: Connection, record_id: str) -> bool:
    return conn.execute(select(t.resolve_records.c.record_id)
                        .where(t.resolve_records.c.record_id == record_id)).first() is not None
