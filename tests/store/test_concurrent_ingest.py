"""Concurrent ingests into one SQLite knowledge base queue for the writer instead of failing (issue 15)."""

from __future__ import annotations

import multiprocessing as mp
import re
import sqlite3
from pathlib import Path

from reportgraph import KnowledgeBase
from reportgraph.model import Extraction, LocalEntity, Mention, SourceDocument

NAMES = {"Ansar Dine": "ORGANIZATION", "Iyad Ag Ghaly": "PERSON", "Gao": "LOCATION", "Kidal": "LOCATION"}


class Names:
    name = "names"

    def extract(self, doc: SourceDocument) -> Extraction:
        ents = []
        for n, (name, etype) in enumerate(NAMES.items()):
            ms = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), doc.text)]
            if ms:
                ents.append(LocalEntity(f"L{n}", etype, name, mentions=ms))
        return Extraction(ents, extractor=self.name)

    def extract_many(self, docs):  # type: ignore[no-untyped-def]
        return (self.extract(d) for d in docs)


def _ingest(db: str, paths: list[str], out: mp.Queue) -> None:  # type: ignore[type-arg]
    with KnowledgeBase(db, extractor=Names()) as kb:  # type: ignore[arg-type]
        report = kb.ingest(paths)
        out.put([(r.status, r.reason) for r in report.results])


def _run(db: Path, batches: list[list[str]]) -> list[tuple[str, str | None]]:
    ctx = mp.get_context("fork")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_ingest, args=(str(db), b, out)) for b in batches]
    for p in procs:
        p.start()
    results = [r for _ in procs for r in out.get(timeout=300)]
    for p in procs:
        p.join(60)
    return results


def test_four_processes_store_every_document(tmp_path: Path) -> None:
    KnowledgeBase(tmp_path / "kb.sqlite").close()  # created (and migrated) once, as a user would
    batches = []
    for w in range(4):
        batch = []
        for i in range(4):
            f = tmp_path / f"w{w}-{i}.txt"
            f.write_text(f"Report {w}.{i}: Iyad Ag Ghaly led Ansar Dine from Kidal to Gao. " * 40)
            batch.append(str(f))
        batches.append(batch)
    results = _run(tmp_path / "kb.sqlite", batches)
    assert [s for s, _ in results].count("added") == 16, results
    with sqlite3.connect(tmp_path / "kb.sqlite") as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 16
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_two_processes_on_the_same_file_store_it_once(tmp_path: Path) -> None:
    KnowledgeBase(tmp_path / "kb.sqlite").close()
    f = tmp_path / "same.txt"
    f.write_text("Iyad Ag Ghaly founded Ansar Dine in Kidal. " * 50)
    results = _run(tmp_path / "kb.sqlite", [[str(f)], [str(f)]])
    assert sorted(s for s, _ in results) == ["added", "unchanged"], results


def test_a_worker_killed_mid_batch_costs_only_its_unfinished_document(tmp_path: Path) -> None:
    """kill -9 of one of three concurrent ingests: the store stays whole, the others finish, and
    re-running the killed worker's batch completes the knowledge base."""
    import os
    import signal
    import time

    db = tmp_path / "kb.sqlite"
    KnowledgeBase(db).close()
    batches = []
    for w in range(3):
        batch = []
        for i in range(4):
            f = tmp_path / f"k{w}-{i}.txt"
            f.write_text(f"Report {w}.{i}: Iyad Ag Ghaly led Ansar Dine from Kidal to Gao. " * 150)
            batch.append(str(f))
        batches.append(batch)
    ctx = mp.get_context("fork")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_ingest, args=(str(db), b, out)) for b in batches]
    for p in procs:
        p.start()
    time.sleep(1.0)
    assert procs[0].pid is not None
    os.kill(procs[0].pid, signal.SIGKILL)
    for p in procs[1:]:
        p.join(300)
    procs[0].join(10)
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("select count(*) from documents").fetchone()[0]
        orphans = conn.execute("select count(*) from local_entities where document_id not in "
                               "(select id from documents)").fetchone()[0]
        unlinked = conn.execute("select count(*) from local_entities where entity_id is null").fetchone()[0]
    assert orphans == 0 and unlinked == 0
    assert 8 <= stored <= 12
    _run(db, [batches[0]])
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 12
