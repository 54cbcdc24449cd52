"""The project's docs describe the project as it is."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cli_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cli_reference_is_current() -> None:
    assert (ROOT / "docs" / "cli.md").read_text() == _cli_docs().render(), (
        "docs/cli.md is stale: run python scripts/cli_docs.py")


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"^## `reportgraph (\w+)`", (ROOT / "docs" / "cli.md").read_text(), re.M)
    assert commands
    missing = [c for c in commands if f"reportgraph --db kb.sqlite {c}" not in readme and f" {c} " not in readme]
    assert not missing, f"README does not mention: {missing}"


def test_readme_opens_with_the_two_commands() -> None:
    first = [ln.strip() for ln in (ROOT / "README.md").read_text().splitlines()[:6] if ln.strip()]
    assert first[1].startswith("make run") and first[2].startswith("make test")
