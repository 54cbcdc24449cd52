"""A sponsor written as an abbreviation glued to a participle of backing (issue #10, twenty-ninth round,
branch backed35), on hand-written sentences with invented groups: "the U.S.-backed X" is X (the
adjective is no part of its name), "U.S." is a mention of its own, and the sponsor is X's ally
(alliances.sponsored_groups, as for "Iran-backed"); "U.S.-led" stays one word of a name."""

from __future__ import annotations

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.nlp import load_nlp

from .conftest import runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run_default():  # type: ignore[no-untyped-def]
    """The default English extraction (rules and learned models): the relation set it keeps."""
    return runner(get_extractor("default", "en"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, words",
    [
        ("the U.S.-backed Dosara Front", ["the", "U.S.", "-", "backed", "Dosara", "Front"]),
        ("U.N.-supported talks", ["U.N.", "-", "supported", "talks"]),
        ("the U.S.-trained Kobalt Guard", ["the", "U.S.", "-", "trained", "Kobalt", "Guard"]),
        ("the U.S.-led coalition", ["the", "U.S.-led", "coalition"]),
    ],
)
def test_the_hyphen_after_an_abbreviation_is_cut_before_a_participle_of_backing(text, words) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in load_nlp()(text)] == words


def _allies(found, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    ea, eb = found.by_name(a), found.by_name(b)
    if ea is None or eb is None:
        return False
    return any(
        r.predicate == "ALLY_OF" and {r.subject, r.object} == {ea.key, eb.key} for r in found.extraction.relations
    )


@pytest.mark.parametrize(
    "text, group",
    [
        ("The U.S.-backed Dosara Liberation Front (DLF) exchanged 14 prisoners with a local tribe on Monday.",
         "Dosara Liberation Front"),
        ("Fighters of the U.S.-trained Kobalt Democratic Forces retook the bridge at Misora in March.",
         "Kobalt Democratic Forces"),
    ],
)
def test_a_group_backed_by_an_abbreviated_sponsor(run_default, text, group) -> None:  # type: ignore[no-untyped-def]
    found = run_default(text)
    assert found.type_of(group) == "ORGANIZATION"
    assert not any("-backed" in n or "-trained" in n for n in found.names())
    assert found.by_name("U.S.") is not None
    assert _allies(found, "U.S.", group)


def test_a_coalition_led_by_an_abbreviated_state_keeps_its_name(run) -> None:  # type: ignore[no-untyped-def]
    found = run("The U.S.-led coalition struck a convoy near Misora on Tuesday.")
    assert "U.S.-led coalition" in found.names()
