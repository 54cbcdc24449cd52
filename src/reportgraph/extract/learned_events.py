"""Event triggers learned from the corpus: which word of a sentence states an event, and of what type.

The rules know the ontology's trigger words (``data/ontology.yaml``); reports use many more ("overran
the garrison", "went into hiding", "struck targets"). Every verb and noun of a sentence that names at
least one entity is a candidate; sparse binary features describe it (its lemma, part of speech and
dependency, its head, its dependents with the entity types they name, the prepositions it governs,
whether the ontology lists it as a trigger; its entity arguments crossed with its lemma and
class, the word governing it and that word's subject) and never the entities' own names, so the model carries
to actors it has not seen. One multinomial logistic regression over the event types and "none",
trained by ``reportgraph.train.events`` (``make train``), scores each candidate; a candidate whose
best event type scores above the model's threshold becomes a trigger, and the rules' own machinery
(``events.py``: slots, roles, places, dates, counts) reads its participants. The model file is JSON
in ``reportgraph/data/models``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Token

from .events_fr import FRENCH_CLAIMING
from .language import per_language, shipped_model
from .learned_relations import word_class
from .linear import NONE as NONE  # the label of "nothing" (the trainers read it here)
from .linear import SoftmaxModel
from .mentions import EntityIndex
from .triggers import TriggerHit, is_predicative_participle

MODEL_FILE = "events.json"
LEARNED = "+learned"  # the suffix of the method of an event whose trigger the model found
MAX_SENT = 120  # tokens: a longer "sentence" (a list, a table) is not read word by word


def candidates(index: EntityIndex, skip: set[int]) -> Iterator[Token]:
    """The verbs and nouns of the sentences that name an entity, outside names and dates."""
    doc = index.doc
    hits = index.hits
    j = 0
    for sent in doc.sents:
        named = False
        while j < len(hits) and hits[j].start < sent.end:
            named = named or hits[j].start >= sent.start
            j += 1
        if not named or len(sent) > MAX_SENT:
            continue
        for t in sent:
            if t.i in skip:
                continue
            if t.pos_ in ("VERB", "NOUN") or is_predicative_participle(t):
                yield t


def features(index: EntityIndex, t: Token, vocab: dict[str, str]) -> list[str]:
    """The sparse features of one candidate word (``vocab``: trigger word -> event type)."""
    lemma = t.lemma_.lower()
    head = t.head
    out = [
        "l=" + lemma,
        "w=" + t.lower_,
        "p=" + t.pos_,
        "t=" + t.tag_,
        "d=" + t.dep_,
        "suf=" + lemma[-4:],
        "hl=" + word_class(head),
        "hd=" + t.dep_ + "|" + head.pos_,
        "l+d=" + lemma + "|" + t.dep_,
    ]
    kind = vocab.get(lemma) or vocab.get(t.lower_)
    if kind:
        out += ["onto=" + kind, "onto+p=" + kind + "|" + t.pos_]
    for c in t.children:
        hit = index.hit_at(c)
        what = hit.type if hit is not None else word_class(c)
        out.append("c=" + c.dep_ + ":" + what)
        if c.dep_ in ("prep", "agent"):
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    ph = index.hit_at(p)
                    out.append("pp=" + preposition(c) + ":" + (ph.type if ph is not None else word_class(p)))
                    out.append("pp+l=" + lemma + "|" + preposition(c))
        if c.dep_ == "neg":
            out.append("neg")
    if head.i != t.i:
        sib = index.hit_at(head)
        if sib is not None:
            out.append("h=" + sib.type)
    return out + argument_features(index, t, lemma, kind, vocab)


MODALS = frozenset({"will", "would", "may", "might", "could", "can", "should", "must", "shall"})
# A French parse reaches the features already turned into the English scheme (``french_parse.to_rule_scheme``:
# a preposition heads its noun, ``agent``, ``dobj``, ``nsubjpass``, ``neg``); what that scheme leaves in French
# words is read here, one table for the roles the features use. Source: French grammar; licence: MIT, like the
# code. A contracted preposition is its preposition ("du", "des" -> "de"; "au", "aux" -> "à"), so "attaque du
# camp" and "attaque de la base" share their features.
PREPOSITION_FORMS = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}
# a reflexive clitic under the verb ("s'emparer de", "se replier", "se sont affrontés"): the reading changes
# (pronominal verbs, the reciprocal, the middle passive)
REFLEXIVES = frozenset({"se", "s'", "s’"})
# a verb of modality heads the verb it governs (UD: "pourrait lancer" -> xcomp): read as the English modal;
# so is a conditional auxiliary ("aurait attaqué", "auraient enlevé": the reported, unconfirmed event)
MODAL_VERBS = frozenset({"pouvoir", "devoir"})


def preposition(t: Token) -> str:
    """A preposition's word as the features read it (a French contraction -> its preposition)."""
    w = t.lower_
    return PREPOSITION_FORMS.get(w, w)


