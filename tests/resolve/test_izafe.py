"""Names joined by the Persian and Urdu izafe ("Tehrik-i-...", "Lashkar-e-..."), and tehrik = movement."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.orgs import compare_org_names, parse_org


def rec(rid: str, names: list[str], ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


@pytest.mark.parametrize("a, b", [
    ("Tehrik-i-Kazir Pakistan", "Tehreek-e-Kazir Pakistan"),
    ("Lashkar-e-Zalim", "Lashkar Zalim"),
])
def test_the_izafe_is_no_word_of_the_name(a: str, b: str) -> None:
    assert [t.form for t in parse_org(a).terms] == [t.form for t in parse_org(b).terms]
    assert compare_org_names(a, b).kind == "exact"


def test_tehrik_is_the_movement() -> None:
    assert [t.form for t in parse_org("Tehrik-i-Kazir Pakistan").terms] == ["movement", "kazir", "@PK"]
    assert compare_org_names("Movement of the Kazir in Pakistan", "Tehrik-e Kazir Pakistan").kind == "exact"
    # the movement's head noun aside, the same telling words: the group by its short English name
    assert compare_org_names("Pakistani Kazir", "Tehrik-i-Kazir Pakistan").score >= 2.5
    # the bare name still lacks the country the movement's name adds
    assert compare_org_names("Kazir", "Tehrik-i-Kazir Pakistan").score < 0


def test_the_acronym_spells_the_name_without_its_izafe() -> None:
    assert compare_org_names("TKP", "Tehrik-i-Kazir Pakistan").kind == "acronym"


def test_an_acronym_both_sides_write_outweighs_the_long_form_it_spells() -> None:
    # the record's "TKP" is the cluster's own "TKP": it joins, though its other name is unknown there
    # (weighed as spelling "Tehrik-i-Kazir Pakistan", the acronym met a clash of full names instead)
    engine = ResolutionEngine()
    engine.add(rec("t1", ["Tehrik-i-Kazir Pakistan", "TKP"]))
    engine.add(rec("t2", ["TKP", "Tehrik-i-Kazir Pakistan"]))
    d = engine.add(rec("t3", ["Fitna al-Zalimin", "TKP"]))
    assert d.cluster_id == engine.cluster_of("t1")
