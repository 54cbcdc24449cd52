"""Thirty-first round (branch alias37), on hand-written sentences with invented names: a title between a
naming cue and the name does not hide the cue ("also known as: a) Hajj X"; ``aliases._without_title``), a
plain "and" closes a list of a person's other names when a punctuation mark follows the last one
(``aliases._listed_after``), and a personal cue's nearest name, typed a place only by a guess, is the person
who bears it ("Tamouri, who used the nom de guerre X"; ``aliases._bearer``) and a possessor does not ("the
Mukhabarat's deputy head, a cleric called X"), a spelling cue gives another
name ("also rendered as X", "also spelt X"; ``aliases.FORWARD``), and an acronym whose candidate a sentence's
capital article opens ("The CSU's office") spells its long name (``aliases.acronym_initials``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{e.name, *e.aliases} for e in find_entities(nlp(text))]


def _joined(nlp, text: str, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    return any({a, b} <= names for names in _names(nlp, text))


def test_a_title_before_a_listed_alias_keeps_the_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Al-Warfazi (also known as: a) Hajj Tamerlan; b) Abu Yunus al-Darnawi; c) "al-Bawwab"), a trader '
            "born around 1981, runs a transport company.")
    assert _joined(nlp, text, "Al-Warfazi", "Abu Yunus al-Darnawi")


def test_a_plain_and_closes_a_list_of_a_persons_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kamal al-Halabi, also known as Tarek Yassin and Abu Qutayba al-Idlibi, is the cell's emir."
    assert _joined(nlp, text, "Kamal al-Halabi", "Abu Qutayba al-Idlibi")


def test_a_plain_and_before_a_verb_is_no_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fighters known as Ansar Wadi Tarsa and Jund al-Falah were blamed for the attack on the market."
    assert not _joined(nlp, text, "Ansar Wadi Tarsa", "Jund al-Falah")


def test_a_personal_cues_nearest_name_is_its_bearer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Tamouri, who used the nom de guerre Khaled Abu Zoubeir, was killed near the river on Monday with "
            "two of his men.")
    assert _joined(nlp, text, "Tamouri", "Khaled Abu Zoubeir")


def test_a_spelling_cue_gives_another_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ministry has designated Jabhat al-Tahrir (JaT), also rendered as Tanzim Jabhat al-Tahrir, as a "
            "terrorist entity.")
    assert _joined(nlp, text, "Jabhat al-Tahrir", "Tanzim Jabhat al-Tahrir")


def test_an_acronym_after_a_sentences_article_spells_the_long_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Allegiance: the militia has backed the Council of Southern Unity since 2019.\n"
            "Update (5 September): The CSU's interior office said it had sent a delegation to the town.")
    names = _names(nlp, text)
    assert any("Council of Southern Unity" in n and any("CSU" in x for x in n) for n in names)


def test_a_possessor_does_not_bear_the_name_of_what_it_possesses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The purge is run by the Mukhabarat's deputy head, a Hawiye cleric called Sheikh Xasan Faarax, "
            "according to two defectors.")
    assert not _joined(nlp, text, "Mukhabarat", "Xasan Faarax")


def test_a_place_after_a_preposition_does_not_bear_a_personal_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A herder from Tamouri, nicknamed Khaled Abu Zoubeir, was killed near the river on Monday."
    assert not _joined(nlp, text, "Tamouri", "Khaled Abu Zoubeir")
