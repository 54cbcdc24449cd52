"""Conflicting claims are listed side by side, most credible first; none is dropped."""

from __future__ import annotations

from typing import Any

from kb import Names
from reportgraph.query.conflicts import conflicts
from reportgraph.store import Store


def test_exclusive_relation_and_event_dates(kb: Store, ids: Names) -> None:
    found = conflicts(kb)
    assert [(c.kind, c.label, c.subject) for c in found] == [
        ("relation", "SUBUNIT_OF", "Orsha Militia"), ("event", "FOUNDING", "Qelmar Front")]
    rel, ev = found
    assert sorted(v.value for v in rel.versions) == ["Dune Council", "Sand Union"]
    assert [(v.value, v.credibility, v.grades) for v in ev.versions] == [
        ("2008", 3, ["C"]), ("2010", 5, ["F"])]
    # nobody graded the second source: its F is the default, shown as ungraded, not as a judgement
    assert [v.graded for v in ev.versions] == [True, False]


def test_conflicts_of_one_entity(kb: Store, ids: Names) -> None:
    assert [c.label for c in conflicts(kb, entity=ids["Qelmar Front"])] == ["FOUNDING"]
    assert conflicts(kb, entity=ids["Tessit"]) == []


def test_agreeing_dates_are_no_conflict(store: Store) -> None:
    from kb import Doc

    Doc("x.txt").event("FOUNDING", [("Pell Group", "patient")], "2003").save(store)
    Doc("y.txt").event("FOUNDING", [("Pell Group", "patient")], "2003-07~").save(store)
    assert conflicts(store) == []


def _reported(store: Store, doc_id: str, day: str) -> None:
    from reportgraph.store import schema as t

    with store.engine.begin() as conn:
        conn.execute(t.documents.update().where(t.documents.c.id == doc_id).values(reported=day))


PO = ("PERSON", "ORGANIZATION")


def test_two_leaders_at_overlapping_times_side_by_side(store: Store) -> None:
    from kb import Doc

    a = Doc("a.txt").rel("Hamid Ouled", "LEADER_OF", "Kel Brigade", "Hamid Ouled leads the Kel Brigade.", PO)\
        .save(store)
    b = Doc("b.txt").rel("Sidi Amar", "LEADER_OF", "Kel Brigade", "Sidi Amar heads the Kel Brigade.", PO).save(store)
    _reported(store, a, "2013-01-10")
    _reported(store, b, "2013-06")
    found = [c for c in conflicts(store) if c.kind == "leaders"]
    assert [(c.subject, sorted(v.value for v in c.versions)) for c in found] == [
        ("Kel Brigade", ["Hamid Ouled", "Sidi Amar"])]
    by = {v.value: v for v in found[0].versions}
    assert by["Sidi Amar"].sentences == ["Sidi Amar heads the Kel Brigade."] and by["Sidi Amar"].reported == ["2013-06"]
    _reported(store, b, "2016-02-01")  # years apart: a succession, no conflict
    assert [c for c in conflicts(store) if c.kind == "leaders"] == []


def _person(doc: Any) -> Any:
    doc.ent("Abu Talha", "PERSON")
    return doc


def test_repeated_and_denied_death_reports(store: Store) -> None:
    from kb import Doc

    _person(Doc("a.txt")).event("KILLING", [("Abu Talha", "patient")], "2013-03",
                                sentence="French troops killed Abu Talha in March 2013.").save(store)
    _person(Doc("b.txt")).event("KILLING", [("Abu Talha", "patient")], "2014-09",
                                sentence="Abu Talha was killed in a strike in September 2014.").save(store)
    found = [c for c in conflicts(store) if c.kind == "death"]
    assert [(c.subject, [v.value for v in c.versions]) for c in found] == [
        ("Abu Talha", ["killed 2013-03", "killed 2014-09"])]
    assert found[0].versions[0].sentences == ["French troops killed Abu Talha in March 2013."]
    doc = Doc("c.txt")
    doc.sentence("His group denied that Abu Talha was dead and showed a video of him alive.")
    doc.ent("Abu Talha", "PERSON")
    doc.save(store)
    versions = [c for c in conflicts(store) if c.kind == "death"][0].versions
    assert versions[-1].value == "denied or alive" and "video of him alive" in versions[-1].sentences[0]


def test_one_death_reported_twice_is_no_conflict(store: Store) -> None:
    from kb import Doc

    for name in ("a.txt", "b.txt"):
        _person(Doc(name)).event("KILLING", [("Abu Talha", "patient")], "2013-03").save(store)
    assert [c for c in conflicts(store) if c.kind == "death"] == []


def test_a_report_naming_two_leaders_tells_a_succession(store: Store) -> None:
    from kb import Doc

    Doc("a.txt").rel("Hamid Ouled", "LEADER_OF", "Kel Brigade", "Hamid Ouled led the Kel Brigade.", PO) \
        .rel("Sidi Amar", "LEADER_OF", "Kel Brigade", "Sidi Amar succeeded him.", PO).save(store)
    assert [c for c in conflicts(store) if c.kind == "leaders"] == []


def test_a_death_report_that_denies_another_death_is_no_denial_of_its_own(store: Store) -> None:
    from kb import Doc

    _person(Doc("a.txt")).event("KILLING", [("Abu Talha", "patient")], "2020-06", sentence=(
        "French forces killed Abu Talha in June 2020, and Koufa was reported dead before reappearing alive."
    )).save(store)
    assert [c for c in conflicts(store) if c.kind == "death"] == []


def test_a_negated_killing_is_a_denial_of_the_death(store: Store) -> None:
    """The extractor keeps "denied that X was killed" as a negated killing: it is the denial side."""
    from kb import Doc

    _person(Doc("a.txt")).event("KILLING", [("Abu Talha", "patient")], "2013-03",
                                sentence="French troops killed Abu Talha in March 2013.").save(store)
    doc = _person(Doc("b.txt")).event("KILLING", [("Abu Talha", "patient")], "2013-03",
                                      sentence="His group rejected claims that Abu Talha had been killed.")
    doc.events[-1].modality = "negated"
    doc.save(store)
    found = [c for c in conflicts(store) if c.kind == "death"]
    assert [(v.value, v.sentences) for v in found[0].versions] == [
        ("killed 2013-03", ["French troops killed Abu Talha in March 2013."]),
        ("denied or alive", ["His group rejected claims that Abu Talha had been killed."])]
