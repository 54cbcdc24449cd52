"""The question commands print readable views and JSON twins of the API's answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kb import Doc
from reportgraph.cli import build_app
from reportgraph.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "kb.sqlite")
    store = Store(path)
    Doc("in/a.txt").rel("Varn Group", "ALLY_OF", "Tolo Front", "The Varn Group allied with the Tolo Front.") \
        .event("FOUNDING", [("Varn Group", "patient")], "2004").save(store)
    Doc("in/b.txt").rel("Tolo Front", "HOSTILE_TO", "Kesh Band", "The Tolo Front attacked the Kesh Band.") \
        .event("FOUNDING", [("Varn Group", "patient")], "2007").save(store)
    store.close()
    return path


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(build_app(), ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_readable_views(db: str) -> None:
    assert "Tolo Front" in _run(db, "neighbours", "Varn Group")
    out = _run(db, "paths", "Varn Group", "Kesh Band")
    assert "-ALLY_OF->" in out and "The Tolo Front attacked the Kesh Band." in out
    assert "FOUNDING" in _run(db, "timeline", "--actor", "Varn Group")
    assert "2004" in _run(db, "conflicts") and "Varn Group" in _run(db, "central", "--top", "3")
    assert "Kesh Band" in _run(db, "communities", "--min-size", "1")
    assert "attacked" in _run(db, "search", "attack")
    _run(db, "grade", "a.txt", "B")
    assert "[B]" in _run(db, "timeline", "--source", "a.txt")


def test_json_twins(db: str) -> None:
    hops = json.loads(_run(db, "paths", "Varn Group", "Kesh Band", "--json"))[0]["hops"]
    assert [h["label"] for h in hops] == ["ALLY_OF", "HOSTILE_TO"]
    entries = json.loads(_run(db, "timeline", "--json"))
    assert [e["date"] for e in entries] == ["2004", "2007"]
    hostile = json.loads(_run(db, "neighbours", "Tolo Front", "--predicate", "HOSTILE_TO", "--json"))
    assert [n["name"] for n in hostile] == ["Kesh Band"]


def test_bad_input_is_one_error_line(db: str) -> None:
    result = CliRunner().invoke(build_app(), ["--db", db, "neighbours", "Nobody At All"])
    assert result.exit_code == 1
    result = CliRunner().invoke(build_app(), ["--db", db, "grade", "a.txt", "Z"])
    assert result.exit_code == 1
