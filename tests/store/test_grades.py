"""Source grades: set by document id, by source path or by file name; A-F only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kb import Doc
from reportgraph.errors import NotFoundError, StoreError
from reportgraph.store import Store
from reportgraph.store import schema as t


def _grades(store: Store) -> dict[str, str]:
    with store.connect() as conn:
        return {r.source: r.grade for r in conn.execute(select(t.documents.c.source, t.documents.c.grade))}


def test_default_grade_is_f_and_set_by_id_or_source(store: Store) -> None:
    a = Doc("in/a.txt").rel("Hollin Group", "ALLY_OF", "Dessa Band").save(store)
    Doc("in/b_1.txt").rel("Hollin Group", "HOSTILE_TO", "Dessa Band").save(store)
    assert _grades(store) == {"in/a.txt": "F", "in/b_1.txt": "F"}
    assert store.set_grade(a, "b") == [a]
    store.set_grade("b_1.txt", "C")  # a file name is enough; "_" is not a wildcard
    assert _grades(store) == {"in/a.txt": "B", "in/b_1.txt": "C"}


@pytest.mark.parametrize("grade", ["G", "", "AB", "1"])
def test_bad_grade_is_refused(store: Store, grade: str) -> None:
    a = Doc("in/a.txt").rel("Hollin Group", "ALLY_OF", "Dessa Band").save(store)
    with pytest.raises(StoreError):
        store.set_grade(a, grade)


def test_unknown_document(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.set_grade("nope", "A")
