"""Every lexicon and gazetteer file states its source and licence (STYLE: data files are data)."""

from __future__ import annotations

from importlib import resources

import pytest

FILES = [("resolve", "person_particles.tsv"), ("resolve", "common_given_names.txt"),
         ("resolve", "org_words.tsv"), ("resolve", "demonyms.tsv"), ("gazetteer", "sahel_places.tsv")]


@pytest.mark.parametrize(("folder", "name"), FILES)
def test_data_file_states_source_and_licence(folder: str, name: str) -> None:
    text = resources.files("reportgraph.data").joinpath(folder, name).read_text("utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert "source" in header
    assert "licence" in header
