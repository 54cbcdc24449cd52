"""Every example of README.md runs, verbatim and in order, on the bundled example reports."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportgraph.cli import build_app

from .conftest import EXAMPLES

pytestmark = pytest.mark.model

README = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
# Commands shown in README.md's indented blocks (the `make` lines at the top are not reportgraph's)
COMMANDS = re.findall(r"^ {4}(reportgraph .+)$", README, re.M)
PYTHON = re.search(r"```python\n(.*?)```", README, re.S)
# Left out, with the reason: serve blocks until Ctrl-C (tests/web/test_cli.py runs it with a stub server).
NOT_RUN = ("serve",)


def test_the_readme_shows_commands() -> None:
    assert len(COMMANDS) >= 15 and PYTHON is not None


@pytest.fixture
def checkout(tmp_path: Path, examples_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory like a checkout's root: examples/ beside kb.sqlite (a copy of the session's
    ingest of the examples, so the README's own ingest line finds them stored and is quick)."""
    (tmp_path / "examples").symlink_to(EXAMPLES, target_is_directory=True)
    shutil.copy(examples_db, tmp_path / "kb.sqlite")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_readme_command_runs(checkout: Path) -> None:
    app = build_app()
    ran = 0
    for line in COMMANDS:
        argv = shlex.split(line, comments=True)[1:]
        if any(word in argv for word in NOT_RUN):
            continue
        res = CliRunner().invoke(app, argv)
        assert res.exit_code == 0, f"README example failed: {line}\n{res.output}"
        assert "error" not in res.output.lower().split("\n")[0], f"{line}\n{res.output}"
        ran += 1
    assert ran == len(COMMANDS) - 1
    assert (checkout / "export.gexf").read_text().lstrip().startswith("<?xml")
    assert (checkout / "new.sqlite").exists()


def test_the_readme_python_example_runs(checkout: Path) -> None:
    assert PYTHON is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(PYTHON.group(1), "README.md", "exec"), {})  # noqa: S102 - the README's own example
    assert "Iyad Ag Ghaly" in out.getvalue()
    assert (checkout / "kb.stix.json").exists()
