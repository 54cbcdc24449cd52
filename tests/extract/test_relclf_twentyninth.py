"""Twenty-ninth round (relclf35): the relation classifier's OPERATES_IN is not read from a place that is only
a person's birthplace, origin or place of captivity (``learned_relations.place_cue``)."""

from __future__ import annotations

import pytest

from reportgraph.extract.learned_relations import RelationModel, classify, place_cue
from reportgraph.extract.mentions import EntityIndex, Hit
from reportgraph.extract.paragraphs import parse
from reportgraph.ontology import default_ontology


def _cue(extractor, text: str, place: str) -> str | None:
    sdoc = parse(extractor.nlp, text)
    i = next(t.i for t in sdoc if t.text == place)
    return place_cue(sdoc, Hit("p", "LOCATION", i, i + 1, sdoc[i].idx, sdoc[i].idx + len(place)))


@pytest.mark.parametrize(("text", "place", "cue"), [
    ("Adnan Saleh, a fighter born in Laayoune, served as spokesman.", "Laayoune", "birth"),
    ("He led the abduction of tourists in southern Algeria.", "Algeria", "captivity"),
    ("The hostages were held in Kidal by the group.", "Kidal", "captivity"),
    ("Omar Kassim, a bomb maker from the Blida area, joined the group.", "Blida", "origin"),
])
def test_a_birth_captivity_or_origin_place_has_its_cue(extractor, text: str, place: str, cue: str) -> None:
    assert _cue(extractor, text, place) == cue


@pytest.mark.parametrize(("text", "place"), [
    ("The group is based in Gao and operates in Kidal.", "Gao"),
    ("The group is based in Gao and operates in Kidal.", "Kidal"),
    ("The group withdrew from Gao in 2013.", "Gao"),
    ("The group has held Timbuktu since April.", "Timbuktu"),
    ("They retook the territory the group held in Syria.", "Syria"),
    ("The group's fighters in Menaka attacked a patrol.", "Menaka"),
])
def test_a_base_or_presence_place_has_none(extractor, text: str, place: str) -> None:
    assert _cue(extractor, text, place) is None


def _operates_in(extractor, text: str) -> set[tuple[str, str]]:
    sure = RelationModel(weights={}, intercepts={"OPERATES_IN>": 5.0}, threshold=0.5, meta={})
    sdoc = parse(extractor.nlp, text)
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    return {(index.entities[r.subject].type, index.entities[r.object].type)
            for r in classify(index, default_ontology(), sure) if r.predicate == "OPERATES_IN"}


def test_the_classifier_reads_no_operates_in_from_a_person_s_birthplace(extractor) -> None:
    born = _operates_in(extractor, "Omar Bakri of the Azawagh Front was born in Tessalit.")
    assert ("PERSON", "LOCATION") not in born
    assert ("PERSON", "LOCATION") in _operates_in(extractor, "Omar Bakri of the Azawagh Front was based in Tessalit.")


def test_the_captor_still_operates_where_the_captive_is_held(extractor) -> None:
    got = _operates_in(extractor, "The Azawagh Front detained Omar Bakri in Tessalit.")
    assert ("ORGANIZATION", "LOCATION") in got and ("PERSON", "LOCATION") not in got
