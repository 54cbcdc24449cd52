"""Thirty-first round (xdoc37): a coalition's or campaign's name with and without the purpose it is against
("Global Coalition against X" / "Global Coalition") is one name, and the scope words global, international
and their French forms are one word. The group names here are invented."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.orgs import compare_org_names


@pytest.mark.parametrize(("a", "b"), [
    ("Global Coalition", "Global Coalition against Sarvak"),
    ("Patriotic Alliance against the Varun Front", "Patriotic Alliance"),
    ("Coalition internationale contre Sarvak", "Coalition internationale"),
])
def test_a_name_without_its_purpose_is_the_same_name(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == "full" and m.score > 2.0


@pytest.mark.parametrize(("a", "b"), [
    ("Global Coalition", "International Coalition"),
    ("Coalition mondiale", "International Coalition"),
])
def test_the_scope_words_are_one_word(a: str, b: str) -> None:
    assert compare_org_names(a, b).score > 2.0


@pytest.mark.parametrize(("a", "b"), [
    ("Coalition", "Coalition against Sarvak"),  # nothing telling left: the bare head says nothing of which
    ("Movement against Corruption", "Movement"),
    ("Global Coalition against Sarvak", "Global Coalition against the Varun Front"),  # two purposes: no evidence
    ("Global Coalition", "Sarvak-led coalition"),
    ("Patriotic Alliance against Sarvak", "Popular Alliance"),
])
def test_what_the_purpose_rule_does_not_join(a: str, b: str) -> None:
    assert compare_org_names(a, b).score <= 0.5


def test_the_short_form_joins_the_full_name_across_documents() -> None:
    ctx = {"Raqdan", "Tell Omari"}
    e = ResolutionEngine()
    first = e.add(EntityRecord("a1", "doc-a", "ORGANIZATION", ["Global Coalition against Sarvak"], set(ctx)))
    later = e.add(EntityRecord("b1", "doc-b", "ORGANIZATION", ["Global Coalition"], set(ctx)))
    assert later.cluster_id == first.cluster_id


def test_two_purposes_are_no_evidence_against() -> None:
    # "... against X" and "... against Y" may be one group's two names (an acronym, an Arabic one)
    m = compare_org_names("International Coalition against Sarvak", "Global Coalition against the Varun Front")
    assert m.score == 0.0
    # another own part still tells two bodies apart
    assert compare_org_names("Patriotic Alliance against Sarvak", "Popular Front against Varun").score < 0


@pytest.mark.parametrize(("a", "b"), [
    ("Kurdish Varun Guard", "Varun Guard"),
    ("Tuareg Salvation Front", "Salvation Front"),
])
def test_a_people_s_adjective_before_a_name_is_the_same_name(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == "full" and m.score > 2.0


@pytest.mark.parametrize(("a", "b"), [
    ("Kurdish Varun Guard", "Iraqi Varun Guard"),  # a people against a country: two forces
    ("Tuareg Movement", "Movement"),  # nothing telling left
    ("Fulani militia", "militia"),  # a head noun alone: not every militia
    ("Varun Kurdish Guard", "Varun Guard"),  # the people's word not first: a qualifier inside the name
])
def test_what_the_people_rule_does_not_join(a: str, b: str) -> None:
    assert compare_org_names(a, b).score <= 0.5
