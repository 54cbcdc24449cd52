"""A leader's deputy is a member of what the leader leads, wherever the leader's role is told (often the
sentence before: "It is led by X. His deputy, Y, ..."): thirty-second round, branch relrole38."""

from __future__ import annotations

import pytest

from .conftest import deputies

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Tanout Front is an armed group. It is led by Sani Barka. His deputy, Ali Garba, was arrested in 2021.",
        "Sani Barka leads the Tanout Front. In June police detained Barka's deputy, Ali Garba, near Zinder.",
        "Sani Barka has led the Tanout Front since 2015. In 2021 the army killed his lieutenant, Ali Garba.",
        "Sani Barka commands the Tanout Front. Ali Garba, his deputy, was killed near Zinder.",
        "Sani Barka commands the Tanout Front. Ali Garba was his deputy until 2020.",
    ],
)
def test_a_leaders_deputy_is_a_member_of_what_he_leads(extractor, text: str) -> None:
    assert ("Ali Garba", "MEMBER_OF", "Tanout Front") in deputies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a deputy noun modifying another: a town's deputy mayor is no member of the front
        "The deputy mayor of Zinder, Ali Garba, said the Tanout Front had attacked. Sani Barka leads the Tanout Front.",
        # no person possesses the deputy: a member of parliament
        "Ali Garba, a former deputy of the National Assembly, met Sani Barka, who leads the Tanout Front.",
    ],
)
def test_no_membership_without_a_leaders_deputy(extractor, text: str) -> None:
    assert not any(s == "Ali Garba" for s, _, _ in deputies(extractor, text))
