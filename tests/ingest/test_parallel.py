"""Extraction on worker processes and on a Dask cluster stores what one process stores (issue 12)."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest.parallel import MIN_FILES_PER_WORKER, default_workers
from workers import Names

LINES = ["Moussa Ag Tarek leads Katibat al-Nur.", "Katibat al-Nur attacked Northern Front in Tessalit in 2012.",
         "The Kel Adagh met Moussa Ag Tarek near Ouro Dialla.", "Northern Front leads Kel Adagh.",
         "Katibat al-Nur attacked Kel Adagh in Ouro Dialla in 2014."]


Outcomes = list[tuple[str, str, str | None]]
Serial = tuple[list[Path], tuple[Outcomes, str]]


def _corpus(root: Path) -> list[Path]:
    """Reports naming the same entities in different company, one that breaks the extractor, one
    without text, one copy of another and one missing file: every outcome of an ingest."""
    root.mkdir()
    paths = []
    for i in range(10):
        text = f"Report {i}\n\n" + " ".join(LINES[(i + k) % len(LINES)] for k in range(1 + i % 3)) + "\n"
        (root / f"r{i:02}.txt").write_text(text, encoding="utf-8")
        paths.append(root / f"r{i:02}.txt")
    (root / "bug.txt").write_text("Tessalit FAIL-EXTRACTION\n", encoding="utf-8")
    (root / "empty.txt").write_text("...\n", encoding="utf-8")
    (root / "copy.txt").write_bytes((root / "r03.txt").read_bytes())
    return [*paths[:5], root / "bug.txt", root / "empty.txt", root / "missing.txt", root / "copy.txt", *paths[5:]]


def _run(db: Path, files: list[Path], **kw: object) -> tuple[Outcomes, str]:
    with KnowledgeBase(db, extractor=Names()) as kb:
        report = kb.ingest(files, **kw)  # type: ignore[arg-type]
        kb.export("json", db.with_suffix(".json"))
    outcomes = [(Path(r.path).name, r.status, r.code) for r in report.results]
    return outcomes, db.with_suffix(".json").read_text("utf-8")


@pytest.fixture
def serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Serial:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    files = _corpus(tmp_path / "reports")
    return files, _run(tmp_path / "one.sqlite", files)


def test_two_workers_store_what_one_process_stores(tmp_path: Path, serial: Serial) -> None:
    files, (outcomes, export) = serial
    got = _run(tmp_path / "two.sqlite", files, workers=2)
    assert got[0] == outcomes
    assert got[1] == export  # byte for byte: same entities, facts and ids
    statuses = {name: status for name, status, _ in outcomes}
    assert statuses["bug.txt"] == statuses["empty.txt"] == statuses["missing.txt"] == "failed"
    assert statuses["copy.txt"] == "unchanged" and statuses["r09.txt"] == "added"


def test_a_second_parallel_ingest_changes_nothing(tmp_path: Path, serial: Serial) -> None:
    files, (_, export) = serial
    _run(tmp_path / "two.sqlite", files, workers=2)
    outcomes, again = _run(tmp_path / "two.sqlite", files, workers=2)
    assert again == export
    assert {s for name, s, _ in outcomes if name.startswith("r")} == {"unchanged"}


def test_dask_local_cluster_stores_what_one_process_stores(
        tmp_path: Path, serial: Serial, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    # Dask's worker processes import the test extractor by name, as pool workers do
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    from reportgraph.ingest import parallel

    # batches of several files (7, 3, 2, 1, 1 for these 14: a failure inside a batch fails alone)
    monkeypatch.setattr(parallel, "TAIL_BATCHES", 1)
    files, (outcomes, export) = serial
    # Dask's default HTTP port held, as by another cluster on the machine: ours takes a free port on
    # localhost, with no "Port 8787 is already in use" warning (an error under this suite's settings)
    with contextlib.ExitStack() as stack:
        held = stack.enter_context(socket.socket())
        with contextlib.suppress(OSError):  # already held by someone else: the same situation
            held.bind(("127.0.0.1", 8787))
            held.listen()
        got = _run(tmp_path / "dask.sqlite", files, workers=2, dask="local")
    assert got[0] == outcomes
    assert got[1] == export


def test_dask_local_cluster_leaves_no_process(tmp_path: Path, serial: Serial, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import multiprocessing

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    files, (outcomes, export) = serial
    assert _run(tmp_path / "dask.sqlite", files, workers=2, dask="local") == (outcomes, export)
    # the workers, which end without the interpreter's finalization once closed, are gone and joined
    assert multiprocessing.active_children() == []


def test_dask_on_a_running_scheduler_leaves_it_running(
        tmp_path: Path, serial: Serial, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import logging

    from distributed import Client, LocalCluster

    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))  # its worker imports the test extractor
    files, (outcomes, export) = serial
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR) as cluster:
        got = _run(tmp_path / "remote.sqlite", files, dask=cluster.scheduler_address)
        with Client(cluster) as client:  # the deployment's worker still serves after the ingest
            assert list(client.nthreads().values()) == [1]
            assert client.submit(sum, [1, 2]).result() == 3
    assert got == (outcomes, export)


def test_batches_shrink_towards_the_end() -> None:
    from reportgraph.ingest.parallel import BATCH, batch_size

    sizes, left = [], 500
    while left:
        sizes.append(batch_size(left, tasks=2))
        left -= sizes[-1]
    assert sizes[0] == BATCH and sizes[-8:] == [1] * 8
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 500
    assert batch_size(3, tasks=16) == 1


def test_the_default_is_one_process_for_a_handful_of_files() -> None:
    assert default_workers(3, cores=8) == 1
    assert default_workers(2 * MIN_FILES_PER_WORKER, cores=8) == 2
    assert default_workers(10_000, cores=4) == 4
    assert default_workers(10_000, cores=1) == 1


def test_the_cli_refuses_zero_workers(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from reportgraph.cli import app

    files = _corpus(tmp_path / "reports")[:3]
    bad = CliRunner().invoke(app, ["--db", str(tmp_path / "kb.sqlite"), "ingest", "--workers", "0", *map(str, files)])
    assert bad.exit_code == 2
    assert not (tmp_path / "kb.sqlite").exists()


def test_pool_workers_end_without_finalization(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool's worker, once the pool is shut down, ends at once (``parallel.exit_now``) instead of
    freeing its models object by object while the ingest waits for it at the end of its run."""
    from exit_probe import ExitProbe

    probe, pids = tmp_path / "probe", tmp_path / "pids"
    probe.mkdir()
    pids.mkdir()
    monkeypatch.setenv("REPORTGRAPH_TEST_EXIT_PROBE", str(probe))
    files = _corpus(tmp_path / "reports")
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=ExitProbe(pids=str(pids))) as kb:
        report = kb.ingest(files, workers=2)
    assert report.count("added") == 10
    workers = {p.name for p in pids.iterdir()}
    assert workers and str(os.getpid()) not in workers
    assert not [p.name for p in probe.iterdir() if p.name.split("-")[1] in workers]


