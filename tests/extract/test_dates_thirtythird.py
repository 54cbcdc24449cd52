"""The dates of English events, thirty-third round (issue #10, branch date39), on hand-written texts with invented
groups, people and places: an event that begins a state (a founding, an appointment, a renaming, a pledge, a
marriage: the ontology's ``begins``) told with a span of three years or more is dated at the span's start; a
span of acts, a two-year span, a decade and a third of one stay as told."""

from __future__ import annotations

import pytest

from reportgraph.extract.events import _started
from reportgraph.extract.language import extraction_language
from reportgraph.ontology import default_ontology

from .test_events import PEOPLE, one


def test_the_begins_flag_is_read_from_the_ontology() -> None:
    types = default_ontology().event_types
    assert types["FOUNDING"].begins and types["APPOINTMENT"].begins
    assert not types["ATTACK"].begins and not types["ARMED_CLASH"].begins


@pytest.mark.parametrize("etype,value,expected", [
    ("APPOINTMENT", "2008/2013", "2008"),  # "From 2008 to 2013 he served as treasurer"
    ("FOUNDING", "2014/2020", "2014"),
    # controls: a span of acts, a two-year span, a decade and its thirds, an open "since", a day's interval
    ("MOVEMENT", "2021/2023", "2021/2023"),
    ("APPOINTMENT", "2014/2015", "2014/2015"),
    ("FOUNDING", "1990/1999", "1990/1999"),
    ("FOUNDING", "2013/2016", "2013/2016"),
    ("APPOINTMENT", "2014/..", "2014"),
    ("APPOINTMENT", "2021-06-04/2021-06-05", "2021-06-04/2021-06-05"),
])
def test_a_span_of_years_dates_a_beginning_at_its_start(etype: str, value: str, expected: str) -> None:
    with extraction_language("en"):
        assert _started(value, default_ontology().event_types[etype]) == expected


def test_a_span_of_years_stays_in_french() -> None:
    with extraction_language("fr"):
        assert _started("2008/2013", default_ontology().event_types["APPOINTMENT"]) == "2008/2013"


def test_an_appointment_told_with_a_span_takes_its_start(facts) -> None:  # type: ignore[no-untyped-def]
    text = "From 2009 to 2014 Ali Tanko was appointed commander of the Katiba Nour."
    _, events, _ = facts(text, PEOPLE)
    assert one(events, "APPOINTMENT").date == "2009"
