"""Forty-third round (branch alias43), on hand-written text with invented names: an English sanctions
record's or infobox's fields of other names ("Alias: a) X b) Y", "Other names: a) X b) Y", "Also known as:
X; Y") name the record's subject, its heading line (``aliases.record_aliases`` with English fields); a
translation labelled by its language in a parenthesis of names ("(Arabic for "Front of the X"; ...)", "(Filipino:
Grupong X)") is one of the names (``aliases._LANGUAGE_LABEL``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PERSON_RECORD = """Narrative Summaries of Reasons for Listing

QDi.901
KAMAL OUMAROU SALLEH

Reason for listing:
Kamal Oumarou Salleh was listed on 4 May 2021 as being associated with the Islamic State.

Alias: a) Abu Tarek al-Kanemi b) Oumar Daouda c) Abu Bilal
Date of birth: 1980.

Other information:
Kamal Oumarou Salleh leads a cell near Bol.
"""

GROUP_RECORD = """Narrative Summaries of Reasons for Listing

QDe.902
SARIYAT AL-WADI AL-AKHDAR

Listed on: 2 June 2022
Other names: a) Green Valley Company b) Jamaat Ahl al-Wadi c) SWA
Address: Lac Province, Chad

Reason for listing:
Sariyat al-Wadi al-Akhdar was listed on 2 June 2022 as being associated with the Islamic State.
"""

INFOBOX = """Tormek Brotherhood

The Tormek Brotherhood is an invented armed group of the northern hills.

Also known as: Jamaat Ikhwan Tormek; TB
Founder: Idris Kallo

