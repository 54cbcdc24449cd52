"""What the trainers share: their command line and how a model file is written."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def write_model(out: Path, payload: dict[str, Any], what: str, n_features: int, log: TextIO) -> None:
    """Write a model as compact, key-sorted JSON (the same data always gives the same bytes)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{what}: wrote {out} ({out.stat().st_size // 1024} KB, {n_features} features)", file=log)


def run_cli(argv: list[str] | None, doc: str | None, default_out: Path, guard_help: str,
            train: Callable[..., Any]) -> None:
    """``python -m reportgraph.train.X``: parse the trainer's arguments and run it."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus/en"))
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more gold folders to train on")
    ap.add_argument("--extra-dev", type=Path, action="append", default=[], help=guard_help)
    ap.add_argument("--out", type=Path, default=default_out)
    a = ap.parse_args(argv)
    train(a.corpus, a.extra, a.out, extra_dev=tuple(a.extra_dev))
