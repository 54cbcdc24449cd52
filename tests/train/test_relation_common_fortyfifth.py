"""The sentence relation classifier's common threshold judged on the dev and guard documents pooled
(``train.relations.COMMON_ON`` "pooled", tried in the forty-fifth round) or on dev under the guard's veto (the
default)."""

from __future__ import annotations

import pytest

from reportgraph.extract.learned_relations import RelationModel
from reportgraph.train import relations as trainer
from reportgraph.train.relations import Scored, choose_on_scored


def _model() -> RelationModel:
    return RelationModel(weights={}, intercepts={"OPERATES_IN>": 0.0}, threshold=0.5, meta={})


def _case(guard_wrong: int) -> tuple[list[Scored], list[Scored]]:
    """Dev: twenty places of groups, ten scored 0.9 and ten 0.45, all right, and a wrong one at 0.35 (under
    0.4 the F1 falls). Guard: one place the rules found, and ``guard_wrong`` wrong places scored 0.45 (each
    one the guard's floor refuses)."""
    gold = {(f"g{i}", "OPERATES_IN", f"p{i}") for i in range(20)}
    cands = [("OPERATES_IN>", 0.9 if i < 10 else 0.45, (f"g{i}", "OPERATES_IN", f"p{i}")) for i in range(20)]
    cands.append(("OPERATES_IN>", 0.35, ("g0", "OPERATES_IN", "q")))
    guard_gold = {("h", "OPERATES_IN", "o")}
    guard = [("OPERATES_IN>", 0.45, (f"w{i}", "OPERATES_IN", f"x{i}")) for i in range(guard_wrong)]
    return [(cands, gold, set())], [(guard, guard_gold, set(guard_gold))]


def test_the_dev_documents_outweigh_one_guard_objection() -> None:
    dev, guard = _case(guard_wrong=1)
    assert choose_on_scored(_model(), dev, guard) == 0.5  # the veto: 0.4 refused
    model = _model()
    assert choose_on_scored(model, dev, guard, common_on="pooled") == 0.4  # pooled: ten right against one wrong
    assert model.meta["dev_f1_combined"] == 1.0


def test_the_guard_s_wrong_relations_still_count_against_a_threshold() -> None:
    dev, guard = _case(guard_wrong=30)  # more wrong on the guard than the step adds right on dev
    model = _model()
    assert choose_on_scored(model, dev, guard, common_on="pooled") == 0.5
    assert model.meta["dev_f1_combined"] == round(2 * 10 / 30, 4)


def test_without_a_guard_pooled_is_the_dev_choice() -> None:
    dev, _ = _case(guard_wrong=0)
    assert choose_on_scored(_model(), dev, [], common_on="pooled") == choose_on_scored(_model(), dev, [])


def test_an_unknown_judge_is_refused() -> None:
    dev, guard = _case(guard_wrong=1)
    with pytest.raises(ValueError, match="common threshold"):
        choose_on_scored(_model(), dev, guard, common_on="guard")


def test_the_veto_is_the_default() -> None:
    assert trainer.COMMON_ON == "vetoed"
