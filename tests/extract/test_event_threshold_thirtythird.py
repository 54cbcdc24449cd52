"""The event trainer's threshold judged as the scorer judges (thirty-third round): a model on trial read by
the whole pipeline (``learned_events.trial_model``), the choice on the scorer's event F1 with the dates as
the tie-break (``train/events.choose_by_scorer``), and a document extracted again only when a threshold
changes its triggers (``train/events.PipelineJudge``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor
from reportgraph.extract.learned_events import LEARNED, EventTriggerModel, trial_model
from reportgraph.train import events
from reportgraph.train.corpus import GoldDoc
from reportgraph.train.evaluate import contract_json, load_scorer
from reportgraph.train.events import Judged

TEXT = "The Sahel Liberation Front visited the town of Kalo in May 2019."


@pytest.fixture(scope="module")
def pipeline() -> DomainExtractor:
    made = get_extractor("default")
    assert isinstance(made, DomainExtractor)
    return made


def _model(event: float, none: float) -> EventTriggerModel:
    return EventTriggerModel(weights={}, intercepts={"O": none, "ATTACK": event}, threshold=0.5, meta={})


def _learned(extractor: DomainExtractor) -> list[str]:
    found = extractor.extract_doc(extractor.parse(TEXT))
    return [e.trigger for e in found.events if e.method.endswith(LEARNED)]


def test_the_pipeline_reads_the_model_on_trial(pipeline: DomainExtractor) -> None:
    with trial_model(_model(10.0, 0.0)):  # every candidate an attack
        assert "visited" in _learned(pipeline)
    with trial_model(_model(0.0, 10.0)):  # none
        assert _learned(pipeline) == []


def _judge(curve: dict[float, Judged]) -> Any:
    return lambda t: curve.get(t, Judged(0, 10, 10, 0, 10))


RULES = Judged(60, 90, 100, 40, 80)  # without the model: F1 0.6316


def test_the_best_event_f1_as_the_scorer_matches() -> None:
    dev = _judge({1.01: RULES, 0.3: Judged(66, 95, 100, 44, 80), 0.35: Judged(65, 94, 100, 45, 80)})
    model = _model(0.0, 0.0)
    assert events.choose_by_scorer(model, dev, None) == 0.3
    assert model.meta["dev_scored"]["event_f1"] == 0.6769 and model.meta["dev_scored"]["dates"] == "44/80"
    assert model.meta["dev_scored"]["event_f1_rules"] == 0.6316


def test_an_event_f1_tie_goes_to_more_dates_right() -> None:
    dev = _judge({1.01: RULES, 0.3: Judged(66, 96, 100, 44, 80), 0.5: Judged(66, 96, 100, 46, 80)})
    assert events.choose_by_scorer(_model(0.0, 0.0), dev, None) == 0.5


def test_a_threshold_that_costs_the_guard_more_than_the_slack_is_refused() -> None:
    dev = _judge({1.01: RULES, 0.3: Judged(66, 95, 100, 44, 80), 0.35: Judged(65, 94, 100, 45, 80)})
    # the guard: 40 of 50 without the model (0.8); at 0.3 two events lost (0.78 < 0.8 - 0.005)
    guard = _judge({1.01: Judged(40, 50, 50, 0, 0), 0.3: Judged(39, 50, 50, 0, 0), 0.35: Judged(40, 50, 50, 0, 0)})
    assert events.choose_by_scorer(_model(0.0, 0.0), dev, guard) == 0.35


def test_a_document_is_extracted_again_only_when_its_triggers_change(monkeypatch: pytest.MonkeyPatch) -> None:
    judge = events.PipelineJudge(None, None, _model(0.0, 0.0))  # type: ignore[arg-type]
    judge.docs, judge.scores, judge.done = [None], [None], [{}]  # type: ignore[list-item]
    ran: list[float] = []

    def run(k: int, t: float) -> Judged:
        ran.append(t)
        judge.scores[k] = [0.4, 0.8]  # the model's best score of the document's two candidates
        return Judged(sum(p >= t for p in [0.4, 0.8]), 0, 0, 0, 0)

    monkeypatch.setattr(judge, "_run", run)
    assert [judge(t).tp for t in (0.15, 0.3, 0.4, 0.5, 0.8, 0.9, 1.01)] == [2, 2, 2, 1, 1, 0, 0]
    assert ran == [0.15, 0.5, 0.9]


SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval/score.py")
def test_the_judge_scores_what_the_scorer_scores_of_the_export(pipeline: DomainExtractor) -> None:
    gold = {"doc": "d.txt", "entities": [
        {"id": "g1", "type": "ORGANIZATION", "names": ["Sahel Liberation Front"]},
        {"id": "g2", "type": "LOCATION", "names": ["Kalo"]}],
        "relations": [], "events": [{"type": "ATTACK", "trigger": "visited", "date": "2019-05",
                                     "participants": [{"entity": "g1", "role": "agent"}], "location": "g2"}]}
    scorer = load_scorer(SCORER)
    doc = GoldDoc("d", TEXT, gold, Path("d.gold.json"))
    model = _model(10.0, 0.0)
    judge = events.PipelineJudge(scorer, pipeline, model)
    judge.add(doc, pipeline.parse(TEXT), TEXT)
    for t in (0.5, 1.01):
        model.threshold = t
        with trial_model(model):
            exported = contract_json("d.txt", pipeline.extract_doc(pipeline.parse(TEXT)), TEXT)
        r = scorer.score_document(gold, exported)
        assert judge(t) == Judged(r["events"]["tp"], r["events"]["system"], r["events"]["gold"],
                                  r["event_dates"]["right"], r["event_dates"]["gold"])
    assert judge(0.5).tp == 1 and judge(1.01).tp == 0
