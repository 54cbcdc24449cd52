"""`reportgraph why` on two names one document made one entity: it says how that document linked them
(a capital standing for its state, else an alias the text states), on every backend (``db_url``)."""

from __future__ import annotations

import pytest

from reportgraph.api import KnowledgeBase
from reportgraph.errors import ResolveError
from reportgraph.model import SourceDocument


def _why_error(db_url: str, text: str, a: str, b: str) -> str:
    with KnowledgeBase(db_url) as kb:
        kb.ingest_document(SourceDocument("d1", "brief.txt", "Strike brief", text))
        assert kb.entity_id(a) == kb.entity_id(b)
        with pytest.raises(ResolveError) as caught:
            kb.why(a, b)
    return str(caught.value)


def test_why_names_the_capital_that_stands_for_its_state(db_url: str) -> None:
    msg = _why_error(db_url, "The United States struck a Harakat al-Nasr camp. Washington said the strike "
                     "killed two commanders.", "Washington", "United States")
    assert "'Washington' stands for its state in 'Strike brief'" in msg
    assert "alias stated in the text" not in msg


def test_why_names_an_alias_the_text_states(db_url: str) -> None:
    msg = _why_error(db_url, "The Harakat al-Nasr (HAN) attacked a convoy near Gao. HAN later claimed the "
                     "attack.", "HAN", "Harakat al-Nasr")
    assert "an alias stated in the text" in msg
    assert "stands for its state" not in msg
