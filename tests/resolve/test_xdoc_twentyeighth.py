"""Twenty-eighth round (xdoc34): a match through a stray name of one side, when the other side's records
use a name of their own that the first side never matches, is no merge; an acronym spelt like "is"."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine

CTX = ("Tombouctou", "Goundam", "Lere", "Niafunke")


def rec(rid: str, names: list[str], typ: str = "ORGANIZATION", ctx: tuple[str, ...] = CTX) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", typ, names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    e = ResolutionEngine()
    for i in range(4):
        e.add(rec(f"f{i}", ["Lakeside Caliphate Front"]))
    # one report glosses the front's name in Arabic: a name one record of five gives the cluster
    e.add(rec("f9", ["Lakeside Caliphate Front", "Jabhat Ansar al-Khilafa"]))
    return e


def test_a_local_group_spelt_like_another_s_gloss_stays_apart(engine: ResolutionEngine) -> None:
    # another report's local group bears the same Arabic words, and its records name it otherwise too
    other = engine.add(rec("g1", ["Jabhat Ansar al-Khilafah", "Tinaga brothers"]))
    assert other.cluster_id != engine.cluster_of("f0")
    why = [e for e in other.evidence if e.kind == "name" and e.weight < 0]
    assert why and "Tinaga brothers" in why[0].detail and "Jabhat Ansar al-Khilafa" in why[0].detail


def test_a_record_that_only_answers_to_the_gloss_still_joins(engine: ResolutionEngine) -> None:
    alone = engine.add(rec("g2", ["Jabhat Ansar al-Khilafah"]))
    assert alone.cluster_id == engine.cluster_of("f0")


def test_a_record_whose_other_name_the_cluster_knows_still_joins(engine: ResolutionEngine) -> None:
    both = engine.add(rec("g3", ["Jabhat Ansar al-Khilafah", "Lakeside Caliphate Front"]))
    assert both.cluster_id == engine.cluster_of("f0")
