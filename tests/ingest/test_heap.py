"""An ingest keeps the C heap it grew (fixed glibc thresholds, so a batch's arrays are not handed back
and faulted in again) and walks the collector's youngest generation at its own pace, restored after."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest import heap
from reportgraph.model import Extraction, SourceDocument


class FakeLibc:
    def __init__(self, answer: int = 1) -> None:
        self.calls: list[tuple[int, int]] = []
        self.answer = answer

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return self.answer


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_KEPT", False)


def test_keep_heap_fixes_both_thresholds_once() -> None:
    libc = FakeLibc()
    assert heap.keep_heap(libc)
    assert libc.calls == [(heap.M_MMAP_THRESHOLD, 32 * heap.MIB), (heap.M_TRIM_THRESHOLD, 256 * heap.MIB)]
    assert heap.keep_heap(libc) and len(libc.calls) == 2  # once per process


def test_a_refused_setting_is_tried_again() -> None:
    assert not heap.keep_heap(FakeLibc(answer=0))
    assert heap.keep_heap(FakeLibc())


def test_the_collector_pace_is_restored_after_the_block() -> None:
    before = gc.get_threshold()
    with heap.collector():
        assert gc.get_threshold() == (max(before[0], heap.COLLECT_AFTER), *before[1:])
    assert gc.get_threshold() == before


class Watching:
    """Records the process settings each batch is extracted under."""

    name = "watching"

    def __init__(self) -> None:
        self.thresholds: list[tuple[int, int, int]] = []

    def extract(self, doc: SourceDocument) -> Extraction:
        return Extraction([], extractor=self.name)

    def extract_many(self, docs: Iterable[SourceDocument]) -> Iterator[Extraction]:
        self.thresholds.append(gc.get_threshold())
        return (self.extract(d) for d in list(docs))


def test_an_ingest_runs_with_both_and_gives_the_collector_back(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    libc = FakeLibc()
    monkeypatch.setattr(heap, "_libc", lambda: libc)
    for name in "ab":
        (tmp_path / f"{name}.txt").write_text(f"{name} met today.", "utf-8")
    before = gc.get_threshold()
    ex = Watching()
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=ex) as kb:  # type: ignore[arg-type]
        assert kb.ingest([tmp_path], language="en").count("added") == 2
    assert ex.thresholds == [(max(before[0], heap.COLLECT_AFTER), *before[1:])]
    assert gc.get_threshold() == before
    assert [p for p, _ in libc.calls] == [heap.M_MMAP_THRESHOLD, heap.M_TRIM_THRESHOLD]
