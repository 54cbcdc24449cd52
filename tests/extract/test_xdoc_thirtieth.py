"""Thirtieth round (branch xdoc36), on hand-written sentences with invented names: a place written
before its generic geographic noun ("the Tessaret region") is named there by both forms, so its
mentions hold the name with the noun too (``entities.geo_noun_mentions``); a group written before a
generic group noun, "movement" or "network" ("the Wadi Jalal movement"), answers to the name with the noun as well
(``entities.group_noun_names``). Both are the last steps of ``DomainExtractor.extract_doc``: another
report may use either form, and the cross-document measure joins a document's names through its
mentions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reportgraph.extract.entities import find_entities, geo_noun_mentions, group_noun_names
from reportgraph.model import LocalEntity, Mention

from .conftest import Found

pytestmark = pytest.mark.model


def _mentions(found: Found, name: str) -> list[str]:
    e = found.by_name(name)
    assert e is not None
    return [m.text for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "bare", "longer"),
    [
        ("Gunmen attacked a convoy in the Tessaret region on Monday. The army later returned to Tessaret.",
         "Tessaret", "Tessaret region"),
        ("The wali moved his men from Tal Warda into Oumrana province in May, the ministry said.",
         "Oumrana", "Oumrana province"),
    ],
)
def test_a_place_before_its_geographic_noun_is_mentioned_with_it(
        run: Callable[[str], Found], text: str, bare: str, longer: str) -> None:
    found = run(text)
    texts = _mentions(found, bare)
    assert longer in texts  # the form the report writes
    assert bare in texts  # and the bare name, where it stands, as before
    e = found.by_name(bare)
    assert e is not None and e.type == "LOCATION"
    m = next(m for m in e.mentions if m.text == longer)
    assert found.text[m.start:m.end] == longer


def test_a_noun_that_names_another_place_adds_no_mention(run: Callable[[str], Found]) -> None:
    # "town", "camp", "airport" name another place than the one before them (OTHER_PLACE_NOUNS)
    found = run("Fighters entered the Tessaret camp at night and left for Tessaret town at dawn.")
    assert all(not m.text.endswith((" camp", " town")) for e in found.extraction.entities for m in e.mentions)


def test_the_step_adds_only_forms_the_entity_already_answers_to(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen attacked a convoy in the Tessaret region on Monday.")
    entities = find_entities(doc)
    before = {e.key: ({e.name, *e.aliases}, len(e.mentions)) for e in entities}
    geo_noun_mentions(doc, entities)
    for e in entities:
        names, n = before[e.key]
        assert {m.text for m in e.mentions} <= names | {m.text for m in e.mentions[:n]}
        assert {e.name, *e.aliases} == names  # the names are unchanged: only where they are written
    assert geo_noun_mentions(doc, entities) is None
    assert sum(len(e.mentions) for e in entities) == sum(n for _, n in before.values()) + 1


def test_a_country_before_a_geographic_noun_is_another_place(run: Callable[[str], Found]) -> None:
    found = run("Boats carried the fuel down the Niger river to Gao. Niger closed its border in May.")
    assert all(m.text != "Niger river" for e in found.extraction.entities for m in e.mentions)


def _group(text: str, name: str) -> LocalEntity:
    start = text.index(name)
    return LocalEntity(key="L0", type="ORGANIZATION", name=name, mentions=[Mention(start, start + len(name), name)])


@pytest.mark.parametrize("noun", ["movement", "network"])
def test_a_group_before_a_group_noun_answers_to_the_name_with_it(nlp, noun: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The Wadi Jalal {noun} took the town in May. Wadi Jalal fighters then left."
    doc = nlp(text)
    e = _group(text, "Wadi Jalal")
    e.mentions.append(Mention(text.rindex("Wadi Jalal"), text.rindex("Wadi Jalal") + 10, "Wadi Jalal"))
    group_noun_names(doc, [e])
    assert f"Wadi Jalal {noun}" in e.aliases
    assert [m.text for m in e.mentions] == ["Wadi Jalal", f"Wadi Jalal {noun}", "Wadi Jalal"]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The Brussels cell planned the attack.", "Brussels", "ORGANIZATION"),  # not a group noun of the list
        ("The Hafiz Kaloum group took the town.", "Hafiz Kaloum", "PERSON"),  # a man's group is another entity
        ("The Wadi Jalal groups met in May.", "Wadi Jalal", "ORGANIZATION"),  # another word
        # after a group's own name the noun "group" is no part of its name (test_entities_thirteenth.py)
        ("The Wadi Jalal group took the town in May.", "Wadi Jalal", "ORGANIZATION"),
        ("The Wadi Jalal movement-based cells met in May.", "Wadi Jalal", "ORGANIZATION"),
    ],
)
def test_no_name_with_a_noun_where_the_shape_differs(nlp, text: str, name: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    e = _group(text, name)
    e.type = etype
    group_noun_names(nlp(text), [e])
    assert e.aliases == [] and len(e.mentions) == 1


def test_a_group_noun_in_a_real_extraction(run: Callable[[str], Found]) -> None:
    found = run("Fighters of the Ansar al-Wadi movement attacked the town of Tessaret. Ansar al-Wadi denied it.")
    e = found.by_name("Ansar al-Wadi")
    assert e is not None and e.type == "ORGANIZATION"
    assert "Ansar al-Wadi movement" in e.names()
