"""Twenty-ninth round (branch alias35), on hand-written sentences with invented names: a man named
after his town ("Oumarou Tessit") does not take the town, written "near Tessit", as his short form
(``entities._written_as_places`` in ``_short_form_links``, ``entities.join_surnames``); two spellings
of one name in one text are one entity (``resolve.names.spelling_key`` in ``entities.find_entities``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities
from reportgraph.resolve.names import spelling_key

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{e.name, *e.aliases} for e in find_entities(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        ("The cell is led by Hamidou Sawadogo, known as \"Hamidou Kolbeni\", a herder from the area. His men were "
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


@pytest.mark.parametrize(
    ("a", "b"),
    [("al-Qaeda", "al-Qaida"), ("Ansar Dine", "Ansar Eddine"), ("Da'esh", "Daesh"), ("Amadou Koufa", "Aamadu Kuufa"),
     ("al-Furqan Front", "Furqaan Front"), ("Mahamadou Toure", "Mahammadu Touré")],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) and spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Hamid Sani", "Hamed Sani"), ("Tessit Front", "Tessit Brigade"), ("Mali", "Male")]
)
def test_other_names_or_short_ones_do_not_share_a_key(a: str, b: str) -> None:
    assert not spelling_key(a) or spelling_key(a) != spelling_key(b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Mahamadou Toure leads the Kebbi Front, a militia of the valley. In 2021 Mahammadu Touré was arrested in "
         "Niamey, the police said.", "Mahamadou Toure", "Mahammadu Touré"),
        ("The Jamaat al-Furqaan attacked the post of Tessit in May. Three days later the Jamaat al-Furqan claimed "
         "a second raid near Tessit.", "Jamaat al-Furqaan", "Jamaat al-Furqan"),
    ],
)
def test_two_spellings_of_one_name_in_one_text_are_one_entity(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert any({a, b} <= names for names in _names(nlp, text))


def test_a_language_label_in_a_list_of_other_names_is_no_name_of_the_bearer(nlp) -> None:  # type: ignore[no-untyped-def]
    # ``aliases._listed_after``: "born X; Fula: Y": "Fula" labels Y, the bearer's name in that language
    text = ("Hamidou Kolbo (born Hamidou Sare; Fula: Hamiidu Saare; c. 1970) is a Malian preacher and the founder "
            "of the Tessit Front. Kolbo grew up in a Fula family of herders.")
    found = _names(nlp, text)
    bearer = next(names for names in found if "Hamidou Kolbo" in names)
    assert "Hamidou Sare" in bearer
    assert "Fula" not in bearer
