"""A state's ministry or government named without its state: one per state, not one entity."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.orgs import compare_org_names


def rec(rid: str, names: list[str], ctx: tuple[str, ...]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


def test_two_reports_ministries_of_defence_stay_apart_without_shared_context(engine: ResolutionEngine) -> None:
    engine.add(rec("m1", ["Ministry of Defence"], ("Tazira", "Kel Tazira")))
    d = engine.add(rec("m2", ["Ministry of Defence"], ("Wadi Halfa",)))
    assert d.created
    assert "without saying which state" in " ".join(e.detail for e in d.evidence)


def test_the_same_ministry_joins_when_the_reports_share_what_they_speak_of(engine: ResolutionEngine) -> None:
    engine.add(rec("m1", ["Ministry of Defence"], ("Tazira", "Kel Tazira", "Ag Tazira")))
    assert engine.add(rec("m2", ["Defence Ministry"], ("Tazira", "Kel Tazira"))).cluster_id == engine.cluster_of("m1")


@pytest.mark.parametrize("name", ["Islamic Revolutionary Guard Corps", "Counter Terrorism Service",
                                  "Malian government", "Ministry of Defence of Mali"])
def test_a_named_or_a_state_s_institution_needs_no_context(engine: ResolutionEngine, name: str) -> None:
    engine.add(rec("a", [name], ("Tazira",)))
    assert not engine.add(rec("b", [name], ("Wadi Halfa",))).created


@pytest.mark.parametrize("a, b", [
    ("Treasury", "Department of the Treasury"),   # the department's head noun on one side only
    ("Treasury Department", "Treasury"),
    ("US Treasury", "Department of the Treasury"),  # a country on one side, the head noun on the other
    ("Treasury", "U.S. Department of the Treasury"),  # both on one side
    ("Kazir office", "Kazir"),
])
def test_an_institution_named_with_and_without_its_head_noun_matches(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == "full" and m.score > 1.0


@pytest.mark.parametrize("a, b", [
    ("Department of State", "Department of Defense"),  # the head noun shared, the portfolios differ
    ("Court", "Tazirian Supreme Court"),               # a word beside the country: another court
    ("Malian army", "Nigerien army"),
])
def test_institutions_of_other_portfolios_or_states_still_differ(a: str, b: str) -> None:
    assert compare_org_names(a, b).score < 0


def test_a_regime_is_the_government_of_its_state() -> None:
    assert compare_org_names("Syrian regime", "Syrian authorities").kind == "exact"
    assert compare_org_names("Syrian regime", "Iraqi government").score < 0


def test_two_reports_of_the_treasury_join_by_its_names(engine: ResolutionEngine) -> None:
    engine.add(rec("t1", ["U.S. Department of the Treasury", "Department of the Treasury"], ("OFAC", "Tazira")))
    engine.add(rec("t2", ["U.S. Department of the Treasury"], ("OFAC", "Kel Tazira")))
    assert engine.add(rec("t3", ["Treasury"], ("OFAC", "Tazira"))).cluster_id == engine.cluster_of("t1")
