"""Forty-eighth round: a branch's name (a province, a region) is no fuller form of its parent's name, whatever
acronym spells it; an acronym one record of many glued onto a group joins it to no cluster that uses it."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.places import default_gazetteer
from reportgraph.resolve.scoring import _adds_a_branch_head

CTX = ("Tessalit", "Aguelhok")


def org(rid: str, names: list[str], ctx: tuple[str, ...] = CTX) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_a_province_or_a_compass_word_added_is_a_branch_head() -> None:
    gaz = default_gazetteer()
    assert _adds_a_branch_head("Nadir Front Kivara Province", ("kivara", "region"), gaz)
    assert _adds_a_branch_head("Nadir Front of the West", ("west",), gaz)
    assert not _adds_a_branch_head("Nadir Front of Iskar and Sundra", ("iskar", "sundra"), gaz)


def test_a_province_spelt_by_an_acronym_glued_twice_to_the_parent_stays_a_branch(engine: ResolutionEngine) -> None:
    engine.add_many([org(f"s{i}", ["Nadir Front"]) for i in range(6)])
    # two texts glued the province's acronym onto the parent's record
    engine.add_many([org("g1", ["Nadir Front", "NFKP"]), org("g2", ["NFKP"])])
    d = engine.add(org("p1", ["Nadir Front Kivara Province"]))
    assert d.cluster_id != engine.cluster_of("s0")


def test_an_acronym_one_record_glued_onto_a_group_bridges_to_no_cluster_that_uses_it(
        engine: ResolutionEngine) -> None:
    parent = [org(f"s{i}", ["Nadir Front"]) for i in range(6)]
    parent.append(org("g1", ["Nadir Front", "KVP"]))  # one record of seven: a stray name
    province = [org(f"k{i}", ["province de Kivara", "KVP"]) for i in range(3)]
    expl = engine.explain(parent, province)
    assert expl.verdict != "merge"
    assert any("one record of many" in e.detail for e in expl.against)


def test_a_group_that_uses_the_acronym_itself_still_joins(engine: ResolutionEngine) -> None:
    parent = [org(f"s{i}", ["Nadir Front", "KVP"]) for i in range(4)]
    province = [org(f"k{i}", ["KVP"]) for i in range(2)]
    assert engine.explain(parent, province).verdict == "merge"


def test_a_stray_acronym_against_one_record_naming_it_beside_a_long_form_still_joins(
        engine: ResolutionEngine) -> None:
    parent = [org(f"s{i}", ["Kivaran army"]) for i in range(4)]
    parent.append(org("g1", ["Kivaran army", "Kivaran Armed Forces", "KNA"]))
    one = [org("u1", ["Units of the Kivaran National Army", "KNA"])]
    assert not any("one record of many" in e.detail for e in engine.explain(parent, one).against)


def test_a_complement_turned_into_another_head_names_another_body(engine: ResolutionEngine) -> None:
    ministry = [org(f"m{i}", ["Kivaran Department of Roads"]) for i in range(2)]
    engine.add_many(ministry)
    d = engine.add(org("r1", ["Department of Roads Services"]))
    assert d.cluster_id != engine.cluster_of("m0")
    engine.add(org("r2", ["Roads Department"]))
    assert engine.cluster_of("r2") != engine.cluster_of("r1")


def test_a_head_added_without_of_is_the_same_body(engine: ResolutionEngine) -> None:
    engine.add_many([org(f"p{i}", ["Kivara Police"]) for i in range(2)])
    assert engine.add(org("q1", ["Kivara Police Service"])).cluster_id == engine.cluster_of("p0")
