"""Thirty-second round (branch alias38), on hand-written sentences with invented names: an institution's or
a group's capitalised head noun alone after "the" ("the Court", "the Council", "the Mission", "the Force",
"the Army", "the Committee", "the Brotherhood") names the last organisation whose name holds it
(``entities.REFERENCE_HEADS``, read by ``_head_noun_references``)."""

from __future__ import annotations

import pytest

from .test_aliases_thirtieth import _joined, _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "full", "head"),
    [
        ("The Special Tribunal Court of Varnesia issued a warrant for Kamil Oduya in March. "
         "Oduya was handed over to the Court by the police in June.", "Special Tribunal Court of Varnesia", "Court"),
        ("The Talmora Elders Council met in Kessoura on Monday. A spokesman said the Council would "
         "not negotiate with the rebels.", "Talmora Elders Council", "Council"),
        ("Fighters of the Vandrel Brotherhood kidnapped two engineers near Ostrava Falls. A man who called "
         "himself a commander of the Brotherhood demanded a ransom.", "Vandrel Brotherhood", "Brotherhood"),
        ("The Orsan Regional Stabilisation Mission opened a base in Kelvara. The head of the Mission "
         "said patrols would start in May.", "Orsan Regional Stabilisation Mission", "Mission"),
    ],
)
def test_a_capitalised_head_noun_after_the_names_the_earlier_organisation(  # type: ignore[no-untyped-def]
    nlp, text: str, full: str, head: str
) -> None:
    assert _joined(nlp, text, full, head)


def test_a_head_noun_in_lower_case_is_no_reference(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Talmora Elders Council met in Kessoura on Monday. A spokesman said the council of the "
            "village would not negotiate with the rebels.")
    assert not any("council" in names for names in _names(nlp, text))


def test_a_department_is_named_by_its_portfolio_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Press release — U.S. Department of the Treasury\n\nToday, the Department of the Treasury's Office "
            "of Foreign Assets Control designated Karim Voslan, a trader in Ostrava Falls. Treasury assesses "
            "that Voslan moved funds for the Vandrel Brotherhood.")
    assert _joined(nlp, text, "U.S. Department of the Treasury", "Treasury")


def test_a_sentences_article_does_not_keep_a_department_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Press release — U.S. Department of the Treasury\n\nWASHINGTON — The Department of the Treasury's "
            "Office of Foreign Assets Control designated Karim Voslan, a trader in Ostrava Falls.")
    assert _joined(nlp, text, "U.S. Department of the Treasury", "The Department of the Treasury")


def test_a_generic_portfolio_word_is_no_short_form(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The U.S. Department of State listed the Vandrel Brotherhood on Monday. The State will not "
            "negotiate with the group, a spokesman said.")
    assert not _joined(nlp, text, "U.S. Department of State", "State")
