"""French relations, forty-eighth round (frrel48): each case names the behaviour it pins."""

from __future__ import annotations

import pytest

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    ("text", "place", "part", "country"),
    [
        ("Un premier accrochage a eu lieu près de Kandi, dans le nord du Bénin.", "Kandi", "nord du Bénin", "Bénin"),
        ("Originaire de Kiffa, dans le sud de la Mauritanie, Moussa Diallo avait rejoint le groupe en 2012.",
         "Kiffa", "sud de la Mauritanie", "Mauritanie"),
    ],
)
def test_a_place_in_a_compass_part_is_in_the_country_too(fr_rules, text, place, part, country):
    """ "X, dans le nord du Bénin": X lies in the compass part and, as the French annotation reads it, in the
    country itself (the relation to the part is kept)."""
    rels = triples(fr_rules(text))
    assert (place, "LOCATED_IN", part) in rels
    assert (part, "LOCATED_IN", country) in rels
    assert (place, "LOCATED_IN", country) in rels


def test_a_group_active_in_a_compass_part_is_not_given_the_country(fr_rules):
    """The closure is for places only: a group that operates in "le nord du Bénin" is not read as operating in
    the country (French train: such closures right 6 times in 37)."""
    rels = triples(fr_rules("Le Front de libération du Kora opère dans le nord du Bénin depuis 2020."))
    assert ("Front de libération du Kora", "OPERATES_IN", "nord du Bénin") in rels
    assert ("Front de libération du Kora", "OPERATES_IN", "Bénin") not in rels


def test_no_closure_without_a_compass_part(fr_rules):
    """A place named straight in its country gets no second relation through any part."""
    rels = triples(fr_rules("Le village de Kandi, au Bénin, a été attaqué."))
    assert not {r for r in rels if r[0] == "Kandi" and r[2] != "Bénin" and r[1] == "LOCATED_IN"}
