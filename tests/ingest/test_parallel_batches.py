"""The process pool and Dask extract batches of consecutive files; a bad file or a dead worker inside a
batch costs only itself: the other files of the batch are extracted again one by one (issue 12)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest import parallel
from workers import Names, Recorded, read_log

LINES = ["Moussa Ag Tarek leads Katibat al-Nur.", "Katibat al-Nur attacked Northern Front in Tessalit in 2012.",
         "The Kel Adagh met Moussa Ag Tarek near Ouro Dialla.", "Northern Front leads Kel Adagh."]


def _reports(root: Path, bad: str, text: str) -> list[Path]:
    """Twelve reports with a bad one (``bad``, saying ``text``) fourth, inside the first batch."""
    root.mkdir()
    files = []
    for i in range(12):
        files.append(root / f"r{i:02}.txt")
        files[-1].write_text(f"Report {i}\n\n{LINES[i % 4]} {LINES[(i + 1) % 4]}\n", encoding="utf-8")
    (root / bad).write_text(f"Tessalit {text}\n", encoding="utf-8")
    return [*files[:3], root / bad, *files[3:]]


def _ingest(db: Path, files: list[Path], extractor: object, **kw: object) -> tuple[list[tuple[str, str]], str]:
    with KnowledgeBase(db, extractor=extractor) as kb:  # type: ignore[arg-type]
        results = kb.ingest(files, **kw).results  # type: ignore[arg-type]
        kb.export("json", db.with_suffix(".json"))
    assert [r.path for r in results] == [str(f) for f in files]  # in input order
    return [(Path(r.path).name, r.reason or r.status) for r in results], db.with_suffix(".json").read_text("utf-8")


@pytest.fixture
def batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 6, 3, 2, 1 and 1 for 13 files on two workers (the tail shrinks to one file)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(parallel, "TAIL_BATCHES", 1)


def test_a_bad_file_inside_a_batch_fails_alone(tmp_path: Path, batches: None) -> None:
    files = _reports(tmp_path / "reports", "bug.txt", "FAIL-EXTRACTION")
    log = tmp_path / "log"
    log.mkdir()
    outcomes, export = _ingest(tmp_path / "two.sqlite", files, Recorded(str(log)), workers=2)
    first = [f.name for f in files[:6]]
    lines = read_log(log)
    assert ["batch", *first] in lines  # the first batch was parsed together, and failed ...
    assert all(["alone", name] in lines for name in first)  # ... so each of its files was read alone
    second = [f.name for f in files[6:9]]
    assert ["batch", *second] in lines and not any(["alone", name] in lines for name in second)  # untouched
    assert outcomes == [(f.name, "unexpected RuntimeError: an extractor bug on this text" if f.name == "bug.txt"
                         else "added") for f in files]
    assert export == _ingest(tmp_path / "one.sqlite", files, Names())[1]


def test_a_worker_killed_inside_a_batch_costs_only_its_file(tmp_path: Path, batches: None) -> None:
    files = _reports(tmp_path / "reports", "kill.txt", "KILL-WORKER")
    log = tmp_path / "log"
    log.mkdir()
    outcomes, export = _ingest(tmp_path / "two.sqlite", files, Recorded(str(log)), workers=2)
    assert ["batch", *(f.name for f in files[:6])] in read_log(log)  # killed inside its batch
    assert outcomes == [(f.name, "a worker process died reading it (out of memory?)" if f.name == "kill.txt"
                         else "added") for f in files]
    # nothing else lost: what one process stores of the other files, ids included
    assert export == _ingest(tmp_path / "one.sqlite", [f for f in files if f.name != "kill.txt"], Names())[1]


def test_dask_batch_with_a_bad_file(tmp_path: Path, batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))  # Dask's workers import ``workers``
    files = _reports(tmp_path / "reports", "bug.txt", "FAIL-EXTRACTION")
    log = tmp_path / "log"
    log.mkdir()
    outcomes, export = _ingest(tmp_path / "dask.sqlite", files, Recorded(str(log)), workers=2, dask="local")
    lines = read_log(log)
    assert ["batch", *(f.name for f in files[:6])] in lines
    assert all(["alone", f.name] in lines for f in files[:6])
    assert dict(outcomes)["bug.txt"] == "unexpected RuntimeError: an extractor bug on this text"
    assert export == _ingest(tmp_path / "one.sqlite", files, Names())[1]


def test_dask_batch_lost_with_its_worker(tmp_path: Path, batches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import dask

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    files = _reports(tmp_path / "reports", "kill.txt", "KILL-WORKER")
    log = tmp_path / "log"
    log.mkdir()
    # Dask gives up on a task at the first worker it kills (3 retries by default), so the test is short
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        outcomes, export = _ingest(tmp_path / "dask.sqlite", files, Recorded(str(log)), workers=2, dask="local")
    assert ["batch", *(f.name for f in files[:6])] in read_log(log)
    assert dict(outcomes).pop("kill.txt") == "lost on the cluster: KilledWorker"
    assert {reason for name, reason in outcomes if name != "kill.txt"} == {"added"}
    assert export == _ingest(tmp_path / "one.sqlite", [f for f in files if f.name != "kill.txt"], Names())[1]
