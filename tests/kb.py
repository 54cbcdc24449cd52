"""Build small knowledge bases by hand: documents with invented entities, relations and events."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select, update

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
from reportgraph.query.dossier import find_entity
from reportgraph.resolve import ExactNameResolver, Resolver
from reportgraph.resolve.base import DocumentResolver
from reportgraph.store import Store
from reportgraph.store import schema as t


@dataclass
class Doc:
    """A document under construction: entities by name, facts by names."""

    source: str
    text: str = ""
    entities: dict[str, LocalEntity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def ent(self, name: str, type_: str = "ORGANIZATION", aliases: list[str] | None = None) -> str:
        if name not in self.entities:
            key = f"L{len(self.entities) + 1}"
            self.entities[name] = LocalEntity(key, type_, name, aliases=list(aliases or []))
        return self.entities[name].key

    def sentence(self, s: str) -> Span:
        start = len(self.text)
        self.text += s + " "
        return Span(start, start + len(s), s)

    def rel(self, subj: str, pred: str, obj: str, sentence: str | None = None,
            types: tuple[str, str] = ("ORGANIZATION", "ORGANIZATION")) -> Doc:
        s, o = self.ent(subj, types[0]), self.ent(obj, types[1])
        span = self.sentence(sentence or f"{subj} {pred.lower().replace('_', ' ')} {obj}.")
        self.relations.append(Relation(s, pred, o, evidence=[span]))
        return self

    def event(self, type_: str, parts: list[tuple[str, str]], date: str | None = None,
              place: str | None = None, sentence: str | None = None) -> Doc:
        ps = [Participant(self.ent(n), role) for n, role in parts]
        loc = self.ent(place, "LOCATION") if place else None
        names = " and ".join(n for n, _ in parts)
        when = date or "an unknown year"
        span = self.sentence(sentence or f"In {when} {names} took part in a {type_.lower()}.")
        self.events.append(Event(type_, type_.lower(), ps, location=loc, date=date, evidence=[span]))
        return self

    def save(self, store: Store, grade: str | None = None, resolver: Resolver | DocumentResolver | None = None) -> str:
        """Store the document (resolved by exact names unless a resolver is given); returns its id."""
        for le in self.entities.values():
            if le.name not in self.text:
                self.sentence(f"{le.name} is named here.")
        doc_id = hashlib.sha1(f"{self.source}\n{self.text}".encode()).hexdigest()[:16]
        doc = SourceDocument(doc_id, self.source, self.source.rsplit("/", 1)[-1], self.text)
        for le in self.entities.values():
            i = self.text.index(le.name)
            le.mentions = [Mention(i, i + len(le.name), le.name)]
        extraction = Extraction(list(self.entities.values()), self.relations, self.events, "test")
        store.add_document(doc, extraction, resolver or ExactNameResolver())
        if grade:
            store.set_grade(doc_id, grade)
        return doc_id


PO = ("PERSON", "ORGANIZATION")


def sample_kb(store: Store) -> Store:
    """A small knowledge base of invented groups, four documents graded B, C, F, F:

    a.txt (B): Zarvan Brigade ALLY_OF Qelmar Front; Ilyas Moradek LEADER_OF Zarvan Brigade;
               ATTACK by Zarvan Brigade on Tessit Garrison, 2011-05, at Tessit
    b.txt (C): Qelmar Front HOSTILE_TO Orsha Militia; Zarvan Brigade ALLY_OF Qelmar Front;
               FOUNDING of Qelmar Front 2008
    c.txt (F): FOUNDING of Qelmar Front 2010; Orsha Militia SUBUNIT_OF Dune Council
    d.txt (F): Orsha Militia SUBUNIT_OF Sand Union; Ilyas Moradek MEMBER_OF Orsha Militia (rejected)
    """
    zarvan = "The Zarvan Brigade fought beside the Qelmar Front."
    Doc("reports/a.txt") \
        .rel("Zarvan Brigade", "ALLY_OF", "Qelmar Front", zarvan) \
        .rel("Ilyas Moradek", "LEADER_OF", "Zarvan Brigade", "Ilyas Moradek leads the Zarvan Brigade.", PO) \
        .event("ATTACK", [("Zarvan Brigade", "agent"), ("Tessit Garrison", "patient")], "2011-05", "Tessit") \
        .save(store, grade="B")
    Doc("reports/b.txt") \
        .rel("Qelmar Front", "HOSTILE_TO", "Orsha Militia", "The Qelmar Front fights the Orsha Militia.") \
        .rel("Zarvan Brigade", "ALLY_OF", "Qelmar Front", "Zarvan and Qelmar are allies.") \
        .event("FOUNDING", [("Qelmar Front", "patient")], "2008") \
        .save(store, grade="C")
    Doc("reports/c.txt") \
        .event("FOUNDING", [("Qelmar Front", "patient")], "2010") \
        .rel("Orsha Militia", "SUBUNIT_OF", "Dune Council") \
        .save(store)
    d = Doc("reports/d.txt").rel("Orsha Militia", "SUBUNIT_OF", "Sand Union") \
        .rel("Ilyas Moradek", "MEMBER_OF", "Orsha Militia", "Ilyas Moradek joined the Orsha Militia.", PO)
    d.save(store)
    with store.engine.begin() as conn:
        member_of = t.relations.c.predicate == "MEMBER_OF"
        conn.execute(update(t.relations).where(member_of).values(status="rejected"))
    return store


class Names:
    """Entity ids by name, for the ``ids`` fixture of tests/query (importable: tests/ is on the path,
    a conftest is not under --import-mode=importlib)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, name: str) -> int:
        return find_entity(self.store, name)


def drop_document(store: Store, doc_id: str) -> None:
    """Delete one document's rows as a re-extraction would before storing it again (no product path
    deletes a document; tests of re-ingested rows need one)."""
    with store.engine.begin() as conn:
        conn.execute(t.evidence.delete().where(t.evidence.c.document_id == doc_id))
        conn.execute(t.relations.delete().where(t.relations.c.document_id == doc_id))
        conn.execute(t.event_participants.delete().where(t.event_participants.c.event_id.in_(
            select(t.events.c.id).where(t.events.c.document_id == doc_id))))
        conn.execute(t.events.delete().where(t.events.c.document_id == doc_id))
        conn.execute(t.mentions.delete().where(t.mentions.c.document_id == doc_id))
        conn.execute(t.local_entities.delete().where(t.local_entities.c.document_id == doc_id))
        conn.execute(t.documents.delete().where(t.documents.c.id == doc_id))
