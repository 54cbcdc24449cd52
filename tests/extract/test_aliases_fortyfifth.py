"""Forty-fifth round (branch alias45), on hand-written text with invented names: a UN record grades its lists
of other names ("Good quality a.k.a.: a) X b) Y", "Low quality a.k.a.: Z"); each is a name of the record's
subject (``aliases.record_aliases``), and a record whose heading gives no name lends its fields to no
earlier record's subject. A country's armed forces named in full ("the Rwanda Defence Force") are its army
("Rwandan troops"; ``entities._national_army_key``), and a movement's "Tamara Province" is its "Islamic State
Tamara Province" (``entities._partial_org_names``); in "X, a Tanzanian better known as Y" the demonym bears no
name, X does (``aliases._bearer``). A quoted nickname's translation in brackets ('"Sikko" (the knife)') is another
name of its bearer (``aliases.nickname_glosses``). "the Brigades" alone names the first organisation so named, not
the last (``entities._head_noun_references``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

RECORD = """QDi.901 (exercise)
KOFFI BARAKA TINDALA

Name: 1: KOFFI 2: BARAKA 3: TINDALA
Good quality a.k.a.: a) Abu Salim al-Wadani b) Kumander Tindo
Low quality a.k.a.: Baraka Tindo
Nationality: Niger

Additional information: Tindala joined the invented Wadi Front in 2019 and led its Kardo cell.
"""


@pytest.mark.parametrize("other", ["Abu Salim al-Wadani", "Kumander Tindo", "Baraka Tindo"])
def test_graded_record_names_are_the_subjects(run, other: str) -> None:  # type: ignore[no-untyped-def]
    assert run(RECORD).same("KOFFI BARAKA TINDALA", other)


LIST = """Narrative summaries of reasons for listing (invented)

QDi.902 (exercise)
HAMADOU SALEH KIRO
Good quality a.k.a.: Abu Bilal al-Kardawi
Nationality: Niger

QDi.903 (exercise)
12 MARCH 2025
Good quality a.k.a.: Abu Hafs al-Wadani
Nationality: Niger
"""


def test_a_field_under_another_record_is_not_the_earlier_subjects(run) -> None:  # type: ignore[no-untyped-def]
    found = run(LIST)
    assert found.same("HAMADOU SALEH KIRO", "Abu Bilal al-Kardawi")
    assert not found.same("HAMADOU SALEH KIRO", "Abu Hafs al-Wadani")


ARMIES = ("The invented Wadi Front attacked a post near Kardo on 3 May. The Rwanda Defence Force sent a company and "
          "Rwandan troops retook the post. The Kenya Defence Forces denied that Kenyan troops were involved. The "
          "Libyan National Army and the Libyan army clashed near Kardo. The Nigerian Air Force struck the camp before "
          "the Nigerian army advanced.")


@pytest.mark.parametrize(("full", "short"), [("Rwanda Defence Force", "Rwandan troops"),
                                             ("Kenya Defence Forces", "Kenyan troops")])
def test_a_countrys_armed_forces_are_its_army(run, full: str, short: str) -> None:  # type: ignore[no-untyped-def]
    assert run(ARMIES).same(full, short)


@pytest.mark.parametrize(("full", "short"), [("Libyan National Army", "Libyan army"),
                                             ("Nigerian Air Force", "Nigerian army")])
def test_a_national_army_or_an_air_force_is_not_the_army(run, full: str, short: str) -> None:  # type: ignore[no-untyped-def]
    assert not run(ARMIES).same(full, short)


def test_a_movements_province_is_its_longer_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The invented Islamic State Tamara Province (ISTP) attacked a post near Kardo on 3 May. In 2022 the "
            "Islamic State began calling the group its Tamara Province, and Tamara Province fighters later raided "
            "Kardo again.")
    assert run(text).same("Islamic State Tamara Province", "Tamara Province")


def test_an_apposed_demonym_does_not_bear_the_name(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The invented Wadi Front has lost its commander: Koffi Baraka Tindala, a Tanzanian better known as "
            "Abu Salim al-Wadani, gave himself up to the police on 2 November.")
    assert run(text).same("Koffi Baraka Tindala", "Abu Salim al-Wadani")


GLOSSES = ("The invented Wadi Front answers to Koffi Baraka Tindala, nicknamed \"Sikko\" (the knife). The Kardo cell "
           "is led by Hamadou Saleh Kiro, known to his fighters as \"Indhabuur\" (\"Big Eyes\"). Their courier, "
           "Issa Tindo "
           "\"Bako\" (second accused), denied it.")


@pytest.mark.parametrize(("nickname", "gloss"), [("Sikko", "knife"), ("Indhabuur", "Big Eyes")])
def test_a_nicknames_translation_is_another_name(run, nickname: str, gloss: str) -> None:  # type: ignore[no-untyped-def]
    assert run(GLOSSES).same(nickname, gloss)


def test_a_note_in_brackets_is_no_name(run) -> None:  # type: ignore[no-untyped-def]
    found = run(GLOSSES)
    assert not any("accused" in n.lower() for n in found.names())


def test_a_head_noun_alone_names_the_first_holder(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The invented Wadi Coast Brigades were founded in 2019 near Kardo. In 2021 the Wadi Coast Brigades fought "
            "beside the Tamara Giants Brigades against the Kardo militia. In 2022 the Brigades withdrew to the hills.")
    found = run(text)
    assert found.same("Wadi Coast Brigades", "Brigades")
    assert not found.same("Tamara Giants Brigades", "Brigades")
