"""The sample knowledge base of tests/kb.py, on every backend (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from kb import Names, sample_kb
from reportgraph.store import Store


@pytest.fixture
def kb(store: Store) -> Store:
    return sample_kb(store)


@pytest.fixture
def ids(kb: Store) -> Names:
    return Names(kb)
