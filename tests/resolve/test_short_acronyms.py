"""Two-letter acronyms: weak alone, the known short form of a long form the clusters use."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine


def rec(rid: str, names: list[str], ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_a_two_letter_acronym_alone_joins_the_long_form_it_spells(engine: ResolutionEngine) -> None:
    engine.add(rec("u1", ["United Nations"], ctx=("Gao",)))
    engine.add(rec("u2", ["United Nations"], ctx=("Ansongo",)))
    short = engine.add(rec("u3", ["U.N."]))
    assert short.cluster_id == engine.cluster_of("u1")
    assert "spells 'United Nations'" in short.evidence[0].detail
    engine.add(rec("t1", ["Tazira Guard"]))
    assert engine.add(rec("t2", ["UN"])).cluster_id == engine.cluster_of("u1")


def test_two_letters_beside_another_name_stay_weak(engine: ResolutionEngine) -> None:
    # "IS" spells "Ilaalada Saleebaan" as well as the "Islamic State" it stands beside
    engine.add(rec("s1", ["Ilaalada Saleebaan"]))
    engine.add(rec("s2", ["Ilaalada Saleebaan"]))
    assert engine.add(rec("i1", ["Islamic State", "IS"])).created
