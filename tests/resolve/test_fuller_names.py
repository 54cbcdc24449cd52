"""A group's short name beside the acronym of a longer name: that longer name is its own, not a branch's."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine


def rec(rid: str, names: list[str], ctx: tuple[str, ...] = ("Tessalit", "Aguelhok")) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


SHORT = [rec("s1", ["Tazira Front", "TFMS"]), rec("s2", ["Tazira Front", "TFMS"]), rec("s3", ["Tazira Front"])]
# the same group under its former name, with that name's own acronym (S for Sham, L for the Levant)
LONG = [rec("l1", ["Tazira Front of Mali and the Levant", "TFML"]), rec("l2", ["TFML"]),
        rec("l3", ["Tazira Front of Mali and the Levant"])]


def test_an_acronym_that_spells_the_longer_name_through_a_translation_joins_the_two(engine: ResolutionEngine) -> None:
    x = engine.explain(SHORT, LONG)
    assert x.verdict == "merge"
    lines = "\n".join(x.lines())
    assert "S: levant = sham" in lines and "fuller (older or translated) name" in lines
    assert not any(e.weight < -1 for e in x.against)


def test_the_records_join_the_two_clusters_as_they_come(engine: ResolutionEngine) -> None:
    engine.add_many([*LONG, *SHORT])
    assert engine.add(rec("t1", ["TFMS"])).cluster_id == engine.cluster_of("l1") == engine.cluster_of("s1")


def test_a_branch_that_no_acronym_of_the_short_name_spells_stays_apart(engine: ResolutionEngine) -> None:
    branch = [rec("b1", ["Tazira Front in the Greater Sahara", "TFGS"]), rec("b2", ["TFGS"]),
              rec("b3", ["Tazira Front in the Greater Sahara"])]
    x = engine.explain(SHORT, branch)
    assert x.verdict == "separate"
    assert any("a branch or successor is another entity" in e.detail for e in x.against)


def test_an_acronym_one_record_gave_the_short_name_says_nothing(engine: ResolutionEngine) -> None:
    once = [rec("s1", ["Tazira Front", "TFMS"]), rec("s2", ["Tazira Front"]), rec("s3", ["Tazira Front"])]
    assert engine.explain(once, LONG).verdict == "separate"
