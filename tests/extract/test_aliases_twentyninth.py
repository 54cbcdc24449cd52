"""Twenty-ninth round (branch alias35), on hand-written sentences with invented names: a man named
after his town ("Oumarou Tessit") does not take the town, written "near Tessit", as his short form
(``entities._written_as_places`` in ``_short_form_links``, ``entities.join_surnames``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{e.name, *e.aliases} for e in find_entities(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        ("The cell is led by Oumarou Sawadogo, known as \"Oumarou Kolbeni\", a herder from the area. His men were "
         "seen near Kolbeni in March, and the army says the camp is in the forest south of the town."),
        ("Abdallah Ag Hamma al-Tessiti commands the Wadi Brigade. The brigade holds the wells around Tessiti, "
         "and its fighters tax the market in Tessiti every week."),
    ],
)
def test_a_place_a_man_is_named_after_is_not_his_short_form(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for names in _names(nlp, text):
        place = "Kolbeni" if "Kolbeni" in text else "Tessiti"
        assert not (place in names and len(names) > 1 and any(" " in n and place in n for n in names))


def test_a_surname_alone_still_joins_its_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # no place preposition before it: "Kolbeni" is the man
    text = ("The cell is led by Oumarou Kolbeni, a herder from the area. Kolbeni was seen at the market of Tessit "
            "in March.")
    assert any({"Oumarou Kolbeni", "Kolbeni"} <= names for names in _names(nlp, text))


def test_a_surname_in_a_possessive_after_in_still_joins(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The cell is led by Oumarou Kolbeni, a herder from the area. Two of his sons serve in Kolbeni's "
            "escort, the report says.")
    assert any({"Oumarou Kolbeni", "Kolbeni"} <= names for names in _names(nlp, text))
