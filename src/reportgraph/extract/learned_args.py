"""Event arguments learned from the corpus: which of a sentence's entity mentions take part in an event whose
trigger was found, and in what role.

The rules read a trigger's participants from its slots (``event_slots.py``: subject, object, "by X", "par X",
"de X"); where they read none, the event is lost though its trigger was found (on the train splits some 260
triggers a language). For such a trigger each entity mention of its sentence is a candidate; sparse binary
features describe the pair (the dependency path between them with its labels, directions and prepositions,
the trigger's lemma and event type, the mention's entity type, the distance and order, the voice, the
mentions in between) and never the entity's own name. One multinomial logistic regression over the roles
(``agent``, ``patient``, ``mediator``, ``other``, ``location``) and "none", trained by
``reportgraph.train.event_args`` (``make train``), scores each pair; a role scoring above the model's
threshold fills the event's slots, and the rules' own checks (role types, required roles, two-sided events)
decide whether it is built. The model file is JSON in ``reportgraph/data/models`` (``models/fr`` for French).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from .language import per_language, shipped_model
from .learned_events import preposition
from .learned_relations import word_class
from .linear import NONE as NONE  # the label of "nothing" (the trainers read it here)
from .linear import SoftmaxModel
from .mentions import EntityIndex, Hit

MODEL_FILE = "event_args.json"
METHOD = "learned-args"  # the method of an event whose participants the model read
MAX_PATH = 5  # dependency steps: a longer path is described by its ends only
ROLES = ("agent", "patient", "mediator", "other", "location")


def candidates(index: EntityIndex, head: Token, inside: Iterable[int], skip: Iterable[int] = ()) -> list[Hit]:
    """The entity mentions of the trigger's sentence, outside the trigger's words and ``skip`` (a dateline)."""
    sent = head.sent
    own = set(inside) | set(skip)
    return [h for h in index.in_range(sent.start, sent.end) if not any(i in own for i in range(h.start, h.end))]


def _root(doc: Any, h: Hit) -> Token:
    return doc[h.start : h.end].root  # type: ignore[no-any-return]


def _step(t: Token) -> str:
    """One dependency step, a preposition or case marker by its word ("prep:on", "agent:by", "case:de")."""
    if t.dep_ in ("prep", "agent", "case", "mark"):
        return t.dep_ + ":" + preposition(t)
    return t.dep_


def dependency_path(a: Token, b: Token) -> tuple[list[str], list[str]] | None:
    """The steps up from ``a`` to the words' lowest common head and down from it to ``b``, or None."""
    up_a = [a, *a.ancestors]
    where = {t.i: k for k, t in enumerate(up_a)}
    down: list[Token] = []
    for t in [b, *b.ancestors]:
        if t.i in where:
            return [_step(x) for x in up_a[: where[t.i]]], [_step(x) for x in reversed(down)]
        down.append(t)
    return None


def _passive(t: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in t.children) or (
        t.tag_ == "VBN" and t.dep_ == "acl")


def trigger_features(head: Token, event_type: str, learned: bool) -> list[str]:
    """What the pairs of one trigger share: where the trigger came from (the rules' words or the learned
    trigger model, whose guesses more often tell no event), its tag, dependency and determiner."""
    e = event_type
    out = ["src=" + ("L" if learned else "R") + "|" + e, "tdep=" + head.dep_ + "|" + e, "ttag=" + head.tag_ + "|" + e,
           "src+l=" + ("L" if learned else "R") + "|" + head.lemma_.lower()]
    for c in head.children:
        if c.dep_ in ("det", "poss"):
            out.append("tdet=" + c.dep_ + ":" + c.lower_ + "|" + e)
    return out