History
The Tormek Brotherhood was founded in 2011.
"""


@pytest.mark.parametrize(
    ("text", "subject", "alias"),
    [
        (PERSON_RECORD, "Kamal Oumarou Salleh", "Abu Tarek al-Kanemi"),
        (PERSON_RECORD, "Kamal Oumarou Salleh", "Abu Bilal"),
        (GROUP_RECORD, "Sariyat al-Wadi al-Akhdar", "Green Valley Company"),
        (GROUP_RECORD, "Sariyat al-Wadi al-Akhdar", "Jamaat Ahl al-Wadi"),
        (INFOBOX, "Tormek Brotherhood", "Jamaat Ikhwan Tormek"),
    ],
)
def test_a_record_field_of_other_names_names_its_subject(run, text: str, subject: str,  # type: ignore[no-untyped-def]
                                                          alias: str) -> None:
    assert run(text).same(subject, alias)


def test_a_record_without_name_fields_links_nothing(run) -> None:  # type: ignore[no-untyped-def]
    text = PERSON_RECORD.replace("Alias: a) Abu Tarek al-Kanemi b) Oumar Daouda c) Abu Bilal\n", "")
    found = run(text + "Abu Bilal was arrested in Bol in 2019.\n")
    assert not found.same("Kamal Oumarou Salleh", "Abu Bilal")


@pytest.mark.parametrize(
    ("text", "name", "gloss"),
    [
        ('Jabhat Ahl al-Wadi (Arabic for "Front of the People of the Valley"; abbreviated JAW) is an armed group '
         "in Chad. In 2020 the Front attacked Bol.", "Jabhat Ahl al-Wadi", "Front of the People of the Valley"),
        ('Umoja wa Wapiganaji wa Kivu (Swahili for "Union of the Fighters of Kivu"; UWK) is an invented militia.',
         "Umoja wa Wapiganaji wa Kivu", "Union of the Fighters of Kivu"),
        ("The Tormek Liberation Group (TLG; Filipino: Grupong Tormek) is an invented armed group of the south.",
         "Tormek Liberation Group", "Grupong Tormek"),
    ],
)
def test_a_translation_labelled_by_its_language_is_a_name(run, text: str, name: str,  # type: ignore[no-untyped-def]
                                                          gloss: str) -> None:
    assert run(text).same(name, gloss)


def test_each_record_of_a_list_names_its_own_heading(run) -> None:  # type: ignore[no-untyped-def]
    second = PERSON_RECORD.split("\n\n", 1)[1].replace("QDi.901", "QDi.903").replace(
        "KAMAL OUMAROU SALLEH", "IDRISS MAHAMAT TOGOI").replace("Kamal Oumarou Salleh", "Idriss Mahamat Togoi").replace(
        "a) Abu Tarek al-Kanemi b) Oumar Daouda c) Abu Bilal", "a) Abu Yasir al-Chadi b) Idriss Kolo")
    found = run(PERSON_RECORD + "\n" + second)
    assert found.same("Idriss Mahamat Togoi", "Abu Yasir al-Chadi")
    assert found.same("Kamal Oumarou Salleh", "Abu Bilal")
    assert not found.same("Kamal Oumarou Salleh", "Abu Yasir al-Chadi")


def test_a_heading_after_its_reference_is_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    text = PERSON_RECORD.replace("QDi.901\nKAMAL", "QDi.901  KAMAL").replace(
        "Narrative Summaries of Reasons for Listing", "NARRATIVE SUMMARY OF REASONS FOR LISTING (training text)")
    found = run(text)
    assert found.same("Kamal Oumarou Salleh", "Abu Tarek al-Kanemi")
    assert not found.same("NARRATIVE SUMMARY OF REASONS FOR LISTING", "Abu Tarek al-Kanemi")


def test_a_lettered_item_of_other_names_is_one_whole_name(run) -> None:  # type: ignore[no-untyped-def]
    text = GROUP_RECORD.replace("b) Jamaat Ahl al-Wadi", "b) Jamaat Ahl al-Wadi fi Bilad al-Kanem").replace(
        "c) SWA", "c) Vanguards for the Protection of Herders in Black Africa")
    found = run(text)
    assert found.same("Sariyat al-Wadi al-Akhdar", "Jamaat Ahl al-Wadi fi Bilad al-Kanem")
    assert found.same("Sariyat al-Wadi al-Akhdar", "Vanguards for the Protection of Herders in Black Africa")


@pytest.mark.parametrize(
    ("text", "full", "head"),
    [
        ("Liwa Ahl al-Tormek is an invented armed group of the desert. In 2022 the Liwa merged with another band.",
         "Liwa Ahl al-Tormek", "Liwa"),
        ("The Kessor Shura met in March. Its envoy says the government has not negotiated with the Shura.",
         "Kessor Shura", "Shura"),
        ("The Knights of the Tormek Hills raided a village in May. In June the Knights freed the farmers.",
         "Knights of the Tormek Hills", "Knights"),
    ],
)
def test_a_head_noun_alone_names_the_earlier_name_holding_it(run, text: str, full: str,  # type: ignore[no-untyped-def]
                                                               head: str) -> None:
    assert run(text).same(full, head)


def test_records_listed_in_a_press_release_keep_their_own_fields(run) -> None:  # type: ignore[no-untyped-def]
    text = """The Committee approved the addition of the entries below to its Sanctions List.

A. Individuals

1. KAMAL OUMAROU SALLEH
A.k.a.: a) Abu Tarek al-Kanemi b) "Oumar Daouda". Nationality: Chad. Other information: Owner of Tormek Transport.

2. IDRISS MAHAMAT TOGOI
A.k.a.: Abu Yasir al-Chadi. Nationality: Niger. Other information: Recruiter for Jamaat Ahl al-Wadi.
"""
    found = run(text)
    assert found.same("KAMAL OUMAROU SALLEH", "Abu Tarek al-Kanemi")
    assert found.same("IDRISS MAHAMAT TOGOI", "Abu Yasir al-Chadi")
    assert not found.same("KAMAL OUMAROU SALLEH", "Tormek Transport")
    assert not found.same("IDRISS MAHAMAT TOGOI", "Jamaat Ahl al-Wadi")
