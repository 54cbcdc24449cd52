"""A small knowledge base of invented groups, on every backend (see tests/conftest.py).

a.txt (B): Zarvan Brigade ALLY_OF Qelmar Front; Ilyas Moradek LEADER_OF Zarvan Brigade;
           ATTACK by Zarvan Brigade on Tessit Garrison, 2011-05, at Tessit
b.txt (C): Qelmar Front HOSTILE_TO Orsha Militia; Zarvan Brigade ALLY_OF Qelmar Front; FOUNDING of Qelmar Front 2008
c.txt (F): FOUNDING of Qelmar Front 2010; Orsha Militia SUBUNIT_OF Dune Council
d.txt (F): Orsha Militia SUBUNIT_OF Sand Union; Ilyas Moradek MEMBER_OF Orsha Militia (rejected by an analyst)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import update

from kb import Doc
from reportgraph.query.dossier import find_entity
from reportgraph.store import Store
from reportgraph.store import schema as t

PO = ("PERSON", "ORGANIZATION")


class Names:
    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, name: str) -> int:
        return find_entity(self.store, name)


@pytest.fixture
def kb(store: Store) -> Iterator[Store]:
    Doc("reports/a.txt") \
        .rel("Zarvan Brigade", "ALLY_OF", "Qelmar Front", "The Zarvan Brigade fought beside the Qelmar Front.") \
        .rel("Ilyas Moradek", "LEADER_OF", "Zarvan Brigade", "Ilyas Moradek commands the Zarvan Brigade.", PO) \
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
        conn.execute(update(t.relations).where(t.relations.c.predicate == "MEMBER_OF").values(status="rejected"))
    yield store


@pytest.fixture
def ids(kb: Store) -> Names:
    return Names(kb)
