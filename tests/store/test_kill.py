"""A process killed in the middle of writing a document leaves no trace of that document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

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
