"""The default extraction's pool workers are forked from a fork server that loaded the models once
(issue 12): the same knowledge base as one process, no server left behind, none outliving a kill."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from multiprocessing import forkserver
from pathlib import Path

import pytest

from reportgraph import KnowledgeBase
from reportgraph.ingest import parallel
from workers import Names

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                reason="no fork server on this platform")

TEXTS = ["Moussa Ag Tarek leads Katibat al-Nur. Katibat al-Nur attacked the army in Tessalit in 2012.",
         "The army arrested Moussa Ag Tarek near Gao on 3 March 2014.",
         "Katibat al-Nur attacked Kel Adagh in Ouro Dialla in 2014.",
         "Northern Front fighters killed two soldiers in Kidal."]


def _reports(tmp_path: Path, count: int) -> Path:
    """A folder of ``count`` reports, the texts above in turn."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(count):
        (folder / f"r{i:02}.txt").write_text(f"Report {i}\n\n{TEXTS[i % len(TEXTS)]}\n", encoding="utf-8")
    return folder

def test_the_default_extraction_forks_its_workers_from_a_loaded_server() -> None:
    ctx = parallel.pool_context("default")
    assert ctx.get_start_method() == "forkserver"
    assert parallel.PRELOAD in forkserver._forkserver._preload_modules  # type: ignore[attr-defined]
    # an extractor object is built from its pickle in a fresh interpreter, as before
    assert parallel.pool_context(Names()).get_start_method() == "spawn"


def test_the_preload_loads_the_default_models() -> None:
    """What the fork server imports leaves the English pipeline and the language identifier loaded."""
    code = textwrap.dedent("""
        from reportgraph.ingest import parallel, preload
        from reportgraph.ingest.language import _identifier
        router = parallel._extractors["current"]
        print(preload.LOADED, "en" in router._extractors, _identifier.cache_info().currsize)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.split() == ["True", "True", "1"]


def test_default_workers_store_what_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder = _reports(tmp_path, len(TEXTS))
    exports = []
    for name, workers in (("one", 1), ("two", 2)):
        with KnowledgeBase(tmp_path / f"{name}.sqlite") as kb:
            report = kb.ingest([folder], workers=workers)
            kb.export("json", tmp_path / f"{name}.json")
        assert report.count("added") == len(TEXTS)
        exports.append((tmp_path / f"{name}.json").read_bytes().replace(b"one.sqlite", b"two.sqlite"))
    assert exports[0] == exports[1]
    # the server went with the pool: nothing holds the models after the ingest
    assert forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]


PARALLEL_CHILD = textwrap.dedent("""
    import sys
    from reportgraph import KnowledgeBase
    if __name__ == "__main__":
        with KnowledgeBase(sys.argv[1]) as kb:
            kb.ingest([sys.argv[2]], workers=2)
""")


def test_the_fork_server_and_its_workers_end_with_a_killed_ingest(tmp_path: Path) -> None:
    """kill -9 of an ingest whose workers were forked by the fork server: the server sees its parent
    gone and ends, and the workers, whose parent it is, end after it."""
    psutil = pytest.importorskip("psutil")
    folder = _reports(tmp_path, 40)
    script = tmp_path / "child.py"
    script.write_text(PARALLEL_CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, str(script), str(tmp_path / "kb.sqlite"), str(folder)], env=env)
    try:
        deadline = time.monotonic() + 120
        while True:  # the server and its two workers: three descendants running Python
            assert child.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the workers never started"
            servers = [p for p in psutil.Process(child.pid).children()  # forked workers share its command line
                       if "forkserver" in " ".join(p.cmdline())]
            server = servers[0] if servers else None
            if server is not None and len(server.children()) == 2:
                break
            time.sleep(0.1)
        pids = [server.pid, *(p.pid for p in server.children())]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    deadline = time.monotonic() + 20
    while alive := [pid for pid in pids if psutil.pid_exists(pid)
                    and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]:
        assert time.monotonic() < deadline, f"{alive} outlived the killed ingest"
        time.sleep(0.1)


@pytest.mark.parametrize("default", [True, False])
def test_a_local_clusters_workers_fork_from_the_loaded_server(default: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A LocalCluster of the default extraction starts its workers from the fork server (the models loaded
    once, while the scheduler starts); another extractor's workers are spawned, as Dask does by default."""
    pytest.importorskip("distributed")
    import dask

    from reportgraph.ingest import cluster

    seen: list[object] = []

    class Cluster:
        def __init__(self, **kw: object) -> None:
            seen.append(dask.config.get("distributed.worker.multiprocessing-method"))

    monkeypatch.setattr(cluster, "LocalCluster", Cluster)
    monkeypatch.setattr(cluster, "Client", lambda *a, **kw: None)
    monkeypatch.setattr(cluster.forkserver, "ensure_running", lambda: seen.append("server started"))
    cluster.connect("local", 2, "default" if default else Names())
    assert seen == (["server started", "forkserver"] if default else ["spawn"])
    if default:
        assert parallel.PRELOAD in forkserver._forkserver._preload_modules  # type: ignore[attr-defined]


def test_default_dask_workers_store_what_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder = _reports(tmp_path, len(TEXTS))
    exports = []
    for name, kw in (("one", {}), ("dask", {"workers": 2, "dask": "local"})):
        with KnowledgeBase(tmp_path / f"{name}.sqlite") as kb:
            report = kb.ingest([folder], **kw)  # type: ignore[arg-type]
            kb.export("json", tmp_path / f"{name}.json")
        assert report.count("added") == len(TEXTS)
        exports.append((tmp_path / f"{name}.json").read_bytes())
    assert exports[0] == exports[1]
    assert forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]
