"""The learned finder of French names headed by a common noun (extract/learned_phrases.py, #11): "le tribunal
militaire de X", "le comité de vigilance de X", "le camp de réfugiés de X". Hand-written sentences, invented
places; the shipped French model where the test says so, else a model written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from reportgraph.extract import learned_phrases
from reportgraph.extract.domain import parse_text
from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_phrases import PhraseModel, candidates, chosen, features
from reportgraph.extract.learned_phrases import learned_phrases as finder

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.fixture(scope="module")
def parse_fr() -> Callable[[str], Doc]:
    from reportgraph.extract.nlp import load_nlp

    nlp = load_nlp(None, "fr")

    def parse(text: str) -> Doc:
        with extraction_language("fr"):
            return parse_text(nlp, text, "fr")

    return parse


def _texts(doc: Doc) -> list[str]:
    return [doc[p.start : p.end].text for p in candidates(doc)]


def test_the_candidates_run_from_the_noun_to_the_capitalised_name(parse_fr):
    doc = parse_fr("Il a comparu devant le tribunal militaire de Korgaye après les attaques du comité de "
                   "vigilance de Bangou-Tiadi.")
    texts = _texts(doc)
    assert "tribunal militaire de Korgaye" in texts
    assert "comité de vigilance de Bangou-Tiadi" in texts
    assert all(not t.startswith("Korgaye") for t in texts)


def test_no_candidate_without_a_capitalised_name_after_the_connector(parse_fr):
    assert _texts(parse_fr("Le tribunal militaire de la ville a condamné trois hommes de la brigade.")) == []


def test_the_features_never_hold_the_capitalised_words(parse_fr):
    doc = parse_fr("Il a comparu devant le tribunal militaire de Korgaye.")
    p = next(p for p in candidates(doc) if doc[p.start].text == "tribunal")
    fs = features(doc, p)
    assert "h:tribunal" in fs and "m:militaire" in fs
    assert not any("korgaye" in f.lower() for f in fs)


def _model(weights: dict[str, dict[str, float]], threshold: float = 0.5) -> PhraseModel:
    return PhraseModel(weights=weights, intercepts={"ORGANIZATION": 0.0, "LOCATION": 0.0, "O": 0.0},
                       threshold=threshold, meta={})


def test_the_finder_names_what_the_model_scores_and_types_it(parse_fr):
    doc = parse_fr("Il a comparu devant le tribunal militaire de Korgaye, près du camp de déplacés de Walde.")
    model = _model({"h:tribunal": {"ORGANIZATION": 4.0}, "h:camp": {"LOCATION": 4.0}})
    found = {c.text: c.type for c in finder(doc, [False] * len(doc), model)}
    assert found == {"tribunal militaire de Korgaye": "ORGANIZATION", "camp de déplacés de Walde": "LOCATION"}
    # below the threshold, or on tokens an earlier finder took, nothing
    assert finder(doc, [False] * len(doc), _model({"h:tribunal": {"ORGANIZATION": 4.0}}, threshold=0.99)) == []
    assert [c.text for c in finder(doc, [True] * 8 + [False] * (len(doc) - 8), model)] == ["camp de déplacés de Walde"]


def test_one_name_per_head_the_likelier_end(parse_fr):
    doc = parse_fr("Les combattants ont fui vers la région du Haut-Tarin oriental en mars.")
    assert {"région du Haut-Tarin", "région du Haut-Tarin oriental"} <= set(_texts(doc))
    model = _model({"h:region": {"LOCATION": 3.0}, "after:en": {"LOCATION": 2.0}})
    assert [doc[p.start : p.end].text for p, _, _ in chosen(doc, model)] == ["région du Haut-Tarin oriental"]


def test_english_has_no_model_and_the_finder_stands_aside(parse_fr):
    doc = parse_fr("Il a comparu devant le tribunal militaire de Korgaye.")
    learned_phrases.default_model.cache_clear()  # type: ignore[attr-defined]
    with extraction_language("en"):
        assert finder(doc, [False] * len(doc)) == []


@pytest.mark.parametrize(
    "text, name, etype",
    [("Le 3 mars, le tribunal militaire de Korgaye a condamné deux membres du groupe à dix ans de prison.",
      "tribunal militaire de Korgaye", "ORGANIZATION"),
     ("Les hommes du comité de vigilance de Kalbassa ont repoussé l'attaque.",
      "comité de vigilance de Kalbassa", "ORGANIZATION")],
)
def test_the_shipped_model_names_courts_and_committees(run_fr, text, name, etype):
    found = run_fr(text)
    assert found.type_of(name) == etype


def test_the_rules_alone_leave_it_to_the_place(fr_rules, run_fr):
    # the ablation's "rules only" has no learned component: the learned finder is one
    text = "Le 3 mars, le tribunal militaire de Korgaye a condamné deux membres du groupe à dix ans de prison."
    assert "tribunal militaire de Korgaye" not in fr_rules(text).names()
    assert "tribunal militaire de Korgaye" in run_fr(text).names()
