"""Where the resolver keeps its state: a candidate index, a cluster store and corpus statistics,
all swappable.

The engine only talks to these three protocols, so a database can hold everything: the candidate
index is one table ``(key, cluster_id)`` with an index on ``key``; the cluster store is a table of
``ClusterSummary.to_dict()`` rows, a ``record -> cluster`` table, a table of records and one of
analyst constraints; the statistics are a count per context name and the companions of each name
part. The in-memory implementations here are what tests and benchmarks use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol

from .names import parse_name, part_key
from .records import ClusterSummary, EntityRecord
from .scoring import context_key

PART_COMPANY_CAP = 64  # companions remembered per name part: past that a part is common anyway


class CandidateIndex(Protocol):
    """Blocking keys -> clusters. Adding one record touches only the rows of its own keys."""

    def add(self, cluster_id: str, keys: Iterable[str]) -> None:
        """File a cluster under keys (idempotent)."""
        ...

    def sizes(self, keys: Iterable[str]) -> dict[str, int]:
        """How many clusters each key holds (the engine skips keys that block too much)."""
        ...

    def members(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        """For each key, at most ``limit`` clusters filed under it, the newest first (the engine's
        bounded read of its blocks: the cost must not grow with the blocks)."""
        ...

    def shared(self, cluster_ids: Iterable[str], keys: Iterable[str]) -> dict[str, set[str]]:
        """For each of these clusters, which of these keys it is filed under."""
        ...

    def remove(self, cluster_id: str) -> None:
        """Forget a cluster (merged into another, or split)."""
        ...


class ClusterStore(Protocol):
    """Cluster summaries, records, record -> cluster links and analyst constraints."""

    def new_cluster_id(self) -> str: ...

    def get(self, cluster_id: str) -> ClusterSummary: ...

    def get_many(self, cluster_ids: Sequence[str]) -> list[ClusterSummary]:
        """Several summaries, in the order asked (a SQL store reads them in one statement)."""
        ...

    def put(self, summary: ClusterSummary) -> None: ...

    def delete(self, cluster_id: str) -> None: ...

    def clusters(self) -> Iterator[ClusterSummary]: ...

    def cluster_of(self, record_id: str) -> str | None: ...

    def assign(self, record_id: str, cluster_id: str) -> None: ...

    def record(self, record_id: str) -> EntityRecord: ...

    def put_record(self, record: EntityRecord) -> None: ...

    def add_constraint(self, kind: str, a: str, b: str) -> None:
        """kind is 'must' or 'cannot'; a and b are record ids."""
        ...

    def constraints(self, kind: str, record_id: str) -> set[str]:
        """Record ids the record must (or must not) share an entity with."""
        ...


class CorpusStats(Protocol):
    """What the corpus says about names: frequent context names and common name parts weigh less.

    Counted once per record as it is added (``corpus_terms``); they only ever lower weights."""

    def note_record(self, contexts: Iterable[str], name_parts: Iterable[Sequence[str]]) -> None:
        """Count one record: the context keys of its co-mentioned names, and the part keys of each of its names."""
        ...

    def context_df(self, context: str) -> int:
        """How many records cite this context key (``scoring.context_key``)."""
        ...

    def part_df(self, part: str) -> int:
        """How many different name parts this part key was seen with (about PART_COMPANY_CAP at most)."""
        ...


def corpus_terms(record: EntityRecord) -> tuple[set[str], list[list[str]]]:
    """What one record adds to the statistics: the context keys of its co-mentioned names (spelling
    variants counted as one name, as scoring matches them), and for a person the part keys (parts
    of three letters or more) of each of its names."""
    contexts = {context_key(c) for c in record.context} - {""}
    if record.type != "PERSON":
        return contexts, []
    return contexts, [[part_key(p.form) for p in parse_name(n).parts if len(p.form) >= 3] for n in record.names]


class MemoryCandidateIndex:
    """The candidate index as two dicts (a block keeps its clusters in filing order, newest last)."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, None]] = defaultdict(dict)
        self._keys_of: dict[str, set[str]] = defaultdict(set)

    def add(self, cluster_id: str, keys: Iterable[str]) -> None:
        mine = self._keys_of[cluster_id]
        for k in keys:
            if k not in mine:
                mine.add(k)
                self._by_key[k][cluster_id] = None

    def sizes(self, keys: Iterable[str]) -> dict[str, int]:
        return {k: len(self._by_key.get(k, ())) for k in keys}

    def members(self, keys: Sequence[str], limit: int) -> dict[str, list[str]]:
        out = {}
        for k in keys:
            block = self._by_key.get(k)
            if block and limit > 0:
                out[k] = list(reversed(block)) if len(block) <= limit else list(islice(reversed(block), limit))
        return out

    def shared(self, cluster_ids: Iterable[str], keys: Iterable[str]) -> dict[str, set[str]]:
        wanted = set(keys)
        return {cid: self._keys_of.get(cid, set()) & wanted for cid in cluster_ids}

    def remove(self, cluster_id: str) -> None:
        for k in self._keys_of.pop(cluster_id, set()):
            ids = self._by_key.get(k)
            if ids is not None:
                ids.pop(cluster_id, None)
                if not ids:
                    del self._by_key[k]

    def __len__(self) -> int:
        return len(self._by_key)


