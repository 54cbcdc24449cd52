"""A demonym an extraction kept before a personal name is no part of the name."""

from __future__ import annotations

import pytest

from reportgraph.resolve import EntityRecord, ResolutionEngine
from reportgraph.resolve.places import default_gazetteer
from reportgraph.resolve.scoring import person_name


def rec(rid: str, names: list[str]) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "PERSON", names, {"Tessalit"})


@pytest.mark.parametrize(("name", "bare"), [
    ("Algerian Hamdi Ould Sidati", "Hamdi Ould Sidati"),
    ("Malian Jordanian Abu Tazira al-Kidali", "Abu Tazira al-Kidali"),
    ("Algerian Sidati", "Algerian Sidati"),  # two words: the demonym may be the name
    ("algerian Hamdi Ould Sidati", "algerian Hamdi Ould Sidati"),  # not capitalised: not read
    ("Boureima Ould Sidati", "Boureima Ould Sidati"),  # a given name no demonym list holds
])
def test_a_leading_demonym_is_dropped_before_two_words(name: str, bare: str) -> None:
    assert person_name(name, default_gazetteer()) == bare


def test_a_man_named_with_his_demonym_joins_his_entity() -> None:
    engine = ResolutionEngine()
    engine.add(rec("p1", ["Hamdi Ould Sidati"]))
    engine.add(rec("p2", ["Hamdi Ould Sidati"]))
    assert engine.add(rec("p3", ["Mauritanian Hamdi Ould Sidati"])).cluster_id == engine.cluster_of("p1")
