"""Two builds of the same files give the same export, ids included, whatever the hash seed (issue 15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "examples" / "reports").glob("*.md"))


def _build(tmp_path: Path, seed: str) -> dict:  # type: ignore[type-arg]
    db, out = tmp_path / f"kb{seed}.sqlite", tmp_path / f"e{seed}.json"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
    cli = [sys.executable, "-c", "from reportgraph.cli import app; app()", "--db", str(db)]
    subprocess.run([*cli, "ingest", *map(str, REPORTS)], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "export", "--format", "json", "--output", str(out)], env=env, check=True,
                   capture_output=True)
    data = json.loads(out.read_text("utf-8"))
    for d in data["documents"]:
        d.pop("ingested_at")  # the one field that is the time of the build
    return data  # type: ignore[no-any-return]


@pytest.mark.model
def test_two_builds_with_different_hash_seeds_export_the_same(tmp_path: Path) -> None:
    assert _build(tmp_path, "1") == _build(tmp_path, "2")
