"""Forgiving lookup (query/lookup.py) on the hand-built sample knowledge base, on every backend."""

from __future__ import annotations

import pytest

from kb import Doc
from reportgraph.errors import EntityNotFoundError, QueryError
from reportgraph.query.lookup import find_entity, suggest
from reportgraph.query.search import check_query, search
from reportgraph.review import merge
from reportgraph.store import Store


@pytest.mark.parametrize(("typed", "meant"), [
    ("Zarvan Brigade", "Zarvan Brigade"),  # exact
    ("zarvan brigade", "Zarvan Brigade"),  # case
    ("Zarvn Brigade", "Zarvan Brigade"),  # a typo
    ("Ilias Moradeck", "Ilyas Moradek"),  # transliteration variants
    ("Moradek", "Ilyas Moradek"),  # one part of a personal name
    ("the Qelmar Front", "Qelmar Front"),
    ("Orsha Milita", "Orsha Militia"),
])
def test_any_spelling_finds_the_entity(kb: Store, typed: str, meant: str) -> None:
    assert find_entity(kb, typed) == find_entity(kb, meant)


def test_ids_and_merged_away_ids(kb: Store) -> None:
    zarvan = find_entity(kb, "Zarvan Brigade")
    assert find_entity(kb, f"e{zarvan}") == zarvan == find_entity(kb, str(zarvan))
    qelmar = find_entity(kb, "Qelmar Front")
    merge(kb, zarvan, qelmar, "tester")
    assert find_entity(kb, f"e{qelmar}") == zarvan
    assert find_entity(kb, "Qelmar Frnt") == zarvan  # the name table follows the merge


def test_nothing_close_raises_with_suggestions(kb: Store) -> None:
    with pytest.raises(EntityNotFoundError) as caught:
        find_entity(kb, "Orsha Council of Elders")
    assert caught.value.code == "E300"
    names = [n for _, n, _ in caught.value.suggestions]
    assert names and names[0] in ("Orsha Militia", "Dune Council")
    assert "did you mean" in str(caught.value)


def test_suggestions_are_one_per_entity_best_first(kb: Store) -> None:
    close = suggest(kb, "Zarvan Brigad", limit=5)
    assert close[0].name == "Zarvan Brigade"
    assert len({s.id for s in close}) == len(close)
    assert all(a.score >= b.score for a, b in zip(close, close[1:], strict=False))


def test_a_new_document_is_seen_by_the_next_lookup(kb: Store) -> None:
    with pytest.raises(EntityNotFoundError):
        find_entity(kb, "Kel Tamasheq Council")
    Doc("reports/e.txt").rel("Kel Tamasheq Council", "ALLY_OF", "Orsha Militia").save(kb)
    assert find_entity(kb, "Kel Tamasheq Councl") == find_entity(kb, "Kel Tamasheq Council")


def test_search_finds_a_misspelt_entity(kb: Store) -> None:
    hits = search(kb, "Zarvam Brigade", 10)  # no word matches as typed
    assert hits and hits[0].kind == "entity" and hits[0].title == "Zarvan Brigade"


@pytest.mark.parametrize("q", ['"unclosed phrase', "OR", "Zarvan OR", "OR Zarvan", "*** ,,,"])
def test_a_malformed_search_is_an_error(kb: Store, q: str) -> None:
    with pytest.raises(QueryError):
        check_query(q)
    with pytest.raises(QueryError):
        search(kb, q, 10)


@pytest.mark.parametrize("q", ['"Zarvan Brigade"', "Zarvan OR Qelmar", "Zarv*", "ransom"])
def test_well_formed_searches_pass(q: str) -> None:
    check_query(q)
