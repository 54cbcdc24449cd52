"""The learned components: the shipped models load and act, and training rebuilds them from gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.learned_entities import default_model as entity_model
from reportgraph.extract.learned_entities import is_certain, review
from reportgraph.extract.learned_events import NONE, candidates, trigger_vocabulary
from reportgraph.extract.learned_events import default_model as event_model
from reportgraph.extract.learned_events import features as trigger_features
from reportgraph.extract.learned_relations import default_model as relation_model
from reportgraph.extract.learned_relations import features, pairs
from reportgraph.extract.mentions import EntityIndex
from reportgraph.model import SourceDocument
from reportgraph.ontology import default_ontology


def test_the_package_ships_its_models() -> None:
    rel, ent, ev = relation_model(), entity_model(), event_model()
    assert rel is not None and ent is not None and ev is not None
    assert min(m.meta["train_documents"] for m in (rel, ent, ev)) >= 60
    assert 0 < rel.threshold <= 1.01 and ent.drop_threshold >= 0.9 and 0 < ev.threshold <= 1.01
    assert set(ev.intercepts) - {NONE} <= set(default_ontology().event_types)


def test_trigger_features_never_name_the_entities(extractor) -> None:
    from reportgraph.extract.paragraphs import parse

    text = "In 2019 the Azawagh Front overran the garrison of Omar Bakri at Tessalit."
    sdoc = parse(extractor.nlp, text)
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    vocab = trigger_vocabulary(default_ontology())
    words = list(candidates(index, set(index.by_token)))
    assert [t.lemma_ for t in words if t.pos_ == "VERB"]
    for t in words:
        feats = " ".join(trigger_features(index, t, vocab)).lower()
        assert "bakri" not in feats and "azawagh" not in feats and "tessalit" not in feats


def test_pair_features_never_name_the_entities(extractor) -> None:
    text = "Omar Bakri, the leader of the Azawagh Front, fled to Tessalit."
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, text)
    ents = extractor.extract_doc(sdoc).entities
    index = EntityIndex.build(sdoc, ents)
    found = list(pairs(index))
    assert found
    for p in found:
        feats = " ".join(features(index, p)).lower()
        assert "bakri" not in feats and "azawagh" not in feats and "tessalit" not in feats


def test_pair_features_say_what_each_mention_is_and_how_central(extractor) -> None:
    from reportgraph.extract.learned_relations import entity_ranks
    from reportgraph.extract.paragraphs import parse

    text = ("The Azawagh Front struck Tessalit. Omar Bakri, the leader of the Azawagh Front, fled to "
            "Kidal. The Azawagh Front is a Tuareg movement.")
    sdoc = parse(extractor.nlp, text)
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    ranks = entity_ranks(index)
    by_name = {e.name: e.key for e in index.entities.values()}
    assert ranks[by_name["Azawagh Front"]] == 1  # named three times: the first of the organisations
    pair = next(p for p in pairs(index) if {p.a.key, p.b.key} == {by_name["Omar Bakri"], by_name["Azawagh Front"]})
    feats = features(index, pair)
    assert "desca:leader" in feats  # "X, the leader of Y": the apposition says what X is
    assert "rankb:1" in feats and "rankb:1" in features(index, pair, ranks)


def test_pair_features_read_the_class_of_the_verb_between(extractor) -> None:
    # "ambush" as an ATTACK trigger of the ontology: the class carries to verbs the training pairs hold
    # too seldom to weigh by their lemma
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, "The Azawagh Front ambushed a patrol near Tessalit.")
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    pair = next(iter(pairs(index)))
    feats = features(index, pair)
    assert "top:ambush" in feats and "topcls:ATTACK" in feats and "bcls:ATTACK" in feats
    assert "OL|topcls:ATTACK" in feats  # crossed with the pair's types, as every feature


def test_learned_relations_come_with_their_method() -> None:
    text = ("Moussa Diallo, a senior commander of the Katiba Tilemsi, was seen in Gao.\n\n"
            "The Katiba Tilemsi is a unit of the Front for the Sahel.")
    x = get_extractor("learned").extract(SourceDocument(id="t", source="t", title="t", text=text))
    assert x.relations and all(r.method == "learned" for r in x.relations)
    assert all(0 < r.confidence <= 1 for r in x.relations)


def test_the_check_leaves_certain_entities_alone(extractor) -> None:
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, "Fighters attacked Gao and Timbuktu in Mali. Share this article")
    ents = extractor.extract_doc(sdoc).entities
    certain = [e for e in ents if is_certain(e)]
    assert certain
    kept = review(sdoc, ents)
    for e in certain:
        assert e in kept


def test_ablation_extractors_take_their_facts_from_their_side() -> None:
    text = ("Moussa Diallo leads the Katiba Tilemsi. The Katiba Tilemsi attacked Gao in May 2019. "
            "In June 2019 its fighters overran the army garrison at Tessit.")
    doc = SourceDocument(id="t", source="t", title="t", text=text)
    rules, learned = get_extractor("rules").extract(doc), get_extractor("learned").extract(doc)
    combined = get_extractor("default").extract(doc)
    assert rules.events and not any(e.method.endswith("+learned") for e in rules.events)
    assert learned.events and all(e.method.endswith("+learned") for e in learned.events)
    # the sentence classifier's, and the document-level model's where the package has one
    assert {r.method for r in learned.relations} <= {"learned", "document"}
    # the default keeps every rule trigger and adds the model's where the rules found none
    ruled = {(e.type, e.trigger) for e in rules.events}
    assert ruled <= {(e.type, e.trigger) for e in combined.events}


def test_training_rebuilds_models_from_a_gold_folder(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from reportgraph.train import entities, events, relations
    from reportgraph.train.corpus import assign_splits

    docs = tmp_path / "c" / "docs"
    docs.mkdir(parents=True)
    people = ["Ali Musa", "Omar Bakri", "Sidi Amar", "Hamid Taleb", "Yusuf Kane", "Idris Sall"]
    groups = ["Katiba Tilemsi", "Azawagh Front", "Ansar al-Wadi", "Jund al-Sahel", "Saraya Nour", "Liwa Tamesna"]
    for i in range(24):  # enough documents for every split to hold some
        p, g, h = people[i % 6], groups[i % 6], groups[(i + 1) % 6]
        text = (f"{p} is the leader of the {g}. The {g} fought the {h} near Gao.\n\n"
                f"Share this article\n")
        gold = {"doc": f"d{i}.txt", "entities": [
            {"id": f"p{i % 6}", "type": "PERSON", "names": [p]},
            {"id": f"g{i % 6}", "type": "ORGANIZATION", "names": [g]},
            {"id": f"g{(i + 1) % 6}", "type": "ORGANIZATION", "names": [h]},
            {"id": "gao", "type": "LOCATION", "names": ["Gao"]}],
            "relations": [{"subject": f"p{i % 6}", "predicate": "LEADER_OF", "object": f"g{i % 6}"},
                          {"subject": f"g{i % 6}", "predicate": "HOSTILE_TO", "object": f"g{(i + 1) % 6}"}],
            "events": [{"type": "ARMED_CLASH", "trigger": "fought", "participants": [
                {"entity": f"g{i % 6}", "role": "agent"}, {"entity": f"g{(i + 1) % 6}", "role": "agent"}],
                "location": "gao", "date": None, "count": None}]}
        (docs / f"d{i}.txt").write_text(text, "utf-8")
        (docs / f"d{i}.gold.json").write_text(json.dumps(gold), "utf-8")
    assign_splits(tmp_path / "c")
    log = tmp_path / "log.txt"
    with log.open("w") as fh:
        rel = relations.train(tmp_path / "c", [], tmp_path / "rel.json", log=fh)
        ent = entities.train(tmp_path / "c", [], tmp_path / "ent.json", log=fh)
    assert "LEADER_OF>" in rel.intercepts and rel.meta["positives"] > 0
    assert json.loads((tmp_path / "rel.json").read_text())["threshold"] == rel.threshold
    assert ent.meta["entities"] > 0 and (tmp_path / "ent.json").stat().st_size > 0
    with log.open("a") as fh:
        ev = events.train(tmp_path / "c", [], tmp_path / "ev.json", log=fh)
    assert ev.meta["triggers"] > 0 and "ARMED_CLASH" in ev.intercepts
    assert json.loads((tmp_path / "ev.json").read_text())["threshold"] == ev.threshold
    # the same data gives the same file: training is reproducible
    again = tmp_path / "rel2.json"
    with log.open("a") as fh:
        relations.train(tmp_path / "c", [], again, log=fh)
    assert again.read_bytes() == (tmp_path / "rel.json").read_bytes()


def test_a_learned_leader_of_a_sub_unit_is_a_member_of_its_parent() -> None:
    from reportgraph.extract.facts import _closure
    from reportgraph.model import Relation

    rels = [Relation("p", "LEADER_OF", "unit", method="learned"), Relation("unit", "SUBUNIT_OF", "front"),
            Relation("q", "LEADER_OF", "unit2"), Relation("unit2", "SUBUNIT_OF", "front"),
            Relation("q", "LEADER_OF", "front")]
    added = _closure(rels)
    # q already leads the parent: not also its member
    assert [(r.subject, r.predicate, r.object, r.method) for r in added] == [("p", "MEMBER_OF", "front", "closure")]


def test_a_parent_only_a_model_read_gives_no_membership() -> None:
    from reportgraph.extract.facts import _closure
    from reportgraph.model import Relation

    # a SUBUNIT_OF only the sentence or the document classifier read is not built on; a rule's is
    for method in ("learned", "document"):
        rels = [Relation("p", "LEADER_OF", "unit"), Relation("unit", "SUBUNIT_OF", "front", method=method)]
        assert _closure(rels) == []
    rels = [Relation("p", "LEADER_OF", "unit"), Relation("unit", "SUBUNIT_OF", "front", method="default")]
    assert [(r.subject, r.predicate, r.object) for r in _closure(rels)] == [("p", "MEMBER_OF", "front")]


def test_a_label_s_own_threshold_overrides_the_common_one(extractor) -> None:
    from reportgraph.extract.learned_relations import RelationModel, classify
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, "Omar Bakri, a commander of the Azawagh Front, was seen in Tessalit.")
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    sure = RelationModel(weights={}, intercepts={"MEMBER_OF>": 5.0}, threshold=0.5, meta={})
    assert [r.predicate for r in classify(index, default_ontology(), sure)] == ["MEMBER_OF"]
    sure.thresholds = {"MEMBER_OF>": 1.01}
    assert classify(index, default_ontology(), sure) == []


def test_word_classes_are_word_class_of_each_token(extractor) -> None:
    """The per-document column the pair features read (issue 12) is ``word_class`` token by token."""
    from reportgraph.extract.learned_relations import word_class, word_classes
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, "In 2013, some 300 fighters of the Azawagh Front under Omar Bakri left Gao for Kidal.")
    assert word_classes(sdoc) == tuple(word_class(t) for t in sdoc)
    assert {"<num>", "<propn>"} <= set(word_classes(sdoc))
