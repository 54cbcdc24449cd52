"""Small pure pieces of the workbench: EDTF extents, escaped-fragment highlighting, search-hit marks."""

from __future__ import annotations

import datetime as dt

import pytest

from reportgraph.dates import extent
from reportgraph.query.document import MentionSpan
from reportgraph.web.highlight import fragments, marked

D = dt.date


@pytest.mark.parametrize(
    ("edtf", "start", "end", "approximate", "uncertain", "interval"),
    [
        ("2021-05-14", D(2021, 5, 14), D(2021, 5, 14), False, False, False),
        ("2019-02", D(2019, 2, 1), D(2019, 2, 28), False, False, False),
        ("2019", D(2019, 1, 1), D(2019, 12, 31), False, False, False),
        ("2019~", D(2019, 1, 1), D(2019, 12, 31), True, False, False),
        ("2018?", D(2018, 1, 1), D(2018, 12, 31), False, True, False),
        ("2018%", D(2018, 1, 1), D(2018, 12, 31), True, True, False),
        ("2020-03/2020-06", D(2020, 3, 1), D(2020, 6, 30), False, False, True),
        ("../2020", None, D(2020, 12, 31), False, False, True),
        ("2012-05/..", D(2012, 5, 1), None, False, False, True),
        ("2013-21", D(2013, 3, 1), D(2013, 5, 31), False, False, False),  # spring
        ("2013-24", D(2013, 12, 1), D(2014, 2, 28), False, False, False),  # winter runs into the next year
        ("201X", D(2010, 1, 1), D(2019, 12, 31), False, False, False),
    ],
)
def test_edtf_bounds(
    edtf: str, start: D | None, end: D | None, approximate: bool, uncertain: bool, interval: bool
) -> None:
    b = extent(edtf)
    assert b is not None
    assert (b.start, b.end, b.approximate, b.uncertain, b.interval) == (
        start,
        end,
        approximate,
        uncertain,
        interval,
    )


@pytest.mark.parametrize("edtf", [None, "", "sometime", "2019-13-45", "../.."])
def test_edtf_bounds_of_what_cannot_be_placed(edtf: str | None) -> None:
    assert extent(edtf) is None


def _m(start: int, end: int, eid: int = 1) -> MentionSpan:
    return MentionSpan(start, end, eid, f"E{eid}", "PERSON", eid)


def test_fragments_cover_the_text_exactly_once() -> None:
    text = "<b>Ann</b> met Bob & <script>x</script>"
    frags = fragments(text, [_m(3, 6, 1), _m(15, 18, 2)], mark=(11, 25))
    assert "".join(f.text for f in frags) == text
    assert [f.text for f in frags if f.entity_id] == ["Ann", "Bob"]
    assert [f.anchor for f in frags].count(True) == 1
    assert "".join(f.text for f in frags if f.marked) == text[11:25]


def test_overlapping_and_out_of_range_mentions_are_dropped() -> None:
    frags = fragments("abcdef", [_m(0, 4, 1), _m(2, 5, 2), _m(4, 99, 3)])
    assert [(f.text, f.entity_id) for f in frags] == [("abcd", 1), ("ef", None)]


def test_marked_cuts_at_the_search_hit_offsets() -> None:
    assert marked("Ash column, ASH Column", [(12, 15), (0, 3), (1, 2), (20, 99)]) == [
        ("Ash", True),
        (" column, ", False),
        ("ASH", True),
        (" Column", False),
    ]


def test_search_hit_located_in_the_document() -> None:
    from reportgraph.query.search import locate

    text = "Abc. The leaflet said so."
    assert locate(text, "…The leaflet said", [(5, 12)]) == (9, 16)  # a verbatim cut (SQLite)
    assert locate(text, "the LEAFLET", [(4, 11)]) == (9, 16)  # not verbatim (PostgreSQL): the word
    assert locate(text, "no such words", [(0, 2)]) is None and locate(text, "x", []) is None
