"""Entities, twenty-eighth round (xdoc34, issues #10 and #11): an acronym spelt like a function word
("IS", read by the tagger as the verb "is") is a name in a line written in lower case too."""

from __future__ import annotations

import pytest

from .conftest import Found

pytestmark = pytest.mark.model


def _type(found: Found, name: str) -> str | None:
    e = found.by_name(name)
    return e.type if e is not None else None


def test_an_acronym_spelt_like_the_verb_before_a_noun_is_a_group(run):
    found = run("In 2016 fighters in Kurram pledged allegiance to the caliph. IS spokesman Abu Hamza al-Tarabulsi "
                "accepted the pledge and named a governor.")
    assert _type(found, "IS") == "ORGANIZATION"


def test_an_acronym_spelt_like_the_verb_as_a_subject_is_a_group(run):
    found = run("The militia executed captured IS members in 2017. In May 2019 IS declared a new province, and "
                "IS has never named its governor.")
    assert _type(found, "IS") == "ORGANIZATION"


def test_the_verb_in_a_heading_in_capitals_is_no_name(run):
    found = run("WHY SECURITY IS FAILING IN THE NORTH\n\n"
                "Gunmen attacked the village of Korango on 3 March 2021 and burned the market.")
    assert found.by_name("IS") is None


def test_emphasis_in_capitals_is_no_name(run):
    found = run("The tribunal did NOT convict the herders of Korango, and ALL of them went home on 3 March 2021.")
    assert found.by_name("ALL") is None
