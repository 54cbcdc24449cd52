"""The `serve` command: safe defaults (127.0.0.1, a generated token printed with the login URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reportgraph.cli import build_app


def test_serve_refuses_a_public_bind_without_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPORTGRAPH_TOKEN", raising=False)
    r = CliRunner().invoke(build_app(), ["--db", str(tmp_path / "kb.sqlite"), "--create", "serve", "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "--token" in r.output


def test_serve_binds_localhost_and_prints_a_login_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.delenv("REPORTGRAPH_TOKEN", raising=False)
    monkeypatch.setattr(
        uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app, host=host, port=port)
    )
    r = CliRunner().invoke(build_app(), ["--db", str(tmp_path / "kb.sqlite"), "--create", "serve", "--port", "8765"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8765
    token = seen["app"].state.token
    assert len(token) >= 24 and f"http://127.0.0.1:8765/login?token={token}" in r.output.replace("\n", "")


def test_serve_takes_the_token_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setenv("REPORTGRAPH_TOKEN", "from-env-token")
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app))
    r = CliRunner().invoke(build_app(), ["--db", str(tmp_path / "kb.sqlite"), "--create", "serve", "--host", "0.0.0.0"])
    assert r.exit_code == 0 and seen["app"].state.token == "from-env-token" and "login?token" not in r.output


def test_user_commands_and_a_team_server_may_bind_beyond_loopback(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`user add` prints a token once, `user list` shows the account, `user revoke` ends it; with an
    account in force, `serve` may bind beyond loopback without a shared token."""
    import json

    from typer.testing import CliRunner

    from reportgraph.cli import build_app

    db = str(tmp_path / "kb.sqlite")
    monkeypatch.delenv("REPORTGRAPH_TOKEN", raising=False)
    runner = CliRunner()
    added = runner.invoke(build_app(), ["--db", db, "user", "add", "amina", "--role", "admin"],
                          input="a long password\na long password\n")
    assert added.exit_code == 0, added.output
    assert "rg_" in added.output
    listed = runner.invoke(build_app(), ["--db", db, "user", "list", "--json"])
    assert [(u["name"], u["role"], u["tokens"]) for u in json.loads(listed.output)] == [("amina", "admin", 1)]
    ran: list[str] = []
    monkeypatch.setattr("uvicorn.run", lambda app, host, port, log_level: ran.append(host))
    served = runner.invoke(build_app(), ["--db", db, "serve", "--host", "0.0.0.0"])
    assert served.exit_code == 0 and ran == ["0.0.0.0"] and "team server" in served.output
    assert runner.invoke(build_app(), ["--db", db, "user", "revoke", "amina"]).exit_code == 0
    refused = runner.invoke(build_app(), ["--db", db, "serve", "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "add accounts" in refused.output
