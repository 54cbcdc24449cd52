"""Thirty-second round (relclf38): the English sentence relation classifier reads the relation cue class of the word
at the top of a pair's dependency path (``learned_relations._relation_cue_classes``: the lexicon's ``relation_cues``
and its leader, member and founder nouns, as ``rcue:<predicate or class>`` features), so that a cue verb too rare in
the training pairs to weigh still counts as its kind; a cue word lower on the path (a third party's) gives none, and
French reads none. Hand-written sentences with invented groups and places."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.language import extraction_language
from reportgraph.extract.learned_relations import _relation_cue_classes, entity_ranks, features, pairs
from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.paragraphs import parse

from .conftest import entities_for


def test_cue_words_have_the_class_of_their_predicate() -> None:
    classes = _relation_cue_classes()
    assert "OPERATES_IN" in classes["operate"]  # "operate in"
    assert "SUBUNIT_OF" in classes["branch"]  # "branch of"
    assert "LEADER_OF" in classes["lead"]  # "lead _obj"
    assert classes["commander"] == ("leader",)  # a leader noun
    assert "founder" in classes["founder"]
    assert "*" not in classes  # "* alongside": no word of its own
    assert "yesterday" not in classes


def test_french_reads_no_cue_class() -> None:
    with extraction_language("fr"):
        assert _relation_cue_classes() == {}
    assert _relation_cue_classes()  # English again


SPEC = {
    "front": ("ORGANIZATION", ["Kavari Front"]),
    "dorma": ("LOCATION", ["Dorma"]),
    "ulen": ("ORGANIZATION", ["Ulen Brigade"]),
}


def _features(nlp: Language, text: str) -> list[list[str]]:
    doc = parse(nlp, text)
    index = EntityIndex.build(doc, entities_for(text, SPEC))
    ranks = entity_ranks(index)
    return [features(index, p, ranks) for p in pairs(index)]


@pytest.mark.model
def test_the_path_s_top_cue_word_gives_its_class(nlp: Language) -> None:
    (feats,) = _features(nlp, "The Kavari Front operates in Dorma.")
    assert "rcue:OPERATES_IN" in feats
    assert "OL|rcue:OPERATES_IN" in feats  # with the pair's types, as every feature
    (feats,) = _features(nlp, "The Ulen Brigade fought against the Kavari Front.")
    assert {"rcue:HOSTILE_TO", "rcue:MEMBER_OF"} <= set(feats)  # "fight against", "fight for": both classes


@pytest.mark.model
def test_no_class_where_no_cue_word_tops_the_path(nlp: Language) -> None:
    (feats,) = _features(nlp, "The Kavari Front visited Dorma.")
    assert not [f for f in feats if "rcue:" in f]
    # "support" lies on the path from the Front to the Brigade, under "visited": no ALLY_OF class
    feats = _features(nlp, "The Kavari Front visited Dorma in support of the Ulen Brigade.")[1]
    assert not [f for f in feats if "rcue:" in f]
