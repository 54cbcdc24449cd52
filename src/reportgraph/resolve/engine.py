"""The resolution engine: records in, decisions out, global clusters kept in swappable state.

For each new record: its blocking keys find candidate clusters (keys that block too many clusters
are skipped), each candidate is weighed (``scoring.compare_clusters``), and the record joins the
best one whose verdict is *merge*, or starts a new cluster. When a record is strong evidence for
two clusters, they are merged only if they pass the same test against each other, so one record
never chains unrelated clusters. Analyst constraints (must-link, cannot-link) win over evidence
and hold for every later decision.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..errors import ConstraintError, ResolveError
from .blocking import key_cap, name_keys
from .keys import normalize_name
from .names import words
from .orgs import _is_acronym, places_apart
from .places import Gazetteer, default_gazetteer
from .records import ClusterSummary, Decision, EntityRecord, Evidence, Explanation, beside_key, summarise
from .scoring import ScoringConfig, best_names_of, compare_clusters, compare_names, established_names, normalise
from .state import (
    CandidateIndex,
    ClusterStore,
    CorpusStats,
    MemoryCandidateIndex,
    MemoryClusterStore,
    MemoryCorpusStats,
    corpus_terms,
)


@dataclass(frozen=True)
class EngineConfig:
    scoring: ScoringConfig = ScoringConfig()
    max_candidates: int = 6  # clusters weighed per record, rarest shared keys first
    candidate_budget: int = 48  # clusters read from the blocks per record, before ranking


class ResolutionEngine:
    """Incremental cross-document entity resolution with explanations."""

    def __init__(self, index: CandidateIndex | None = None, store: ClusterStore | None = None,
                 gazetteer: Gazetteer | None = None, config: EngineConfig | None = None,
                 stats: CorpusStats | None = None) -> None:
        self.index: CandidateIndex = index if index is not None else MemoryCandidateIndex()
        self.store: ClusterStore = store if store is not None else MemoryClusterStore()
        # corpus statistics: how many records cite a context name; how many different name parts a
        # name part is seen with (a surname met with twenty given names is a common surname)
        self.stats: CorpusStats = stats if stats is not None else MemoryCorpusStats()
        self.gazetteer = gazetteer or default_gazetteer()
        self.config = config or EngineConfig()
        self._any_cannot = False  # no cannot-link yet: skip the constraint check
        self._nearest: tuple[str, Explanation] | None = None
        self._compared: list[tuple[ClusterSummary, Explanation]] = []  # every candidate _weigh weighed
        self._stray_evidence: list[Evidence] = []  # names the record being added was resolved without
        self._keys_ahead: dict[str, set[str]] = {}  # record id -> its keys (record_keys)
        # an acronym left out of the record being added, written beside a name of the cluster it joins
        # whose fuller form it spells: the cluster counts it (ClusterSummary.beside), a second text keeps it
        self._beside_left_out: list[str] = []

    # ------------------------------------------------------------------ adding records
    def add(self, record: EntityRecord) -> Decision:
        """Resolve one record into a cluster (new or existing) and say why."""
        if self.store.cluster_of(record.id):
            raise ResolveError(f"record {record.id} is already resolved")
        mine = summarise("?", [record], normalise)
        forced = [cid for rid in self.store.constraints("must", record.id)
                  if (cid := self.store.cluster_of(rid))]
        if forced:  # contradictory constraints are refused before anything is stored
            self._check_cannot(mine, self.store.get(forced[0]))
        self.stats.note_record(*corpus_terms(record))
        self._stray_evidence = []
        self._beside_left_out = []
        ranked: list[tuple[ClusterSummary, Explanation]] = []
        if not forced:
            ranked = self._weigh(mine, self._keys_ahead.pop(record.id, None))
            left_out = self._strays(record, ranked)
            if left_out:
                # resolved, and stored, without the names it took from another entity
                record = replace(record, names=[n for n in record.names if n not in left_out])
                mine = summarise("?", [record], normalise)
                ranked = self._weigh(mine)
        self.store.put_record(record)

        if forced:
            target = self.store.get(forced[0])
            self._join(record, target)
            absorbed: list[str] = []
            for rid in self.store.constraints("must", record.id):
                current, theirs = self.store.cluster_of(record.id), self.store.cluster_of(rid)
                if current and theirs and theirs != current:
                    absorbed.append(theirs)
                    self._merge(current, theirs)
            ev = Evidence("constraint", 100.0, "must-link set by an analyst")
            return Decision(record.id, self.cluster_of(record.id), False, 100.0, [ev], absorbed)

        strays = self._stray_evidence
        if not ranked:
            cid = self._create(record)
            near = self._nearest
            if near is None:
                return Decision(record.id, cid, True, 0.0,
                                [Evidence("name", 0.0, "no candidate cluster"), *strays])
            # say why the closest candidate was not enough: its evidence, under a lead line
            lead = Evidence("verdict", 0.0, f"closest cluster {near[0]} scored {near[1].score:.2f} "
                                            f"({near[1].verdict})")
            return Decision(record.id, cid, True, near[1].score, [lead, *near[1].evidence, *strays])
        best, best_expl = ranked[0]
        # the best cluster as it stood before this record: a record that names two clusters by two
        # different names bridges them only if they are one entity on their own evidence too
        before = ClusterSummary.from_dict(best.to_dict()) if len(ranked) > 1 else None
        for k in self._beside_left_out:
            best.beside[k] = best.beside.get(k, 0) + 1
        self._join(record, best)
        absorbed = []
        for other, _ in ranked[1:]:
            survivor = self.store.get(self.cluster_of(record.id))
            if other.id == survivor.id or self.store.cluster_of(other.records[0]) != other.id:
                continue  # already merged on the way
            expl = self.compare(survivor, other)
            if expl.verdict == "merge" and before is not None and self._bridge_only(record, before, other):
                continue
            if expl.verdict == "merge":
                absorbed.append(other.id)
                self._merge(survivor.id, other.id)
        final = self.store.cluster_of(record.id) or best.id
        return Decision(record.id, final, False, best_expl.score, [*best_expl.evidence, *strays], absorbed)

    def add_many(self, records: Iterable[EntityRecord]) -> list[Decision]:
        return [self.add(r) for r in records]

    def record_keys(self, record: EntityRecord) -> set[str]:
        """The blocking keys adding this record will look up (a SQL index reads a document's at once);
        kept until the record is added."""
        mine = summarise("?", [record], normalise)
        keys = self._keys_ahead[record.id] = name_keys(mine.type, list(mine.names), self.gazetteer)
        return keys

    def _weigh(self, mine: ClusterSummary, keys: set[str] | None = None) -> list[tuple[ClusterSummary, Explanation]]:
        """Candidate clusters whose verdict is merge, best first (the best other one in _nearest).

        The candidates are read from the record's blocks rarest first and at most
        ``candidate_budget`` of them are taken (the newest clusters of a block that would overflow
        the budget), so a record's cost stays flat however large its blocks grow; each candidate
        is then ranked by all the usable keys it shares (a shared rare key counts most).
        """
        self._nearest = None
        self._compared = []
        if keys is None:
            keys = name_keys(mine.type, list(mine.names), self.gazetteer)
        sizes = self.index.sizes(keys)
        present = sorted((k for k in keys if sizes[k] > 0), key=lambda k: (sizes[k], k))
        usable = [k for k in present if sizes[k] <= key_cap(k)] or present[:1]
        if not usable:
            return []
        budget = self.config.candidate_budget
        wanted, total = [], 0  # the rarest blocks that together hold the budget
        for k in usable:
            if total >= budget:
                break
            wanted.append(k)
            total += sizes[k]
        blocks = self.index.members(wanted, budget)
        seeds: dict[str, None] = {}
        for k in wanted:
            for cid in blocks.get(k, ()):
                if len(seeds) >= budget:
                    break
                seeds[cid] = None
        hits = self.index.shared(seeds, usable)
        # rarest shared keys first: a shared surname says more than a shared given name
        weight = {cid: sum(1.0 / sizes[k] for k in ks) for cid, ks in hits.items()}
        order = heapq.nsmallest(self.config.max_candidates, weight, key=lambda cid: (-weight[cid], cid))
        out = []
        self._compared = []
        for cid, cand in zip(order, self.store.get_many(order), strict=True):  # one read for all of them
            expl = self.compare(mine, cand)
            self._compared.append((cand, expl))
            if expl.verdict == "merge":
                out.append((cand, expl))
            elif self._nearest is None or expl.score > self._nearest[1].score:
                self._nearest = (cid, expl)
        out.sort(key=lambda ce: -ce[1].score)
        return out

    def _strays(self, record: EntityRecord, ranked: list[tuple[ClusterSummary, Explanation]]) -> set[str]:
        """Names of the record that are another entity's: the own names of a cluster it does not join,
        which none of its other names matches, when that cluster is known to be another entity.

        An extractor that glues two entities of one document into one record ("Boko Haram" among
        Abubakar Shekau's names, "Islamic State in the Greater Sahara" beside its successor's name)
        would otherwise carry the other's name into the cluster the record joins, and the next record
        of that name would join there and bridge the two. Known to be another entity: a cluster of
        another type, so typed by two records or more, which the joined one never meets; or one whose
        name conflicts with a name of the joined side, each adding telling words of its own (another
        region, another country). A record keeps a name it states as an alias ("A, also known as B"),
        one the joined cluster holds or matches, and one merely not known yet to be its own (a true
        alias in another language). Sets ``_stray_evidence``, the lines ``why`` shows."""
        self._stray_evidence = []
        names = list(dict.fromkeys(n.strip() for n in record.names if n and n.strip()))
        glued = self._glued_elsewhere(record.type, names)
        names = [n for n in names if n not in glued]
        self._stray_evidence = list(glued.values())
        if len(names) < 2 or not self._compared:
            return set(glued)
        best = ranked[0][0] if ranked else None
        stated = {normalize_name(x) for pair in record.aliases_stated for x in pair}
        held = {normalize_name(n) for n in best.names} if best is not None else set()
        best_names = best.top_names(self.config.scoring.max_names) if best is not None else []
        out: dict[str, Evidence] = dict(glued)
        for cand, _ in self._compared:
            if best is not None and cand.id == best.id:
                continue
            own = established_names(cand)
            theirs = [n for n in names if n not in out and normalize_name(n) in own
                      and normalize_name(n) not in held | stated
                      and not any(compare_names(n, b, record.type, self.gazetteer).score > 0 for b in best_names)]
            rest = [n for n in names if n not in theirs and n not in out]
            if not theirs or not rest or any(compare_names(x, y, record.type, self.gazetteer).score > 0
                                             for x in theirs for y in rest):
                continue
            reason = self._other_entity(record, best, cand, theirs, rest)
            if not reason:
                continue
            joined = f"cluster {best.id}" if best is not None else "its new cluster"
            for n in theirs:
                out[n] = Evidence("stray", 0.0, f"'{n}' left out: the own name of cluster {cand.id}, which none of "
                                                f"this record's other names matches and which is not {joined}: "
                                                f"{reason}")
        self._stray_evidence = list(out.values())
        return set(out)

    def _glued_elsewhere(self, entity_type: str, names: list[str]) -> dict[str, Evidence]:
        """The names of a group's record that name the same kind of group in another place than its
        first name does ("Islamic State in the Greater Sahara" in a record named "Islamic State Sahel
        Province": a report's "formerly" or "now" glued a renamed group or a branch onto it), and the
        names that match such a name but not the first one (its acronym, its translation). One
        document's extraction would otherwise carry both groups' names into one cluster, and every
        later record of either group would join it. A name that matches neither stays."""
        if entity_type != "ORGANIZATION" or len(names) < 2:
            return {}
        first, rest = names[0], names[1:]
        apart = {x: places for x in rest if (places := places_apart(first, x, entity_type, self.gazetteer))}
        if not apart:
            return {}
        out: dict[str, Evidence] = {}
        for x, (mine, theirs) in apart.items():
            out[x] = Evidence("stray", 0.0, f"'{x}' left out: it names the group of another place than this "
                                            f"record's name '{first}' ({', '.join(theirs)} / {', '.join(mine)}), "
                                            "another group that one report's wording glued on")
        for y in rest:
            if y in out or compare_names(first, y, entity_type, self.gazetteer).score > 0:
                continue
            twin = next((x for x in apart if compare_names(x, y, entity_type, self.gazetteer).score > 0), None)
            if twin is not None:
                out[y] = Evidence("stray", 0.0, f"'{y}' left out: a name of '{twin}', which is left out, and "
                                                f"not of '{first}'")
        return out

    def _other_entity(self, record: EntityRecord, best: ClusterSummary | None, cand: ClusterSummary,
                      theirs: list[str], rest: list[str]) -> str:
        """Why ``cand`` is another entity than the one the record joins (``best``, or its other names
        ``rest`` when it starts a cluster): a name of one conflicts with a name of the other, each
        adding telling words; '' when nothing says so."""
        typed = cand.types.get(cand.type, 0) if cand.types else len(cand.records)
        if cand.type != record.type and typed >= 2 and (best is None or best.type == record.type) and \
                (best is None or self.compare(best, cand).verdict == "never"):
            return f"{typed} records type it {cand.type}, this record and the entity it joins {record.type}"
        if record.type == "PERSON":
            return ""  # two persons' names conflict on a given name or a father's: kin, not glue
        n = self.config.scoring.max_names
        mine = best_names_of(best, n) if best is not None else rest
        spelt = self._acronym_of_theirs(record.type, theirs, cand, mine, best)
        if spelt:
            return spelt
        for x in dict.fromkeys([*theirs, *best_names_of(cand, n)]):
            for y in mine:
                apart = places_apart(x, y, record.type, self.gazetteer)
                if apart is not None:
                    return f"'{x}' and '{y}' name two places ({', '.join(apart[0])} / {', '.join(apart[1])})"
        return ""

    def _acronym_of_theirs(self, entity_type: str, theirs: list[str], cand: ClusterSummary, mine: list[str],
                           best: ClusterSummary | None = None) -> str:
        """An acronym among ``theirs`` that spells a longer name ``cand``'s records use, which no name of
        the joined side (``mine``) matches: that entity's acronym ("UN" for "United Nations" in a record
        of the U.S. Navy), not a name of the record's own; '' when none."""
        if entity_type != "ORGANIZATION":
            return ""
        for x in theirs:
            if not _is_acronym(x):
                continue
            for y in best_names_of(cand, self.config.scoring.max_names):
                if _is_acronym(y) or len(words(y)) < 2:
                    continue
                if "acronym" in compare_names(x, y, entity_type, self.gazetteer).kind and \
                        not any(compare_names(y, z, entity_type, self.gazetteer).score > 0 for z in mine):
                    fuller = [z for z in mine if self._fuller_name_of(y, z, entity_type)]
                    if best is not None and any(best.beside.get(beside_key(x, z), 0) for z in fuller):
                        continue  # another text wrote it beside that name too: the group's own acronym
                    self._beside_left_out += [beside_key(x, z) for z in fuller]
                    return (f"'{x}' is the acronym of '{y}', a name of that cluster's records, which no name "
                            "of this one matches")
        return ""

    def _fuller_name_of(self, long: str, short: str, entity_type: str) -> bool:
        """Is ``long`` ``short`` with words added ("Islamic State in Iraq and Syria", "Islamic State")? An
        acronym of it written beside the short name ("the Islamic State (ISIS)") is the text's own
        alias of that group, its fuller (older or translated) name's initials: not another entity's."""
        m = compare_names(short, long, entity_type, self.gazetteer)
        return m.kind == "qualifier" and not m.unmatched_a and bool(m.unmatched_b)

    def _bridge_only(self, record: EntityRecord, before: ClusterSummary, other: ClusterSummary) -> bool:
        """Would merging ``other`` rest on this record alone, naming each cluster by another of its
        names ("Boko Haram" and "Cameroon", "Islamic State" and "al-Shabaab" in one extracted entity)?
        Not when one of its names is both clusters' own, when its names all match each other as
        names, when the record states the alias that links
        them ("A, also known as B"), or when the two clusters merge on their own evidence."""
        mine = {normalise(n) for n in record.names if n}
        theirs_b = {normalise(n) for n in before.names}
        theirs_o = {normalise(n) for n in other.names}
        if mine & theirs_b & theirs_o:
            return False
        names = list(dict.fromkeys(n for n in record.names if n))
        if all(compare_names(x, y, record.type, self.gazetteer).score > 0
               for i, x in enumerate(names) for y in names[i + 1:]):
            return False  # its names are spellings of one name (Yazidi, Yazidis): no bridge
        for x, y in record.aliases_stated:
            pair = {normalise(x), normalise(y)}
            if pair & theirs_b and pair & theirs_o:
                return False
        return self.compare(before, other).verdict != "merge"

    def _create(self, record: EntityRecord) -> str:
        cid = self.store.new_cluster_id()
        summary = summarise(cid, [record], normalise)
        self.store.put(summary)
        self.store.assign(record.id, cid)
        self.index.add(cid, name_keys(summary.type, list(summary.names), self.gazetteer))
        return cid

    def _join(self, record: EntityRecord, cluster: ClusterSummary) -> None:
        was = cluster.type
        cluster.absorb_record(record, normalise)
        self.store.put(cluster)
        self.store.assign(record.id, cluster.id)
        # the type vote turned: every name is filed under the new type too
        names = list(cluster.names) if cluster.type != was else [n for n in record.names if n]
        self.index.add(cluster.id, name_keys(cluster.type, names, self.gazetteer))

    def _merge(self, keep_id: str, gone_id: str, keep_first: bool = False) -> ClusterSummary:
        """Fold one cluster into the other: the bigger survives, or ``keep_id`` with ``keep_first``."""
        keep, gone = self.store.get(keep_id), self.store.get(gone_id)
        if not keep_first and len(gone.records) > len(keep.records):
            keep, gone = gone, keep
        self._check_cannot(keep, gone)
        was = keep.type
        keep.absorb(gone)
        self.store.put(keep)
        for rid in gone.records:
            self.store.assign(rid, keep.id)
        self.index.remove(gone.id)
        self.store.delete(gone.id)
        names = list(keep.names) if keep.type != was else list(gone.names)
        self.index.add(keep.id, name_keys(keep.type, names, self.gazetteer))
        return keep

    # ------------------------------------------------------------------ comparing
    def compare(self, a: ClusterSummary, b: ClusterSummary) -> Explanation:
        """Weigh two clusters, analyst constraints included."""
        if self._forbidden(a, b):
            ev = Evidence("constraint", -100.0, "cannot-link set by an analyst")
            return Explanation([], [ev], -100.0, "never")
        return compare_clusters(a, b, self.gazetteer, self.config.scoring, self.stats.context_df,
                                self.stats.part_df)

    def _forbidden(self, a: ClusterSummary, b: ClusterSummary) -> bool:
        if not self._any_cannot:
            return False
        small, big = (a, b) if len(a.records) <= len(b.records) else (b, a)
        others = set(big.records)
        return any(self.store.constraints("cannot", rid) & others for rid in small.records)

    def _check_cannot(self, a: ClusterSummary, b: ClusterSummary) -> None:
        if self._forbidden(a, b):
            raise ConstraintError(f"clusters {a.id} and {b.id} hold records an analyst kept apart")

    def explain(self, cluster_a_records: Iterable[EntityRecord],
                cluster_b_records: Iterable[EntityRecord]) -> Explanation:
        """Why two groups of records are (or are not) one entity: for `reportgraph why A B`."""
        a = summarise("A", cluster_a_records, normalise)
        b = summarise("B", cluster_b_records, normalise)
        expl = self.compare(a, b)
        if expl.verdict != "never" and self._tied(a, b):  # an analyst's merge outweighs the evidence
            ev = Evidence("constraint", 100.0, "must-link set by an analyst")
            return Explanation([ev, *expl.for_], expl.against, expl.score + 100.0, "merge")
        return expl

    def _tied(self, a: ClusterSummary, b: ClusterSummary) -> bool:
        small, big = (a, b) if len(a.records) <= len(b.records) else (b, a)
        others = set(big.records)
        return any(self.store.constraints("must", rid) & others for rid in small.records)

    def explain_clusters(self, cluster_a: str, cluster_b: str) -> Explanation:
        return self.compare(self.cluster(cluster_a), self.cluster(cluster_b))

    # ------------------------------------------------------------------ constraints
    def must_link(self, a: str, b: str, keep_first: bool = False) -> str | None:
        """Records (or clusters, by id) a and b are one entity from now on; returns the cluster id.

        The bigger cluster survives a merge, or a's with ``keep_first`` (an analyst's "keep")."""
        ra, rb = self._some_record(a), self._some_record(b)
        if self.store.constraints("cannot", ra) & {rb}:
            raise ConstraintError(f"{a} and {b} were declared different")
        ca, cb = self.store.cluster_of(ra), self.store.cluster_of(rb)
        if ca and cb and ca != cb:
            self._check_cannot(self.store.get(ca), self.store.get(cb))
        if rb not in self.store.constraints("must", ra):  # held already: a replay adds nothing
            self.store.add_constraint("must", ra, rb)
        if ca and cb and ca != cb:
            return self._merge(ca, cb, keep_first).id
        return ca or cb

    def cannot_link(self, a: str, b: str) -> None:
        """Records or clusters a and b are different entities from now on (splits them if needed)."""
        recs_a, recs_b = self._records_of(a), self._records_of(b)
        for ra in recs_a:
            for rb in recs_b:
                if self.store.constraints("must", ra) & {rb}:
                    raise ConstraintError(f"{a} and {b} were declared the same")
        self._any_cannot = True
        for ra in recs_a:
            held = self.store.constraints("cannot", ra)
            for rb in recs_b:
                if rb not in held:
                    self.store.add_constraint("cannot", ra, rb)
        ca = {self.store.cluster_of(r) for r in recs_a}
        cb = {self.store.cluster_of(r) for r in recs_b}
        for cid in (ca & cb) - {None}:
            assert cid is not None
            self._rebuild(cid)

    def keep_apart(self, records: Iterable[str], others: Iterable[str]) -> int:
        """Records never share an entity with ``others`` from now on (record ids only); returns how
        many cannot-links were new. Moves nothing: ``detach`` records that share a cluster first."""
        mine, theirs = list(dict.fromkeys(records)), list(dict.fromkeys(others))
        for r in mine:
            tied = self.store.constraints("must", r) & set(theirs)
            if tied:
                raise ConstraintError(f"record {r} and record {min(tied)} were declared the same")
        added = 0
        for r in mine:
            held = self.store.constraints("cannot", r)
            for o in theirs:
                if o != r and o not in held:
                    self.store.add_constraint("cannot", r, o)
                    added += 1
        self._any_cannot = self._any_cannot or added > 0
        return added

    def detach(self, records: Iterable[str], into: str | None = None) -> str:
        """Take resolved records (ids) out of their clusters into one cluster, cannot-linked to every
        record they leave; returns its id. ``into`` is joined if it is a cluster, created under that
        id if not (a new id when None). The records left behind stay together, their summary and
        keys rebuilt from them alone: nothing else is re-resolved (an analyst's split)."""
        moving = list(dict.fromkeys(records))
        if not moving:
            raise ResolveError("no records to detach")
        leaving = set(moving)
        sources = {cid: [r for r in self.store.get(cid).records if r not in leaving]
                   for cid in dict.fromkeys(self.cluster_of(r) for r in moving)}
        if into is not None and into in sources:
            raise ResolveError(f"records cannot be detached into their own cluster {into}")
        rest = [r for left in sources.values() for r in left]
        target = self._cluster_or_none(into)
        mine = [self.store.record(r) for r in moving]
        if target is not None:
            self._check_cannot(summarise("?", mine, normalise), target)
        self.keep_apart(moving, rest)  # checks the must-links before anything moves
        if target is None:
            target = ClusterSummary(into or self.store.new_cluster_id(), mine[0].type)
        for r in mine:
            target.absorb_record(r, normalise)
            self.store.assign(r.id, target.id)
        self.store.put(target)
        self.index.add(target.id, name_keys(target.type, list(target.names), self.gazetteer))
        for cid, left in sources.items():
            self.index.remove(cid)
            if not left:
                self.store.delete(cid)
                continue
            summary = summarise(cid, [self.store.record(r) for r in left], normalise)
            self.store.put(summary)
            self.index.add(cid, name_keys(summary.type, list(summary.names), self.gazetteer))
        return target.id

    def _cluster_or_none(self, cluster_id: str | None) -> ClusterSummary | None:
        if cluster_id is None:
            return None
        try:
            return self.store.get(cluster_id)
        except KeyError:
            return None

    def _rebuild(self, cluster_id: str) -> None:
        """Re-resolve a cluster's records from scratch, under the constraints now known."""
        summary = self.store.get(cluster_id)
        records = [self.store.record(r) for r in summary.records]
        self.index.remove(cluster_id)
        self.store.delete(cluster_id)
        for r in records:
            self.store.assign(r.id, "")
        for r in records:
            self._readd(r)

    def _readd(self, record: EntityRecord) -> None:
        mine = summarise("?", [record], normalise)
        forced = [cid for rid in self.store.constraints("must", record.id)
                  if (cid := self.store.cluster_of(rid))]
        if forced and not self._forbidden(mine, self.store.get(forced[0])):
            self._join(record, self.store.get(forced[0]))
            return
        ranked = self._weigh(mine)
        if ranked:
            self._join(record, ranked[0][0])
        else:
            self._create(record)

    def _some_record(self, ident: str) -> str:
        return self._records_of(ident)[0]

    def _records_of(self, ident: str) -> list[str]:
        """A cluster's records, or the record itself (possibly one not added yet)."""
        try:
            return list(self.store.get(ident).records)
        except KeyError:
            return [ident]

    # ------------------------------------------------------------------ reading
    def cluster(self, cluster_id: str) -> ClusterSummary:
        try:
            return self.store.get(cluster_id)
        except KeyError as exc:
            raise ResolveError(f"no cluster '{cluster_id}'") from exc

    def cluster_of(self, record_id: str) -> str:
        cid = self.store.cluster_of(record_id)
        if not cid:
            raise ResolveError(f"record '{record_id}' is not resolved")
        return cid

    def clusters(self) -> list[ClusterSummary]:
        return list(self.store.clusters())

