"""The sample knowledge base of tests/kb.py, on every backend (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from kb import sample_kb
from reportgraph.query.dossier import find_entity
from reportgraph.store import Store


class Names:
    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, name: str) -> int:
        return find_entity(self.store, name)


@pytest.fixture
def kb(store: Store) -> Store:
    return sample_kb(store)


@pytest.fixture
def ids(kb: Store) -> Names:
    return Names(kb)
