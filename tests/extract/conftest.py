"""Shared fixtures: the spaCy model once per session, entity clusters built by hand."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from reportgraph.extract.facts import extract_facts
from reportgraph.model import Event, LocalEntity, Mention, Relation

Spec = dict[str, tuple[str, list[str]]]


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


@pytest.fixture(scope="session")
def facts(nlp: Language):  # type: ignore[no-untyped-def]
    """Run the relation/event layer on a hand-written text: facts(text, spec) -> (relations, events, doc)."""
    from reportgraph.extract.paragraphs import parse

    def run(text: str, spec: Spec) -> tuple[list[Relation], list[Event], Doc]:
        doc = parse(nlp, text)
        rels, evs = extract_facts(doc, entities_for(text, spec))
        return rels, evs, doc

    return run
