"""The dates of English events, thirty-second round (issue #10, branch date38), on hand-written texts with invented
groups, people and places: "on the same day", "that same day", "later that day" tell the day told before, at the
precision it was told ("early 2023": an interval); where only a relative phrase's month was told since the day ("an
agreement reached last month"), the day, not that month. A group "born in the late 1990s" takes its birth date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.dates import find_dates
from reportgraph.extract.language import extraction_language
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline


def values(text: str) -> list[tuple[str, str | None]]:
    return [(te.text, te.edtf) for te in find_dates(text)]


def test_the_same_day_after_a_relative_month_is_the_day_told() -> None:
    text = ("On 9 April 2019 the Tano Brigade entered Kessa. The brigade acts under a pact signed last month with "
            "the council. Militia fighters shelled the river post on the same day.")
    assert values(text)[-1] == ("on the same day", "2019-04-09")


def test_later_that_day_is_the_day_told() -> None:
    text = "On 2 June 2020 gunmen raided Boro. Later that day the army arrived."
    assert values(text)[-1] == ("Later that day", "2020-06-02")


@pytest.mark.parametrize("text,expected", [
    # a day told since, relative: the running day
    ("On 2 June 2020 gunmen raided Boro. The next day they left. The same day troops arrived.", "2020-06-03"),
    # a month told since, stated: the running month (no day to take)
    ("On 2 June 2020 gunmen raided Boro. In July 2021 they left. That same day troops arrived.", "2021-07"),
])
def test_the_same_day_keeps_a_date_told_since(text: str, expected: str) -> None:
    assert values(text)[-1][1] == expected


def test_the_same_day_keeps_the_precision_told() -> None:
    # the running date an interval, no day told: the same interval, not its first month
    text = "The commander was handed over to the police in early 2023 and taken into custody the same day."
    assert values(text)[-1] == ("the same day", "2023-01/2023-04")


@pytest.mark.model
def test_a_deed_on_the_same_day_and_the_next_sentence_take_the_day(nlp: Language) -> None:
    text = ("On 9 April 2019 the Tano Brigade entered Kessa.\n\nThe brigade acts under a pact signed last month "
            "with the council.\n\nMilitia fighters shelled the river post on the same day. Soldiers of the "
            "brigade looted the market.\n")
    with extraction_language("en"):
        doc = parse(nlp, text)
        line = Timeline(doc)
        assert line.date_for(next(t for t in doc if t.text == "shelled")) == "2019-04-09"
        assert line.date_for(next(t for t in doc if t.text == "looted")) == "2019-04-09"


@pytest.mark.model
def test_a_group_born_in_a_decade_takes_its_birth_date(nlp: Language) -> None:
    text = ("On 4 May 2021 soldiers entered Kessa.\n\nKessa, the town where the Tano Brigade was born in the late "
            "1990s, is now held by the army.\n")
    with extraction_language("en"):
        doc = parse(nlp, text)
        assert Timeline(doc).date_for(next(t for t in doc if t.text == "born")) == "1996/1999"


@pytest.mark.model
def test_a_person_born_before_a_deed_leaves_the_deed_its_date(nlp: Language) -> None:
    text = ("On 4 May 2021 soldiers entered Kessa.\n\nIts leader, Ali Baro, was born in 1975 and joined the brigade "
            "in 1999.\n")
    with extraction_language("en"):
        doc = parse(nlp, text)
        assert Timeline(doc).date_for(next(t for t in doc if t.text == "joined")) == "1999"
