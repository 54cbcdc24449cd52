"""Organisation, community and place names: bags of terms, acronyms, qualifiers."""

from __future__ import annotations

import pytest

from reportgraph.resolve.orgs import compare_org_names

SAME = [
    ("Brigade of the Dunes", "Brigade des Dunes", "ORGANIZATION"),
    ("Nigerien army", "army of Niger", "ORGANIZATION"),
    ("Chadian military", "Chadian army", "ORGANIZATION"),
    ("Front for the Liberation of Tazira", "Front de libération du Tazira", "ORGANIZATION"),
    ("KTM", "Katiba Tarik Mansour", "ORGANIZATION"),
    ("FLT", "Front de libération du Tazira", "ORGANIZATION"),
    ("Kel Tadrart", "Kel Tadrart", "COMMUNITY"),
    ("Idnanes", "Idnane", "COMMUNITY"),
    ("Tombouctou", "Timbuktu", "LOCATION"),
    ("north of Niger", "northern Niger", "LOCATION"),
    ("Ansar Eddine", "Ansar ad-Din", "ORGANIZATION"),  # a sun-letter article, joined or not
    ("JNTM", "Jama'at Nusrat al-Tawhid wal-Muslimin", "ORGANIZATION"),
    ("Katibat al-Fursan", "al-Fursan", "ORGANIZATION"),
]

DIFFERENT = [
    ("Katiba Tarik", "Katiba Tarik in the Sahara", "ORGANIZATION"),  # a qualifier: a branch or successor
    ("Nigerien army", "Nigerien government", "ORGANIZATION"),
    ("Nigerien army", "Chadian army", "ORGANIZATION"),
    ("Islamic Front of Tazira", "National Front of Tazira", "ORGANIZATION"),
    ("Niger", "northern Niger", "LOCATION"),
    ("Niger", "Nigeria", "LOCATION"),
]


@pytest.mark.parametrize(("a", "b", "t"), SAME)
def test_same_entity_names_match(a: str, b: str, t: str) -> None:
    assert compare_org_names(a, b, t).score >= 2.0


@pytest.mark.parametrize(("a", "b", "t"), DIFFERENT)
def test_different_entity_names_count_against(a: str, b: str, t: str) -> None:
    assert compare_org_names(a, b, t).score < 0


def test_parent_and_regional_branch_are_different() -> None:
    """Regression: 'Al-Qaeda' must never match its branch 'Al-Qaeda in the Islamic Maghreb'."""
    assert compare_org_names("Al-Qaeda", "Al-Qaeda in the Islamic Maghreb").kind == "qualifier"
    assert compare_org_names("AQIM", "Al-Qaeda in the Islamic Maghreb").kind == "acronym"


def test_different_acronyms_are_not_evidence_against() -> None:
    assert compare_org_names("KTM", "FLT").score == 0.0
