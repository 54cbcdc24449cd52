"""The relation trainer's label denoising (train/relations.denoise): which of a gold relation's
sentences keeps its label (twenty-seventh round, branch relmil32)."""

from __future__ import annotations

from reportgraph.train import relations
from reportgraph.train.relations import Prepared


def _doc(i: int) -> Prepared:
    """A made-up document: two groups said to be allies (gold) and named together twice, once where a
    sentence states it ("allied") and once where it only names them both ("met"); two other groups
    named together ("met") with no gold relation; the first pair's mentions in the second sentence are
    in the other order."""
    ids = {f"a{i}": f"d{i}a", f"b{i}": f"d{i}b", f"c{i}": f"d{i}c", f"e{i}": f"d{i}e"}
    X = [["types=ORGANIZATION|ORGANIZATION", "w:allied"], ["types=ORGANIZATION|ORGANIZATION", "w:met"],
         ["types=ORGANIZATION|ORGANIZATION", "w:met"], ["types=ORGANIZATION|ORGANIZATION", "w:met"]]
    Y: list[set[str]] = [{"ALLY_OF="}, {"ALLY_OF="}, set(), set()]
    org = "ORGANIZATION"
    ends = [(f"a{i}", org, f"b{i}", org), (f"b{i}", org, f"a{i}", org),
            (f"c{i}", org, f"e{i}", org), (f"e{i}", org, f"c{i}", org)]
    gold = {(f"d{i}a", "ALLY_OF", f"d{i}b")}
    return Prepared(f"doc{i}", X, Y, ends, ids, gold, set())


def test_a_gold_relations_pairs_are_grouped_whatever_their_order() -> None:
    prep = _doc(0)
    prep.Y[1] = {"LEADS<"}
    prep.Y[0] = {"ALLY_OF=", "LEADS>"}
    groups = relations.instances(prep)
    assert groups == {("d0a", "ALLY_OF", "d0b"): [(0, "ALLY_OF=")],
                      ("d0a", "LEADS", "d0b"): [(0, "LEADS>"), (1, "LEADS<")]}


def test_top_keeps_the_sentence_that_states_the_relation_and_leaves_out_the_other() -> None:
    train = [_doc(i) for i in range(20)]
    weights = relations.denoise(train, 1.0, how="top", rounds=1, margin=0.0)
    assert weights is not None
    assert all(w[0] == {"ALLY_OF=": 1.0} and w[1] == {"ALLY_OF=": 0.0} for w in weights)


def test_none_changes_no_label() -> None:
    assert relations.denoise([_doc(i) for i in range(4)], 0.5, how="none") is None


def test_a_pair_left_out_of_a_label_is_not_made_its_negative() -> None:
    train = [_doc(i) for i in range(20)]
    X = [x for p in train for x in p.X]
    Y = [y for p in train for y in p.Y]
    noisy = relations.fit(X, Y, c=1.0)
    # every "met" pair of the allies left out: "met" is then only ever seen unrelated
    left_out = [{"ALLY_OF=": 0.0} if j % 4 == 1 else {} for j in range(len(Y))]
    dropped = relations.fit(X, Y, c=1.0, label_weights=left_out)
    assert dropped.meta["label_counts"] == {"ALLY_OF=": 20} and noisy.meta["label_counts"] == {"ALLY_OF=": 40}
    met = ["types=ORGANIZATION|ORGANIZATION", "w:met"]
    allied = ["types=ORGANIZATION|ORGANIZATION", "w:allied"]
    assert dropped.scores(met)["ALLY_OF="] < noisy.scores(met)["ALLY_OF="]
    assert dropped.scores(allied)["ALLY_OF="] > 0.5
    # left out is not the same as a negative: as a negative the "met" pairs would weigh twice as many
    negated = relations.fit(X, [set() if j % 4 == 1 else y for j, y in enumerate(Y)], c=1.0)
    assert negated.scores(met)["ALLY_OF="] < dropped.scores(met)["ALLY_OF="]
