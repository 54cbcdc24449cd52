"""Forty-sixth round (branch ent46), on hand-written text with invented names: a part of a month or year that
opens a list item or a sentence ("- Mid-August:", "Late August 2025:", "Mid-2024:") is a date, no person
(``chunks._starts``); "Republic" alone (a court caption's party, "Republic v. X") is no name, while a state's full
name keeps its "of" in a heading's capitals ("REPUBLIC OF KENYA — IN THE HIGH COURT"; ``chunks._keep``); a camp
the text never names without its noun is named with it ("the Tessou camp"; ``classify._camp_only``), and a
place also written alone keeps its bare name; a numbered unit or base keeps its number ("Sector 2", "Air Base
301", "Operation Kalbar 4"; ``chunks._numbered``), a numbered base or tower being a place. A model's
designation ("F-16", "MQ-9s", "Tornado GR4s") is no name (``classify.DESIGNATION``); "the NGO X" names X, an
organisation; "Nations" heads an organisation's name ("the United Nations", ``lexicons/org_heads.tsv``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TIMELINE = """Timeline of the Kalbar Front (invented)

- Mid-August: the Kalbar Front's emir, Adama Kiemde, opened talks with the village elders.
- Mid-2024: the Kalbar Front takes the name Tessou Guard.
- Late August 2025: soldiers of the Nigerian Army arrested Ali Doumbe in Garoua.
"""


@pytest.mark.parametrize("date", ["Mid-August", "Mid-2024", "Late August", "Mid", "Late"])
def test_date_parts_opening_items_are_no_names(run, date: str) -> None:  # type: ignore[no-untyped-def]
    found = run(TIMELINE)
    assert date not in found.names()
    assert "Adama Kiemde" in found.names() and "Garoua" in found.names()


CAPTION = """REPUBLIC OF KENYA — IN THE HIGH COURT AT LAMU (invented)
Criminal Case No. E101 of 2025: Republic v. Omar Said Kalume and two others

Kalume was arrested in Kenya in 2024 after returning from Somalia.
"""


def test_republic_alone_is_no_name_and_the_state_keeps_its_full_name(run) -> None:  # type: ignore[no-untyped-def]
    found = run(CAPTION)
    assert "Republic" not in found.names() and "REPUBLIC" not in found.names()
    assert found.same("REPUBLIC OF KENYA", "Kenya")


def test_camp_named_only_with_its_noun(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Women held at the Tessou camp in Syria were repatriated in May. The Tessou camp is run by the "
                "Kalbar Front. Fighters from a Fulani camp fled to Dorbo. The Dorbo camp was shelled, and "
                "Dorbo itself was emptied.")
    assert found.type_of("Tessou camp") == "LOCATION" and "Tessou" not in found.names()
    assert "Dorbo" in found.names() and "Dorbo camp" not in found.names()
    assert "Fulani camp" not in found.names()


def test_numbered_units_and_bases_keep_their_number(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Troops of Sector 2 of the joint force repelled an attack near Baga Sola. Operation Kalbar 4 began "
                "the next week, and drones flew from Air Base 301 near Agadez. The men of Sector 3 rested on 2 March.")
    assert found.type_of("Sector 2") == "ORGANIZATION"
    assert "Operation Kalbar 4" in found.names()
    assert found.type_of("Air Base 301") == "LOCATION"
    assert "Sector" not in found.names() and "Air Base" not in found.names()


def test_model_designations_are_no_names(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Two F-16 jets and an MQ-9 struck the camp near Dorbo, while Tornado GR4s hit the port. Militants "
                "with AK-47 rifles fled to the K-1 air base near Kirkuk.")
    assert not {"F-16", "MQ-9", "Tornado GR4s", "AK-47"} & found.names()
    assert "Dorbo" in found.names() and "Kirkuk" in found.names()


def test_ngo_before_a_name_is_no_part_of_it(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Two aid workers of the NGO Kalbo Semences were kidnapped near Djibo in March.")
    assert found.type_of("Kalbo Semences") == "ORGANIZATION"
    assert "NGO Kalbo Semences" not in found.names()


def test_united_nations_is_an_organisation(run) -> None:  # type: ignore[no-untyped-def]
    found = run("The attack on Dorbo was condemned by the United Nations on Friday, and aid reached the town.")
    assert found.type_of("United Nations") == "ORGANIZATION"
