"""Thirtieth round (branch alias36), on hand-written sentences with invented names: an acronym set in
apposition right after an organisation's long name is its acronym ("the Tanaro Resistance Units, the YBT,";
``aliases.acronym_appositions``), an acronym given right after one long name is not joined to another long
name its initials also spell (``aliases.acronym_initials``), and an English syllable acronym names the
organisation whose every word lends it letters ("CENTCOM" for "U.S. Central Command";
``aliases.syllable_acronyms``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{e.name, *e.aliases} for e in find_entities(nlp(text))]


def _joined(nlp, text: str, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    return any({a, b} <= names for names in _names(nlp, text))


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("Farmers left the valley because of the war between the army and the Tanaro Workers' Party, the PKT. "
         "The PKT's fighters moved south in the spring.", "Tanaro Workers' Party", "PKT"),
        ("The Velka Resistance Units, the YBV, remain in the town and on the mountain. The YBV are still armed.",
         "Velka Resistance Units", "YBV"),
    ],
)
def test_an_acronym_in_apposition_is_the_long_names(nlp, text: str, long: str, short: str) -> None:  # type: ignore[no-untyped-def]
    assert _joined(nlp, text, long, short)


def test_a_list_of_actors_is_no_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Tanaro Workers' Party, the YBV, the KRG and the army were invited to the talks in the capital "
            "last week.")
    assert not _joined(nlp, text, "Tanaro Workers' Party", "YBV")


def test_an_apposed_acronym_is_not_another_long_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Karsan Levies Force guards the roads of the province. Attacks by the Karsan Liberation Front, "
            "the KLF, have grown this year. KLF militants struck a post in August.")
    assert _joined(nlp, text, "Karsan Liberation Front", "KLF")
    assert not _joined(nlp, text, "Karsan Levies Force", "KLF")


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("U.S. Central Command forces struck a camp near the river on Friday. CENTCOM said no civilians were "
         "hurt.", "U.S. Central Command", "CENTCOM"),
        ("The commander was killed in a strike, according to US Africa Command. AFRICOM said a second strike "
         "hit the hills.", "US Africa Command", "AFRICOM"),
    ],
)
def test_a_syllable_acronym_is_the_commands(nlp, text: str, long: str, short: str) -> None:  # type: ignore[no-untyped-def]
    assert _joined(nlp, text, long, short)


def test_a_syllable_acronym_needs_every_word(nlp) -> None:  # type: ignore[no-untyped-def]
    # "MARCOM" is not spelt by every word of "Maritime Coastal Command Unit"
    text = "The Maritime Coastal Command Unit patrols the coast. MARCOM officers said the port was quiet."
    assert not _joined(nlp, text, "Maritime Coastal Command Unit", "MARCOM")


@pytest.mark.parametrize(
    "text",
    [
        # a list of actors, the long name its second item and the acronym its third
        ("The court heard that the network sold fuel to Karsan, the Velka Defence League, the KRG, the gendarmerie "
         "and several traders."),
        # the acronym qualifies a noun: the province is the long name's, not the acronym's
        ("He served as a finance official in Wilayat al-Tanaro, the ISIS province on the border, until 2018. "
         "ISIS lost the town in 2019."),
    ],
)
def test_a_list_or_a_qualifying_acronym_is_no_apposition(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    long = "Velka Defence League" if "Velka" in text else "Wilayat al-Tanaro"
    short = "KRG" if "KRG" in text else "ISIS"
    assert not _joined(nlp, text, long, short)
