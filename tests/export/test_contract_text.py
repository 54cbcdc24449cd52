"""The per-document contract export (train/evaluate.py) carries the text its offsets index."""

from __future__ import annotations

import json
from pathlib import Path

from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
from reportgraph.train.evaluate import export_each


class OneName:
    name = "one-name"

    def extract(self, doc: SourceDocument) -> Extraction:
        start = doc.text.index("Kidal")
        return Extraction([LocalEntity("k", "LOCATION", "Kidal", [], [Mention(start, start + 5, "Kidal")])])


def test_offsets_index_the_exported_text_not_the_file(tmp_path: Path) -> None:
    # reading strips trailing spaces and a byte-order mark: the file's offsets are not the text's
    (tmp_path / "r.txt").write_text("\ufeffTitle   \n\nFighters   \nreached Kidal.\n", "utf-8")
    (written,) = export_each(OneName(), [tmp_path / "r.txt"], tmp_path / "out")
    exported = json.loads(written.read_text("utf-8"))
    text = exported["documents"][0]["text"]
    (m,) = exported["entities"][0]["mentions"]
    assert text[m["start"] : m["end"]] == "Kidal"
    assert (tmp_path / "r.txt").read_text("utf-8")[m["start"] : m["end"]] != "Kidal"
