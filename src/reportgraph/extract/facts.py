"""The relation/event layer's entry point: (spaCy Doc, entity clusters) -> relations, events."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Event, Extraction, LocalEntity, Relation
from ..ontology import Ontology, default_ontology
from .coref import References
from .doc_relations import DocView, deputy_memberships, sentence_features
from .doc_relations import classify as classify_document
from .doc_relations import default_model as document_model
from .events import extract_events
from .events_fr import about_the_text_fr
from .language import current_language
from .learned_relations import Pair, classify, pair_features
from .learned_relations import default_model as sentence_model
from .lexicon import default_lexicon
from .mentions import EntityIndex
from .modality import assign_modality
from .places import nearest_containers, through_compass_parts
from .relations import extract_relations, led_groups, unit_leader_parents
from .splits import mark_departures
from .timeline import Timeline

# Where relations and event triggers come from: the rules alone, the learned models alone, or both
# (the default: the rules' relations and triggers, plus the models' where the rules found none).
# An event's participants, place, date and count are always read by the rules from its trigger.
RELATION_MODES = ("rules", "learned", "combined")
# the predicates that put two actors on one side (``_union``)
ONE_SIDE = frozenset({"ALLY_OF", "SUBUNIT_OF", "MEMBER_OF", "LEADER_OF"})
TRIGGER_MODES = {"rules": "rules", "learned": "learned", "combined": "combined"}


@dataclass
class Layers:
    """What the relation layer reads and finds before the document-level model: the entity index,
    the references, the events, the rules' and the sentence classifier's relations, and the
    sentence pairs' features (``learned_relations.pair_features``)."""

    index: EntityIndex
    refs: References
    events: list[Event]
    rules: list[Relation]
    learned: list[Relation]
    featured: list[tuple[Pair, list[str]]]


def layers(sdoc: Doc, entities: list[LocalEntity], onto: Ontology, relations_from: str = "combined") -> Layers:
    """The relation layer up to the sentence classifier (``extract_facts`` without what follows)."""
    index = EntityIndex.build(sdoc, entities)
    refs = References(index)
    events = extract_events(
        index, refs, Timeline(sdoc), onto, triggers_from=TRIGGER_MODES[relations_from],
        leaders=lambda: led_groups(index, onto),
    )
    mark_departures(events, index, refs, default_lexicon())
    rules = extract_relations(index, refs, events, onto)
    featured: list[tuple[Pair, list[str]]] = []
    learned: list[Relation] = []
    if relations_from != "rules" and (sentence_model() is not None or document_model() is not None):
        featured = pair_features(index, refs)
        learned = classify(index, onto, featured=_off_notes(featured) if current_language() == "fr" else featured)
    return Layers(index, refs, events, rules, learned, featured)


def _off_notes(featured: list[tuple[Pair, list[str]]]) -> list[tuple[Pair, list[str]]]:
    """The sentence classifier's pairs outside a note about the report's names: "la katiba X, le GSIM, les FAMa et
    la région de Y sont réels", "la milice Z, ses chefs et les villages de W sont inventés" list names and state no
    tie between them (``events_fr.about_the_text_fr``, which keeps such a note's events out). French only: the
    English notes are left to a round that measures the English sets."""
    told: dict[int, bool] = {}
    for p, _ in featured:
        if p.sent.start not in told:
            told[p.sent.start] = about_the_text_fr(p.sent[0])
    return [(p, f) for p, f in featured if not told[p.sent.start]]


def extract_facts(
    sdoc: Doc, entities: list[LocalEntity], ontology: Ontology | None = None, relations_from: str = "combined"
) -> tuple[list[Relation], list[Event]]:
    """Relations and events of one parsed document, over its local entities (keys kept)."""
    onto = ontology or default_ontology(current_language())
    lay = layers(sdoc, entities, onto, relations_from)
    index, events, relations = lay.index, lay.events, lay.rules
    if relations_from != "rules":
        relations = lay.learned if relations_from == "learned" else _union(relations, lay.learned, onto)
        if document_model() is not None:
            # then the pairs read over the whole document, where neither found a relation
            view = DocView(index, lay.refs, events)
            relations = _union(relations, classify_document(view, onto, sentence_features(lay.featured)), onto)
        relations += deputy_memberships(index, lay.refs, relations)  # a leader's deputy is a member of what he leads
        relations += _closure(relations)
    _most_specific_places(events, relations, index)
    relations = nearest_containers(relations)  # (after the events read the shortcut: "in Y" -> "in X")
    if current_language() == "fr":
        relations += through_compass_parts(relations, index)  # "X, dans le nord du Bénin": X in Bénin
    assign_modality(index, relations, events, lay.refs)
    return relations, events


