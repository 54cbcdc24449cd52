"""The community list's new rows (comm36, #10 #11, thirtieth round): peoples, tribes, clans and confessions of
the Lake Chad basin, the Sahel, Sudan, Libya, the Horn of Africa, Yemen and Iraq/Syria are proposed as
communities, the Toubou's two branches (Teda, Daza or Goran) are names of their own, and the lexicon files
parse, hold no variant twice and no variant that is also a place. Hand-written texts, invented events."""

from __future__ import annotations

from importlib import resources

import pytest

from reportgraph.extract.gazetteer import lookup
from reportgraph.extract.names import fold

from .markers import NEEDS_FRENCH

_LEXICONS = resources.files("reportgraph.data").joinpath("lexicons")
_FILES = ("communities.tsv", "fr/communities.tsv")
# rows older than the thirtieth round whose names GeoNames also holds as a town (kept as they were)
_KNOWN_TOWNS = frozenset({"berber", "beja", "nuba", "igbo", "ahmadi"})


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _LEXICONS.joinpath(name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", _FILES)
def test_the_community_files_parse(name):
    rows = _rows(name)
    assert rows
    for row in rows:
        assert all(cell.strip() == cell and cell for cell in row), row


def test_no_variant_names_two_communities():
    canonical: dict[str, str] = {}
    clashes = []
    for name in _FILES:
        for row in _rows(name):
            for cell in row:
                key = fold(cell)
                if canonical.setdefault(key, row[0]) != row[0]:
                    clashes.append((cell, canonical[key], row[0]))
    assert clashes == []


def test_no_variant_is_also_a_place():
    places = set()
    for name in ("places.tsv", "fr/places.tsv"):
        for row in _rows(name):
            places.add(fold(row[0]))
            if len(row) > 3:
                places.update(fold(v) for v in row[3].split("|") if v)
    cells = [cell for name in _FILES for row in _rows(name) for cell in row]
    assert [c for c in cells if fold(c) in places] == []
    assert [c for c in cells if lookup(c) is not None and fold(c) not in _KNOWN_TOWNS] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, names",
    [("Two Buduma fishermen and a Kotoko trader were abducted near the lake shore on Monday.",
      ["Buduma", "Kotoko"]),
     ("Rizeigat militiamen clashed with Misseriya herders near the river crossing in March.",
      ["Rizeigat", "Misseriya"]),
     ("Elders of the Dulaim and the Shammar met the provincial governor on Sunday.", ["Dulaim", "Shammar"]),
     ("The Hashid and Bakil confederations refused to send fighters to the front.", ["Hashid", "Bakil"]),
     ("The fighters were recruited among Tausug and Maranao youths on the islands.", ["Tausug", "Maranao"])],
)
def test_a_listed_people_is_a_community(run, text, names):
    found = run(text)
    for name in names:
        assert found.type_of(name) == "COMMUNITY", name


@pytest.mark.model
def test_the_toubou_branches_are_names_of_their_own(run):
    found = run("Daza herders and Tebu traders met at the well; the Goran elders spoke first.")
    assert found.type_of("Daza") == "COMMUNITY"
    assert found.type_of("Tebu") == "COMMUNITY"
    assert found.same("Daza", "Goran")
    assert not found.same("Daza", "Tebu")


@pytest.mark.model
@NEEDS_FRENCH
@pytest.mark.parametrize("text, word", [
    ("Des pêcheurs boudouma ont été enlevés près de l'île le 3 mars 2023.", "boudouma"),
    ("Des éleveurs goranes ont quitté le village après l'attaque du 5 mai 2022.", "goranes"),
])
def test_a_french_community_word_in_lower_case(run_fr, text, word):
    assert run_fr(text).type_of(word) == "COMMUNITY"

