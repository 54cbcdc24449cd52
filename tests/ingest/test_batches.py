"""A one-process ingest extracts its files in batches (``extract_many``: spaCy parses a batch at a
lower cost per document), stores them in file order, and a batch that fails is extracted again file by
file, so that a bad file fails with its own error and costs no other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import select

from reportgraph import KnowledgeBase
from reportgraph.api import EXTRACT_BATCH
from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
from reportgraph.store import schema as t


class Recording:
    """Names the first word of each text as an organisation; fails on a text that says 'bad'."""

    name = "recording"

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.alone = 0

    def _one(self, doc: SourceDocument) -> Extraction:
        if "bad" in doc.text:
            raise ValueError("a bad text")
        word = doc.text.split()[0]
        return Extraction([LocalEntity("L0", "ORGANIZATION", word, mentions=[Mention(0, len(word), word)])],
                          extractor=self.name)

    def extract(self, doc: SourceDocument) -> Extraction:
        self.alone += 1
        return self._one(doc)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        docs = list(docs)
        self.batches.append(len(docs))
        return (self._one(d) for d in docs)


def _write(folder: Path, texts: list[str]) -> list[Path]:
    files = []
    for i, text in enumerate(texts):
        files.append(folder / f"r{i:03}.txt")
        files[-1].write_text(text, "utf-8")
    return files


def test_files_are_extracted_in_batches_and_stored_in_order(tmp_path: Path) -> None:
    n = EXTRACT_BATCH + 3
    files = _write(tmp_path, [f"Group{i} met today." for i in range(n)])
    ex = Recording()
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=ex) as kb:  # type: ignore[arg-type]
        results = kb.ingest(files, language="en").results
        assert ex.batches == [EXTRACT_BATCH, 3] and ex.alone == 0
        assert [r.path for r in results] == [str(f) for f in files]
        assert {r.status for r in results} == {"added"}
        le = t.local_entities.c
        with kb.store.connect() as conn:
            stored = list(conn.execute(select(le.document_id, le.name).order_by(le.id)))
    assert stored == [(r.document_id, f"Group{i}") for i, r in enumerate(results)]


def test_a_failed_batch_is_extracted_file_by_file(tmp_path: Path) -> None:
    files = _write(tmp_path, ["Alpha met today.", "a bad text", "Gamma met today."])
    ex = Recording()
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=ex) as kb:  # type: ignore[arg-type]
        results = kb.ingest(files, language="en").results
    assert [r.status for r in results] == ["added", "failed", "added"]
    assert results[1].reason == "unexpected ValueError: a bad text" and results[1].path == str(files[1])
    assert ex.batches == [3] and ex.alone == 3


def test_the_same_text_twice_in_one_batch_is_stored_once(tmp_path: Path) -> None:
    files = _write(tmp_path, ["Alpha met today.", "Alpha met today.", "Beta met today."])
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=Recording()) as kb:  # type: ignore[arg-type]
        results = kb.ingest(files, language="en").results
        assert [r.status for r in results] == ["added", "unchanged", "added"]
        assert results[0].document_id == results[1].document_id
        assert kb.stats()["documents"] == 2
