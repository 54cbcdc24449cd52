"""A state's ministry or government named without its state: one per state, not one entity."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine


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
