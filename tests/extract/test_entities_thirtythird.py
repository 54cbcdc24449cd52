"""English entities on the largest causes read on train (issue #10, thirty-third round, branch ent39), on
hand-written texts with invented groups and publications: a unit named before a lower-case "battalion" or
"brigade" is named without the noun (and still answers to it); a wire story's agency is no name, also where
its dateline names two towns or an accented one, and where the story names the agency again; a blog's or a
newsletter's title in Title Case at the top is no name; the hisba, a group's religious police, is an
organisation in lower case too; a sanctions committee named at a narrative's top is one name; a language that
is no people's name ("Arabic", "Pashto") is no name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Fighters of the Khalid Ibn Walid battalion ambushed a convoy near Gao in May.", "Khalid Ibn Walid"),
        ("Rockets fired by the Sabiqun brigade hit the airport on Sunday.", "Sabiqun"),
    ],
)
def test_a_unit_before_a_lower_case_battalion_is_named_without_it(run, text, unit):
    found = run(text)
    assert found.type_of(unit) == "ORGANIZATION"
    assert found.same(unit, f"{unit} {text.split(unit)[1].split()[0]}")  # "X battalion" is a name of it too


def test_a_katiba_keeps_its_noun(run):
    found = run("Fighters of the Nanga katiba burned the market of Mueda in March.")
    assert "Nanga katiba" in found.names()


@pytest.mark.parametrize(
    "text, agency",
    [
        ("BEIRUT/ISTANBUL, Jan 12, 2025 (Orontes Wire) - Fighters of the Kobani Front clashed with the Hamza "
         "Division near Manbij.\n\nA commander told Orontes Wire by telephone that his men held the bridge.",
         "Orontes Wire"),
        ("SÉGOU, Mali, Oct 3, 2024 (Savanna Wire) - Hunters of the Dozo Alliance agreed a truce with the Katiba "
         "Macina near Niono.", "Savanna Wire"),
    ],
)
def test_a_wire_agency_is_no_name(run, text, agency):
    found = run(text)
    assert agency not in found.names()
    assert "Manbij" in found.names() or "Niono" in found.names()


def test_a_country_in_brackets_after_the_town_stays_a_name(run):
    found = run("NIAMEY (Niger) — 14 March 2025\n\nThe court sentenced two men for a kidnapping near Ayorou in "
                "Niger.")
    assert found.type_of("Niger") == "LOCATION"


@pytest.mark.parametrize(
    "title",
    [
        "Bonny Creek Notes — an independent blog on the Delta insurgency",
        "Creek Dispatch #4 — pipelines and gunmen",
        "Fictional scenario (invented actors): Rivers Watch Notes — the Ijaw Freedom Front after Warri",
    ],
)
def test_a_title_case_newsletter_title_is_no_name(run, title):
    found = run(f"{title}\n\nGunmen of the Ijaw Freedom Front attacked a pipeline near Warri on Monday.")
    name = title.split(" — ")[0].split(" #")[0].split(": ")[-1]
    assert name not in found.names()
    assert found.type_of("Warri") == "LOCATION"


@pytest.mark.parametrize(
    "text",
    [
        "In the camp, women of the so-called hisba of the Islamic State beat a nurse on Friday.",
        "The group's internal police, the hisbah, flogged two traders in Kangarwa.",
    ],
)
def test_the_hisba_in_lower_case_is_an_organisation(run, text):
    found = run(text)
    name = "hisbah" if "hisbah" in text else "hisba"
    assert found.type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize("note", ["", "Exercise listing (fictional). The group and its leaders are invented.\n\n"])
def test_a_sanctions_committee_at_the_top_is_one_name(run, note):
    found = run(f"{note}Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee\n\nNarrative Summaries of "
                "Reasons for Listing\n\nQDe.999\nJAYSH AL-FURQAN\n\nJaysh al-Furqan was listed on 3 May 2020 as "
                "being associated with ISIL and Al-Qaida.")
    assert found.type_of("Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, language",
    [
        ("The group's name in Arabic is Jaysh al-Nur. Its videos are in Pashto and Dari.", "Arabic"),
        ("The group's name in Arabic is Jaysh al-Nur. Its videos are in Pashto and Dari.", "Pashto"),
        ("Jaysh al-Nur (Arabic: Army of Light) attacked Idlib in May.", "Arabic"),
    ],
)
def test_a_language_is_no_name(run, text, language):
    found = run(text)
    assert language not in found.names()
    assert found.type_of("Jaysh al-Nur") == "ORGANIZATION"
