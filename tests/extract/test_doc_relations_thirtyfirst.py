"""The document-level relation component reads a membership where the two names meet only next door:
one sentence naming one and referring to the other, or two neighbouring sentences, never named
together (thirty-first round, branch proserel37)."""

from __future__ import annotations

from reportgraph.extract import doc_relations
from reportgraph.extract.doc_relations import DocView, classify, sentence_features
from reportgraph.extract.facts import layers
from reportgraph.extract.learned_relations import RelationModel
from reportgraph.extract.paragraphs import parse
from reportgraph.ontology import default_ontology

TEXT = ("The Azawagh Front, whose spokesman is Moussa Diallo, was founded in 2012 near Kidal. "
        "Omar Bakri trains recruits for the group in the hills. The rains came late that year. "
        "Traders stayed at home for weeks. Officials closed the cattle market. "
        "Abdou Sall was later seen in Gao.")


def _view(extractor, text: str = TEXT) -> tuple[DocView, dict, dict[str, str]]:  # type: ignore[no-untyped-def]
    sdoc = parse(extractor.nlp, text)
    lay = layers(sdoc, extractor.extract_doc(sdoc).entities, default_ontology())
    view = DocView(lay.index, lay.refs, lay.events)
    return view, sentence_features(lay.featured), {e.name: k for k, e in lay.index.entities.items()}


def test_a_pair_in_neighbouring_sentences_meets_next_door(extractor) -> None:
    view, _, keys = _view(extractor)
    front = keys["Azawagh Front"]
    assert view.near(front, keys["Omar Bakri"])
    # named in one sentence: the sentence classifier's pair, not the document's
    assert not view.near(front, keys["Moussa Diallo"])
    # five sentences apart, nothing between them refers to the front
    assert not view.near(front, keys["Abdou Sall"])


def test_a_membership_is_read_only_for_a_pair_that_meets_next_door() -> None:
    reads = doc_relations.reads
    assert reads("OPERATES_IN", False) and reads("HOSTILE_TO", True)
    assert reads("MEMBER_OF", True) and not reads("MEMBER_OF", False)
    # a leader next door was measured and left out: it added no right relation on the dev split
    assert not reads("LEADER_OF", True) and not reads("KIN_OF", True) and not reads("SUCCESSOR_OF", True)


def test_the_model_gives_a_membership_next_door_and_not_far_away(extractor) -> None:
    view, sfeats, keys = _view(extractor)
    # a model sure of every membership: the candidates it may state are the gate's
    sure = RelationModel(weights={}, intercepts={"MEMBER_OF<": 6.0, "MEMBER_OF>": 6.0}, threshold=0.5, meta={})
    names = {k: n for n, k in keys.items()}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in classify(view, default_ontology(), sfeats, sure)}
    assert ("Omar Bakri", "MEMBER_OF", "Azawagh Front") in found
    assert not any(s in ("Moussa Diallo", "Abdou Sall") for s, _, _ in found)


def test_the_trainer_counts_a_membership_only_where_the_pair_meets_next_door() -> None:
    from reportgraph.train import doc_relations as train

    prep = train.Prepared([("g", "p"), ("g", "q")], {"g": "ORGANIZATION", "p": "PERSON", "q": "PERSON"},
                          [["f"], ["f"]], [{"MEMBER_OF<"}, set()], {"g": "G", "p": "P", "q": "Q"},
                          {("P", "MEMBER_OF", "G")}, set(), {}, [True, False])
    model = RelationModel(weights={"f": {"MEMBER_OF<": 8.0}}, intercepts={"MEMBER_OF<": -2.0}, threshold=0.5,
                          meta={})
    probs = [model.scores(x) for x in prep.X]
    assert train.found(prep, probs, 0.7, {}, default_ontology()) == {("P", "MEMBER_OF", "G")}
