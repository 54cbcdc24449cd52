"""The values resolution takes and gives: records in, decisions and explanations out.

All plain dataclasses of strings, numbers, lists and dicts, so that a store can persist them
(``ClusterSummary.to_dict`` / ``from_dict``) and an API can serialise them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import ResolveError
from ..model import LocalEntity
from .keys import normalize_name


@dataclass
class EntityRecord:
    """One document-local entity as resolution sees it."""

    id: str
    document_id: str
    type: str
    names: list[str]
    context: set[str] = field(default_factory=set)  # names co-mentioned with it (normalised or not)
    roles: list[str] = field(default_factory=list)  # titles/functions: "emir of the Sahara"
    aliases_stated: list[tuple[str, str]] = field(default_factory=list)  # "A, also known as B"


@dataclass(frozen=True)
class Evidence:
    """One reason for (weight > 0) or against (weight < 0) putting two things in one entity."""

    kind: str  # name | names | acronym | gazetteer | context | role | alias | document | type | constraint
    weight: float
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Explanation:
    """Why two clusters are (or are not) one entity. ``for_`` is ``for`` (a Python keyword)."""

    for_: list[Evidence]
    against: list[Evidence]
    score: float
    verdict: str  # merge | separate | never

    def to_dict(self) -> dict[str, Any]:
        return {"for": [e.to_dict() for e in self.for_], "against": [e.to_dict() for e in self.against],
                "score": round(self.score, 3), "verdict": self.verdict}

    @property
    def evidence(self) -> list[Evidence]:
        return [*self.for_, *self.against]

    def lines(self) -> list[str]:
        """The explanation as text lines, for `reportgraph why A B` (the CLI prints them)."""
        out = [f"verdict: {self.verdict} (score {self.score:+.2f})"]
        out += [f"  for     {e.weight:+6.2f}  {e.kind:9} {e.detail}" for e in self.for_]
        out += [f"  against {e.weight:+6.2f}  {e.kind:9} {e.detail}" for e in self.against]
        return out


@dataclass
class Decision:
    """Where one record went: the cluster, whether it was new, and the evidence."""

    record_id: str
    cluster_id: str
    created: bool
    score: float
    evidence: list[Evidence]
    absorbed: list[str] = field(default_factory=list)  # clusters merged into cluster_id by this record

    def to_dict(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "cluster_id": self.cluster_id, "created": self.created,
                "score": round(self.score, 3), "evidence": [e.to_dict() for e in self.evidence],
                "absorbed": list(self.absorbed)}


# A summary keeps the most used entries of each tally, not all of them: an entity named in thousands
# of documents (a country) would otherwise carry every co-mentioned name and document, re-read and
# rewritten by every document naming it (issue 12). A tally that reaches twice its bound is cut back
# to the bound, most used first (ties: first seen; documents: the latest, the only ones a new record
# can share); what is cut is counted in ``dropped``. Below the bounds nothing changes.
BOUNDS = {"names": 64, "context": 256, "roles": 64, "documents": 64, "display": 64, "beside": 32}
ALIASES_STATED_BOUND = 64


@dataclass
class ClusterSummary:
    """What resolution remembers of a global entity: enough to compare, small enough to store."""

    id: str
    type: str
    names: dict[str, int] = field(default_factory=dict)  # surface name -> records naming it so
    context: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    records: list[str] = field(default_factory=list)
    aliases_stated: list[list[str]] = field(default_factory=list)
    # each record's preferred name (its document's name for the entity) -> records: the entity's
    # display name, kept as records come and go; None in a summary stored before it was kept
    display: dict[str, int] | None = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)  # entries cut from each bounded tally
    # records per type: one name typed PERSON in two documents and ORGANIZATION in seventeen is one
    # entity (scoring.py lets such clusters meet on a shared name); ``type`` is the vote's winner
    types: dict[str, int] = field(default_factory=dict)
    # records naming the cluster by an acronym beside another of its names ("the Islamic State (ISIS)"):
    # beside_key(acronym, name) -> records; what texts write together, where the names tally counts each
    # name alone (scoring._fuller_form)
    beside: dict[str, int] = field(default_factory=dict)

    def absorb_record(self, record: EntityRecord, normalise: Any) -> None:
        """Add one record's names, context, roles, document and type."""
        self._tally_own()
        self.types[record.type] = self.types.get(record.type, 0) + 1
        self._vote()
        for n in _record_names(record):
            self.names[n] = self.names.get(n, 0) + 1
        for c in {normalise(c) for c in record.context} - {""}:
            self.context[c] = self.context.get(c, 0) + 1
        for r in {normalise(r) for r in record.roles} - {""}:
            self.roles[r] = self.roles.get(r, 0) + 1
        self.documents[record.document_id] = self.documents.get(record.document_id, 0) + 1
        if self.display is not None and record.names:
            self.display[record.names[0]] = self.display.get(record.names[0], 0) + 1
        self.records.append(record.id)
        self._add_aliases([a, b] for a, b in record.aliases_stated)
        for k in _beside_keys(record):
            self.beside[k] = self.beside.get(k, 0) + 1
        self._bound()

    def absorb(self, other: ClusterSummary) -> None:
        """Add another cluster's summary to this one."""
        for mine, theirs in ((self.names, other.names), (self.context, other.context),
                             (self.roles, other.roles), (self.documents, other.documents),
                             (self.dropped, other.dropped), (self.beside, other.beside)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        self._tally_own()
        for k, v in (other.types or {other.type: len(other.records)}).items():
            self.types[k] = self.types.get(k, 0) + v
        self._vote()
        if self.display is not None and other.display is not None:
            for k, v in other.display.items():
                self.display[k] = self.display.get(k, 0) + v
        else:
            self.display = None  # one side's is unknown: the store counts it again
        self.records.extend(other.records)
        self._add_aliases(other.aliases_stated)
        self._bound()

    def _tally_own(self) -> None:
        if not self.types and self.records:  # made with records but no tally: they had its type
            self.types[self.type] = len(self.records)

    def _vote(self) -> None:
        """The type most of its records have; a tie keeps the type it has."""
        if len(self.types) > 1:
            self.type = max(self.types, key=lambda k: (self.types[k], k == self.type))
        elif self.types:
            self.type = next(iter(self.types))

    def display_name(self) -> str | None:
        """The name its documents prefer most often, ties broken by the fuller name."""
        if not self.display:
            return None
        return max(self.display.items(), key=lambda kv: (kv[1], len(kv[0].split()), len(kv[0])))[0]

    def _add_aliases(self, pairs: Iterable[list[str]]) -> None:
        have = {tuple(p) for p in self.aliases_stated}
        for a, b in pairs:
            if (a, b) not in have and len(self.aliases_stated) < ALIASES_STATED_BOUND:
                have.add((a, b))
                self.aliases_stated.append([a, b])

    def _bound(self) -> None:
        for name, bound in BOUNDS.items():
            tally: dict[str, int] | None = getattr(self, name)
            if tally is None or len(tally) < 2 * bound:
                continue
            if name == "documents":
                kept = list(tally.items())[-bound:]
            else:
                kept = sorted(tally.items(), key=lambda kv: -kv[1])[:bound]
                kept_keys = {k for k, _ in kept}
                kept = [(k, v) for k, v in tally.items() if k in kept_keys]  # first seen order kept
            self.dropped[name] = self.dropped.get(name, 0) + len(tally) - len(kept)
            setattr(self, name, dict(kept))

    def top_names(self, n: int) -> list[str]:
        """The n most used names (ties: first seen)."""
        if len(self.names) <= n:
            return list(self.names)
        return [k for k, _ in sorted(self.names.items(), key=lambda kv: -kv[1])[:n]]

    def to_dict(self) -> dict[str, Any]:
        # what asdict() gives, written out: the store writes a summary per cluster a document touches
        return {"id": self.id, "type": self.type, "names": dict(self.names), "context": dict(self.context),
                "roles": dict(self.roles), "documents": dict(self.documents), "records": list(self.records),
                "aliases_stated": [list(p) for p in self.aliases_stated],
                "display": None if self.display is None else dict(self.display), "dropped": dict(self.dropped),
                "types": dict(self.types), "beside": dict(self.beside)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ClusterSummary:
        if "display" not in d:  # stored before display names were kept in the summary
            d = {**d, "display": None}
        if "types" not in d:  # stored before the type vote: every record had the cluster's type
            d = {**d, "types": {d["type"]: len(d.get("records") or [])}}
        return cls(**d)


# Mention methods that give an entity a name by metonymy, true of the document that writes it only: a
# capital in its state's role ("Nairobi has made no comment" files Nairobi under Kenya there,
# ``extract/capital_states.py``). Other reports name the city by it; carried across documents, the one
# report's reading merged every report's Nairobi into Kenya (English train: 230 false pairs, and as many
# for Washington and Moscow; docs/BENCHMARKS.md, forty-third round).
METONYM_METHODS = frozenset({"capital-as-state"})


def resolution_names(entity: LocalEntity) -> list[str]:
    """The names an entity is resolved across documents by: all of ``names()`` but those its document
    gives it only by metonymy (every mention of them read so, and not its preferred name). A capital the
    document also writes plainly stays a name: the gold files a plain "Washington" (a dateline, "the
    attacks that Washington attributes to it") under the state as often as not (English train: keeping
    them out lost 840 right pairs for 304 false ones)."""
    metonyms = {m.text for m in entity.mentions if m.method in METONYM_METHODS}
    if metonyms:
        metonyms -= {m.text for m in entity.mentions if m.method not in METONYM_METHODS} | {entity.name}
    return [n for n in entity.names() if n not in metonyms]


def record_from_local(entity: LocalEntity, document_id: str, context: Iterable[str] = (),
                      roles: Iterable[str] = ()) -> EntityRecord:
    """The record of one extracted local entity (the store passes co-mentioned names as context)."""
    return EntityRecord(f"{document_id}#{entity.key}", document_id, entity.type, resolution_names(entity),
                        set(context), [*entity.roles, *roles])


def beside_key(acronym: str, name: str) -> str:
    """The key under which ``ClusterSummary.beside`` counts an acronym written beside a name."""
    return f"{normalize_name(acronym)}\t{normalize_name(name)}"


def _beside_keys(record: EntityRecord) -> list[str]:
    """An organisation record's acronyms each with its other names, when it has four names at most
    (a record of many names is a list, not a text writing one beside the other)."""
    from .orgs import _is_acronym  # orgs.py reads lexicons: imported when a record is first summarised

    names = _record_names(record) if record.type == "ORGANIZATION" else []
    if not 2 <= len(names) <= 4:
        return []
    return [beside_key(a, n) for a in names if _is_acronym(a) for n in names if n != a and not _is_acronym(n)]


def _record_names(record: EntityRecord) -> list[str]:
    seen: dict[str, None] = {}
    for n in record.names:
        if n and n.strip():
            seen.setdefault(n.strip(), None)
    for a, b in record.aliases_stated:
        for n in (a, b):
            if n and n.strip():
                seen.setdefault(n.strip(), None)
    return list(seen)


def summarise(cluster_id: str, records: Iterable[EntityRecord], normalise: Any) -> ClusterSummary:
    """A summary of records taken together (its type: the most records', ties to the first record's)."""
    summary: ClusterSummary | None = None
    for r in records:
        if summary is None:
            summary = ClusterSummary(cluster_id, r.type)
        summary.absorb_record(r, normalise)
    if summary is None:
        raise ResolveError("no records to summarise")
    return summary
