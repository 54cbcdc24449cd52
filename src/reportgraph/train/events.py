"""Train the event-trigger model (extract/learned_events.py) from the annotated corpus.

    python -m reportgraph.train.events [--corpus corpus/en] [--extra-dev benchmarks/heldout]
                                       [--out src/reportgraph/data/models/events.json]

Training documents: the corpus's ``train`` split (plus ``--extra`` gold folders); the decision
threshold is chosen on the ``dev`` split, by its event F1 plus its event-date accuracy; the ``test`` split is
never read. Each document is parsed
and its entities found by the rules, exactly as at extraction time. The gold gives each event's
trigger as text, not as offsets: a trigger is placed on the occurrence of its words whose sentence
names most of the event's participants and place, and the syntactic head of those words is the
labelled candidate; every other candidate is labelled "none". Needs scikit-learn (a dev
dependency); the extractor itself only reads the JSON it writes.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..dates import extent
from ..extract.coref import References
from ..extract.domain import parse_text
from ..extract.entities import find_entities
from ..extract.events import EventExtractor, not_triggers
from ..extract.language import current_language
from ..extract.learned_events import NONE, EventTriggerModel, candidates, features, trigger_vocabulary
from ..extract.mentions import EntityIndex
from ..extract.nlp import load_nlp
from ..extract.relations import led_groups
from ..extract.timeline import Timeline
from ..ontology import default_ontology
from .common import fit_softmax, run_cli, write_model
from .corpus import GoldDoc, docs_of_split, iter_docs
from .relations import gold_ids

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "models" / "events.json"
GUARD_TOLERANCE = 1e-4
TIE = 0.005  # combined dev figures (F1 + dates) this close to the best are ties (without a guard): a few events
GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)


def trigger_tokens(sdoc: Any, gold: dict[str, Any]) -> dict[int, str]:
    """Token index -> event type, for the gold events whose trigger words are found in the text."""
    names = {e["id"]: [n.lower() for n in e.get("names", [])] for e in gold.get("entities", [])}
    text = sdoc.text
    low = text.lower()
    out: dict[int, str] = {}
    for ev in gold.get("events", []):
        trig = (ev.get("trigger") or "").strip()
        if not trig:
            continue
        ids = [p["entity"] for p in ev.get("participants") or []] + ([ev["location"]] if ev.get("location") else [])
        best: tuple[int, int] | None = None
        best_score = -1
        for m in re.finditer(r"(?<!\w)" + re.escape(trig.lower()) + r"(?!\w)", low):
            span = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent.text.lower()
            score = sum(any(n in sent for n in names.get(i, [])) for i in ids)
            if score > best_score:
                best, best_score = (m.start(), m.end()), score
        if best is None:
            continue
        span = sdoc.char_span(best[0], best[1], alignment_mode="expand")
        out.setdefault(span.root.i, ev["type"])
    return out


class Prepared:
    """One parsed document with its entities, candidates, their features and their gold labels."""

    def __init__(self, nlp: Any, doc: GoldDoc, vocab: dict[str, str]) -> None:
        sdoc = parse_text(nlp, doc.text, current_language())
        self.doc = doc
        self.index = EntityIndex.build(sdoc, find_entities(sdoc))
        self.timeline = Timeline(sdoc)
        self.skip = not_triggers(self.index, self.timeline)
        gold = trigger_tokens(sdoc, doc.gold)
        self.tokens = list(candidates(self.index, self.skip))
        self.X = [features(self.index, t, vocab) for t in self.tokens]
        self.Y = [gold.get(t.i, NONE) for t in self.tokens]
        self.ids = gold_ids(list(self.index.entities.values()), doc.gold)


def fit(X: list[list[str]], Y: list[str], c: float = 0.5, min_count: int = 2) -> EventTriggerModel:
    """The softmax regression (``common.fit_softmax``) over the examples' binary features."""
    weights, intercepts = fit_softmax(X, Y, c, min_count)
    meta = {"candidates": len(X), "triggers": sum(1 for y in Y if y != NONE), "features": len(weights), "C": c}
    return EventTriggerModel(weights=weights, intercepts=intercepts, threshold=0.5, meta=meta)


Matched = list[tuple[Any, dict[str, Any]]]


