<<<<<<< HEAD
"""The learned trigger model's argument features (twenty-seventh round, branch evtnl32)."""

from __future__ import annotations

from reportgraph.extract.learned_events import candidates, trigger_vocabulary
from reportgraph.extract.learned_events import features as trigger_features
from reportgraph.extract.mentions import EntityIndex
from reportgraph.ontology import default_ontology


def _features(extractor, text: str, word: str) -> list[str]:
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, text)
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    vocab = trigger_vocabulary(default_ontology())
    for t in candidates(index, set(index.by_token)):
        if t.lower_ == word:
            return trigger_features(index, t, vocab)
    raise AssertionError(f"{word!r} is no candidate in {text!r}")


def test_a_word_s_entity_arguments_cross_its_lemma(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade raided the outpost near Belmora in 2021.", "raided")
    types = {f.split(":", 1)[1] for f in feats if f.startswith("l+a=raid|")}
    assert any(f.startswith("l+a=raid|nsubj:") for f in feats)
    assert types and all(ty.isupper() for ty in types)
    assert any(f.startswith("nargs=") and f != "nargs=0" for f in feats)


def test_a_noun_carries_the_verb_that_governs_it_and_that_verb_s_subject(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade carried out an ambush on soldiers near Belmora.", "ambush")
    assert "gov=carry|" + "|dobj" in feats
    assert any(f.startswith("govsubj=") for f in feats)


def test_a_modal_and_an_unseen_verb_s_suffix_are_features(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade will blockade the roads around Belmora.", "blockade")
    assert "modal" in feats
    assert "suf3=ade|VERB" in feats
=======
"""Events read in the twenty-seventh round (branch evt33): an English event naming no one is kept only with a
counted toll at a place ("four civilians were killed in X"), as the annotation gives such events; a town that names
talks or an agreement ("the X talks") is where they were held, not a party to them; "detention facilities" name a kind
of place, no arrest (invented actors and places)."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Zinder on Monday.",
        "The army is trying to retake Tessit.",
    ],
)
def test_a_place_alone_is_no_event(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if not e.participants], [(e.type, e.trigger, e.location) for e in events]


def test_a_counted_toll_at_a_place_stays(facts) -> None:  # type: ignore[no-untyped-def]
    # the annotation's own case: killings counted at a named place, naming no one
    _, events, _ = facts("Four civilians were killed in Zinder.", PEOPLE)
    ev = one(events, "KILLING")
    assert ev.participants == []
    assert ev.location == "zinder"
    assert ev.count == 4


@pytest.mark.parametrize(
    "text",
    [
        "Ali Tanko led the delegation of the Katiba Nour at the Tessit talks in 2016.",
        "The Katiba Nour violated the terms of the Tessit agreement.",
    ],
)
def test_a_town_naming_talks_is_no_party(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    for ev in events:
        if ev.type == "MEDIATION":
            assert ("tessit", "agent") not in roles(ev), roles(ev)


def test_a_town_naming_talks_is_where_they_were_held(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("Ali Tanko led the delegation of the Katiba Nour at the Tessit talks in 2016.", PEOPLE)
    ev = one(events, "MEDIATION")
    assert ev.location == "tessit"
    assert ("katiba", "agent") in roles(ev), roles(ev)


def test_a_country_naming_an_agreement_stays_a_party(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Chad agreement was signed in 2019 by the Katiba Nour.", PEOPLE)
    ev = one(events, "MEDIATION")
    assert ("chad", "agent") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour runs two detention facilities near Tessit.",
        "Ali Tanko arrived at the detention centre in Zinder in May.",
    ],
)
def test_a_detention_facility_is_no_arrest(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, PEOPLE)
    assert not [e for e in events if e.type == "ARREST"], [(e.type, e.trigger) for e in events]


def test_a_detention_told_stays_an_arrest(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Nigerien army announced the detention of Ali Tanko in Zinder.", PEOPLE)
    ev = one(events, "ARREST")
    assert ("tanko", "patient") in roles(ev), roles(ev)
>>>>>>> evt33
