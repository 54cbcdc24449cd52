"""The engine: merges, refusals, constraints, explanations, incremental blocking."""

from __future__ import annotations

import pytest

from reportgraph.errors import ConstraintError
from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.blocking import name_keys


def rec(rid: str, doc: str, names: list[str], typ: str = "PERSON", ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, doc, typ, names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_spelling_variants_across_documents_merge(engine: ResolutionEngine) -> None:
    a = engine.add(rec("a", "d1", ["Nasser Belkhadim", "Belkhadim"], ctx=("Katiba Tarik",)))
    b = engine.add(rec("b", "d2", ["Nasser Bel Khadim"], ctx=("Katiba Tarik",)))
    assert a.created and not b.created
    assert b.cluster_id == a.cluster_id
    assert any(e.kind == "name" and e.weight > 0 for e in b.evidence)


def test_alias_chains_across_documents(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Nasser Belkhadim", "Abou Tahrir al-Kounti"]))
    engine.add(rec("b", "d2", ["Abu Tahrir al-Kounti", "Sidi Zeidane"]))
    c = engine.add(rec("c", "d3", ["Sidi Zaidane"]))
    assert len({engine.cluster_of(x) for x in "abc"}) == 1
    assert not c.created


def test_namesakes_with_other_fathers_stay_apart(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Hamada Ag Tilla"]))
    d = engine.add(rec("b", "d2", ["Hamada Ould Bechir Tanfi"]))
    assert d.created
    # a new cluster still says why the closest candidate was not enough
    assert d.evidence[0].kind == "verdict"
    assert any(e.kind == "name" and e.weight < 0 for e in d.evidence)


def test_bare_common_name_does_not_merge(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Mohamed"], ctx=("Kidal",)))
    assert engine.add(rec("b", "d2", ["Mohamed"], ctx=("Kidal",))).created


def test_types_never_merge(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Tazira"], typ="LOCATION"))
    assert engine.add(rec("b", "d2", ["Tazira"], typ="COMMUNITY")).created


def test_one_name_typed_otherwise_in_one_document_joins_the_majority(engine: ResolutionEngine) -> None:
    for i in range(3):
        engine.add(rec(f"o{i}", f"d{i}", ["Jund Tazira"], typ="ORGANIZATION", ctx=("Kidal",)))
    d = engine.add(rec("p", "d9", ["Jund Tazira"], typ="PERSON"))
    assert not d.created and any(e.kind == "type" and e.weight < 0 for e in d.evidence)
    cluster = engine.cluster(d.cluster_id)
    assert cluster.type == "ORGANIZATION" and cluster.types == {"ORGANIZATION": 3, "PERSON": 1}


def test_the_type_vote_turns_with_the_majority(engine: ResolutionEngine) -> None:
    engine.add(rec("p", "d1", ["Jund Tazira"], typ="PERSON"))
    for i in range(2):
        engine.add(rec(f"o{i}", f"d{i + 2}", ["Jund Tazira"], typ="ORGANIZATION"))
    (cluster,) = engine.clusters()
    assert cluster.type == "ORGANIZATION"
    # filed under the new type: a later organisation record finds it by its typed keys too
    assert engine.add(rec("o9", "d9", ["Jund Tazira"], typ="ORGANIZATION")).cluster_id == cluster.id


def test_types_meet_only_on_the_smaller_ones_own_name(engine: ResolutionEngine) -> None:
    # a stray shared alias (a reference number) does not carry a group into a place
    engine.add(rec("a", "d1", ["Wadi Tazira", "QDe.999"], typ="LOCATION"))
    assert engine.add(rec("b", "d2", ["Jund al-Tazira Front", "QDe.999"], typ="ORGANIZATION")).created
    # a one-word name shared across types needs shared context ("Tazira": a town, a commander)
    engine.add(rec("c", "d3", ["Bakoro"], typ="LOCATION"))
    assert engine.add(rec("d", "d4", ["Bakoro"], typ="PERSON")).created


def test_an_identical_full_name_outweighs_other_names_differing(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Ansar al-Tazira", "Defenders of Tazira"], typ="ORGANIZATION"))
    assert not engine.add(rec("b", "d2", ["Ansar al-Tazira", "Ansaroul Tazira"], typ="ORGANIZATION")).created


def test_summaries_stored_before_the_vote_read_back() -> None:
    from reportgraph.resolve.records import ClusterSummary

    old = {"id": "C1", "type": "PERSON", "names": {"X Y": 2}, "context": {}, "roles": {}, "documents": {},
           "records": ["r1", "r2"], "aliases_stated": [], "display": None, "dropped": {}}
    s = ClusterSummary.from_dict(old)
    assert s.types == {"PERSON": 2} and ClusterSummary.from_dict(s.to_dict()).types == {"PERSON": 2}


def test_same_document_records_stay_apart(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Belkhadim"]))
    assert engine.add(rec("b", "d1", ["Belkhadim"])).created


def test_organisation_and_its_successor_stay_apart(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Katiba Tarik"], typ="ORGANIZATION", ctx=("Tazira",)))
    d = engine.add(rec("b", "d2", ["Katiba Tarik in the Sahara"], typ="ORGANIZATION", ctx=("Tazira",)))
    assert d.created


def test_acronym_meets_long_form_across_documents(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Front de libération du Tazira", "FLT"], typ="ORGANIZATION"))
    assert not engine.add(rec("b", "d2", ["FLT"], typ="ORGANIZATION")).created
    assert not engine.add(rec("c", "d3", ["Front for the Liberation of Tazira"], typ="ORGANIZATION")).created


def test_cannot_link_splits_and_holds(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Nasser Belkhadim"]))
    engine.add(rec("b", "d2", ["Nasser Belkhadim"]))
    assert engine.cluster_of("a") == engine.cluster_of("b")
    engine.cannot_link("a", "b")
    assert engine.cluster_of("a") != engine.cluster_of("b")
    engine.add(rec("c", "d3", ["Nasser Belkhadim"]))  # joins one of them, never bridges the two
    assert engine.cluster_of("a") != engine.cluster_of("b")
    with pytest.raises(ConstraintError):
        engine.must_link("a", "b")


def test_must_link_merges_and_holds_for_later_records(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Nasser Belkhadim"]))
    engine.add(rec("b", "d2", ["Sidi Zeidane"]))
    engine.must_link("a", "b")
    assert engine.cluster_of("a") == engine.cluster_of("b")
    engine.must_link("c", "a")  # c is not added yet
    d = engine.add(rec("c", "d3", ["Hama Tiloua"]))
    assert d.cluster_id == engine.cluster_of("a")
    assert d.evidence[0].kind == "constraint"


def test_cannot_link_between_clusters(engine: ResolutionEngine) -> None:
    ca = engine.add(rec("a", "d1", ["Nasser Belkhadim"])).cluster_id
    cb = engine.add(rec("b", "d2", ["Sidi Zeidane"])).cluster_id
    engine.cannot_link(ca, cb)
    engine.add(rec("c", "d3", ["Nasser Belkhadim", "Sidi Zeidane"]))  # evidence for both
    assert engine.cluster_of("a") != engine.cluster_of("b")


def test_must_link_can_keep_the_smaller_cluster(engine: ResolutionEngine) -> None:
    """An analyst's "keep" survives a merge even when the other cluster is bigger."""
    small = engine.add(rec("a", "d1", ["Nasser Belkhadim"])).cluster_id
    big = engine.add(rec("b", "d2", ["Sidi Zeidane"])).cluster_id
    engine.add(rec("c", "d3", ["Sidi Zeidane"]))
    assert engine.must_link(small, big, keep_first=True) == small
    assert {engine.cluster_of(x) for x in "abc"} == {small}
    assert [c.id for c in engine.clusters()] == [small]
    d = engine.add(rec("d", "d4", ["Sidi Zeidane"]))  # the merged-away names find the survivor
    assert d.cluster_id == small and not d.created


def test_detach_moves_records_out_and_rebuilds_the_rest(engine: ResolutionEngine) -> None:
    """An analyst's split: the record leaves, the rest stays together, its summary forgets it."""
    engine.add(rec("a", "d1", ["Nasser Belkhadim"], ctx=("Katiba Tarik",)))
    engine.add(rec("b", "d2", ["Nasser Belkhadim", "Abou Tahrir"], ctx=("Tazira",)))
    engine.add(rec("c", "d3", ["Nasser Bel Khadim"], ctx=("Katiba Tarik",)))
    before = engine.cluster_of("a")
    assert {engine.cluster_of(x) for x in "abc"} == {before}
    tahrir = name_keys("PERSON", ["Abou Tahrir"], engine.gazetteer)
    assert set().union(*engine.index.members(sorted(tahrir), 100).values()) == {before}
    new = engine.detach(["b"], into="N1")
    assert new == "N1" and engine.cluster_of("b") == "N1"
    rest = engine.cluster(before)
    assert sorted(rest.records) == ["a", "c"]  # nothing re-resolved, no other id minted
    assert "Abou Tahrir" not in rest.names and "tazira" not in rest.context
    # keys rebuilt from the records left
    assert set().union(*engine.index.members(sorted(tahrir), 100).values()) == {"N1"}
    assert {c.id for c in engine.clusters()} == {before, "N1"}
    # a later record that names both sides joins one of them, never glues them back
    engine.add(rec("d", "d4", ["Nasser Belkhadim", "Abou Tahrir"], ctx=("Katiba Tarik", "Tazira")))
    assert engine.cluster_of("a") == engine.cluster_of("c") != engine.cluster_of("b")
    with pytest.raises(ConstraintError):
        engine.must_link("a", "b")
    x = engine.explain([engine.store.record("a")], [engine.store.record("b")])
    assert x.verdict == "never" and x.against[0].kind == "constraint"


def test_detach_refuses_what_an_analyst_merged(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Nasser Belkhadim"]))
    engine.add(rec("b", "d2", ["Sidi Zeidane"]))
    engine.must_link("a", "b")
    with pytest.raises(ConstraintError):
        engine.detach(["b"])
    assert engine.cluster_of("a") == engine.cluster_of("b")  # refused before anything moved
    x = engine.explain([engine.store.record("a")], [engine.store.record("b")])
    assert x.verdict == "merge" and x.for_[0].kind == "constraint"


def test_constraints_are_added_once(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Nasser Belkhadim"]))
    engine.add(rec("b", "d2", ["Sidi Zeidane"]))
    assert engine.keep_apart(["a"], ["b"]) == 1
    assert engine.keep_apart(["a"], ["b"]) == 0
    assert engine.store.constraints("cannot", "b") == {"a"}


def test_explain_lists_evidence_for_and_against(engine: ResolutionEngine) -> None:
    x = engine.explain([rec("a", "d1", ["Nasser Belkhadim"], ctx=("Katiba Tarik", "Tazira"))],
                       [rec("b", "d2", ["Nasser Balkhadim"], ctx=("Katiba Tarik",))])
    assert x.verdict == "merge"
    assert {e.kind for e in x.for_} >= {"name", "context"}
    y = engine.explain([rec("a", "d1", ["Katiba Tarik"], typ="ORGANIZATION")],
                       [rec("b", "d2", ["Katiba Tarik in the Sahara"], typ="ORGANIZATION")])
    assert y.verdict == "separate"
    assert y.against and y.against[0].kind == "name"
    assert set(y.to_dict()) == {"for", "against", "score", "verdict"}


def test_adding_a_record_only_reads_its_block() -> None:
    """Incremental: the index is asked about the new record's keys only."""
    seen: list[set[str]] = []

    class Spy:
        def __init__(self) -> None:
            from reportgraph.resolve.state import MemoryCandidateIndex

            self.inner = MemoryCandidateIndex()

        def add(self, cid: str, keys: object) -> None:
            self.inner.add(cid, keys)  # type: ignore[arg-type]

        def members(self, keys: list[str], limit: int) -> dict[str, list[str]]:
            seen.append(set(keys))
            return self.inner.members(keys, limit)

        def shared(self, cids: object, keys: object) -> dict[str, set[str]]:
            ks = set(keys)  # type: ignore[call-overload]
            seen.append(ks)
            return self.inner.shared(cids, ks)  # type: ignore[arg-type]

        def sizes(self, keys: object) -> dict[str, int]:
            ks = set(keys)  # type: ignore[call-overload]
            seen.append(ks)
            return self.inner.sizes(ks)

        def remove(self, cid: str) -> None:
            self.inner.remove(cid)

    engine = ResolutionEngine(index=Spy())
    for i in range(50):
        engine.add(rec(f"r{i}", f"d{i}", [f"Person{i} Tazir{i}"]))
    engine.add(rec("other", "dy", ["Nasser Tamadit"]))  # shares a block with the new record
    seen.clear()
    engine.add(rec("new", "dx", ["Nasser Belkhadim"]))
    own = name_keys("PERSON", ["Nasser Belkhadim"], engine.gazetteer)
    assert len(seen) >= 3  # sizes, one block read, the shared keys of its candidates
    assert all(ks <= own for ks in seen)


def test_record_from_local_entity() -> None:
    from reportgraph.model import LocalEntity, Mention
    from reportgraph.resolve.records import record_from_local

    le = LocalEntity("L3", "PERSON", "Nasser Belkhadim", ["Belkhadim"], [Mention(0, 9, "Belkhadim")])
    r = record_from_local(le, "doc7", context={"Katiba Tarik"})
    assert (r.id, r.document_id, r.type) == ("doc7#L3", "doc7", "PERSON")
    assert r.names == ["Nasser Belkhadim", "Belkhadim"]


def test_stated_alias_helps_a_single_name_join(engine: ResolutionEngine) -> None:
    """A nom de guerre stated as an alias in one report identifies him in another."""
    stated = [("Nasser Belkhadim", "Tiloua")]
    engine.add(EntityRecord("a", "d1", "PERSON", ["Nasser Belkhadim"], aliases_stated=stated))
    d = engine.add(EntityRecord("b", "d2", "PERSON", ["Tiloua"]))
    assert not d.created
    assert any(e.kind == "alias" for e in d.evidence)


def test_a_block_is_read_newest_first_and_bounded() -> None:
    from reportgraph.resolve.state import MemoryCandidateIndex

    index = MemoryCandidateIndex()
    for i in range(10):
        index.add(f"C{i}", ["k", f"own{i}"])
    assert index.members(["k"], 3) == {"k": ["C9", "C8", "C7"]}
    assert index.members(["k", "own4"], 50) == {"k": [f"C{i}" for i in reversed(range(10))], "own4": ["C4"]}
    assert index.members(["missing"], 3) == {}
    assert index.shared(["C1", "C2"], ["k", "own2", "other"]) == {"C1": {"k"}, "C2": {"k", "own2"}}
    index.remove("C9")
    assert index.members(["k"], 1) == {"k": ["C8"]}


def test_a_record_reads_at_most_the_candidate_budget() -> None:
    """However full its blocks are, a record reads a bounded number of candidate clusters."""
    from reportgraph.resolve.engine import EngineConfig
    from reportgraph.resolve.state import MemoryCandidateIndex

    read: list[int] = []

    class Counting(MemoryCandidateIndex):
        def shared(self, cluster_ids: object, keys: object) -> dict[str, set[str]]:
            ids = list(cluster_ids)  # type: ignore[call-overload]
            read.append(len(ids))
            return super().shared(ids, keys)  # type: ignore[arg-type]

    engine = ResolutionEngine(index=Counting(), config=EngineConfig(candidate_budget=5))
    for i in range(40):  # forty different men called Nasser: one block of forty clusters
        engine.add(rec(f"r{i}", f"d{i}", [f"Nasser Tamad{chr(97 + i % 26)}{chr(97 + i // 26)}t"]))
    read.clear()
    engine.add(rec("new", "dx", ["Nasser Belkhadim"]))
    assert read == [5]  # the candidates weighed by their shared keys: five of the forty
    # the new man shares only a given name with them: he stays apart
    assert engine.cluster_of("new") not in {engine.cluster_of(f"r{i}") for i in range(40)}


def test_co_mentions_in_other_spellings_are_shared_context(engine: ResolutionEngine) -> None:
    """One report's "Bel Mokhtar" and another's "Belmokhtar" are the same co-mentioned man."""
    from reportgraph.resolve.scoring import context_key

    assert context_key("Bel Mokhtar") == context_key("Belmokhtar")
    assert context_key("Abou Zeid") == context_key("Abu Zaid")
    assert context_key("Mohamed Ould Hafik") == context_key("Mohamed Uld Hafik")
    assert context_key("Gao") != context_key("Goa")  # short names keep their vowels
    x = engine.explain([rec("a", "d1", ["Sidi Tamazgha"], ctx=("Bel Mokhtar", "Abou Zeid", "Kidal"))],
                       [rec("b", "d2", ["Sidi Tamazgha"], ctx=("Belmokhtar", "Abu Zaid", "Menaka"))])
    ctx = [e for e in x.for_ if e.kind == "context"]
    assert ctx and "2 co-mentioned" in ctx[0].detail and "Kidal".lower() not in ctx[0].detail
    assert "bel mokhtar~belmokhtar" in ctx[0].detail


GIVEN = ["Amadou", "Hamidou", "Boubacar", "Seydou", "Oumar", "Issa", "Moussa", "Yacouba", "Souleymane",
         "Abdoulaye", "Ibrahim", "Bakary"]


@pytest.mark.parametrize("common, merged", [(False, True), (True, False)])
def test_corpus_statistics_come_from_the_stats_given(common: bool, merged: bool) -> None:
    """A surname the statistics have seen with a dozen given names needs more than one co-mention."""
    from reportgraph.resolve.scoring import context_key
    from reportgraph.resolve.state import MemoryCorpusStats, corpus_terms

    stats = MemoryCorpusStats()
    if common:
        for i, given in enumerate(GIVEN):
            stats.note_record(*corpus_terms(rec(f"x{i}", f"dx{i}", [f"{given} Tembely"])))
    engine = ResolutionEngine(stats=stats)
    engine.add(rec("a", "d1", ["Tembely"], ctx=("Katiba Tarik",)))
    d = engine.add(rec("b", "d2", ["Tembely"], ctx=("Katiba Tarik",)))
    assert d.created is not merged
    assert stats.context_df(context_key("Katiba Tarik")) == 2 and stats.part_df("tmbl") == (len(GIVEN) if common else 0)


def test_part_company_cap() -> None:
    """A part keeps adding a name's other parts until it has PART_COMPANY_CAP companions."""
    from reportgraph.resolve.state import PART_COMPANY_CAP, MemoryCorpusStats

    stats = MemoryCorpusStats()
    for i in range(PART_COMPANY_CAP - 1):
        stats.note_record([], [[f"g{i}", "s"]])
    stats.note_record([], [["x", "y", "s"]])  # 63 -> 65: the cap is checked before a name is added
    stats.note_record([], [["z", "s"]])
    assert stats.part_df("s") == PART_COMPANY_CAP + 1 and stats.part_df("x") == 2 and stats.part_df("z") == 1


def test_an_acronym_of_two_different_full_names_is_a_collision(engine: ResolutionEngine) -> None:
    """JAS spells the long form of one front, but the other cluster's own full name differs."""
    own = rec("a", "d1", ["Jama'atu Ahlis Sunna Lidda'awati wal Jihad", "JAS"], typ="ORGANIZATION")
    other = rec("b", "d2", ["Jabhat Ahl al Sahil", "JAHS"], typ="ORGANIZATION")
    x = engine.explain([own], [other])
    assert x.verdict == "separate"
    assert any(e.kind == "acronym" for e in x.for_) and any("two groups" in e.detail for e in x.against)
    # an acronym against a long form, with no full name of its own, still merges
    y = engine.explain([rec("c", "d3", ["JAS"], typ="ORGANIZATION")], [other])
    assert y.verdict == "merge"
    # and two full names that agree (one translated word apart) are no collision
    z = engine.explain([rec("e", "d4", ["AQIM", "Al-Qaeda in the Islamic Maghreb"], typ="ORGANIZATION")],
                       [rec("f", "d5", ["Al-Qaida in the Islamic Maghreb"], typ="ORGANIZATION")])
    assert z.verdict == "merge" and not z.against


def test_brothers_sharing_a_family_name_stay_two_people(engine: ResolutionEngine) -> None:
    """Same nasab, different given names, shared context and a shared short form: still two men."""
    ctx = ("Katiba Tarik", "Tessalit", "Kidal")
    engine.add(rec("a", "d1", ["Ilyas Ould Hamdane", "Ould Hamdane"], ctx=ctx))
    b = engine.add(rec("b", "d2", ["Bechir Ould Hamdane", "Ould Hamdane"], ctx=ctx))
    assert b.created
    assert any(e.kind == "given" and "Ilyas Ould Hamdane" in e.detail for e in b.evidence)
    # the short form alone still joins one of them, and a variant spelling joins its own man
    c = engine.add(rec("c", "d3", ["Bachir Ould Hamdan"], ctx=ctx))
    assert engine.cluster_of("c") == engine.cluster_of("b") and not c.created


def test_a_news_agency_never_joins_an_actor_or_a_place(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Mali", "Reuters"], typ="LOCATION", ctx=("Bamako",)))
    d = engine.add(rec("b", "d2", ["Reuters"], typ="LOCATION", ctx=("Bamako",)))
    assert d.created
    assert any(e.kind == "agency" for e in d.evidence)
    # two mentions of the agency itself are one agency
    assert not engine.add(rec("c", "d3", ["Reuters"], typ="LOCATION")).created


def test_a_one_word_name_two_groups_share_needs_shared_context(engine: ResolutionEngine) -> None:
    """'al-Fursan' (the horsemen) of a group known by another full name, against a cluster named
    'al-Fursan' alone: one co-mention in common is not enough; two are."""
    first = engine.add(rec("a", "d1", ["al-Fursan"], "ORGANIZATION", ("Tazira", "Oued Kel", "Amadou Sene")))
    other = engine.add(rec("b", "d2", ["Jamaat Ansar al-Haqq", "al-Fursan"], "ORGANIZATION",
                           ("Tazira", "Port Lindi", "Cabo Sul")))
    assert other.created
    assert any("co-mentioned entities are shared (two needed)" in e.detail for e in other.evidence)
    same = engine.add(rec("c", "d3", ["al-Fursan"], "ORGANIZATION", ("Port Lindi", "Cabo Sul")))
    assert same.cluster_id == other.cluster_id != first.cluster_id


def test_a_one_word_name_beside_disagreeing_full_names_is_a_collision(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["al-Fursan", "Harakat al-Fursan al-Mujahidin"], "ORGANIZATION",
                   ("Tazira", "Oued Kel")))
    b = engine.add(rec("b", "d2", ["Jamaat Ansar al-Haqq", "al-Fursan"], "ORGANIZATION", ("Tazira", "Oued Kel")))
    assert b.created
    assert any(e.weight < 0 and "names two groups" in e.detail for e in b.evidence)


def test_a_region_named_after_a_place_stays_apart_from_it(engine: ResolutionEngine) -> None:
    """A document that gave Mali the alias 'centre du Mali' does not pull 'central Mali' into Mali."""
    mali = engine.add(rec("a", "d1", ["Mali", "centre du Mali"], "LOCATION", ("Mopti", "Bamako")))
    centre = engine.add(rec("b", "d2", ["central Mali"], "LOCATION", ("Mopti", "Bamako")))
    assert centre.cluster_id != mali.cluster_id
    expl = engine.explain([rec("x", "d3", ["Mali"], "LOCATION")], [rec("y", "d4", ["central Mali"], "LOCATION")])
    assert any("a part of the other (center)" in e.detail for e in expl.against)


def test_two_people_kept_apart_in_one_document_without_a_shared_full_name(engine: ResolutionEngine) -> None:
    """'Idrissa Kane' and 'Moussa Idrissa Kane' (a son named after his father) read apart in d1."""
    son = engine.add(rec("a", "d1", ["Moussa Idrissa Kane"], ctx=("Tazira",)))
    father = engine.add(rec("b", "d1", ["Idrissa Kane"], ctx=("Tazira",)))
    assert father.cluster_id != son.cluster_id
    assert any(e.kind == "document" and e.weight <= -2.0 for e in father.evidence)


def test_a_shared_full_name_softens_a_short_forms_conflict(engine: ResolutionEngine) -> None:
    a = engine.add(rec("a", "d1", ["Ansarul Haqq", "Ansar ul Haqq lil Jihad wal Tazira"], "ORGANIZATION",
                       ("Tazira", "Oued Kel")))
    b = engine.add(rec("b", "d2", ["Ansaroul Haqq", "Ansar ul Haqq lil Jihad wal Tazira"], "ORGANIZATION",
                       ("Tazira", "Oued Kel")))
    assert b.cluster_id == a.cluster_id


def test_an_organisation_named_with_a_head_noun_is_never_retyped(engine: ResolutionEngine) -> None:
    """Two documents read "Tazira Brigade" as a place; the one that reads an organisation by its head
    noun is not turned into a place by their vote. On a tie they meet, weighed as the asserted type."""
    for i in range(2):
        engine.add(rec(f"l{i}", f"d{i}", ["Tazira Brigade"], typ="LOCATION", ctx=("Kidal", "Gao")))
    d = engine.add(rec("o", "d9", ["Tazira Brigade"], typ="ORGANIZATION", ctx=("Kidal", "Gao")))
    assert d.created
    tie = ResolutionEngine()
    tie.add(rec("p", "d1", ["Jund Tazira Brigade"], typ="PERSON", ctx=("Kidal", "Gao")))
    o = tie.add(rec("o", "d2", ["Jund Tazira Brigade"], typ="ORGANIZATION", ctx=("Kidal", "Gao")))
    assert not o.created and any("weighed as ORGANIZATION" in e.detail for e in o.evidence)


def test_an_acronym_written_as_a_word_is_not_a_one_word_name(engine: ResolutionEngine) -> None:
    """'Minutaz' beside its French full name meets 'MINUTAZ': an acronym is no common word two groups share."""
    first = engine.add(rec("a", "d1", ["MINUTAZ"], "ORGANIZATION", ("Tazira", "Oued Kel")))
    b = engine.add(rec("b", "d2", ["Mission de l'ONU au Tazira", "Minutaz"], "ORGANIZATION", ("Tazira",)))
    assert b.cluster_id == first.cluster_id


def test_a_record_naming_two_clusters_by_two_names_does_not_bridge_them(engine: ResolutionEngine) -> None:
    # one document's extraction gave one entity the names of two groups (a wrong alias)
    for i in range(2):
        engine.add(rec(f"j{i}", f"d{i}", ["Jund al-Tazira Front"], typ="ORGANIZATION"))
    engine.add(rec("h", "d3", ["Harakat Wadi Sumur"], typ="ORGANIZATION"))
    d = engine.add(rec("x", "d4", ["Jund al-Tazira Front", "Harakat Wadi Sumur"], typ="ORGANIZATION"))
    assert not d.absorbed
    assert engine.cluster_of("j0") != engine.cluster_of("h")


def test_a_stated_alias_still_bridges_two_clusters(engine: ResolutionEngine) -> None:
    for i in range(2):
        engine.add(rec(f"j{i}", f"d{i}", ["Jund al-Tazira Front"], typ="ORGANIZATION"))
    engine.add(rec("h", "d3", ["Harakat Wadi Sumur"], typ="ORGANIZATION"))
    r = EntityRecord("x", "d4", "ORGANIZATION", ["Jund al-Tazira Front", "Harakat Wadi Sumur"],
                     aliases_stated=[("Jund al-Tazira Front", "Harakat Wadi Sumur")])
    assert engine.add(r).absorbed
    assert engine.cluster_of("j0") == engine.cluster_of("h")


def test_types_meet_only_on_a_name_the_larger_cluster_uses(engine: ResolutionEngine) -> None:
    for i in range(3):
        engine.add(rec(f"o{i}", f"d{i}", ["Jund Tazira"], typ="ORGANIZATION", ctx=("Kidal",)))
    # a record typed PERSON, named like the group and given its leader's name by mistake, joins it...
    engine.add(rec("p", "d5", ["Jund Tazira", "Moussa Ag Tanfi"], typ="PERSON"))
    assert engine.cluster_of("p") == engine.cluster_of("o0")
    # ... but the leader, named in another report, does not follow his name into the group
    d = engine.add(rec("m", "d6", ["Moussa Ag Tanfi"], typ="PERSON", ctx=("Kidal",)))
    assert d.created


def test_an_agency_s_acronym_spelt_by_the_cluster_s_own_name_is_not_the_agency(engine: ResolutionEngine) -> None:
    engine.add(rec("a", "d1", ["Armed Forces of Pelagonia", "AFP"], typ="ORGANIZATION"))
    d = engine.add(rec("b", "d2", ["Armed Forces of Pelagonia", "AFP"], typ="ORGANIZATION"))
    assert not d.created
    # the news agency itself still joins nothing else
    assert engine.add(rec("c", "d3", ["AFP"], typ="ORGANIZATION")).created


def test_a_name_one_record_of_many_gave_a_group_does_not_keep_its_namesakes_out() -> None:
    from reportgraph.resolve.places import default_gazetteer
    from reportgraph.resolve.records import summarise
    from reportgraph.resolve.scoring import compare_clusters, normalise

    # six reports call the group "Tazira"; one also gave it a full name no other report uses
    many = [rec(f"t{i}", f"d{i}", ["Tazira"], typ="ORGANIZATION") for i in range(6)]
    many.append(rec("s", "d7", ["Tazira", "Bilad al-Wadi Sumur"], typ="ORGANIZATION"))
    one = [rec("n", "d8", ["Tazira"], typ="ORGANIZATION")]
    expl = compare_clusters(summarise("A", many, normalise), summarise("B", one, normalise), default_gazetteer())
    assert expl.verdict == "merge"
