"""Forty-ninth round: a state's force or command named without its state ("National Guard", "Special
Forces", "General Staff") is one per state: two reports' records join only on shared context."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.places import default_gazetteer
from reportgraph.resolve.scoring import _stateless_institution


def rec(rid: str, names: list[str], ctx: tuple[str, ...]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.fixture
def engine() -> ResolutionEngine:
    return ResolutionEngine()


@pytest.mark.parametrize("name", ["National Guard", "Special Forces", "General Staff", "Republican Guard",
                                  "General Staff of the Armed Forces", "Defence and Security Forces",
                                  "National Police", "Gendarmerie"])
def test_two_reports_state_forces_stay_apart_without_shared_context(engine: ResolutionEngine, name: str) -> None:
    engine.add(rec("g1", [name], ("Tazira", "Kel Tazira")))
    d = engine.add(rec("g2", [name], ("Wadi Halfa", "Port Zember")))
    assert d.created
    assert "without saying which state" in " ".join(e.detail for e in d.evidence)


def test_the_same_force_joins_when_the_reports_share_what_they_speak_of(engine: ResolutionEngine) -> None:
    engine.add(rec("g1", ["National Guard"], ("Tazira", "Kel Tazira", "Ag Tazira")))
    assert engine.add(rec("g2", ["National Guard"], ("Tazira", "Kel Tazira"))).cluster_id == engine.cluster_of("g1")


@pytest.mark.parametrize("name", ["Zemberi forces", "Malian National Guard", "Coalition forces",
                                  "Security Council", "Kel Tazira Brigade"])
def test_a_force_named_by_whose_it_is_is_no_stateless_institution(name: str) -> None:
    assert not _stateless_institution(name, default_gazetteer())


@pytest.mark.parametrize("name", ["Zemberi forces", "Malian National Guard"])
def test_a_named_force_needs_no_context(engine: ResolutionEngine, name: str) -> None:
    engine.add(rec("a", [name], ("Tazira",)))
    assert not engine.add(rec("b", [name], ("Wadi Halfa",))).created


def per(rid: str, names: list[str], ctx: tuple[str, ...]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "PERSON", names, set(ctx))


CTX = ("Tazira", "Kel Tazira", "Wadi Zem", "Port Zember")


def test_two_kunyas_before_one_nisba_are_two_men(engine: ResolutionEngine) -> None:
    # a common nisba (one city's, one region's) is carried by many men: the kunya tells them apart
    expl = engine.explain([per("a", ["Abu Bakr al-Tazawi", "al-Tazawi"], CTX)],
                          [per("c", ["Abu Omar al-Tazawi"], CTX)])
    assert expl.verdict != "merge"
    assert any(e.kind == "given" for e in expl.against)


def test_a_kunya_and_another_s_given_name_before_one_nisba_are_two_men(engine: ResolutionEngine) -> None:
    expl = engine.explain([per("a", ["Abu Bakr al-Tazawi", "al-Tazawi"], CTX)],
                          [per("c", ["Khalid al-Tazawi"], CTX)])
    assert any(e.kind == "given" for e in expl.against)


@pytest.mark.parametrize("a, b", [
    ("Abu Bakr al-Tazawi", "Abu Bakr al-Tazawi"),
    ("Abu Bakr al-Tazawi", "Abou Bakr al-Tazawi"),  # a spelling of the same kunya
    ("Abu Bakr al-Tazawi", "al-Tazawi"),            # the nisba alone
])
def test_one_kunya_or_the_nisba_alone_is_no_clash(engine: ResolutionEngine, a: str, b: str) -> None:
    expl = engine.explain([per("a", [a], CTX)], [per("b", [b], CTX)])
    assert not any(e.kind == "given" for e in expl.against)