def event_matches(system: Iterable[Any], ids: dict[str, str], gold: dict[str, Any]) -> tuple[Matched, int, int]:
    """The (system event, gold event) pairs of one document, with its system and gold event counts: the same type
    and a shared participant, or for a gold event with no participant the same place (the annotation guide's
    matching), the pairs sharing most participants first."""
    sys_events = list(system)
    gold_events = gold.get("events", [])
    pairs = []
    for i, s in enumerate(sys_events):
        sp = {ids.get(p.entity, "?" + p.entity) for p in s.participants}
        sloc = ids.get(s.location) if s.location else None
        for j, g in enumerate(gold_events):
            if s.type != g["type"]:
                continue
            gp = {p["entity"] for p in g.get("participants") or []}
            shared = len(sp & gp)
            if shared or (not gp and g.get("location") and sloc == g.get("location")):
                pairs.append((shared, i, j))
    used_s: set[int] = set()
    used_g: set[int] = set()
    matched: Matched = []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            matched.append((sys_events[i], gold_events[j]))
    return matched, len(sys_events), len(gold_events)


def event_counts(system: Iterable[Any], ids: dict[str, str], gold: dict[str, Any]) -> tuple[int, int, int]:
    """(matched, system, gold) events of one document (``event_matches``)."""
    matched, n_sys, n_gold = event_matches(system, ids, gold)
    return len(matched), n_sys, n_gold


def date_right(system: str | None, gold: str | None) -> bool:
    """A found event's date is right when it can mean the gold's time and is at most a year vaguer (the date
    figure's rule: ../shared/eval/score.py, docs/BENCHMARKS.md): "2019" for a gold "2019-03-12" is right,
    "2019/2021" is not."""
    s, g = extent(system), extent(gold)
    if s is None or g is None:
        return False
    s_lo, s_hi = s.start or dt.date.min, s.end or dt.date.max
    g_lo, g_hi = g.start or dt.date.min, g.end or dt.date.max
    return s_lo <= g_hi and g_lo <= s_hi and (s_hi - s_lo).days <= (g_hi - g_lo).days + 366


class EventScore(NamedTuple):
    """A split's event F1 and date accuracy (right dates of matched events over the gold events with a date)."""

    f1: float
    dates: float

    @property
    def both(self) -> float:
        """What the threshold is chosen by: the two figures an analyst reads of the events, weighed alike."""
        return self.f1 + self.dates


def events_score(model: EventTriggerModel, docs: list[Prepared], mode: str, threshold: float) -> EventScore:
    onto = default_ontology(current_language())
    tp = n_sys = n_gold = right = dated = 0
    for d in docs:
        # (without the learned reading of participants, which is trained after the triggers, on them:
        # ``make train`` gives the same trigger model whatever event_args.json the package holds)
        ex = EventExtractor(d.index, References(d.index), d.timeline, onto, mode, model, threshold,
                            leaders=partial(led_groups, d.index, onto), arg_model=None)
        matched, b, c = event_matches(ex.extract(), d.ids, d.doc.gold)
        tp, n_sys, n_gold = tp + len(matched), n_sys + b, n_gold + c
        right += sum(date_right(s.date, g["date"]) for s, g in matched if g.get("date"))
        dated += sum(1 for g in d.doc.gold.get("events", []) if g.get("date"))
    return EventScore(2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0, right / dated if dated else 0.0)


