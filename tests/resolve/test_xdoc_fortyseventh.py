"""Forty-seventh round: an acronym written beside a group's short name spells its fuller name; a person's
whole name alike among shared company outweighs its common parts."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine

CTX = ("Tessalit", "Aguelhok")


def org(rid: str, names: list[str]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(CTX))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


SHORT = [org("s1", ["Nadir Front"]), org("s2", ["Nadir Front"])]
# the acronym of its fuller name, "... of Iskar and Sundra", used alone and beside that name
LONG = [org("l1", ["NFIS", "Nadir Front of Iskar and Sundra"]), org("l2", ["NFIS"])]
BESIDE = [org("b1", ["Nadir Front", "NFIS"]), org("b2", ["Nadir Front", "NFIS"])]


def test_an_acronym_written_beside_the_short_name_by_a_second_text_is_kept_as_its_own(
        engine: ResolutionEngine) -> None:
    engine.add_many([*SHORT, *LONG])
    first = engine.add(BESIDE[0])  # one text may have glued another group's acronym on: left out
    assert any(e.kind == "stray" for e in first.evidence)
    assert "NFIS" not in engine.cluster(engine.cluster_of("b1")).names
    second = engine.add(BESIDE[1])
    assert not any(e.kind == "stray" for e in second.evidence)
    assert "NFIS" in engine.cluster(engine.cluster_of("b2")).names


def test_documents_writing_the_acronym_beside_the_short_name_join_the_two_clusters(engine: ResolutionEngine) -> None:
    engine.add_many([*SHORT, *LONG, *BESIDE])
    engine.add(org("t1", ["NFIS"]))
    assert engine.cluster_of("s1") == engine.cluster_of("l1") == engine.cluster_of("t1")


def test_a_branch_acronym_glued_once_to_the_short_name_joins_nothing(engine: ResolutionEngine) -> None:
    branch = [org("g1", ["NFGS", "Nadir Front in the Greater Sahara"]), org("g2", ["NFGS"])]
    engine.add_many([*SHORT, *branch, org("x1", ["Nadir Front", "NFGS"])])
    assert engine.add(org("t1", ["NFGS"])).cluster_id == engine.cluster_of("g1") != engine.cluster_of("s1")


def person(rid: str, ctx: tuple[str, ...]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "PERSON", ["Hamid Kassou"], set(ctx))


def test_a_whole_name_of_common_parts_in_shared_company_is_one_man() -> None:
    engine = ResolutionEngine()
    # both parts are met with many other names: each alone says little
    for i in range(30):
        engine.add(EntityRecord(f"h{i}", f"doc-h{i}", "PERSON", [f"Hamid Tolbar{i}a"], {f"Place{i}"}))
        engine.add(EntityRecord(f"k{i}", f"doc-k{i}", "PERSON", [f"Yerim{i}o Kassou"], {f"Town{i}"}))
    company = ("Ouarzana", "Tindouri Brigade", "Kel Amassa")
    engine.add(person("p1", company))
    d = engine.add(person("p2", company))
    assert d.cluster_id == engine.cluster_of("p1")


def test_the_same_common_name_without_shared_company_stays_apart() -> None:
    engine = ResolutionEngine()
    for i in range(30):
        engine.add(EntityRecord(f"h{i}", f"doc-h{i}", "PERSON", [f"Hamid Tolbar{i}a"], {f"Place{i}"}))
        engine.add(EntityRecord(f"k{i}", f"doc-k{i}", "PERSON", [f"Yerim{i}o Kassou"], {f"Town{i}"}))
    engine.add(person("p1", ("Ouarzana",)))
    d = engine.add(person("p2", ("Sidi Belkacem",)))
    assert d.cluster_id != engine.cluster_of("p1")
