"""Who leaves a group (issue #10/#11, thirty-fifth round): the sentence classifier's LEADER_OF and FOUNDED are dropped
between a person and a group his sentence says he leaves (``learned_relations.left_by``: the group is what a verb of
the lexicon's ``departure_cues`` leaves, the person or a pronoun for him its subject), in English and French, with
invented people and groups. A model that reads every pair as the labels asked leaves the guard all that decides."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.domain import parse_text
from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_relations import RelationModel, classify
from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.nlp import load_nlp
from reportgraph.ontology import default_ontology

from .conftest import Spec, entities_for
from .markers import NEEDS_FRENCH

pytestmark = pytest.mark.model

SPEC: Spec = {
    "kandago": ("PERSON", ["Moussa Kandago", "Kandago", "il", "he", "who", "qui"]),
    "front": ("ORGANIZATION", ["Wadi Kessa Front", "Front de libération du Wadi Kessa"]),
    "katiba": ("ORGANIZATION", ["Tarbouli Brigade", "katiba Tarbouli"]),
}
LEAD = ("LEADER_OF>", "LEADER_OF<", "FOUNDED>", "FOUNDED<")


def learned(nlp: Language, text: str, language: str = "en") -> set[tuple[str, str, str]]:
    with extraction_language(language):
        doc = parse_text(nlp, text, language)
        index = EntityIndex.build(doc, entities_for(text, SPEC))
        model = RelationModel(weights={}, intercepts=dict.fromkeys(LEAD, 5.0), threshold=0.5, meta={})
        return {(r.subject, r.predicate, r.object) for r in classify(index, default_ontology(), model)}


@pytest.mark.parametrize("text", [
    "In 2016 Moussa Kandago left the Wadi Kessa Front and founded the Tarbouli Brigade.",
    "Moussa Kandago defected from the Wadi Kessa Front in 2016.",
    "In 2016 Moussa Kandago broke away from the Wadi Kessa Front with forty men.",
])
def test_who_leaves_a_group_neither_leads_nor_founded_it_by_that_sentence(nlp: Language, text: str) -> None:
    found = learned(nlp, text)
    assert not any(s == "kandago" and o == "front" for s, _, o in found), found


@pytest.mark.parametrize("text", [
    # the group he leaves for another is not the one he founds
    "In 2016 Moussa Kandago left the Wadi Kessa Front and founded the Tarbouli Brigade.",
    # no verb of leaving: the sentence's tie stays for the model to read
    "Moussa Kandago founded the Wadi Kessa Front in 2016.",
    # he is not who leaves
    "Fighters left the Wadi Kessa Front, which Moussa Kandago had led since 2016.",
])
def test_the_other_ties_stay(nlp: Language, text: str) -> None:
    found = learned(nlp, text)
    expected = "katiba" if "Tarbouli" in text else "front"
    assert any(s == "kandago" and o == expected for s, _, o in found), found


@NEEDS_FRENCH
@pytest.mark.parametrize("text", [
    "En 2016, à la suite de désaccords internes, il quitte le Front de libération du Wadi Kessa et fonde la katiba "
    "Tarbouli.",
    "Moussa Kandago a rompu avec le Front de libération du Wadi Kessa en 2016.",
])
def test_french_who_leaves_a_group_neither_leads_nor_founded_it(text: str) -> None:
    with extraction_language("fr"):
        nlp = load_nlp(None, "fr")
    found = learned(nlp, text, "fr")
    assert not any(s == "kandago" and o == "front" for s, _, o in found), found
    if "Tarbouli" in text:
        assert ("kandago", "FOUNDED", "katiba") in found, found


@NEEDS_FRENCH
def test_french_a_founder_who_stays_is_kept() -> None:
    with extraction_language("fr"):
        nlp = load_nlp(None, "fr")
    found = learned(nlp, "Moussa Kandago a fondé le Front de libération du Wadi Kessa en 2016.", "fr")
    assert ("kandago", "FOUNDED", "front") in found, found
