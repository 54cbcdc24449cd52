"""Write docs/cli.md from the commands' own --help (tests/test_docs.py fails when it is stale).

    python scripts/cli_docs.py            # rewrite docs/cli.md
    python scripts/cli_docs.py --check    # exit 1 if docs/cli.md differs
"""

from __future__ import annotations

import sys
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from reportgraph.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _help(runner: CliRunner, args: list[str], env: dict[str, str]) -> str:
    out = runner.invoke(app, [*args, "--help"], env=env, prog_name="reportgraph").output
    return "\n".join(line.rstrip() for line in out.strip("\n").splitlines())


def render() -> str:
    runner = CliRunner()
    env = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1"}
    parts = ["# Command-line reference\n",
             "Generated from each command's `--help` by `python scripts/cli_docs.py`; the test suite fails",
             "when this page is stale.\n",
             "```", _help(runner, [], env), "```\n"]
    group = get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        parts += [f"## `reportgraph {name}`\n", "```",
                  _help(runner, [name], env), "```\n"]
    return "\n".join(parts)


def main() -> None:
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text() == text else 1)
    DOC.write_text(text)


if __name__ == "__main__":
    main()
