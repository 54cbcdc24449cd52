"""Stand-in extractors for the workbench's uploads, in a module of their own on the test path: the
workbench extracts uploads in a spawned process (web/extraction.py), which must import them by a
name it can find (tests/ is on sys.path; the package tests.web is not)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument


class KeywordExtractor:
    """A stand-in extractor for uploads: finds the invented names of DOCS in a text."""

    name = "keywords"
    NAMES = {
        "Kofi Marlow": "PERSON",
        "Ines Vardy": "PERSON",
        "Red Lantern Brigade": "ORGANIZATION",
        "Ash Column": "ORGANIZATION",
        "Gao": "LOCATION",
        "Kidal": "LOCATION",
    }

    def extract(self, doc: SourceDocument) -> Extraction:
        ents = []
        for n, (name, etype) in enumerate(self.NAMES.items()):
            ms = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), doc.text)]
            if ms:
                ents.append(LocalEntity(f"L{n}", etype, name, mentions=ms))
        return Extraction(ents, extractor=self.name)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        return (self.extract(d) for d in docs)


class GatedExtractor(KeywordExtractor):
    """An upload's extraction that is as slow as a test wants, deterministically: on a text naming
    'gate', it says it started (a file ``started`` in ``folder``) and waits until the test creates
    ``open`` there (at most ``wait_s``); on 'spin', it never finishes (only a budget stops it).
    Files, not threading events: it runs in the workbench's extraction process."""

    name = "gated"

    def __init__(self, folder: str, wait_s: float = 60.0) -> None:
        self.folder, self.wait_s = Path(folder), wait_s

    def extract(self, doc: SourceDocument) -> Extraction:
        if "spin" in doc.text:
            while True:
                pass
        if "gate" in doc.text:
            (self.folder / "started").touch()
            deadline = time.monotonic() + self.wait_s
            while not (self.folder / "open").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
        return super().extract(doc)
