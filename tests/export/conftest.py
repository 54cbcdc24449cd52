"""A small hand-made knowledge base (invented people and groups, real places) that exercises every
export: all 12 predicates, events with dates, locations and counts, two documents, one entity
merged across them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgraph.model import (
    Event,
    Extraction,
    LocalEntity,
    Mention,
    Participant,
    Relation,
    SourceDocument,
    Span,
)
from reportgraph.resolve.exact import ExactNameResolver
from reportgraph.store import Store

DOC1 = (
    "Amadou Kessel, known as 'the Falcon', founded the Brigade of the Dunes in Gao. "
    "The Brigade of the Dunes became the Southern Front in 2004. "
    "Yusuf Barro leads the Southern Front; Idris Tamane is a member of it. "
    "Kessel is the brother of Barro and belongs to the Idnan tribe. "
    "The Dune Riders, a branch of the Southern Front, operate around Wadi Zerga, near Kidal in Mali. "
    "The Southern Front allied with the Dune Riders and fought the Malian army. "
    "Barro is a Malian citizen. "
    "In late 2003 the Brigade of the Dunes kidnapped 32 tourists near Gao. "
    "On 16 January 2013 the Southern Front attacked Kidal, killing 12 soldiers of the Malian army. "
)
DOC2 = (
    "Yusuf Barro was arrested by the Malian army in Gao in 2005-07. "
    "In the spring of 2006 Barro pledged allegiance to the Southern Front. "
    "Talks mediated by Idris Tamane took place in Mali."
)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def ent(
    text: str, key: str, etype: str, name: str, forms: list[str], aliases: list[str] | None = None
) -> LocalEntity:
    mentions = []
    for form in forms:
        s, e = span(text, form)
        mentions.append(Mention(s, e, form))
    return LocalEntity(key, etype, name, aliases=aliases or [], mentions=mentions)


def sentence(text: str, needle: str) -> list[Span]:
    s, _ = span(text, needle)
    start = text.rfind(". ", 0, s) + 2 if text.rfind(". ", 0, s) >= 0 else 0
    end = text.index(".", s) + 1
    return [Span(start, end, text[start:end])]


def rel(text: str, s: str, p: str, o: str, needle: str) -> Relation:
    return Relation(s, p, o, evidence=sentence(text, needle), confidence=0.7)


def build_kb(path: Path) -> Store:
    store = Store(path)
    t = DOC1
    entities = [
        ent(t, "P1", "PERSON", "Amadou Kessel", ["Amadou Kessel", "Kessel"], ["the Falcon"]),
        ent(t, "P2", "PERSON", "Yusuf Barro", ["Yusuf Barro", "Barro"]),
        ent(t, "P3", "PERSON", "Idris Tamane", ["Idris Tamane"]),
        ent(t, "O1", "ORGANIZATION", "Brigade of the Dunes", ["Brigade of the Dunes"]),
        ent(t, "O2", "ORGANIZATION", "Southern Front", ["Southern Front"]),
        ent(t, "O3", "ORGANIZATION", "Dune Riders", ["Dune Riders"]),
        ent(t, "O4", "ORGANIZATION", "Malian army", ["Malian army"]),
        ent(t, "C1", "COMMUNITY", "Idnan", ["Idnan"]),
        ent(t, "L1", "LOCATION", "Gao", ["Gao"]),
        ent(t, "L2", "LOCATION", "Wadi Zerga", ["Wadi Zerga"]),
        ent(t, "L3", "LOCATION", "Kidal", ["Kidal"]),
        ent(t, "L4", "LOCATION", "Mali", ["Mali"]),
    ]
    relations = [
        rel(t, "P1", "FOUNDED", "O1", "founded the Brigade"),
        rel(t, "O2", "SUCCESSOR_OF", "O1", "became the Southern Front"),
        rel(t, "P2", "LEADER_OF", "O2", "Yusuf Barro leads"),
        rel(t, "P3", "MEMBER_OF", "O2", "is a member of it"),
        rel(t, "P1", "KIN_OF", "P2", "is the brother of"),
        rel(t, "P1", "AFFILIATED_WITH", "C1", "belongs to the Idnan"),
        rel(t, "O3", "SUBUNIT_OF", "O2", "a branch of"),
        rel(t, "O3", "OPERATES_IN", "L2", "operate around"),
        rel(t, "L2", "LOCATED_IN", "L3", "operate around"),
        rel(t, "L3", "LOCATED_IN", "L4", "operate around"),
        rel(t, "O2", "ALLY_OF", "O3", "allied with"),
        rel(t, "O2", "HOSTILE_TO", "O4", "fought the Malian"),
        rel(t, "P2", "CITIZEN_OF", "L4", "Malian citizen"),
        rel(t, "O1", "OPERATES_IN", "L1", "founded the Brigade"),
    ]
    events = [
        Event(
            "FOUNDING",
            "founded",
            [Participant("P1", "agent"), Participant("O1", "patient")],
            "L1",
            None,
            None,
            sentence(t, "founded the Brigade"),
            Span(*span(t, "founded"), "founded"),
        ),
        Event(
            "RENAMING",
            "became",
            [Participant("O2", "patient"), Participant("O1", "other")],
            None,
            "2004",
            None,
            sentence(t, "became the Southern"),
        ),
        Event(
            "ABDUCTION",
            "kidnapped",
            [Participant("O1", "agent")],
            "L1",
            "2003-09/2003-12",
            32,
            sentence(t, "kidnapped 32"),
            Span(*span(t, "kidnapped"), "kidnapped"),
        ),
        Event(
            "ATTACK",
            "attacked",
            [Participant("O2", "agent"), Participant("O4", "patient")],
            "L3",
            "2013-01-16",
            12,
            sentence(t, "attacked Kidal"),
        ),
        Event(
            "ARMED_CLASH",
            "fought",
            [Participant("O2", "agent"), Participant("O4", "agent")],
            "L2",
            "2012~",
            None,
            sentence(t, "fought the Malian"),
        ),
    ]
    store.add_document(
        SourceDocument("doc-a", "reports/dunes.txt", "The Dunes", t),
        Extraction(entities, relations, events, extractor="test"),
        ExactNameResolver(),
    )
    t = DOC2
    entities = [
        ent(t, "P2", "PERSON", "Yusuf Barro", ["Yusuf Barro", "Barro"]),
        ent(t, "P3", "PERSON", "Idris Tamane", ["Idris Tamane"]),
        ent(t, "O2", "ORGANIZATION", "Southern Front", ["Southern Front"]),
        ent(t, "O4", "ORGANIZATION", "Malian army", ["Malian army"]),
        ent(t, "L1", "LOCATION", "Gao", ["Gao"]),
        ent(t, "L4", "LOCATION", "Mali", ["Mali"]),
    ]
    relations = [
        rel(t, "P2", "ALLY_OF", "O2", "pledged allegiance"),
        rel(t, "P2", "MEMBER_OF", "O2", "pledged"),
    ]
    events = [
        Event(
            "ARREST",
            "arrested",
            [Participant("O4", "agent"), Participant("P2", "patient")],
            "L1",
            "2005-07",
            1,
            sentence(t, "was arrested"),
        ),
        Event(
            "ALLEGIANCE",
            "pledged",
            [Participant("P2", "agent"), Participant("O2", "patient")],
            None,
            "2006-21",
            None,
            sentence(t, "pledged allegiance"),
        ),
        Event(
            "MEDIATION",
            "Talks",
            [Participant("P3", "mediator")],
            "L4",
            None,
            None,
            sentence(t, "Talks mediated"),
        ),
    ]
    store.add_document(
        SourceDocument("doc-b", "reports/arrest.md", "The arrest", t, "text/markdown"),
        Extraction(entities, relations, events, extractor="test"),
        ExactNameResolver(),
    )
    store.set_grade("doc-a", "B")
    return store


@pytest.fixture()
def small_kb(tmp_path: Path) -> Iterator[Store]:
    store = build_kb(tmp_path / "small_kb.sqlite")  # not kb.sqlite: the db_url fixture uses that name
    yield store
    store.close()