def add_facts(sdoc: Doc, extraction: Extraction, relations_from: str = "combined") -> None:
    """The post-step of the default extractor: fill in relations and events."""
    relations, events = extract_facts(sdoc, extraction.entities, relations_from=relations_from)
    extraction.relations.extend(relations)
    extraction.events.extend(events)
    extraction.extractor = "domain+facts" if relations_from == "combined" else f"domain+facts/{relations_from}"


def _closure(relations: list[Relation]) -> list[Relation]:
    """What the learned relations entail with the others (the rules close their own): the leader of a
    sub-unit is a member of its parent (the annotation convention; ``relations.unit_leader_parents``,
    which the rules' closure reads too)."""
    have = {(r.subject, r.predicate, r.object) for r in relations}
    out: list[Relation] = []
    for r, parent in unit_leader_parents(relations):
        t = (r.subject, "MEMBER_OF", parent)
        if t not in have and (r.subject, "LEADER_OF", parent) not in have:
            have.add(t)
            out.append(Relation(r.subject, "MEMBER_OF", parent, evidence=list(r.evidence),
                                confidence=round(r.confidence * 0.9, 3), method="closure"))
    return out


def _union(rules: list[Relation], learned: list[Relation], onto: Ontology) -> list[Relation]:
    """The rules' relations, then each learned one that states a triple the rules did not."""
    def key(r: Relation) -> tuple[str, str, str]:
        if onto.predicates[r.predicate].symmetric:
            return (min(r.subject, r.object), r.predicate, max(r.subject, r.object))
        return (r.subject, r.predicate, r.object)

    have = {key(r) for r in rules}
    # the annotation convention: a leader is not also a member of what he leads
    leads = {(r.subject, r.object) for r in rules + learned if r.predicate == "LEADER_OF"}
    # a pair one of them reads as one side (an alliance, a unit, a member or leader) is not also made
    # enemies by a model: in the corpus's gold the two go together for 19 of 1,289 hostile pairs
    together = {frozenset((r.subject, r.object)) for r in rules + learned if r.predicate in ONE_SIDE}
    # who the rules read as leading a unit of a group is a member of that group, not its leader ("la
    # katiba X, unité du GSIM dirigée par P": the model reads P as the GSIM's leader)
    unit_leaders = {(r.subject, parent) for r, parent in unit_leader_parents(rules)}
    # who a French role phrase names one of several or a part's head ("un commandant de X", "le chef militaire de
    # X", "l'émir de X pour la région de Y": the rules' MEMBER_OF) is no leader of X for the model either (French
    # dev: 8 learned leaderships fewer, 1 of them right; on English dev it lost 1 right of 3)
    if current_language() == "fr":
        unit_leaders |= {(r.subject, r.object) for r in rules if r.predicate == "MEMBER_OF" and r.method == "role"}
    return rules + [r for r in learned if key(r) not in have
                    and not (r.predicate == "MEMBER_OF" and (r.subject, r.object) in leads)
                    and not (r.predicate == "LEADER_OF" and (r.subject, r.object) in unit_leaders)
                    and not (r.predicate == "HOSTILE_TO" and frozenset((r.subject, r.object)) in together)]


def _most_specific_places(events: list[Event], relations: list[Relation], index: EntityIndex) -> None:
    """An event placed in Y whose sentence also names X, a place inside Y, happened in X."""
    inside: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "LOCATED_IN":
            inside.setdefault(r.object, set()).add(r.subject)
    for ev in events:
        if ev.location is None or ev.location not in inside or not ev.evidence:
            continue
        sent = ev.evidence[0]
        order = [h.key for h in index.hits if sent.start <= h.start_char < sent.end]
        narrower = [
            k
            for k in dict.fromkeys(order)
            if k in inside[ev.location] and k not in {p.entity for p in ev.participants}
        ]
        if narrower:
            ev.location = narrower[0]  # the first named of the places inside it