def features(index: EntityIndex, head: Token, event_type: str, h: Hit, others: list[Hit],
             learned: bool = False) -> list[str]:
    """The sparse features of one (trigger, mention) pair; ``others``: the sentence's other candidates;
    ``learned``: the trigger is the learned trigger model's."""
    doc = index.doc
    m = _root(doc, h)
    lemma = head.lemma_.lower()
    e, mt = event_type, h.type
    dist = h.start - head.i if h.start > head.i else head.i - h.end + 1
    order = "after" if h.start > head.i else "before"
    between = sum(1 for o in others if o is not h and min(h.start, head.i) < o.start < max(h.end, head.i))
    out = [
        "e=" + e, "l=" + lemma, "l+e=" + lemma + "|" + e, "tp=" + head.pos_ + "|" + e,
        "m=" + mt, "m+e=" + mt + "|" + e, "m+l=" + mt + "|" + lemma,
        "ord=" + order + "|" + e, "ord+m=" + order + "|" + mt + "|" + e,
        "dist=" + str(min(dist, 12) // 3), "dist+e=" + str(min(dist, 12) // 3) + "|" + e,
        "btw=" + str(min(between, 2)), "btw+ord=" + str(min(between, 2)) + "|" + order + "|" + e,
        "md=" + _step(m), "md+e=" + _step(m) + "|" + e, "mh=" + word_class(m.head) + "|" + _step(m),
        "nmen=" + str(min(len(others), 4)),
        *trigger_features(head, e, learned),
    ]
    passive = _passive(head)
    if passive:
        out += ["pass|" + e, "pass+ord=" + order + "|" + e]
    path = dependency_path(head, m)
    if path is None:
        return out + ["nopath"]
    up, down = path
    steps = ["^" + s for s in up] + ["v" + s for s in down]
    p = " ".join(steps) if len(steps) <= MAX_PATH else steps[0] + " .. " + steps[-1]
    voice = "P" if passive else "A"
    out += [
        "p=" + p, "p+e=" + p + "|" + e, "p+m=" + p + "|" + mt, "p+e+m=" + p + "|" + e + "|" + mt,
        "p+l=" + p + "|" + lemma, "p+v=" + p + "|" + voice + "|" + e,
        "len=" + str(min(len(steps), 6)), "up=" + str(min(len(up), 3)) + "|" + e,
    ]
    if steps:
        out += ["s0=" + steps[0] + "|" + e, "s0+m=" + steps[0] + "|" + mt + "|" + e, "s0+v=" + steps[0] + "|" + voice]
        if len(steps) > 1:
            out += ["s01=" + steps[0] + " " + steps[1] + "|" + e]
    for s in up + down:
        if ":" in s:
            out += ["prep=" + s, "prep+e=" + s + "|" + e, "prep+m=" + s + "|" + mt + "|" + e,
                    "prep+l=" + s + "|" + lemma]
    if up:  # the trigger hangs below the mention's phrase: a noun's verb ("carried out an attack")
        top = head
        for _ in up:
            top = top.head
        out.append("top=" + word_class(top) + "|" + e)
    return out


class EventArgModel(SoftmaxModel):
    """The argument model (``linear.SoftmaxModel``): ``best`` gives the most likely role, never "none"."""


@per_language
def default_model() -> EventArgModel | None:
    """The shipped model, or None when the package has none (then only the rules read participants)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else EventArgModel.from_json(raw)


def learned_roles(index: EntityIndex, head: Token, event_type: str, inside: Iterable[int],
                  model: EventArgModel, threshold: float | None = None,
                  skip: Iterable[int] = (), learned: bool = False) -> list[tuple[str, str, float]]:
    """(entity key, role, probability) of each entity the model reads in the event, its best-scoring role
    above the threshold, the most likely first."""
    limit = model.threshold if threshold is None else threshold
    hits = candidates(index, head, inside, skip)
    best: dict[str, tuple[str, float]] = {}
    for h in hits:
        role, prob = model.best(features(index, head, event_type, h, hits, learned))
        if prob >= limit and (h.key not in best or prob > best[h.key][1]):
            best[h.key] = (role, prob)
    return sorted(((k, r, p) for k, (r, p) in best.items()), key=lambda x: -x[2])
