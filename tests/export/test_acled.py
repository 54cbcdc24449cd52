"""ACLED CSV export: read back with the csv module, checked against ACLED's vocabularies."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reportgraph.export import export
from reportgraph.export.acled import COLUMNS, event_types, time_precision
from reportgraph.ontology import default_ontology
from reportgraph.store import Store

ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}


def rows(small_kb: Store, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "events.csv"
    export(small_kb, "acled", out)
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_every_event_type_maps_to_an_acled_type() -> None:
    assert set(event_types()) == set(default_ontology().event_types)
    for event_type, sub_type in event_types().values():
        assert sub_type in ACLED_TYPES[event_type]


def test_rows(small_kb: Store, tmp_path: Path) -> None:
    got = rows(small_kb, tmp_path)
    assert len(got) == 8
    for r in got:
        assert r["sub_event_type"] in ACLED_TYPES[r["event_type"]]
        assert r["time_precision"] in ("", "1", "2", "3")
        if r["latitude"]:
            assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
            assert r["geo_precision"] in ("1", "2", "3")
    attack = next(r for r in got if r["rg_event_type"] == "ATTACK")
    assert attack["event_type"] == "Battles"  # the target is an armed organisation
    assert (attack["actor1"], attack["actor2"]) == ("Southern Front", "Malian army")
    assert (attack["event_date"], attack["time_precision"], attack["fatalities"]) == ("2013-01-16", "1", "12")
    assert attack["location"] == "Kidal" and attack["geo_precision"] == "1" and attack["country"] == "ML"
    assert attack["notes"].startswith("On 16 January 2013 the Southern Front attacked Kidal")
    assert attack["source"] == "reports/dunes.txt"
    abduction = next(r for r in got if r["rg_event_type"] == "ABDUCTION")
    assert abduction["sub_event_type"] == "Abduction/forced disappearance"
    assert (abduction["event_date"], abduction["time_precision"], abduction["fatalities"]) == (
        "2003-09-01",
        "3",
        "0",
    )
    assert abduction["rg_count"] == "32"
    mediation = next(r for r in got if r["rg_event_type"] == "MEDIATION")
    assert (
        mediation["actor2"] == "Idris Tamane" and mediation["geo_precision"] == "3"
    )  # a country: its capital
    assert mediation["event_date"] == "" and mediation["time_precision"] == ""
    # a wadi the gazetteer does not know, placed where the report says it lies ("near Kidal"), at
    # a region's precision
    near = next(r for r in got if r["rg_event_type"] == "ARMED_CLASH")
    assert near["location"] == "Wadi Zerga" and near["latitude"] == attack["latitude"]
    assert near["geo_precision"] == "2" and near["country"] == "ML"


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        ("2013-01-16", "2013-01-16", 1),
        ("2013-01-10", "2013-01-16", 2),
        ("2005-07-01", "2005-07-31", 2),
        ("2004-03-01", "2004-05-31", 3),
        ("2003-01-01", "2003-12-31", 3),
    ],
)
def test_time_precision(first: str, last: str, code: int) -> None:
    assert time_precision(first, last) == code
