"""French relations (thirty-second round, branch frcue38, #11): a geographic noun's "entre" names its places as its
"de" does ("dans la zone frontalière entre A, B et C": each of A, B and C)."""

from __future__ import annotations

from .conftest import triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

OPENING = "Le Front de libération du Kessa a attaqué la ville de Tarbouli en 2019. "


def test_every_place_a_border_zone_lies_between(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Le Front de libération du Kessa est actif dans la zone frontalière entre le Niger, le Mali et le Burkina "
        "Faso."
    )
    got = triples(found)
    for place in ("Niger", "Mali", "Burkina Faso"):
        assert ("Front de libération du Kessa", "OPERATES_IN", place) in got, (place, got)


def test_a_pronoun_subject_operating_in_a_border_zone(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        OPENING + "Il opère dans la zone frontalière entre le Niger, le Mali et le Burkina Faso, notamment dans "
        "les régions de Tillabéri et de Ménaka."
    )
    got = triples(found)
    for place in ("Niger", "Mali", "Burkina Faso", "Tillabéri", "Ménaka"):
        assert ("Front de libération du Kessa", "OPERATES_IN", place) in got, (place, got)


def test_a_fight_between_two_groups_is_no_place(fr_rules) -> None:  # type: ignore[no-untyped-def]
    found = fr_rules(
        "Le Front de libération du Kessa opère dans la région de Ménaka, où les combats entre le Mouvement "
        "du Salut et la katiba Tarbouli ont repris."
    )
    got = triples(found)
    assert not any(p == "OPERATES_IN" and o in ("Mouvement du Salut", "katiba Tarbouli") for _, p, o in got), got
