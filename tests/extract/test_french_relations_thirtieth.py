"""French relations (thirtieth round, branch frrel36, #11): the sentence classifier reads no pair in a note about
the report's names ("X, Y et Z sont réels", "... sont inventés"), which lists names and states no tie between them."""

from __future__ import annotations

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_NAMES = "la katiba Tarbouli, le Front de libération du Wadi Kessa, Moussa Diallo, les FAMa et la région de Kessa"


def test_a_note_saying_the_names_are_real_states_no_relation(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr(f"{_NAMES} sont réels.\n\nLes chasseurs ont signé une trêve.")
    assert not found.extraction.relations, triples(found)


def test_a_note_saying_the_names_are_invented_states_no_relation(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr(f"{_NAMES} sont inventés.\n\nLes chasseurs ont signé une trêve.")
    assert not found.extraction.relations, triples(found)


def test_the_pair_stated_in_the_body_is_still_found(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr(f"{_NAMES} sont réels.\n\nLa katiba Tarbouli opère dans la région de Kessa depuis 2019.")
    assert ("katiba Tarbouli", "OPERATES_IN", "région de Kessa") in triples(found)
