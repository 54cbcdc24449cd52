"""Entities, twenty-sixth round (caps31, issues #10 and #11): a word in capitals inside an all-capitals
headline or dateline is a name written in capitals, not an acronym, when the report writes it as a name."""

from __future__ import annotations

import pytest

from reportgraph.extract.headlines import caps_lines, name_in_capitals

from .conftest import Found

pytestmark = pytest.mark.model


def _type(found: Found, name: str) -> str | None:
    e = found.by_name(name)
    return e.type if e is not None else None


def test_a_headline_word_the_body_writes_as_a_village_is_a_place(run):
    found = run("FROM KORANGO TO BELSALA: A YEAR OF RAIDS\n\n"
                "Gunmen attacked the village of Korango on 3 March 2021. Residents of Korango fled to Belsala, "
                "and the market in Korango stayed closed for a month.")
    assert _type(found, "Korango") == "LOCATION"


def test_an_acronym_the_body_writes_in_capitals_stays_an_organisation(run):
    found = run("ZLF FIGHTERS RAID A CAMP\n\n"
                "Fighters of the ZLF attacked an army camp on 3 March 2021. The ZLF said it took weapons.")
    assert _type(found, "ZLF") == "ORGANIZATION"


def _doc(nlp_text: str):  # a blank tokenizer is enough to find lines
    spacy = pytest.importorskip("spacy")
    return spacy.blank("en")(nlp_text)


def test_capitals_lines_stop_at_the_dateline_dash():
    doc = _doc("MARANDO, 4 May - Gunmen came.\nFROM ALPHA TO BETA\nA Sentence Here.")
    text = doc.text
    spans = [text[a:b] for a, b in caps_lines(doc)]
    assert spans == ["MARANDO", "FROM ALPHA TO BETA"]


def test_a_capitals_word_written_lower_case_below_is_a_name_not_one_in_capitals_below():
    doc = _doc("ZLF LEAVES KORANGO\n\nThe ZLF left Korango.")
    words = {t.text: t.i for t in doc}
    assert name_in_capitals(doc, words["KORANGO"], words["KORANGO"] + 1)
    assert not name_in_capitals(doc, words["ZLF"], words["ZLF"] + 1)
    # the same word in a sentence is no capitals line
    doc2 = _doc("The KORANGO office of the ZLF opened, it said.\nKorango is far.")
    k = [t.i for t in doc2 if t.text == "KORANGO"][0]
    assert not name_in_capitals(doc2, k, k + 1)