class MemoryClusterStore:
    """The cluster store as dicts."""

    def __init__(self) -> None:
        self._clusters: dict[str, ClusterSummary] = {}
        self._cluster_of: dict[str, str] = {}
        self._records: dict[str, EntityRecord] = {}
        self._constraints: dict[str, dict[str, set[str]]] = {"must": defaultdict(set),
                                                              "cannot": defaultdict(set)}
        self._next = 0

    def new_cluster_id(self) -> str:
        self._next += 1
        return f"C{self._next}"

    def get(self, cluster_id: str) -> ClusterSummary:
        return self._clusters[cluster_id]

    def get_many(self, cluster_ids: Sequence[str]) -> list[ClusterSummary]:
        return [self._clusters[c] for c in cluster_ids]

    def put(self, summary: ClusterSummary) -> None:
        self._clusters[summary.id] = summary

    def delete(self, cluster_id: str) -> None:
        self._clusters.pop(cluster_id, None)

    def clusters(self) -> Iterator[ClusterSummary]:
        return iter(list(self._clusters.values()))

    def cluster_of(self, record_id: str) -> str | None:
        return self._cluster_of.get(record_id)

    def assign(self, record_id: str, cluster_id: str) -> None:
        self._cluster_of[record_id] = cluster_id

    def record(self, record_id: str) -> EntityRecord:
        return self._records[record_id]

    def put_record(self, record: EntityRecord) -> None:
        self._records[record.id] = record

    def add_constraint(self, kind: str, a: str, b: str) -> None:
        self._constraints[kind][a].add(b)
        self._constraints[kind][b].add(a)

    def constraints(self, kind: str, record_id: str) -> set[str]:
        return set(self._constraints[kind].get(record_id, ()))


class MemoryCorpusStats:
    """The corpus statistics as two dicts."""

    def __init__(self) -> None:
        self.contexts: dict[str, int] = {}
        self.company: dict[str, set[str]] = {}  # part key -> other parts of the names it was in

    def note_record(self, contexts: Iterable[str], name_parts: Iterable[Sequence[str]]) -> None:
        for c in set(contexts):
            self.contexts[c] = self.contexts.get(c, 0) + 1
        for keys in name_parts:
            for k in keys:
                company = self.company.setdefault(k, set())
                # a name's parts join together once the cap is not reached, so it is a soft cap
                if len(company) < PART_COMPANY_CAP:
                    company.update(o for o in keys if o != k)

    def context_df(self, context: str) -> int:
        return self.contexts.get(context, 0)

    def part_df(self, part: str) -> int:
        return len(self.company.get(part, ()))
