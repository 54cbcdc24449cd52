"""A process killed in the middle of writing a document leaves no trace of that document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reportgraph.store import Store

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from reportgraph.ingest import document_id
    from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument
    from reportgraph.resolve import ExactNameResolver
    from reportgraph.store import Store

    db, marker = sys.argv[1], Path(sys.argv[2])
    store = Store(db)
    text = "Abu Tarek in Tessalit"
    store.add_document(SourceDocument(document_id(text), "first.txt", "t", text),
                       Extraction(entities=[LocalEntity("L0", "PERSON", "Abu Tarek",
                                                        mentions=[Mention(0, 9, "Abu Tarek")])], extractor="t"),
                       ExactNameResolver())

    class Slow(ExactNameResolver):
        def assign(self, index, entity):
            out = super().assign(index, entity)
            marker.write_text("inside the transaction")
            time.sleep(60)
            return out

    text2 = "Katibat al-Nur near Gao"
    store.add_document(SourceDocument(document_id(text2), "second.txt", "t", text2),
                       Extraction(entities=[LocalEntity("L0", "ORGANIZATION", "Katibat al-Nur",
                                                        mentions=[Mention(0, 14, "Katibat al-Nur")])], extractor="t"),
                       Slow())
""")


def test_sigkill_mid_document(tmp_path: Path) -> None:
    db, marker = tmp_path / "kb.sqlite", tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(marker)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "child exited before reaching the transaction"
            assert time.monotonic() < deadline, "child never reached the transaction"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    store = Store(db)
    counts = store.counts()
    assert counts["documents"] == 1 and counts["entities"] == 1 and counts["mentions"] == 1
    with store.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        sources = [r[0] for r in conn.execute(text("SELECT source FROM documents"))]
    assert sources == ["first.txt"]


PARALLEL_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workers import Names
    from reportgraph import KnowledgeBase

    db, pids, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    with KnowledgeBase(db, extractor=Names(delay=0.3, pids=pids)) as kb:
        kb.ingest([folder], workers=2)
""")


def _reports(folder: Path, n: int) -> None:
    folder.mkdir()
    lines = ["Moussa Ag Tarek leads Katibat al-Nur.", "The Kel Adagh met Moussa Ag Tarek near Ouro Dialla.",
             "Katibat al-Nur attacked Northern Front in Tessalit in 2012."]
    for i in range(n):
        (folder / f"r{i:02}.txt").write_text(f"Report {i}. " + " ".join(lines[: 1 + i % 3]) + "\n", encoding="utf-8")


def _documents(db: Path) -> int:
    from sqlalchemy import text

    if not db.exists():
        return 0
    store = Store(db)
    try:
        with store.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM documents")).scalar() or 0)
    except Exception:  # noqa: BLE001 - the schema may not be there yet
        return 0
    finally:
        store.close()


def test_sigkill_of_a_multi_worker_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kill -9 of the writer of a two-worker ingest: what it committed stays, whole; its workers go;
    ingesting the folder again completes it, to the knowledge base of an ingest never interrupted."""
    from reportgraph import KnowledgeBase
    from workers import Names

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder, pids, db = tmp_path / "reports", tmp_path / "pids", tmp_path / "kb.sqlite"
    _reports(folder, 16)
    pids.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", PARALLEL_CHILD, str(db), str(pids), str(folder)], env=env)
    try:
        deadline = time.monotonic() + 90
        while (seen := _documents(db)) < 3:
            assert child.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest never stored three documents"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    kept = _documents(db)
    assert seen <= kept < 16
    workers = [int(p.name) for p in pids.iterdir()]
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived the killed ingest"
        time.sleep(0.1)
    store = Store(db)
    with store.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    store.close()

    with KnowledgeBase(db, extractor=Names()) as kb:
        again = kb.ingest([folder], workers=2)
        kb.export("json", tmp_path / "resumed.json")
    assert again.count("unchanged") == kept and again.count("added") == 16 - kept
    with KnowledgeBase(tmp_path / "clean.sqlite", extractor=Names()) as kb:
        kb.ingest([folder])
        kb.export("json", tmp_path / "clean.json")
    assert (tmp_path / "resumed.json").read_bytes() == (tmp_path / "clean.json").read_bytes()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its new parent) is gone for our purpose
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return True
