"""Twenty-eighth round (branch alias34), on hand-written sentences with invented names: the noun of a
naming is a cue as its verb is ("Y (nickname 'X')", "Y, whose nickname is X"), and a hedge between a
real-name cue and the name does not hide it ("whose real name is given as X", "is reportedly X"):
``aliases.FORWARD``, ``aliases.PERSONAL`` and the English cues' ``after_cue``; a full name closed by a
quoted nickname is one candidate (``entities._merge_nicknames``); "His deputy, a Fulani called X" names
the deputy, not the man of the sentence before (``aliases._bearer``); a group's other name between two
dashes in running text is an alias (``aliases.dashed_appositions``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{e.name, *e.aliases} for e in find_entities(nlp(text))]


@pytest.mark.parametrize(
    ("text", "full", "other"),
    [
        ("Ibrahim Sani Dauda (nickname \"Malam Toro\") was a commander of the Kebbi Front until 2021.",
         "Ibrahim Sani Dauda", "Malam Toro"),
        ("The commander Oumarou Dicko, whose nickname is \"the Hawk\", led the raid on Tessit.",
         "Oumarou Dicko", "the Hawk"),
        ("Al-Kassimi, whose real name is given as Tarek Bounemra, heads the council of the Tessit Front.",
         "Al-Kassimi", "Tarek Bounemra"),
        ("Abu Yahya al-Tessiti, whose real name is reportedly Hamadou Ag Intalla, left the front in 2020.",
         "Abu Yahya al-Tessiti", "Hamadou Ag Intalla"),
    ],
)
def test_a_naming_noun_or_a_hedged_real_name_gives_another_name(nlp, text: str, full: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert any({full, other} <= names for names in _names(nlp, text))


def test_a_nickname_of_a_place_or_a_group_does_not_make_a_person() -> None:
    from reportgraph.extract.aliases import PERSONAL

    assert PERSONAL.match("nickname")
    assert PERSONAL.match("nicknamed")
    assert not PERSONAL.match("called")


def test_a_hedge_before_an_ordinary_word_links_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "reportedly" after a cue-less clause: no naming cue, no alias
    text = "Hamadou Ag Intalla is reportedly Tessit's most feared commander, said Moussa Kere."
    assert not any({"Hamadou Ag Intalla", "Moussa Kere"} <= names for names in _names(nlp, text))


def test_a_quoted_nickname_after_a_full_name_joins_its_later_mentions(nlp) -> None:  # type: ignore[no-untyped-def]
    # ``entities._merge_nicknames``: a name of two words or more, then its quoted nickname
    text = ("The faction, represented locally by Adamu Bukar \"Gargari\", has attacked Tokombere three times. "
            "Gargari also taxes the herders of Mora. Adamu Bukar was seen in Kolofata in May.")
    assert any({"Gargari", "Adamu Bukar"} <= names for names in _names(nlp, text))


def test_a_quote_of_speech_after_a_name_is_no_nickname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The report quotes Musa Danjuma \"We will not leave\" as the last message of the commander."
    assert not any("We will not leave" in n for names in _names(nlp, text) for n in names)


def test_his_deputy_called_x_is_not_another_name_of_him(nlp) -> None:  # type: ignore[no-untyped-def]
    # ``aliases._bearer``: a possessive's apposed person bears the name, not the man of the sentence before
    text = ("- The group's commander for the Tessit sector, Abdoul Hakim \"Abou Talha\" Ag Intalla, is believed to "
            "have been wounded.\n- His deputy, a Nigerien Fulani called Issoufou \"Boss\" Garba, has reportedly "
            "taken over operations.\n")
    for names in _names(nlp, text):
        assert not (any("Abou Talha" in n for n in names) and any("Issoufou" in n for n in names))


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("On the Malian side, the Forest Battalion - Katiba Ahl al-Ghaba - is the southernmost unit of the "
         "Tessit Front.",
         "Forest Battalion", "Katiba Ahl al-Ghaba"),
        ("The new alliance, called Jamaat Ansar al-Wadi - the Supporters of the Valley Group - brings together three "
         "katibas.", "Jamaat Ansar al-Wadi", "Supporters of the Valley Group"),
    ],
)
def test_a_groups_other_name_between_dashes_in_running_text(nlp, text: str, name: str, other: str) -> None:  # type: ignore[no-untyped-def]
    # ``aliases.dashed_appositions``
    assert any({name, other} <= names for names in _names(nlp, text))


def test_a_row_of_a_list_with_dashes_joins_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "- Tessit Front — Wadi Brigade — active\nBoubacar Sidibe — Tessit Front — killed in May\n"
    assert not any({"Tessit Front", "Wadi Brigade"} <= names for names in _names(nlp, text))
