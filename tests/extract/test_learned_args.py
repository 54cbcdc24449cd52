"""The learned event-argument model (extract/learned_args.py): its pair features on a real parse, and the events
it builds where the rules read no participant of a found trigger."""

from __future__ import annotations

from functools import partial

import pytest

from reportgraph.extract.coref import References
from reportgraph.extract.domain import DomainExtractor
from reportgraph.extract.entities import find_entities
from reportgraph.extract.events import EventExtractor
from reportgraph.extract.learned_args import METHOD, EventArgModel, candidates, dependency_path, features
from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.relations import led_groups
from reportgraph.extract.timeline import Timeline
from reportgraph.ontology import default_ontology

# the rules find "attack" but read none of its participants: the subject is the first verb's, across "and"
DROPPED = "Boko Haram fighters cross the river and attack Bosso and Diffa."


def _index(extractor: DomainExtractor, text: str) -> EntityIndex:
    sdoc = parse(extractor.nlp, text)
    return EntityIndex.build(sdoc, find_entities(sdoc))


def _events(index: EntityIndex, model: EventArgModel | None) -> list:
    onto = default_ontology()
    return EventExtractor(index, References(index), Timeline(index.doc), onto, "combined", model=None,
                          leaders=partial(led_groups, index, onto), arg_model=model).extract()


def _word(index: EntityIndex, word: str):
    return next(t for t in index.doc if t.lower_ == word)


def test_the_path_reads_labels_directions_and_prepositions(extractor: DomainExtractor) -> None:
    index = _index(extractor, "Soldiers were killed by Boko Haram near Bosso.")
    killed = _word(index, "killed")
    by = next(h for h in index.hits if index.doc[h.start].text == "Boko")
    up, down = dependency_path(killed, index.doc[by.start : by.end].root)
    assert up == [] and down == ["agent:by", "pobj"]
    feats = features(index, killed, "KILLING", by, candidates(index, killed, [killed.i]))
    assert "p=vagent:by vpobj" in feats and "pass|KILLING" in feats
    assert "m=" + by.type in feats
    assert not any("boko" in f.lower() or "haram" in f.lower() for f in feats)  # never the entity's own name


def test_candidates_leave_out_the_trigger_s_words(extractor: DomainExtractor) -> None:
    index = _index(extractor, DROPPED)
    attack = _word(index, "attack")
    keys = {index.doc[h.start].text for h in candidates(index, attack, [attack.i])}
    assert {"Boko", "Bosso", "Diffa"} <= keys


@pytest.fixture()
def agent_model() -> EventArgModel:
    """A hand-set model: an organisation before an attack is its agent, a place after it its place."""
    return EventArgModel(weights={"m+e=ORGANIZATION|ATTACK": {"agent": 6.0}, "m+e=LOCATION|ATTACK": {"location": 6.0},
                                  "ord+m=after|ORGANIZATION|ATTACK": {"agent": -12.0}},
                         intercepts={"O": 2.0, "agent": 0.0, "location": 0.0}, threshold=0.5, meta={})


def test_a_found_trigger_the_rules_read_nobody_of_is_built_from_the_model(extractor: DomainExtractor,
                                                                          agent_model: EventArgModel) -> None:
    index = _index(extractor, DROPPED)
    assert not [e for e in _events(index, None) if e.type == "ATTACK"]  # the rules alone drop it
    attacks = [e for e in _events(index, agent_model) if e.type == "ATTACK"]
    assert len(attacks) == 1
    ev = attacks[0]
    assert ev.method.startswith(METHOD)
    names = {index.entities[p.entity].names()[0]: p.role for p in ev.participants}
    assert names == {"Boko Haram": "agent"}
    assert index.entities[ev.location].names()[0] == "Bosso"


def test_the_rules_participants_are_kept_where_they_read_one(extractor: DomainExtractor,
                                                             agent_model: EventArgModel) -> None:
    index = _index(extractor, "Boko Haram attacked Bosso in 2015.")
    (ev,) = [e for e in _events(index, agent_model) if e.type == "ATTACK"]
    assert not ev.method.startswith(METHOD)


def test_above_the_threshold_only(extractor: DomainExtractor, agent_model: EventArgModel) -> None:
    agent_model.threshold = 0.99
    index = _index(extractor, DROPPED)
    assert not [e for e in _events(index, agent_model) if e.type == "ATTACK"]


@pytest.fixture()
def side_model() -> EventArgModel:
    """A hand-set model: every organisation near a fight is a side of it."""
    return EventArgModel(weights={"m+e=ORGANIZATION|ARMED_CLASH": {"agent": 6.0}},
                         intercepts={"O": 2.0, "agent": 0.0}, threshold=0.5, meta={})


def test_a_two_sided_event_short_of_a_side_takes_the_model_s_second_side(extractor: DomainExtractor,
                                                                         side_model: EventArgModel) -> None:
    index = _index(extractor, "Ansar Dine clashed near Kidal, where the MNLA held the airport.")
    assert not [e for e in _events(index, None) if e.type == "ARMED_CLASH"]  # one side read: dropped
    (ev,) = [e for e in _events(index, side_model) if e.type == "ARMED_CLASH"]
    assert ev.method.startswith(METHOD)
    assert sorted(index.entities[p.entity].names()[0] for p in ev.participants) == ["Ansar Dine", "MNLA"]

