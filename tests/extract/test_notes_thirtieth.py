"""English relations (thirtieth round, branch notes36, #10): the sentence classifier reads no pair in a note about
the report's names ("X, Y and Z are real", "... are invented"), which lists names and states no tie between them
(``facts._off_notes``, through ``event_filters.about_the_text``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor

from .conftest import Found, runner, triples

pytestmark = pytest.mark.model

_NAMES = "the Tarbouli Brigade, Yusuf Kessali, the Wadi Kessa Front, the Malian army and the town of Ardun"


@pytest.fixture(scope="module")
def run_en() -> Callable[[str], Found]:
    extractor = get_extractor("default", language="en")
    assert isinstance(extractor, DomainExtractor)
    return runner(extractor)


def test_a_note_saying_the_names_are_real_states_no_relation(run_en) -> None:  # type: ignore[no-untyped-def]
    found = run_en(f"{_NAMES[0].upper()}{_NAMES[1:]} are real.\n\nHunters signed a truce.")
    assert not found.extraction.relations, triples(found)


def test_a_note_saying_the_names_are_invented_states_no_relation(run_en) -> None:  # type: ignore[no-untyped-def]
    found = run_en("The Tarbouli Brigade, its commander Yusuf Kessali, the Wadi Kessa Front and the town of Ardun are "
                   "invented.\n\nHunters signed a truce.")
    assert ("Tarbouli Brigade", "HOSTILE_TO", "Wadi Kessa Front") not in triples(found)
    assert ("Tarbouli Brigade", "OPERATES_IN", "Ardun") not in triples(found)


def test_a_fictional_note_with_a_real_part_states_no_enmity(run_en) -> None:  # type: ignore[no-untyped-def]
    found = run_en("The Tarbouli Brigade, its leader Yusuf Kessali, the Wadi Kessa Front and the town of Ardun are "
                   "fictional; JNIM and the Malian army are real.\n\nHunters signed a truce.")
    assert ("Tarbouli Brigade", "HOSTILE_TO", "Malian army") not in triples(found)


def test_the_pair_stated_in_the_body_is_still_found(run_en) -> None:  # type: ignore[no-untyped-def]
    found = run_en(f"{_NAMES[0].upper()}{_NAMES[1:]} are real.\n\nThe Tarbouli Brigade operates in the town of "
                   "Ardun since 2019.")
    assert ("Tarbouli Brigade", "OPERATES_IN", "Ardun") in triples(found)
