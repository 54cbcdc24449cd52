"""Forty-fourth round (branch xres44), invented places: two place names that match only as far spellings of
each other ("Tindiyah" / "Tinda", or a spelling the gazetteer reads as a far variant of a listed
town) are two places when the countries their reports co-mention are apart, each cluster's most co-mentioned
country never named by the other's reports (``scoring._other_countries``); the same country, or a close
spelling, still merges."""

from __future__ import annotations

from reportgraph.resolve.places import default_gazetteer
from reportgraph.resolve.records import EntityRecord, summarise
from reportgraph.resolve.scoring import compare_clusters, normalise


def _cluster(cid: str, name: str, countries: list[str], n: int = 3) -> object:
    records = [EntityRecord(f"{cid}{i}", f"{cid}-doc{i}", "LOCATION", [name], {*countries, "Harakat al-Tazir"})
               for i in range(n)]
    return summarise(cid, records, normalise)


def _verdict(a: tuple[str, list[str]], b: tuple[str, list[str]]) -> str:
    ca, cb = _cluster("A", *a), _cluster("B", *b)
    return compare_clusters(ca, cb, default_gazetteer()).verdict  # type: ignore[arg-type]


def test_a_far_spelling_in_reports_about_two_countries_is_two_places() -> None:
    assert _verdict(("Tindiyah", ["Yemen"]), ("Tinda", ["Mozambique", "Tanzania"])) == "separate"


def test_a_far_spelling_in_reports_about_one_country_still_merges() -> None:
    assert _verdict(("Tindiyah", ["Yemen"]), ("Tinda", ["Yemen", "Oman"])) == "merge"


def test_a_country_the_other_reports_also_name_is_no_evidence_against() -> None:
    # the first's reports name Yemen most, and the second's name it too: perhaps one place
    assert _verdict(("Tindiyah", ["Yemen"]), ("Tinda", ["Oman", "Somalia", "Yemen"])) == "merge"


def test_a_close_spelling_is_not_held_back_by_the_countries() -> None:
    assert _verdict(("Tindiya", ["Yemen"]), ("Tindiyah", ["Mozambique"])) == "merge"
