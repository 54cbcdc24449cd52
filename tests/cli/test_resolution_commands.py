"""`split`, `merge` and `why` from the CLI on a hand-built knowledge base (no model): an analyst's
split is a constraint that `why` reports and that a merge may not undo."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from reportgraph.cli import build_app
from web.factory import make_kb


def _run(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_app(), ["--db", str(db), *args])
    return result.exit_code, result.output


def test_split_is_kept_apart_and_shown_by_why(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    make_kb(db).close()
    code, out = _run(db, "split", "Kofi Marlow", "--document", "Market note.txt", "--actor", "tester")
    assert code == 0, out
    new = re.search(r"new entity e(\d+)", out)
    assert new, out
    code, out = _run(db, "why", "e1", f"e{new.group(1)}")
    assert code == 0 and "two entities now" in out
    assert f"Kofi Marlow (e{new.group(1)})" in out  # ids are shown with the entities' names
    assert "verdict: never" in out and "cannot-link set by an analyst" in out
    code, out = _run(db, "merge", "e1", f"e{new.group(1)}", "--actor", "tester")
    assert code == 1 and "E802" in out and "split apart" in out and "--force" in out
    code, out = _run(db, "merge", "Kofi Marlow", "Ines Vardy", "--actor", "tester")
    assert code == 0, out
    code, out = _run(db, "why", "Kofi Marlow", "Ines Vardy")
    assert code == 0 and "one entity now" in out and "must-link set by an analyst" in out


def test_decisions_and_revert_from_the_cli(tmp_path: Path) -> None:
    """`decisions --json` lists the log with ids and reasons; `revert` undoes a merge and is logged."""
    import json

    db = tmp_path / "kb.sqlite"
    make_kb(db).close()
    code, out = _run(db, "merge", "Kofi Marlow", "Red Lantern Brigade", "--actor", "tester")
    assert code == 1 and "E802" in out and "PERSON" in out and "ORGANIZATION" in out
    code, out = _run(db, "merge", "Kofi Marlow", "Ines Vardy", "--actor", "tester", "--reason", "one person")
    assert code == 0, out
    code, out = _run(db, "decisions", "--json")
    log = json.loads(out)
    assert [(d["kind"], d["reason"], d["reverted_at"]) for d in log] == [("merge", "one person", None)]
    code, out = _run(db, "revert", str(log[0]["id"]), "--actor", "tester", "--reason", "two people")
    assert code == 0 and "reverted: decision" in out, out
    code, out = _run(db, "decisions", "--json")
    log = json.loads(out)
    assert [(d["kind"], d["actor"]) for d in log] == [("revert", "tester"), ("merge", "tester")]
    assert log[1]["reverted_at"] is not None and log[0]["target"]["decision"] == log[1]["id"]
    code, out = _run(db, "show", "Ines Vardy")
    assert code == 0 and "Ines Vardy" in out.splitlines()[0]
    code, out = _run(db, "decisions")
    assert code == 0 and "revert decision" in out and "two people" in out


def test_split_names_the_document_entity_to_detach(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    make_kb(db).close()
    code, out = _run(db, "split", "Kofi Marlow", "--document", "Market note.txt", "--local", "Nobody")
    assert code == 1 and "no such document entity" in out
    code, out = _run(db, "split", "Kofi Marlow", "--document", "Market note.txt", "--local", "Kofi Marlow",
                     "--reason", "a namesake")
    assert code == 0 and "new entity" in out, out