def choose_threshold(model: EventTriggerModel, dev: list[Prepared], guard: list[Prepared],
                     slack: float = 0.005) -> float:
    """The threshold that maximises the event F1 plus the date accuracy (``EventScore.both``) of the rules' triggers
    plus the model's on the dev documents, among those that cost the ``guard`` documents at most ``slack`` of the
    rules' own event F1."""
    # (one event of the six guard documents is worth about ``slack``: 0.0050 when the rules found 0.8800, 0.0050077
    # when they found 0.8864, so a branch that only raised the rules' own guard F1 pushed the same one-event cost of
    # the learned triggers past the floor and the choice from 0.5 to 0.9; the floor allows that hair, 1e-4)
    # The date figure weighs in (the thirty-ninth round): the date accuracy counts the matched events only, so it
    # rises with recall where the event F1 is flat; on the English dev split in the thirty-eighth round the F1 was
    # 0.6736-0.6743 from 0.25 to 0.4 while the dates fell 0.568 -> 0.561, and the F1 alone chose 0.4.
    floor = events_score(model, guard, "rules", 1.01).f1 - slack - GUARD_TOLERANCE if guard else -1.0
    best, best_t = EventScore(-1.0, 0.0), 1.01
    curve: dict[float, EventScore] = {}  # the dev split's combined figures at each threshold the guard allows
    for t in GRID:
        if guard and events_score(model, guard, "combined", t).f1 < floor:
            continue
        curve[t] = sc = events_score(model, dev, "combined", t)
        if sc.both > best.both:
            best, best_t = sc, t
    learned = events_score(model, dev, "learned", best_t) if best_t <= 1.0 else EventScore(0.0, 0.0)
    if not guard and best_t <= 1.0:
        # no guard set (the French trainer): figures within TIE of the best are noise (on the 143 French dev
        # documents of the seventh round 0.15-0.5 all scored 0.6065-0.6089 of F1, and the best of them moved
        # 0.25 -> 0.4 between two retrainings), so among those the threshold where the model alone is best,
        # as train.relations chooses without a guard; by the model alone's F1, as docs/extraction-learned.md has it:
        # its dates rise with its recall and, as a tie-break, drove the threshold to the grid's lowest (0.05 in the
        # forty-second round's retraining: "une opération" taken for an attack, "le principe d'un dialogue" for a
        # mediation, tests/extract/test_events_fr_*)
        alone = {t: events_score(model, dev, "learned", t) for t in curve
                 if t <= 1.0 and curve[t].both >= best.both - TIE}
        best_t = max(alone, key=lambda t: (alone[t].f1, -t))
        best, learned = curve[best_t], alone[best_t]
    rules = events_score(model, dev, "rules", 1.01)
    model.meta.update({"dev_f1_combined": round(best.f1, 4), "dev_f1_learned_only": round(learned.f1, 4),
                       "dev_f1_rules": round(rules.f1, 4), "dev_dates_combined": round(best.dates, 4),
                       "dev_dates_learned_only": round(learned.dates, 4), "dev_dates_rules": round(rules.dates, 4)})
    return best_t


def train(corpus: Path, extra: list[Path], out: Path, log: Any = sys.stderr,
          extra_dev: tuple[Path, ...] = (), language: str = "en") -> EventTriggerModel:
    """Build the model from the train split (and ``extra`` folders), tune it on dev, write ``out``."""
    nlp = load_nlp(None, language)
    vocab = trigger_vocabulary(default_ontology(current_language()))
    train_docs = docs_of_split(corpus, "train") + [d for f in extra for d in iter_docs(f)]
    if not train_docs:
        raise SystemExit(f"no training documents under {corpus} (splits.json names none as train)")
    X: list[list[str]] = []
    Y: list[str] = []
    for d in train_docs:
        p = Prepared(nlp, d, vocab)
        X += p.X
        Y += p.Y
    print(f"events: {len(train_docs)} training documents, {len(X)} candidate words, "
          f"{sum(1 for y in Y if y != NONE)} triggers", file=log)
    model = fit(X, Y)
    dev = [Prepared(nlp, d, vocab) for d in docs_of_split(corpus, "dev")]
    guard = [Prepared(nlp, d, vocab) for f in extra_dev for d in iter_docs(f)]
    if dev:
        model.threshold = choose_threshold(model, dev, guard)
        print(f"events: threshold {model.threshold} on {len(dev)} dev documents (event F1 / dates "
              f"rules {model.meta['dev_f1_rules']} / {model.meta['dev_dates_rules']}, combined "
              f"{model.meta['dev_f1_combined']} / {model.meta['dev_dates_combined']}, learned only "
              f"{model.meta['dev_f1_learned_only']} / {model.meta['dev_dates_learned_only']}; "
              f"{len(guard)} guard documents)", file=log)
    model.meta.update({"train_documents": len(train_docs), "dev_documents": len(dev)})
    write_model(out, {"weights": dict(sorted(model.weights.items())), "intercepts": model.intercepts,
                      "threshold": model.threshold, "meta": model.meta}, "events", len(model.weights), log)
    return model


def main(argv: list[str] | None = None) -> None:
    run_cli(argv, __doc__, DEFAULT_OUT,
            "gold folders of the register the rules were written on: the threshold may cost them at most "
            "0.005 of event F1",
            train)


if __name__ == "__main__":
    main()
