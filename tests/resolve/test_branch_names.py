"""A branch named inside its parent: the parent in full, by its acronym, or left out of a province's name."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.orgs import compare_org_names, org_keys

# an invented parent ("Islamic Front of Tazira", IFT) and its branches in real places
SAME = [
    ("IFT-Niger", "Islamic Front of Tazira Niger Province"),  # the parent's acronym written out
    ("IFT-Greater Sahara", "Islamic Front of Tazira in the Greater Sahara"),
    ("IFTL Niger Province", "Islamic Front of Tazira Niger Province"),  # IFTL: its letters past IFT are the parent's
    ("TU Security Council", "Tazira Union Security Council"),
    ("Kerouane Province", "Islamic Front of Tazira Kerouane Province"),  # the province's own name
    ("Front of Tazira West Africa Province", "Islamic Front of Tazira West Africa Province"),
    ("Niger Province", "IFT-Niger"),
    ("IFTL Niger Province", "Niger Province"),
    ("Wilayat Kerouane", "Islamic Front of Tazira Wilayat Kerouane"),
]

DIFFERENT = [
    ("IFT-Niger", "Islamic Front of Tazira Chad Province"),  # two branches
    ("IFT-Niger", "IFT-Chad"),
    ("IFT-Niger", "Islamic Front of Tazira"),  # the branch and its parent
    ("Kerouane Province", "Islamic Front of Tazira"),
    ("West Africa Province", "Islamic Front of Tazira Kerouane Province"),
    ("Niger Province", "IFT-Chad"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_branch_named_inside_its_parent_matches_its_other_names(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        m = compare_org_names(x, y)
        assert m.kind in ("full", "exact") and m.score >= 2.5, (x, y, m)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_branches_and_the_parent_stay_apart(a: str, b: str) -> None:
    assert compare_org_names(a, b).score <= 0.0
    assert compare_org_names(b, a).score <= 0.0


def test_two_names_built_on_acronyms_are_not_written_out_against_each_other() -> None:
    """'ISF-Sahel' must not spell the IS of 'ISF-Niger' (I of ISF, S of Sahel)."""
    assert compare_org_names("ISF-Niger", "ISF-Sahel").kind == "conflict"


def test_a_branch_and_its_province_name_meet_in_blocking() -> None:
    names = ("IFT-Niger", "Niger Province", "Islamic Front of Tazira Niger Province")
    keys = [org_keys(n, "ORGANIZATION") for n in names]
    assert keys[0] & keys[1] & keys[2]


def test_the_branch_records_join_one_cluster() -> None:
    engine = ResolutionEngine()
    ctx = {"Tessalit", "Aguelhok"}
    first = engine.add(EntityRecord("r1", "d1", "ORGANIZATION", ["Islamic Front of Tazira Niger Province"], ctx))
    for i, names in enumerate((["IFT-Niger"], ["Niger Province"], ["IFTL Niger Province"]), start=2):
        assert engine.add(EntityRecord(f"r{i}", f"d{i}", "ORGANIZATION", names, ctx)).cluster_id == first.cluster_id
    other = engine.add(EntityRecord("r9", "d9", "ORGANIZATION", ["IFT-Chad"], ctx))
    assert other.cluster_id != first.cluster_id


def test_two_acronyms_of_one_parent_are_no_evidence_either_way() -> None:
    """'IFTL Niger Province' and 'IFT-Niger' (a parent's two acronyms) are no conflict; two parents'
    branches in one place are ('AQ-Niger', 'IFT-Niger')."""
    assert compare_org_names("IFTL Niger Province", "IFT-Niger").score == 0.0
    assert compare_org_names("AQ-Niger", "IFT-Niger").score < 0