def _is_modal(aux: Token) -> bool:
    return aux.dep_ in ("aux", "auxpass") and (aux.lower_ in MODALS or "Cnd" in aux.morph.get("Mood", []))


def _arguments(index: EntityIndex, t: Token) -> list[tuple[str, str]]:
    """(dependency or preposition, entity type) of each entity a word governs, directly or through a
    preposition ("attacked X": ("dobj", X's type); "attack on X": ("on", X's type))."""
    out = []
    for c in t.children:
        hit = index.hit_at(c)
        if hit is not None:
            out.append((c.dep_, hit.type))
        if c.dep_ in ("prep", "agent"):
            for p in c.children:
                ph = index.hit_at(p) if p.dep_ in ("pobj", "pcomp") else None
                if ph is not None:
                    out.append((preposition(c), ph.type))
    return out


def argument_features(index: EntityIndex, t: Token, lemma: str, kind: str | None,
                      vocab: dict[str, str]) -> list[str]:
    """The word's arguments crossed with its lemma and its ontology class, a modal or negator on it, the
    word that governs it (a noun's verb: "carried out an attack", "claimed responsibility for the
    bombing") and that word's subject, and short suffixes for the verbs training never saw."""
    args = _arguments(index, t)
    out = ["nargs=" + str(min(len(args), 3)), "atypes=" + "+".join(sorted({ty for _, ty in args})),
           "suf3=" + lemma[-3:] + "|" + t.pos_, "suf2=" + lemma[-2:] + "|" + t.pos_]
    out += ["l+a=" + lemma + "|" + dep + ":" + ty for dep, ty in args]
    if kind:
        out.append("onto+d=" + kind + "|" + t.dep_)
        out += ["onto+a=" + kind + "|" + ty for _, ty in args]
    for c in t.children:
        if _is_modal(c):
            out.append("modal")
        if c.dep_ == "neg":
            out.append("neg+l=" + lemma)
        if c.dep_ == "expl" and c.lower_ in REFLEXIVES:
            out += ["refl", "refl+l=" + lemma]
    head = t.head
    if head.i == t.i:
        return out
    if t.dep_ == "xcomp":
        out.append("xh=" + word_class(head))
        if head.lemma_.lower() in MODAL_VERBS:
            out.append("modal")
    gov, prep = head, ""
    if head.dep_ in ("prep", "agent") and t.dep_ in ("pobj", "pcomp"):
        gov, prep = head.head, preposition(head)
    if gov.pos_ in ("VERB", "AUX", "NOUN"):
        out.append("gov=" + word_class(gov) + "|" + prep + "|" + t.dep_)
        for c in gov.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i:
                h = index.hit_at(c)
                out.append("govsubj=" + (h.type if h is not None else word_class(c)))
        gk = None if kind else vocab.get(gov.lemma_.lower())
        if gk:
            out.append("govonto=" + gk)
    return out


def trigger_vocabulary(onto: Any) -> dict[str, str]:
    """The ontology's one-word triggers -> their event type (a word listed twice keeps its first)."""
    vocab: dict[str, str] = {}
    for et in onto.event_types.values():
        for trig in et.triggers:
            if " " not in trig:
                vocab.setdefault(trig.lower(), et.name)
    return vocab


class EventTriggerModel(SoftmaxModel):
    """The trigger model (``linear.SoftmaxModel``): ``best`` gives the most likely event type, never "none"."""

    def scores(self, feats: Iterable[str]) -> dict[str, float]:
        return self.probs(feats)


@per_language
def default_model() -> EventTriggerModel | None:
    """The shipped model, or None when the package has none (then only the rules' triggers count)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else EventTriggerModel.from_json(raw)


def learned_triggers(
    index: EntityIndex,
    onto: Any,
    skip: set[int],
    taken: set[int],
    model: EventTriggerModel | None = None,
    threshold: float | None = None,
) -> list[TriggerHit]:
    """The triggers the model finds, outside the words in ``taken`` (the rules' own triggers)."""
    model = model or default_model()
    if model is None:
        return []
    limit = model.threshold if threshold is None else threshold
    vocab = trigger_vocabulary(onto)
    out = []
    for t in candidates(index, skip):
        if t.i in taken or t.lemma_.lower() in FRENCH_CLAIMING:
            # a verb of claiming or laying blame tells of an event, its object ("X a revendiqué l'attaque", "l'attaque
            # a été revendiquée par X"): no event of its own (the rules fold the claim into the event it names)
            continue
        label, prob = model.best(features(index, t, vocab))
        if prob >= limit and label in onto.event_types:
            out.append(TriggerHit(label, t.lemma_.lower(), (t.i,)))
    return out
