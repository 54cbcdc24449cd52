"""Twenty-ninth round (xdoc35): a name that one record glued onto a cluster of another type joins nothing
across types; a community's one-word stray name (a tribe glued onto it) is no match for the tribe."""

from __future__ import annotations

from reportgraph.resolve import EntityRecord, ResolutionEngine

CTX = ("Tessalit", "Aguelhok", "Anefis", "Tarkint")


def rec(rid: str, names: list[str], typ: str, ctx: tuple[str, ...] = CTX) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", typ, names, set(ctx))


def test_a_group_s_name_glued_onto_its_leader_does_not_merge_him_into_the_group() -> None:
    e = ResolutionEngine()
    e.add(rec("p1", ["Musa Kandiri", "Kandiri"], "PERSON"))
    e.add(rec("g1", ["Sons of the Dune"], "ORGANIZATION"))
    # a table's "Sons of the Dune (Kandiri)" made one record of the group and its leader
    glued = e.add(rec("p2", ["Sons of the Dune", "Musa Kandiri", "Kandiri"], "PERSON"))
    assert glued.cluster_id == e.cluster_of("p1")
    # the next report naming the group: it joins the group, and the man's cluster stays his own
    later = e.add(rec("g2", ["Sons of the Dune"], "ORGANIZATION"))
    assert later.cluster_id == e.cluster_of("g1")
    assert e.cluster_of("p1") != e.cluster_of("g1")
    assert not later.absorbed


def test_a_record_typed_otherwise_under_the_group_s_own_name_still_joins_it() -> None:
    e = ResolutionEngine()
    e.add(rec("g1", ["Sons of the Dune"], "ORGANIZATION"))
    e.add(rec("g2", ["Sons of the Dune"], "ORGANIZATION"))
    odd = e.add(rec("x1", ["Sons of the Dune"], "PERSON"))
    assert odd.cluster_id == e.cluster_of("g1")


def test_a_tribe_glued_onto_a_community_does_not_carry_the_tribe_s_cluster_in() -> None:
    e = ResolutionEngine()
    for i in range(4):
        e.add(rec(f"c{i}", ["Azawi"], "COMMUNITY"))
    # one report's record gave the community the name of one of its tribes
    e.add(rec("c9", ["Azawi", "Ibarassen"], "COMMUNITY"))
    # another report names the tribe, and its records call it by a second name the community never has
    tribe = e.add(rec("t1", ["Kel Tiras", "Ibarassen"], "COMMUNITY"))
    assert tribe.cluster_id != e.cluster_of("c0")
    why = [x for x in tribe.evidence if x.kind == "name" and x.weight < 0]
    assert why and "Ibarassen" in why[0].detail and "Kel Tiras" in why[0].detail


def test_a_community_record_the_cluster_knows_by_its_own_name_still_joins() -> None:
    e = ResolutionEngine()
    for i in range(4):
        e.add(rec(f"c{i}", ["Azawi"], "COMMUNITY"))
    e.add(rec("c9", ["Azawi", "Ibarassen"], "COMMUNITY"))
    again = e.add(rec("c10", ["Azawi", "Azawis"], "COMMUNITY"))
    assert again.cluster_id == e.cluster_of("c0")
