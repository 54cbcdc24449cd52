"""Thirty-first round (relthr37): a label's own threshold is judged on the dev and guard documents pooled
(``train.relations.LABEL_STEPS_ON``), the guard no veto of its own; and the threshold choice sees the agreement
filter that
``classify`` applies after the model (no ``HOSTILE_TO`` between the two parties of "the agreement between X and
Y", ``agreed_between``), through each pair's ``train.relations.Prepared.agreed``, as it sees the place filter
(``Prepared.cues``, test_relclf_thirtieth.py). Hand-written sentences with invented governments."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from reportgraph.extract.learned_relations import RelationModel, drops_on_agreement
from reportgraph.train import relations as trainer
from reportgraph.train.corpus import GoldDoc
from reportgraph.train.relations import Prepared, Scored, _grid_f1, _scored_doc, choose_on_scored

from .conftest import entities_for

HOSTILE = RelationModel(weights={}, intercepts={"HOSTILE_TO=": 5.0, "ALLY_OF=": 5.0}, threshold=0.5, meta={})


def _prep(agreed: bool) -> Prepared:
    return Prepared("d", X=[["x"]], Y=[set()], ends=[("k", "ORGANIZATION", "t", "ORGANIZATION")],
                    ids={"k": "G1", "t": "G2"}, gold={("G1", "HOSTILE_TO", "G2")}, ruled=set(),
                    agreed=[agreed])


def test_the_trainer_scores_no_hostility_between_the_parties_of_an_agreement() -> None:
    cands, _, _ = _scored_doc(HOSTILE, _prep(True))
    assert [c[0] for c in cands] == ["ALLY_OF="]  # only HOSTILE_TO is dropped
    # the figure the threshold choice reads: the relation the filter drops is no true positive
    assert _grid_f1(HOSTILE, [_scored_doc(HOSTILE, _prep(True))], 0.5)[0] == 0.0
    assert _grid_f1(HOSTILE, [_scored_doc(HOSTILE, _prep(False))], 0.5)[0] == pytest.approx(2 / 3)


def test_a_pair_without_the_flag_is_kept() -> None:
    prep = _prep(False)
    prep.agreed = []  # a Prepared made before the flag (or by hand): nothing dropped
    assert sorted(c[0] for c in _scored_doc(HOSTILE, prep)[0]) == ["ALLY_OF=", "HOSTILE_TO="]


def test_only_hostility_is_dropped_on_an_agreement() -> None:
    assert drops_on_agreement("HOSTILE_TO")
    assert not drops_on_agreement("ALLY_OF")
    assert not drops_on_agreement("OPERATES_IN")


SPEC = {
    "karvia": ("ORGANIZATION", ["Government of Karvia"]),
    "torland": ("ORGANIZATION", ["Torland Regional Government"]),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "agreed"), [
    ("I welcome the agreement reached yesterday between the Government of Karvia and the Torland Regional "
     "Government on the budget.", True),
    ("Fighting between the Government of Karvia and the Torland Regional Government resumed on Monday.", False),
])
def test_prepare_flags_the_parties_of_an_agreement(nlp: Language, monkeypatch: pytest.MonkeyPatch,
                                                  text: str, agreed: bool) -> None:
    monkeypatch.setattr(trainer, "find_entities", lambda sdoc: entities_for(text, SPEC))
    prep = trainer.prepare(nlp, GoldDoc("d", text, {"entities": [], "relations": []}, Path("d.json")))
    assert len(prep.agreed) == len(prep.X) == 1
    assert prep.agreed == [agreed]


def _steps_case() -> tuple[RelationModel, list[Scored], list[Scored]]:
    """Dev: ten places of groups, five scored 0.9 and five 0.35 (all right). Guard: one rule-found
    leadership, one wrong place at 0.35 and two wrong leaderships at 0.35 (the guard refuses any common
    threshold under 0.4, and OPERATES_IN>'s own 0.3 too: one wrong relation of its two)."""
    model = RelationModel(weights={}, intercepts={"OPERATES_IN>": 0.0, "LEADER_OF>": 0.0}, threshold=0.5, meta={})
    gold = {(f"g{i}", "OPERATES_IN", f"p{i}") for i in range(10)}
    cands = [("OPERATES_IN>", 0.9 if i < 5 else 0.35, (f"g{i}", "OPERATES_IN", f"p{i}")) for i in range(10)]
    guard_gold = {("h", "LEADER_OF", "o")}
    guard = [("OPERATES_IN>", 0.35, ("h", "OPERATES_IN", "x")), ("LEADER_OF>", 0.35, ("y", "LEADER_OF", "o")),
             ("LEADER_OF>", 0.35, ("z", "LEADER_OF", "o"))]
    return model, [(cands, gold, set())], [(guard, guard_gold, set(guard_gold))]


def test_a_label_s_own_threshold_is_judged_on_dev_and_guard_pooled() -> None:
    model, dev, guard = _steps_case()
    # the guard's floor holds the common threshold where it has the veto
    assert choose_on_scored(model, dev, guard, common_on="vetoed") == 0.4
    # five right on dev against one wrong on the guard: kept, where the guard alone refused it
    assert model.thresholds == {"OPERATES_IN>": 0.3}
    assert model.meta["dev_f1_combined"] == 1.0


def test_the_guard_s_veto_is_the_choice_before() -> None:
    model, dev, guard = _steps_case()
    assert choose_on_scored(model, dev, guard, steps_on="dev", common_on="vetoed") == 0.4
    assert model.thresholds == {}
    assert model.meta["dev_f1_combined"] == 0.6667


def test_a_step_the_pooled_documents_do_not_pay_for_is_not_taken() -> None:
    model, dev, guard = _steps_case()
    cands, gold, ruled = dev[0]
    # one low-scored place on dev, and wrong: with the guard's wrong one, the pooled F1 falls
    dev = [(cands[:5] + [("OPERATES_IN>", 0.35, ("q", "OPERATES_IN", "p5"))], gold, ruled)]
    choose_on_scored(model, dev, guard, common_on="vetoed")
    assert model.thresholds == {}
