"""Names one document's extraction glued onto another entity: left out of the record that carries them."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine


def rec(rid: str, names: list[str], typ: str = "ORGANIZATION", ctx: tuple[str, ...] = (),
        stated: tuple[tuple[str, str], ...] = ()) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", typ, names, set(ctx), aliases_stated=list(stated))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_a_group_s_name_glued_to_a_person_does_not_carry_the_group_into_his_entity(engine: ResolutionEngine) -> None:
    engine.add(rec("g1", ["Jund al-Tazira"], ctx=("Kidal",)))
    engine.add(rec("g2", ["Jund al-Tazira"], ctx=("Kidal",)))
    engine.add(rec("p1", ["Hamdi Ould Sidati"], "PERSON", ctx=("Tessalit", "Aguelhok")))
    glued = engine.add(rec("p2", ["Jund al-Tazira", "Hamdi Ould Sidati"], "PERSON", ctx=("Tessalit", "Aguelhok")))
    assert glued.cluster_id == engine.cluster_of("p1")
    assert [e.kind for e in glued.evidence].count("stray") == 1
    assert "Jund al-Tazira" not in engine.cluster(glued.cluster_id).names
    assert engine.store.record("p2").names == ["Hamdi Ould Sidati"]
    # a second report glues the group onto another man: the group and Hamdi stay two entities
    engine.add(rec("p3", ["Jund al-Tazira", "Sidi Ould Bahaye"], "PERSON"))
    assert engine.cluster_of("g1") != engine.cluster_of("p1")
    assert engine.cluster_of("p3") != engine.cluster_of("p1")


def test_a_predecessor_named_beside_its_successor_is_left_out(engine: ResolutionEngine) -> None:
    engine.add(rec("a1", ["Islamic Front of Gourma", "IFG"]))
    engine.add(rec("a2", ["Islamic Front of Gourma"]))
    engine.add(rec("b1", ["Islamic Front of Liptako", "IFL"]))
    engine.add(rec("b2", ["Islamic Front of Liptako"]))
    glued = engine.add(rec("b3", ["Islamic Front of Liptako", "IFL", "Islamic Front of Gourma"]))
    assert glued.cluster_id == engine.cluster_of("b1")
    stray = [e for e in glued.evidence if e.kind == "stray"]
    assert stray and "gourma" in stray[0].detail and "liptako" in stray[0].detail
    # the next report of the predecessor joins it, and no record bridges the two
    later = engine.add(rec("a3", ["Islamic Front of Gourma", "IFG"]))
    assert later.cluster_id == engine.cluster_of("a1") != engine.cluster_of("b1")


def test_an_alias_in_another_language_is_kept(engine: ResolutionEngine) -> None:
    engine.add(rec("k1", ["Katiba Tazira"]))
    engine.add(rec("k2", ["Katiba Tazira"]))
    engine.add(rec("f1", ["Tazira Liberation Front"]))
    d = engine.add(rec("f2", ["Tazira Liberation Front", "Katiba Tazira"]))
    assert not any(e.kind == "stray" for e in d.evidence)
    assert "Katiba Tazira" in engine.cluster(engine.cluster_of("f2")).names


def test_a_stated_alias_is_kept(engine: ResolutionEngine) -> None:
    engine.add(rec("g1", ["Jund al-Tazira"]))
    engine.add(rec("g2", ["Jund al-Tazira"]))
    engine.add(rec("p1", ["Hamdi Ould Sidati"], "PERSON"))
    d = engine.add(rec("p2", ["Jund al-Tazira", "Hamdi Ould Sidati"], "PERSON",
                       stated=(("Hamdi Ould Sidati", "Jund al-Tazira"),)))
    assert not any(e.kind == "stray" for e in d.evidence)



def test_another_entity_s_acronym_glued_to_a_record_is_left_out(engine: ResolutionEngine) -> None:
    engine.add(rec("u1", ["Tazira Nations", "TN"], ctx=("Gao", "Kidal")))
    engine.add(rec("u2", ["Tazira Nations"], ctx=("Gao", "Kidal")))
    engine.add(rec("n1", ["Malian Navy"], ctx=("Gao", "Kidal")))
    glued = engine.add(rec("n2", ["Malian Navy", "TN"], ctx=("Gao", "Kidal")))
    assert glued.cluster_id == engine.cluster_of("n1")
    stray = [e for e in glued.evidence if e.kind == "stray"]
    assert stray and "acronym of 'Tazira Nations'" in stray[0].detail
    assert "TN" not in engine.cluster(glued.cluster_id).names
    # the next report that writes the acronym joins its own entity, and the navy stays apart
    later = engine.add(rec("u3", ["Tazira Nations", "TN"], ctx=("Gao", "Kidal")))
    assert later.cluster_id == engine.cluster_of("u1") != engine.cluster_of("n1")


def test_an_acronym_that_spells_the_record_s_own_name_is_kept(engine: ResolutionEngine) -> None:
    engine.add(rec("a1", ["Tazira Front", "TF"]))
    engine.add(rec("a2", ["Tazira Front"]))
    engine.add(rec("b1", ["Timbuktu Forces"]))
    d = engine.add(rec("b2", ["Timbuktu Forces", "TF"]))
    assert not any(e.kind == "stray" for e in d.evidence)
