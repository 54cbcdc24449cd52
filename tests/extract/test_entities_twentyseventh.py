"""Entities read on the corpus train split's type errors (issue #10, twenty-seventh round), on
hand-written sentences with invented actors: a name of two or more words that the statistical model
calls a person is a group's when the report writes it after "split from", "broke away from" or
"defected from" (`type_context.GROUP_CUE_BEFORE`), as after "an offshoot of" or "founded"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("The new faction, which split from Kanta Moussa in 2014, took the islands. Kanta Moussa denied it.",
         "Kanta Moussa"),
        ("Ansar al-Tilam broke away from Dan Kolla Tessit in 2019. Dan Kolla Tessit called them traitors.",
         "Dan Kolla Tessit"),
        ("Hundreds of fighters defected from Bako Haruna last year, and Bako Haruna lost the forest.",
         "Bako Haruna"),
    ],
)
def test_a_name_written_after_split_from_is_a_group(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_personal_name_shape_after_split_from_stays_a_person(run):
    found = run("The faction split from Abubakar Tessit Kolla in 2016, and Abubakar Tessit Kolla "
                  "ordered its commanders killed.")
    assert found.type_of("Abubakar Tessit Kolla") == "PERSON"
