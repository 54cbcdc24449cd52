"""The per-document budget (ingest/budget.py): a document over its time or memory budget fails alone
with E101 naming it and the limit, the batch goes on; the time allowed grows with the text's size."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest.budget import Budget, enforceable, rss_bytes
from reportgraph.limits import MIB, Limits
from reportgraph.model import Extraction, SourceDocument

pytestmark = pytest.mark.skipif(not enforceable(), reason="no timer signal on this platform")


class Stuck:
    """Never finishes a document that says 'spin', and keeps every block it allocates for one that
    says 'grow': only the budget stops either."""

    name = "stuck"

    def extract(self, doc: SourceDocument) -> Extraction:
        if "spin" in doc.text:
            while True:
                pass
        if "grow" in doc.text:
            kept = []
            while len(kept) < 256:  # 8 GiB at most: the budget must stop it long before
                kept.append(b"x" * (32 * MIB))
            raise AssertionError("the memory budget never fired")
        return Extraction([], extractor=self.name)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        return (self.extract(d) for d in docs)


def _files(folder: Path, texts: dict[str, str]) -> list[Path]:
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    return [folder / n for n in texts]


def test_over_time_fails_alone(tmp_path: Path) -> None:
    files = _files(tmp_path, {"a-spin.txt": "spin forever", "b-fine.txt": "a fine report"})
    kb = KnowledgeBase(tmp_path / "kb.sqlite", extractor=Stuck(),  # type: ignore[arg-type]
                       limits=Limits(time_s=0.3, time_s_per_mib=0, max_memory=0))
    results = kb.ingest(files).results
    assert [r.status for r in results] == ["failed", "added"]
    assert results[0].code == "E101" and "time budget of 0 s" in (results[0].reason or "")
    assert results[0].path.endswith("a-spin.txt")


@pytest.mark.skipif(rss_bytes() is None, reason="the resident set cannot be read here")
def test_over_memory_fails_alone(tmp_path: Path) -> None:
    files = _files(tmp_path, {"a-grow.txt": "grow without end", "b-fine.txt": "a fine report"})
    limit = (rss_bytes() or 0) + 256 * MIB
    kb = KnowledgeBase(tmp_path / "kb.sqlite", extractor=Stuck(),  # type: ignore[arg-type]
                       limits=Limits(time_s=0, max_memory=limit))
    results = kb.ingest(files).results
    assert [r.status for r in results] == ["failed", "added"]
    assert results[0].code == "E101" and "memory budget" in (results[0].reason or "")


def test_the_time_grows_with_the_size() -> None:
    limits = Limits(time_s=60, time_s_per_mib=240)
    assert limits.seconds_for(0) == 60 and limits.seconds_for(MIB // 2) == 180
    assert Limits(time_s=0).seconds_for(10 * MIB) == 0  # 0: no budget at all
    b = Budget(limits.seconds_for(6_000), limits.time_s_per_mib, limits.time_s)  # a 6 KB DOCX ...
    b.allow(MIB)  # ... holding a 1 MiB text gets the text's budget
    assert b.seconds == 300
    b.allow(10)
    assert b.seconds == 300  # never shrinks