def test_workers_and_writer_freeze_their_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up's objects are left out of the cyclic collector's passes in a worker after its
    first batch (``prepare_many``) and in a parallel ingest's writer after its first batch, as in
    one process (``api.freeze_startup``)."""
    import gc

    from reportgraph import api
    from reportgraph.ingest import parallel
    from reportgraph.limits import Limits

    frozen: list[str] = []
    monkeypatch.setattr(api, "_FROZEN", False)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append("freeze"))
    (tmp_path / "a.txt").write_text(LINES[0], encoding="utf-8")
    monkeypatch.setitem(parallel._extractors, "current", Names())
    got = parallel.prepare_many([parallel.Job(0, str(tmp_path / "a.txt"), None, Limits())])
    assert got[0].extraction is not None and frozen == ["freeze"]

    writer: list[int] = []
    monkeypatch.setattr(api, "freeze_startup", lambda: writer.append(len(report)))
    report: list[object] = []
    files = [tmp_path / f"r{i:02}.txt" for i in range(api.EXTRACT_BATCH + 4)]
    for i, f in enumerate(files):
        f.write_text(f"Report {i}. {LINES[i % len(LINES)]}", encoding="utf-8")
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=Names()) as kb:
        report.extend(kb.ingest(files, workers=2).results)
    assert len(report) == len(files) and writer == [0]


def test_pool_workers_take_the_ingest_process_settings(tmp_path: Path) -> None:
    """A pool's worker extracts with the C heap kept and the collector at an ingest's pace, as the one
    process does (``heap.for_worker``): it runs the same extraction."""
    import gc

    from reportgraph.ingest import heap
    from workers import Settings

    log = tmp_path / "log"
    log.mkdir()
    files = _corpus(tmp_path / "reports")
    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=Settings(str(log))) as kb:
        assert kb.ingest(files, workers=2).count("added") == 10
    seen = {p.read_text("utf-8") for p in log.iterdir() if p.name != str(os.getpid())}
    kept = heap._libc() is not None  # glibc: the thresholds are set
    assert seen == {f"{(heap.COLLECT_AFTER, *gc.get_threshold()[1:])} {kept}"}


@pytest.mark.parametrize("own", [True, False])
def test_only_a_local_clusters_workers_take_the_settings(own: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A LocalCluster's workers are this ingest's and take its process settings; a deployment's
    workers (a running scheduler's) are left as they are."""
    pytest.importorskip("distributed")
    from reportgraph.ingest import cluster

    calls: list[str] = []
    monkeypatch.setattr(cluster, "for_worker", lambda: calls.append("settings"))
    monkeypatch.setattr(cluster, "init_worker", lambda extractor: calls.append("models"))
    cluster.ModelPlugin(quick_exit=own).setup(worker=None)
    assert calls == (["settings", "models"] if own else ["models"])
