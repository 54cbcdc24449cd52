"""Forty-fourth round (branch xres44), on hand-written text with invented names: a people of the community
list in brackets after another name gives a clan's people or a lineage's people, not another name
("Tuareg (Imghad)", "Kel Oudaran (Tuareg)" in a table of commanders); two names of one people of the list
("Fulani (Peul)") stay one entity (``aliases._people_of``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TABLE = """Commanders of the invented Wadi Front

Name | Group | Origin | Status
Ahmed Ag Tiktik | Wadi Front | Tuareg (Imghad) | active
Issa Ag Baye | Wadi Front | Kel Oudaran (Tuareg) | killed 2022
Hama Bocoum | Wadi Front | Foula Wendou (Fulani) | active
"""


@pytest.mark.parametrize(("name", "people"), [("Tuareg", "Imghad"), ("Kel Oudaran", "Tuareg"),
                                              ("Foula Wendou", "Fulani")])
def test_a_people_in_brackets_is_no_other_name(run, name: str, people: str) -> None:  # type: ignore[no-untyped-def]
    assert not run(TABLE).same(name, people)


def test_two_names_of_one_people_stay_one(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The invented Wadi Front recruits among Fulani (Peul) herders of the plains, and its elders are "
            "Fulani too.")
    assert run(text).same("Fulani", "Peul")


def test_a_name_that_qualifies_a_noun_does_not_bear_the_alias(run) -> None:  # type: ignore[no-untyped-def]
    text = ("The invented Tazira Front (TF) holds the hills north of Kardo. On 4 May, TF internal security forces, "
            "known as the Hurras, detained six women in the camp.")
    found = run(text)
    assert not found.same("Tazira Front", "Hurras")


def test_a_name_right_before_the_cue_still_bears_it(run) -> None:  # type: ignore[no-untyped-def]
    text = "The invented Tazira Front, also known as the Hurras, holds the hills north of Kardo."
    assert run(text).same("Tazira Front", "Hurras")


def test_a_group_with_its_class_noun_still_bears_it(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters of the invented Tazira faction known by its Arabic name, Jamaat Ahl al-Tazir (JAT), raided "
            "Kardo in May.")
    assert run(text).same("Tazira", "Jamaat Ahl al-Tazir")


def test_a_demonym_before_a_noun_does_not_hide_the_bearer(run) -> None:  # type: ignore[no-untyped-def]
    text = "Idris Kallo, 41, a Malian national also known as \"Abu Tarek al-Kanemi\", was arrested in Bol."
    assert run(text).same("Idris Kallo", "Abu Tarek al-Kanemi")
