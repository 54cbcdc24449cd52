"""Thirtieth round (relclf36): the relation trainer's threshold choice sees the place filter that ``classify``
applies after the model (a person's OPERATES_IN from a place ``place_cue`` marks), through each pair's cues
(``train.relations.Prepared.cues``)."""

from __future__ import annotations

from reportgraph.extract.learned_relations import RelationModel, drops_on_place, place_cues_of
from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.paragraphs import parse
from reportgraph.train.relations import Prepared, _grid_f1, _scored_doc

SURE = RelationModel(weights={}, intercepts={"OPERATES_IN>": 5.0}, threshold=0.5, meta={})


def _prep(subject_type: str, cue: str | None) -> Prepared:
    return Prepared("d", X=[["x"]], Y=[set()], ends=[("s", subject_type, "p", "LOCATION")],
                    ids={"s": "G1", "p": "G2"}, gold={("G1", "OPERATES_IN", "G2")}, ruled=set(),
                    cues=[(None, cue)])


def test_the_trainer_scores_no_person_s_operates_in_from_a_birthplace() -> None:
    cands, _, _ = _scored_doc(SURE, _prep("PERSON", "birth"))
    assert cands == []
    # the figure the threshold choice reads: the relation the filter drops is no true positive
    assert _grid_f1(SURE, [_scored_doc(SURE, _prep("PERSON", "birth"))], 0.5)[0] == 0.0
    assert _grid_f1(SURE, [_scored_doc(SURE, _prep("PERSON", None))], 0.5)[0] == 1.0


def test_the_trainer_keeps_a_group_s_operates_in_where_it_holds_captives() -> None:
    cands, _, _ = _scored_doc(SURE, _prep("ORGANIZATION", "captivity"))
    assert [c[0] for c in cands] == ["OPERATES_IN>"]


def test_the_trainer_reads_the_object_s_cue_when_the_subject_comes_second() -> None:
    model = RelationModel(weights={}, intercepts={"OPERATES_IN<": 5.0}, threshold=0.5, meta={})
    prep = Prepared("d", X=[["x"]], Y=[set()], ends=[("p", "LOCATION", "s", "PERSON")], ids={},
                    gold=set(), ruled=set(), cues=[("birth", None)])
    assert _scored_doc(model, prep)[0] == []
    prep.cues = [(None, "birth")]  # the person's end carries no place cue: kept
    assert [c[0] for c in _scored_doc(model, prep)[0]] == ["OPERATES_IN<"]


def test_only_a_person_s_operates_in_is_dropped_on_a_place_cue() -> None:
    assert drops_on_place("OPERATES_IN", "PERSON")
    assert not drops_on_place("OPERATES_IN", "ORGANIZATION")
    assert not drops_on_place("CITIZEN_OF", "PERSON")


def test_each_place_end_of_a_pair_has_its_cue(extractor) -> None:
    from reportgraph.extract.learned_relations import pairs

    sdoc = parse(extractor.nlp, "Omar Bakri of the Azawagh Front was born in Tessalit.")
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    got = {(index.entities[p.a.key].type, index.entities[p.b.key].type): place_cues_of(sdoc, p)
           for p in pairs(index)}
    assert got[("PERSON", "LOCATION")] == (("a", None), ("b", "birth"))
