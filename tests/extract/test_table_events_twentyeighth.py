"""Events told in table rows, twenty-eighth round (branch evttab34, issues #10 and #11): a header naming its
columns (date, place, event, perpetrator, victims) makes each row an event, its trigger read in the event or
victims cell, its date, place and sides in their cells; a table of people's fates is not read (measured: it
retells the prose). Invented actors and places."""

from __future__ import annotations

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.table_events import _heads, _kinds

from .conftest import events_of, runner
from .markers import NEEDS_FRENCH

INCIDENTS = """Notes on the Talo valley

The Talo Front is an armed group led by Ousmane Kelli in the Talo valley.

Table 3. Incidents
Date | Place | Event | Perpetrator
4 May 2020 | Wamba | ambush of an army patrol | Talo Front
"""

FATES = """Notes on the Talo valley

Table 2. Commanders on the river
Name | Group | Area | Fate
Ousmane Kelli | Talo Front | Wamba | killed 2019
Hamid Baraka | Talo Front | Wamba | arrested in Niamey, 2021
"""

NO_HEADER = """Notes on the Talo valley

Table 2. Commanders on the river
Ousmane Kelli | Talo Front | Wamba | killed 2019
"""

OTAGES = """Notes sur la vallée de Talo

Date | Lieu | Victimes | Auteur présumé | Issue
mars 2019 | près de Wamba | 4 commerçants enlevés | Front de Talo | libérés en juin 2019
"""


@pytest.fixture(scope="module")
def run_default():  # type: ignore[no-untyped-def]
    """The default English extraction (the learned entity check too, as the corpus is read)."""
    return runner(get_extractor("default"))  # type: ignore[arg-type]


def test_header_words_name_columns_in_both_languages() -> None:
    assert _kinds("Date | Place | Event | Perpetrator", _heads("en")) == ["date", "place", "event", "actor"]
    assert _kinds("Date | Lieu | Victimes | Auteur présumé | Issue", _heads("fr")) == [
        "date", "place", "target", "actor", None]


@pytest.mark.model
def test_an_incident_row_is_an_event_with_its_cells(run_default) -> None:  # type: ignore[no-untyped-def]
    found = run_default(INCIDENTS)
    attacks = [ev for ev in found.extraction.events if ev.type == "ATTACK"]
    assert len(attacks) == 1, attacks
    names = {e.key: e.name for e in found.extraction.entities}
    assert ("Talo Front", "agent") in {(names.get(p.entity), p.role) for p in attacks[0].participants}
    assert attacks[0].date == "2020-05-04"
    assert names.get(attacks[0].location or "") == "Wamba"


@pytest.mark.model
def test_a_table_of_people_s_fates_gives_no_event(run_default) -> None:  # type: ignore[no-untyped-def]
    """Guard: "Name | ... | Fate" rows retell what the prose tells; they are not read (measured, not kept)."""
    found = run_default(FATES)
    assert not [ev for ev in found.extraction.events if ev.type in ("KILLING", "ARREST")]


@pytest.mark.model
def test_rows_without_a_header_tell_nothing(run_default) -> None:  # type: ignore[no-untyped-def]
    """Guard: with no header naming a fate column, a row is no event (as before)."""
    assert not [ev for ev in run_default(NO_HEADER).extraction.events if ev.type == "KILLING"]


@pytest.mark.model
@NEEDS_FRENCH
def test_a_french_row_of_hostages_gives_the_abduction_and_its_outcome(run_fr) -> None:  # type: ignore[no-untyped-def]
    found = run_fr(OTAGES)
    abductions = [ev for ev in found.extraction.events if ev.type == "ABDUCTION"]
    assert [ev.date for ev in abductions] == ["2019-03"]
    assert ("Front de Talo", "agent") in events_of(found, "ABDUCTION")[0]
    assert [ev.location for ev in abductions] == [found.by_name("Wamba").key]  # type: ignore[union-attr]
    assert not [ev for ev in found.extraction.events if ev.type == "TRANSFER"]  # the outcome cell: not read
