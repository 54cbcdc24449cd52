"""A group's record that names the same kind of group in another place ("the Islamic Front of Liptako,
formerly the Islamic Front of Gourma"): the other place's names are left out even when the record comes
first, before either group has a cluster of its own (twenty-fifth round, branch frxdoc29)."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine


def rec(rid: str, names: list[str], typ: str = "ORGANIZATION", ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", typ, names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_a_first_record_gluing_two_places_groups_starts_one_group_only(engine: ResolutionEngine) -> None:
    glued = engine.add(rec("g1", ["Islamic Front of Liptako", "IFL", "Islamic Front of Gourma", "IFG"]))
    stray = {e.detail.split("'")[1] for e in glued.evidence if e.kind == "stray"}
    assert stray == {"Islamic Front of Gourma", "IFG"}
    assert engine.store.record("g1").names == ["Islamic Front of Liptako", "IFL"]
    # later reports of each group, in either language, find two entities, not one
    a = engine.add(rec("a1", ["Islamic Front of Gourma", "IFG"]))
    b = engine.add(rec("b1", ["Islamic Front of Liptako", "IFL"]))
    f = engine.add(rec("f1", ["Front islamique du Gourma"]))
    assert b.cluster_id == glued.cluster_id
    assert a.cluster_id != glued.cluster_id
    assert f.cluster_id == a.cluster_id


def test_a_translated_name_of_the_other_place_s_group_goes_with_it(engine: ResolutionEngine) -> None:
    d = engine.add(rec("g1", ["Front islamique du Liptako", "Islamic Front of Gourma", "Front islamique du Gourma"]))
    assert engine.store.record("g1").names == ["Front islamique du Liptako"]
    assert sum(e.kind == "stray" for e in d.evidence) == 2


def test_names_of_one_place_s_group_are_all_kept(engine: ResolutionEngine) -> None:
    # a translation, an acronym, a variant: no other place, nothing left out
    d = engine.add(rec("g1", ["Islamic Front of Liptako", "IFL", "Front islamique du Liptako",
                              "Islamic Front for the Liberation of Liptako"]))
    assert not any(e.kind == "stray" for e in d.evidence)
    assert len(engine.store.record("g1").names) == 4


def test_two_places_of_a_person_s_record_are_not_read(engine: ResolutionEngine) -> None:
    d = engine.add(rec("p1", ["Hamdi of Liptako", "Hamdi of Gourma"], "PERSON"))
    assert not any(e.kind == "stray" for e in d.evidence)


def test_a_joint_force_in_french_and_english_is_one_name() -> None:
    from reportgraph.resolve.orgs import compare_org_names
    m = compare_org_names("Force multinationale mixte du Gourma", "Gourma Multinational Joint Task Force")
    assert m.kind in ("full", "exact") and m.score > 2.5


def test_an_operation_and_the_force_named_after_it_are_one_name() -> None:
    from reportgraph.resolve.orgs import compare_org_names
    assert compare_org_names("opération Tazira", "force Tazira").kind == "full"
    assert compare_org_names("Operation Tazira", "Tazira force").score > 0
    # other heads still conflict: a force and a government, an operation and a ministry
    assert compare_org_names("force Tazira", "gouvernement Tazira").score < 0
    assert compare_org_names("Operation Tazira", "Tazira ministry").score < 0


def test_two_operations_of_a_force_s_other_words_stay_apart(engine: ResolutionEngine) -> None:
    from reportgraph.resolve.orgs import compare_org_names
    assert compare_org_names("opération Tazira Nord", "force Gourma").score <= 0
