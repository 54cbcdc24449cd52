"""Entities read on the corpus train split's errors (issue #10, thirtieth round, branch ent36), on hand-written
texts with invented actors: the town a release or a speech was issued from, on its own line before its date
("Maroua, 14 March 2025"), is a place of the report, not page furniture; and the offices of international
bodies and courts, courtesy styles and religious ranks ("Special Adviser", "Acting Special Representative",
"Justice", "the Rt Hon", "Grand Ayatollah") are titles: no part of the name after them, and no name alone
("Madam President", "the Deputy Coordinator"); and two places the gazetteer knows, joined by "and", are two
names ("around Bourem and Kidal", "seized Gwoza and Chibok's girls"); a report's own parts ("Annex 7",
"Appendix 2") are no names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, place",
    [
        ("MINISTRY OF DEFENCE\n\nMaroua, 14 March 2025\n\nTroops killed four militants near the border on Monday.",
         "Maroua"),
        ("Statement by the Governor\n\nKousseri, Tuesday, April 8, 2025\n\nThe governor thanked the vigilance "
         "committees for their work.", "Kousseri"),
    ],
)
def test_the_town_a_release_was_issued_from_is_a_place_of_the_report(run, text, place):
    found = run(text)
    assert found.type_of(place) == "LOCATION"


def test_only_the_town_before_the_date_is_read_the_words_before_it_stay_furniture(run):
    found = run("PRESS RELEASE\n\nState House, Maroua, 2 June 2025\n\nThe President condemned the attack on the "
                "market.")
    assert found.type_of("Maroua") == "LOCATION"
    assert "State House" not in found.names()


def test_a_label_before_the_date_is_no_place(run):
    found = run("Council of the Union — Press release, 12 August 2023\n\nThe Union condemns the attack in Diffa.")
    names = found.names()
    assert not {"Press release", "Press"} & names


@pytest.mark.parametrize(
    "text, name, titled",
    [
        ("Justice Tamara Ekwueme adjourned the case to 3 May.", "Tamara Ekwueme", "Justice Tamara Ekwueme"),
        ("We thank Special Adviser Kofi Mensah for his briefing on the investigation.", "Kofi Mensah",
         "Special Adviser Kofi Mensah"),
        ("Acting Special Representative Laura Pettit told the council that the ceasefire held.", "Laura Pettit",
         "Acting Special Representative Laura Pettit"),
        ("Grand Ayatollah Hussein al-Badri issued a fatwa calling men to arms.", "Hussein al-Badri",
         "Grand Ayatollah Hussein al-Badri"),
        ("The statement by the Rt Hon James Corbin was read to the house.", "James Corbin", "Rt Hon James Corbin"),
        ("Statement by the Rt Hon James Corbin MP, Secretary of State.", "James Corbin", "James Corbin MP"),
    ],
)
def test_an_office_a_style_or_a_religious_rank_is_no_part_of_the_name(run, text, name, titled):
    found = run(text)
    assert found.type_of(name) == "PERSON"
    assert titled not in found.names()


def test_such_a_title_alone_is_no_name(run):
    found = run("Madam President, the Special Representative briefed us. The Deputy Coordinator spoke after the "
                "Political Coordinator, and the Prefect thanked them.")
    names = found.names()
    assert not {"Madam President", "Special Representative", "Deputy Coordinator", "Political Coordinator",
                "Coordinator", "Prefect"} & names


def test_a_court_or_movement_named_for_justice_keeps_its_name(run):
    found = run("The Justice and Equality Movement attacked Omdurman. The Ministry of Justice in Khartoum "
                "condemned the raid.")
    assert found.type_of("Justice and Equality Movement") == "ORGANIZATION"
    assert found.type_of("Ministry of Justice") == "ORGANIZATION"


def test_a_body_named_for_justice_keeps_its_first_word(run):
    found = run("Justice Monitor Somalia reported the verdict on Monday.")
    assert "Monitor Somalia" not in found.names()


def test_two_known_places_joined_by_and_are_two_names(run):
    # the parser reads "Gwoza and Chibok's" as one name before the possessive
    found = run("The sect that seized Gwoza and Chibok's girls in 2014 was a decade old.")
    assert found.type_of("Gwoza") == "LOCATION"
    assert found.type_of("Chibok") == "LOCATION"
    assert "Gwoza and Chibok" not in found.names()


def test_a_country_named_with_and_stays_one_name(run):
    found = run("Delegates from Trinidad and Tobago attended the summit in Abuja.")
    assert found.type_of("Trinidad and Tobago") == "LOCATION"


def test_a_reports_own_parts_are_no_names(run):
    found = run("The panel documented the transfers (see Annex 7) and the payments listed in Appendix 2 of the "
                "report on Sirte.")
    names = found.names()
    assert not {"Annex", "Appendix"} & names
    assert found.type_of("Sirte") == "LOCATION"
